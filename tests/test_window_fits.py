"""The window fits the screen it starts on: its first size, and its width whatever the
content's text (issue 9, section 3; the examples the property tests found)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.ui import mainwindow, window_fit
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.plain import LONGEST_UNBROKEN, ZERO_WIDTH_SPACE, breakable
from allguide.ui.window_fit import available_areas, fits_a_screen, page_is_usable
from tests.gui import MakeWindow, tooltip_shown

Edit = Callable[[str, str, str], Path]

LAPTOP = QRect(0, 0, 1366, 768)  # a small laptop's screen
KIOSK = QRect(0, 0, 800, 480)  # a small touch screen
WIDE = QRect(0, 0, 3840, 1200)  # a very wide screen


def on_screens(monkeypatch: pytest.MonkeyPatch, *areas: QRect) -> None:
    """The window sees only ``areas`` as the desktop's screens."""
    monkeypatch.setattr(window_fit, "available_areas", lambda: list(areas))
    monkeypatch.setattr(mainwindow, "available_areas", lambda: list(areas))


def first_start(qtbot: QtBot, bundled: LoadResult) -> MainWindow:
    from allguide.app import build_window

    window = build_window(bundled, "en", persistent=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("screen", [LAPTOP, KIOSK], ids=["1366x768", "800x480"])
def test_the_first_window_fits_a_small_screen_frame_and_all(
    qtbot: QtBot, bundled: LoadResult, monkeypatch: pytest.MonkeyPatch, screen: QRect
) -> None:
    on_screens(monkeypatch, screen)
    window = first_start(qtbot, bundled)
    frame = window.frameGeometry()
    assert screen.contains(frame), frame
    assert frame.top() - screen.top() >= 0.04 * screen.height()  # room for a title bar
    assert window.width() >= 0.85 * screen.width()  # but as large as it can be
    assert page_is_usable(window.splitter.sizes())


def test_the_first_window_on_a_large_screen_has_the_usual_size(
    qtbot: QtBot, bundled: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = QRect(0, 0, 2560, 1440)
    on_screens(monkeypatch, screen)
    window = first_start(qtbot, bundled)
    assert (window.width(), window.height()) == (1200, 800)
    assert window.geometry().center() == screen.center()


def test_the_first_window_fits_the_test_screen(qtbot: QtBot, bundled: LoadResult) -> None:
    window = first_start(qtbot, bundled)
    assert available_areas()[0].contains(window.frameGeometry())
    assert fits_a_screen(window.frameGeometry(), available_areas())


def test_the_minimum_window_still_fits_a_small_screen(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_screens(monkeypatch, KIOSK)
    window = make_window()
    assert KIOSK.contains(QRect(KIOSK.topLeft(), window.minimumSize()))


# The toolbar -------------------------------------------------------------------------


@pytest.fixture
def large_text() -> Iterator[None]:
    """The application's text at 1.5 times the usual size, given back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    larger = QFont(font)
    larger.setPointSizeF(11 * 1.5)
    app.setFont(larger)
    yield
    app.setFont(font)


def test_on_a_narrow_window_the_toolbar_keeps_the_search_box(
    qtbot: QtBot, bundled: LoadResult, large_text: None
) -> None:
    """The toolbar's words do not fit a small screen at a large text size: its buttons
    show icons only, and the search box stays in the toolbar (not behind its » arrow)."""
    window = first_start(qtbot, bundled)
    window.resize(window.minimumSize())
    qtbot.waitUntil(window.search_box.isVisible)  # the toolbar is laid out again
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    window.resize(1400, 800)  # wide again: the words come back
    qtbot.waitUntil(lambda: window.toolbar.width() >= 1400)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_the_smallest_window_holds_the_toolbar_with_icons_only() -> None:
    """Wider than the page's share when the toolbar asks for more, never wider than the
    screen (where the search box gives up width instead)."""
    metrics = QFontMetrics(QApplication.font())
    page_only = window_fit.minimum_size(metrics, [], 340)
    wider = page_only.width() + 100
    assert window_fit.minimum_size(metrics, [], 340, wider).width() == wider
    assert window_fit.minimum_size(metrics, [], 340, 10).width() == page_only.width()
    assert window_fit.minimum_size(metrics, [KIOSK], 340, 5000).width() <= KIOSK.width()


def test_a_larger_text_size_keeps_every_toolbar_button_out_of_the_overflow(
    qtbot: QtBot, make_window: MakeWindow, large_text: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's smallest width is measured again with the toolbar's: here a toolbar
    made wider than the page's share (a longer translation) at the next text size."""
    on_screens(monkeypatch, LAPTOP)
    window = make_window()
    wide = QLabel("Wide")
    wide.setFixedWidth(500)
    window.toolbar.insertWidget(window.toolbar.actions()[0], wide)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    larger = QFont(app.font())
    larger.setPointSizeF(larger.pointSizeF() + 1)
    app.setFont(larger)  # given back by large_text
    toolbar = window.toolbar
    qtbot.waitUntil(lambda: window.font().pointSizeF() == larger.pointSizeF())
    page_only = window_fit.minimum_size(window.fontMetrics(), [LAPTOP], 340).width()
    assert window.minimumWidth() >= window_fit.icons_only_width(toolbar) > page_only
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: toolbar.width() == window.minimumWidth())
    hidden = [
        action.iconText() or type(toolbar.widgetForAction(action)).__name__
        for action in toolbar.actions()
        if not toolbar.widgetForAction(action).isVisible()  # type: ignore[union-attr]
    ]
    assert not hidden


def test_a_window_started_at_200_percent_holds_its_themed_toolbar(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, user_settings_dir: Path
) -> None:
    """The window first measures its toolbar before the theme's sheet makes its buttons
    wider: measured again then, every button still shows in the smallest window."""
    from allguide.app import Appearance, apply_appearance, build_window, load

    on_screens(monkeypatch, WIDE)  # room for any toolbar
    monkeypatch.setattr(window_fit, "PAGE_COLUMNS", 20)  # the toolbar wider than the page
    apply_appearance(qapp, Appearance(font_scale=2.0))  # the test's look comes back after
    window = build_window(load("en", None), "en", False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    toolbar = window.toolbar
    assert window.minimumWidth() >= window_fit.icons_only_width(toolbar)
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: toolbar.width() == window.minimumWidth())
    assert all(toolbar.widgetForAction(action).isVisible() for action in toolbar.actions())  # type: ignore[union-attr]


# Text at the schema's limits ----------------------------------------------------------

LONG_WORD = "Lymphoblastic" * 153  # 1,989 letters and no space: one "word"


def test_a_long_unbroken_disclaimer_wraps_in_the_banner(
    make_window: MakeWindow, edit: Edit, load_copy: Callable[[], LoadResult]
) -> None:
    edit("document.yaml", "This is information, not medical advice: ask your care team.", LONG_WORD)
    window = make_window(load_copy())
    screen = available_areas()[0]
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.width() <= screen.width()
    label = window.banner.disclaimer_label
    assert label.height() >= 5 * label.fontMetrics().height()  # wrapped onto many lines
    assert label.text() == LONG_WORD  # every letter, in order, to read or compare
    assert window.banner.accessibleName() == LONG_WORD


def test_a_long_unbroken_publisher_wraps_in_the_banner(
    make_window: MakeWindow, edit: Edit, load_copy: Callable[[], LoadResult]
) -> None:
    edit("document.yaml", "publisher: Know ALL", f"publisher: {LONG_WORD}")
    window = make_window(load_copy())
    assert window.minimumSizeHint().width() <= available_areas()[0].width()
    assert LONG_WORD in shown(window.banner.details_label.text())


@pytest.mark.parametrize(
    "title", [LONG_WORD[:200], " ".join(["Words"] * 33)], ids=["unbroken", "many words"]
)
def test_a_long_treatment_title_is_cut_short_on_its_toggle(
    qtbot: QtBot,
    make_window: MakeWindow,
    edit: Edit,
    load_copy: Callable[[], LoadResult],
    title: str,
) -> None:
    edit("sections.yaml", "    title: Chemotherapy\n", f"    title: {title}\n")
    window = make_window(load_copy())
    window.navigator.show(View.SIDE_EFFECTS)
    toggle = window.side_effects.toggles["chemotherapy"]
    screen = available_areas()[0]
    assert window.minimumSizeHint().width() <= screen.width()
    assert toggle.sizeHint().width() < screen.width() / 2
    assert toggle.text().startswith("✓ ") and toggle.text().endswith("…")
    assert tooltip_shown(toggle.toolTip()) == title  # the whole title, as plain text
    assert toggle.accessibleName() == title
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)  # off: still cut short, no tick
    assert not toggle.text().startswith("✓") and toggle.text().endswith("…")
    assert tooltip_shown(toggle.toolTip()) == title


def test_usual_treatment_titles_are_shown_whole(window: MainWindow) -> None:
    window.navigator.show(View.SIDE_EFFECTS)
    toggles = window.side_effects.toggles
    assert toggles["chemotherapy"].text() == "✓ Chemotherapy"
    assert all(toggle.toolTip() == "" for toggle in toggles.values())


def test_an_ampersand_in_a_treatment_title_is_shown_not_a_shortcut(
    make_window: MakeWindow, edit: Edit, load_copy: Callable[[], LoadResult]
) -> None:
    edit("sections.yaml", "    title: Chemotherapy\n", "    title: Chemo & more\n")
    window = make_window(load_copy())
    window.navigator.show(View.SIDE_EFFECTS)
    toggle = window.side_effects.toggles["chemotherapy"]
    assert toggle.text() == "✓ Chemo && more"  # "&&" is how a button shows one "&"
    assert toggle.shortcut().isEmpty()


def test_a_long_unbroken_topic_title_wraps_on_the_home_page(
    qtbot: QtBot, make_window: MakeWindow, edit: Edit, load_copy: Callable[[], LoadResult]
) -> None:
    edit("sections.yaml", "    title: Chemotherapy\n", f"    title: {LONG_WORD[:200]}\n")
    window = make_window(load_copy())
    window.resize(1200, 800)  # a usual window: two topics side by side
    home = window.home
    qtbot.waitUntil(lambda: home.viewport().width() > 600)
    assert home.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    button = home.button_for("chemotherapy")
    assert button is not None
    assert button.width() <= home.viewport().width()
    title = button.findChild(QLabel, "topicTitle")
    assert isinstance(title, QLabel)
    assert title.minimumSizeHint().width() <= title.width()  # wrapped, not cut off
    assert shown(title.text()) == LONG_WORD[:200]
    assert button.accessibleName() == LONG_WORD[:200]


# Breaking long words -----------------------------------------------------------------


def test_words_of_usual_length_are_left_alone() -> None:
    usual = "Content updated 20 March 2025, from the Know ALL page “Treatment”. Immunotherapy"
    assert breakable(usual) == usual


def test_a_long_run_gets_break_opportunities_and_nothing_else() -> None:
    text = "W" * 100
    broken = breakable(text)
    assert shown(broken) == text
    runs = broken.split(ZERO_WIDTH_SPACE)
    assert len(runs) == 5 and all(len(run) <= LONGEST_UNBROKEN for run in runs)


@pytest.mark.parametrize(
    "piece",
    ["a\u0301", "👍🏽", "🇬🇧", "👨\u200d👩\u200d👧", "\u0639", "漢", "e\u200f"],
    ids=["accent", "skin tone", "flag", "family", "arabic", "han", "direction mark"],
)
def test_no_break_splits_what_a_reader_sees_as_one_character(piece: str) -> None:
    text = piece * 60
    broken = breakable(text)
    assert ZERO_WIDTH_SPACE in broken
    assert all(run and run.startswith(piece[0]) for run in broken.split(ZERO_WIDTH_SPACE))
    assert shown(broken) == text


def shown(text: str) -> str:
    """What the reader reads: the text without its invisible break opportunities."""
    return text.replace(ZERO_WIDTH_SPACE, "")


def test_on_a_narrow_window_the_home_buttons_go_one_under_another(
    qtbot: QtBot, bundled: LoadResult, large_text: None
) -> None:
    """A small screen or a large text size: no sideways scrolling, and every word of every
    button shows (none cut off at a button's edge)."""
    window = first_start(qtbot, bundled)
    window.resize(window.minimumSize())
    home = window.home
    buttons = [home.side_effects_button, home.timeline_button, *home.buttons]
    qtbot.waitUntil(lambda: len({button.x() for button in buttons}) == 1)  # one column
    assert home.horizontalScrollBar().maximum() == 0
    for button in buttons:
        for label in button.findChildren(QLabel):
            assert label.minimumSizeHint().width() <= label.width(), label.text()
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    window.resize(1400, 800)  # wide again: side by side
    qtbot.waitUntil(lambda: home.timeline_button.y() == home.side_effects_button.y())
    assert home.buttons[0].y() == home.buttons[1].y()
