"""Made for fingers (issue 12, section 3): a kiosk window's controls are fingertip-sized,
its lists, tree and pages scroll when dragged, nothing needs hover, and a press shows;
a family's window is left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QScrollBar,
    QScroller,
    QStyleFactory,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.languages import Language
from allguide.mode import Mode
from allguide.ui.kiosk.keyboard import OnScreenKeyboard
from allguide.ui.kiosk.touch import TOUCH_SIDE
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.theme import active_theme, apply_theme, load_theme, theme_names
from tests.gui import click_link, click_tree_row, link_position

BuildWindow = Callable[..., MainWindow]


@pytest.fixture
def looks() -> Iterator[QApplication]:
    """The application in a kiosk's look (its theme, its larger text), given back its own
    style, palette and font after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, theme = QPalette(app.palette()), app.font(), active_theme()
    apply_appearance(app, Appearance.starting(Mode.kiosk()))
    yield app
    apply_theme(app, theme)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette)
    app.setFont(font)


@pytest.fixture
def make(
    build_in: BuildWindow, monkeypatch: pytest.MonkeyPatch, looks: QApplication
) -> Iterator[BuildWindow]:
    """English windows as the app builds them (in a kiosk's look): kiosk or not, shown."""

    def never_open(url: QUrl) -> bool:
        raise AssertionError(f"AllGuide tried to open {url.toString()}")

    monkeypatch.setattr(QDesktopServices, "openUrl", never_open)

    def build(kiosk: bool, language: Language = Language.ENGLISH) -> MainWindow:
        return build_in(language, kiosk=kiosk)

    yield build
    QToolTip.hideText()


def _show(window: MainWindow, view: View | str) -> None:
    if isinstance(view, View):
        window.navigator.show(view)
    else:
        window.navigator.open(view)
    QApplication.processEvents()


def _every_view(window: MainWindow) -> Iterator[str]:
    """Opens each view in turn (the search with results and with suggestions), by name."""
    for view in (View.HOME, View.SIDE_EFFECTS, View.TIMELINE):
        _show(window, view)
        yield view.value
    window.search_box.search_now("tired")
    QApplication.processEvents()
    yield "search"
    window.search_box.search_now("chemotrepy")  # a typo: "Did you mean" buttons
    QApplication.processEvents()
    assert window.search_panel.suggestion_buttons(), "a typo should bring suggestions"
    yield "suggestions"
    _show(window, "phase-induction")
    yield "reader"


def _visible_rows(view: QAbstractItemView) -> list[tuple[str, int]]:
    """(text, height) of every row shown in ``view``'s viewport, at every depth."""
    model = view.model()
    shown = view.viewport().rect()
    rows: list[tuple[str, int]] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rect = view.visualRect(index)
            if rect.isValid() and rect.intersects(shown):
                rows.append((str(index.data()), rect.height()))
            walk(index)

    walk(QModelIndex())
    return rows


def _too_small(window: MainWindow) -> list[str]:
    """Everything a finger may press in the window as shown, that is smaller than a fingertip."""
    small = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        size = widget.size()
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton) and min(size.width(), size.height()) < TOUCH_SIDE:
            small.append(f"{name} {widget.text()!r} {size.width()}x{size.height()}")
        elif isinstance(widget, QLineEdit) and size.height() < TOUCH_SIDE:
            small.append(f"{name} {size.height()} high")
        elif isinstance(widget, QScrollBar):
            across = (
                size.width() if widget.orientation() == Qt.Orientation.Vertical else size.height()
            )
            if across < TOUCH_SIDE:
                small.append(f"{name} scroll bar {across} across")
        elif isinstance(widget, QAbstractItemView):
            small += [
                f"{name} row {text!r} {height} high"
                for text, height in _visible_rows(widget)
                if height < TOUCH_SIDE
            ]
    return small


def test_every_control_a_finger_presses_is_a_fingertip_wide(make: BuildWindow) -> None:
    window = make(True)
    window.tree.expandAll()
    seen = set()
    for view in _every_view(window):
        assert _too_small(window) == [], view
        seen.add(view)
    assert len(seen) == 6


@pytest.mark.parametrize("language", [Language.SPANISH, Language.FRENCH, Language.ARABIC])
def test_every_language_s_controls_are_a_fingertip_wide(
    make: BuildWindow, language: Language
) -> None:
    """Longer words, another script, right to left: still nothing smaller than a fingertip."""
    window = make(True, language)
    window.tree.expandAll()
    for view in (View.HOME, View.SIDE_EFFECTS, View.TIMELINE, "phase-induction"):
        _show(window, view)
        assert _too_small(window) == [], view
    window.search_box.search_now(window.side_effects.visible_titles()[0])
    QApplication.processEvents()
    assert window.search_panel.model.rowCount() > 0
    assert _too_small(window) == []


def test_a_normal_window_keeps_its_own_sizes(make: BuildWindow) -> None:
    """The walk above can fail: a family's window has rows and letters a mouse is enough for."""
    window = make(False)
    _show(window, View.SIDE_EFFECTS)
    assert _too_small(window)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no popup raise or grab
def test_the_language_menu_has_lines_a_finger_can_hit(qtbot: QtBot, make: BuildWindow) -> None:
    window = make(True)
    button = window.language_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = button.menu_shown
    assert menu is not None
    qtbot.waitExposed(menu)
    heights = [menu.actionGeometry(action).height() for action in menu.actions()]
    menu.close()
    assert len(heights) == 4 and min(heights) >= TOUCH_SIDE, heights


def _scrolled_areas(window: MainWindow) -> dict[str, QAbstractScrollArea]:
    for view in _every_view(window):
        del view
    return {
        "tree": window.tree,
        "home": window.home,
        "reader": window.reader.view,
        "search results": window.search_panel.results,
        "side effects": window.side_effects.list,
        "side effect details": window.side_effects.details.view,
        "timeline": window.timeline,
        "phase list": window.timeline.list,
        "phase details": window.timeline.details.view,
    }


@pytest.mark.parametrize("kiosk", [True, False])
def test_the_tree_lists_and_pages_scroll_when_dragged(make: BuildWindow, kiosk: bool) -> None:
    """In a kiosk only: a family's mouse drags to select text, as it always did."""
    window = make(kiosk)
    areas = _scrolled_areas(window)
    kinetic = {name for name, area in areas.items() if QScroller.hasScroller(area.viewport())}
    assert kinetic == (set(areas) if kiosk else set())


def test_a_finger_dragging_the_tree_scrolls_it(qtbot: QtBot, make: BuildWindow) -> None:
    window = make(True)
    window.tree.expandAll()
    QApplication.processEvents()
    bar = window.tree.verticalScrollBar()
    assert bar.maximum() > 0
    viewport = window.tree.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() - 20)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start - QPoint(0, step * 40))
        QApplication.processEvents()  # the scroller follows each move
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 400))
    qtbot.waitUntil(lambda: bar.value() > 0)
    QScroller.scroller(viewport).stop()


def _tooltip_after_asking(widget: QWidget, at: QPoint) -> bool:
    """Whether a tooltip shows when the pointer rests on ``widget`` at ``at``."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)
    shown = QToolTip.isVisible()
    QToolTip.hideText()
    return shown


@pytest.mark.parametrize("kiosk", [False, True])
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, on a tooltip
def test_nothing_waits_for_a_hover_in_a_kiosk(qtbot: QtBot, make: BuildWindow, kiosk: bool) -> None:
    window = make(kiosk)
    window.tree.expandAll()
    index = window.navigation_model.index_of("phase-induction")
    tree_tip = _tooltip_after_asking(window.tree.viewport(), window.tree.visualRect(index).center())
    _show(window, View.TIMELINE)
    bar = window.timeline.chart.bars[0]
    bar_tip = _tooltip_after_asking(bar, bar.rect().center())
    _show(window, "phase-induction")
    view = window.reader.view
    QToolTip.hideText()
    with qtbot.waitSignal(view.highlighted):  # the pointer is on the citation: the reader knows
        qtbot.mouseMove(view.viewport(), link_position(view, "#ref-2"))
    citation_tip = QToolTip.isVisible() and "American Cancer Society" in QToolTip.text()
    QToolTip.hideText()
    assert (tree_tip, bar_tip, citation_tip) == (not kiosk,) * 3
    tipped = [w for w in window.findChildren(QWidget) if w.isVisible() and w.toolTip()]
    shown = [w for w in tipped if _tooltip_after_asking(w, w.rect().center())]
    assert tipped and (shown == [] if kiosk else shown == tipped)


def test_a_tapped_citation_shows_its_reference(qtbot: QtBot, make: BuildWindow) -> None:
    window = make(True)
    _show(window, "phase-induction")
    click_link(qtbot, window.reader.view, "#ref-2")
    page = window.reader.view.page
    assert page is not None and page.id == "references"
    assert window.reader.view.selected_text().startswith("2. American Cancer Society.")


def test_the_tree_wraps_a_long_title_instead_of_cutting_it(qtbot: QtBot, make: BuildWindow) -> None:
    window = make(True)
    window.tree.expandAll()
    window.splitter.setSizes([260, window.width() - 260])  # narrower than the long title
    QApplication.processEvents()
    index = window.navigation_model.index_of("philadelphia-like")
    title = str(index.data())
    rect = window.tree.visualRect(index)
    line = window.tree.fontMetrics().height()
    assert window.tree.fontMetrics().horizontalAdvance(title) > rect.width()
    assert window.tree.textElideMode() == Qt.TextElideMode.ElideNone
    assert rect.height() >= 2 * line  # two lines or more: the whole title
    click_tree_row(qtbot, window, "philadelphia-like")
    assert window.reader.view.page is not None


def _pressed_and_not(button: QAbstractButton) -> tuple[QImage, QImage]:
    button.setDown(False)
    normal = button.grab().toImage()
    button.setDown(True)
    pressed = button.grab().toImage()
    button.setDown(False)
    return normal, pressed


@pytest.mark.parametrize("theme", ["", *theme_names()])
def test_a_pressed_button_looks_pressed(make: BuildWindow, looks: QApplication, theme: str) -> None:
    """Each theme draws a press in its own colours, unlike the button at rest."""
    if theme:
        apply_theme(looks, load_theme(theme))
    window = make(True)
    language_row = window.home.language_row
    assert language_row is not None
    window.search_box.search_now("chemotrepy")  # a typo: "Did you mean" buttons
    _show(window, View.TIMELINE)
    _show(window, View.SIDE_EFFECTS)
    toggle = next(iter(window.side_effects.toggles.values()))
    keyboard = window.findChild(OnScreenKeyboard)
    assert keyboard is not None
    buttons = {
        "letter": next(iter(window.side_effects.alphabet.buttons.values())),
        "toggle": toggle,
        "toolbar": window.toolbar.widgetForAction(window.home_action),
        "language": language_row.buttons[0],
        "topic": window.home.buttons[0],
        "suggestion": window.search_panel.suggestion_buttons()[0],
        "phase": window.timeline.chart.bars[1],
        "track": window.timeline.chart.tracks[0],
        "open in reader": window.timeline.open_button,
        "key": keyboard.keys["a"],
        "space": keyboard.space_key,
    }
    same = []
    for name, button in buttons.items():
        assert isinstance(button, QAbstractButton)
        normal, pressed = _pressed_and_not(button)
        if normal == pressed:
            same.append(name)
    assert same == []


def test_a_normal_start_imports_nothing_of_kiosk_mode() -> None:
    code = (
        "import sys\n"
        "from allguide.app import application, build_window, load\n"
        "app = application()\n"
        "window = build_window(load('en', None), 'en', persistent=False)\n"
        "window.show(); app.processEvents()\n"
        "kiosk = ('allguide.ui.kiosk', 'allguide.kiosk')\n"
        "print(sorted(m for m in sys.modules if m.startswith(kiosk)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ARABIC], ids=["fr", "ar"])
def test_the_tree_at_its_least_width_keeps_each_word_whole_beside_a_finger_wide_bar(
    make: BuildWindow, language: Language
) -> None:
    """The tree's least width counts its scroll bar as a kiosk draws it (a finger wide),
    so the longest word ("Cyclophosphamide") still fits its row whole."""
    from tests.test_zoom_fit import cut_short_rows

    window = make(True, language)
    window.tree.expandAll()
    least = window.tree.minimumSizeHint().width()
    window.splitter.setSizes([least, window.width() - least])  # as narrow as it may be
    QApplication.processEvents()
    assert window.tree.width() == least
    assert window.tree.verticalScrollBar().isVisible()
    assert window.tree.verticalScrollBar().width() >= TOUCH_SIDE
    # Rows a finger tall may have room to spare; none may lack it.
    cut = [row for row in cut_short_rows(window.tree) if "a blank line" not in row]
    assert not cut, "\n".join(cut)
