"""200 % text on every view, in English and Arabic (right to left), in the window a
1366x768 laptop opens: no text clipped, no widgets overlapping, the toolbar whole
(issue 14, sections 1 and 6). The text size is raised with the keys, as a person would."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QSplitterHandle,
    QStackedWidget,
    QStyle,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance, build_window, load, speak
from allguide.languages import Language
from allguide.ui import mainwindow, window_fit
from allguide.ui.mainwindow import MainWindow
from allguide.ui.theme import active_theme
from allguide.ui.theme.colours import Colour
from allguide.ui.timeline import chart as chart_module
from allguide.ui.timeline.chart import TimelineChart
from allguide.ui.views import VIEWS
from allguide.ui.zoom import LARGEST, STEPS, text_scale

LAPTOP = QRect(0, 0, 1366, 768)
BuildIn = Callable[..., MainWindow]


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop is one 1366x768 screen (the offscreen platform's own is 800x800)."""
    monkeypatch.setattr(window_fit, "available_areas", lambda: [LAPTOP])
    monkeypatch.setattr(mainwindow, "available_areas", lambda: [LAPTOP])


def settle() -> None:
    """Deliver what Qt posted (new fonts, layouts) before measuring."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, 0)


def shown(widget: QWidget) -> bool:
    """Visible and with some room on screen (a scrolled-away row still counts)."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped_label(label: QLabel) -> bool:
    text = label.text()
    if not text:
        return False
    room = label.contentsRect()
    if label.textFormat() != Qt.TextFormat.PlainText:  # Markdown or rich: QLabel's measure
        if label.wordWrap():
            return label.heightForWidth(label.width()) > label.height() + 1
        hint = label.sizeHint()
        return hint.width() > label.width() + 1 or hint.height() > label.height() + 1
    metrics = QFontMetrics(label.font())
    flags = int(label.alignment().value)
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap.value
    bounds = metrics.boundingRect(QRect(0, 0, room.width(), 1_000_000), flags, text)
    return bounds.width() > room.width() + 1 or bounds.height() > room.height() + 1


def not_zoomed(widget: QWidget) -> bool:
    """Smaller than the application's text: left at the size before the zoom."""
    application_size = QApplication.font().pointSizeF()
    return widget.font().pointSizeF() < 0.95 * application_size


def clipped_button(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    hint = button.sizeHint()
    return hint.width() > button.width() + 1 or hint.height() > button.height() + 1


def overlapping(parent: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible children of ``parent`` that cover each other."""
    if isinstance(parent, QStackedWidget):
        return []
    children = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if shown(child) and not child.isWindow() and not isinstance(child, QSplitterHandle)
    ]
    pairs = []
    for number, first in enumerate(children):
        for second in children[number + 1 :]:
            if first.geometry().intersects(second.geometry()):
                pairs.append((describe(first), describe(second)))
    return pairs


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName()!r}, {str(text)[:30]!r})"


def problems(window: MainWindow) -> list[str]:
    found: list[str] = []
    page = window.pages.currentWidget()
    for widget in [window, *window.findChildren(QWidget)]:
        if not shown(widget) or (widget is not window and not widget.isVisibleTo(window)):
            continue
        if isinstance(widget, QWidget) and not _on_view(widget, window, page):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit) and not_zoomed(widget):
            found.append(f"not at the new size: {describe(widget)}")
        if isinstance(widget, QLabel) and clipped_label(widget):
            found.append(f"clipped: {describe(widget)} in {widget.size().toTuple()}")
        if isinstance(widget, QAbstractButton) and clipped_button(widget):
            found.append(f"clipped: {describe(widget)} {widget.size().toTuple()}")
        if not isinstance(widget, QAbstractScrollArea):  # its viewport and bars: Qt's own
            found += [f"overlap in {describe(widget)}: {a} / {b}" for a, b in overlapping(widget)]
    toolbar = window.toolbar
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not button.isVisible() and action.isVisible():
            found.append(f"behind the toolbar's overflow: {describe(button)}")
    return found


def _on_view(widget: QWidget, window: MainWindow, page: QWidget) -> bool:
    """In the window's frame, or in the page shown (not the stack's hidden pages)."""
    return not window.pages.isAncestorOf(widget) or page is widget or page.isAncestorOf(widget)


@pytest.fixture
def at_200(
    qtbot: QtBot, qapp: QApplication, build_in: BuildIn, laptop: None
) -> Iterator[Callable[..., MainWindow]]:
    def make(language: Language, theme: str = Appearance.theme) -> MainWindow:
        apply_appearance(qapp, Appearance(theme=theme))  # the run's look: its sheets too
        window = build_in(language, kiosk=False)
        for show in VIEWS.values():  # every view built and laid out at 100 % first
            show(window)
            settle()
        while (popup := QApplication.activePopupWidget()) is not None:  # a word's meaning
            popup.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        for _ in STEPS[1:]:
            qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert text_scale(qapp) == pytest.approx(LARGEST)
        qtbot.waitUntil(lambda: window.font().pointSizeF() == qapp.font().pointSizeF())
        return window

    yield make


@pytest.mark.parametrize(
    "language", [Language.ENGLISH, Language.FRENCH, Language.ARABIC], ids=["en", "fr", "ar"]
)
@pytest.mark.parametrize("view", list(VIEWS))
def test_every_view_at_200_percent_has_nothing_clipped_or_overlapping(
    at_200: Callable[[Language], MainWindow], language: Language, view: str
) -> None:
    window = at_200(language)
    assert LAPTOP.contains(window.frameGeometry())
    VIEWS[view](window)
    settle()
    found = problems(window)
    assert not found, "\n".join(found)


def tree_indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row of ``model``, in tree order."""
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *tree_indexes(model, index)]
    return found


def cut_short_rows(tree: QTreeView) -> list[str]:
    """Rows whose title, wrapped at the width the row is painted in, needs more room than
    the row has (so the style would end it with "…" or cut a line off)."""
    metrics = QFontMetrics(tree.font())
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    found = []
    for index in tree_indexes(tree.model()):
        cell = tree.visualRect(index)
        if not cell.isValid():  # under a closed row
            continue
        title = index.data(Qt.ItemDataRole.DisplayRole)
        room = cell.width() - 2 * margin
        bounds = metrics.boundingRect(QRect(0, 0, room, 1_000_000), WRAP, title)
        if bounds.width() > room or bounds.height() > cell.height():
            found.append(f"{title!r}: needs {bounds.size().toTuple()} in {cell.size().toTuple()}")
        elif cell.height() >= bounds.height() + metrics.height():  # measured at another width
            found.append(f"{title!r}: a blank line in {cell.size().toTuple()}")
    return found


WRAP = int(Qt.TextFlag.TextWordWrap.value)


@pytest.mark.parametrize(
    "language", [Language.ENGLISH, Language.FRENCH, Language.ARABIC], ids=["en", "fr", "ar"]
)
def test_the_tree_shows_every_title_whole_at_200_percent(
    at_200: Callable[[Language], MainWindow], qtbot: QtBot, language: Language
) -> None:
    """A long title wraps onto more lines (the row grows), never ends in "…"."""
    window = at_200(language)
    VIEWS["home"](window)
    window.tree.expandAll()
    settle()
    assert not cut_short_rows(window.tree), "\n".join(cut_short_rows(window.tree))
    heights = {window.tree.visualRect(i).height() for i in tree_indexes(window.tree.model())}
    assert len(heights) > 1  # some titles did need more than one line
    # The tree as narrow as the splitter lets it be: its titles wrap again, words whole.
    window.tree.resize(window.tree.minimumSizeHint().width(), window.tree.height())
    settle()
    assert not cut_short_rows(window.tree), "\n".join(cut_short_rows(window.tree))
    # So tall that its scroll bar goes: the rows are as wide as the tree, and measured so.
    window.tree.resize(window.tree.width(), 5000)
    settle()
    assert not window.tree.verticalScrollBar().isVisible()
    assert not cut_short_rows(window.tree), "\n".join(cut_short_rows(window.tree))


LANGUAGES = [Language.ENGLISH, Language.FRENCH, Language.ARABIC]
THEMES = ["light", "dark", "high-contrast"]


def short_phase_rows(chart: TimelineChart) -> list[str]:
    """Phases whose words, wrapped across the row (bold, as when chosen), need more room
    under the bar than the row has: drawn on one line, they would end in "…"."""
    found = []
    for bar in chart.bars:
        font = QFont(bar.font())
        font.setBold(True)
        room = bar.width() - 8
        bounds = QFontMetrics(font).boundingRect(QRect(0, 0, room, 1_000_000), WRAP, bar.text())
        under = bar.height() - math.ceil(bar.bar_rect().bottom()) - 4
        if bounds.width() > room or bounds.height() > under:
            found.append(f"{bar.text()!r}: needs {bounds.size().toTuple()}, has {room}x{under}")
    return found


@pytest.mark.parametrize("language", LANGUAGES, ids=[lang.value for lang in LANGUAGES])
def test_every_phase_label_is_whole_at_200_percent(
    at_200: Callable[..., MainWindow], language: Language
) -> None:
    """A long phase label wraps under its bar (its row grows), never ends in "…"."""
    window = at_200(language)
    VIEWS["timeline"](window)
    settle()
    chart = window.timeline.chart
    for bar in chart.bars:  # chosen (bold) or not
        bar.setChecked(True)
        settle()
        assert not short_phase_rows(chart), "\n".join(short_phase_rows(chart))
        for other in chart.bars:
            assert other.rect().contains(other.label_rect().toAlignedRect())


def rgb32(image: QImage) -> tuple[bytes, int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return bytes(image.constBits()), image.bytesPerLine()


def lines_touching_words(
    chart: TimelineChart, monkeypatch: pytest.MonkeyPatch, line: str, rows: list[range]
) -> list[str]:
    """Pixels of the theme's ``line`` (its colour's name) beside a word or a bar in
    ``rows``, found by drawing the chart with the line and without it (made unseen)."""
    drawn, line_bytes = rgb32(chart.grab().toImage())
    theme = active_theme()
    monkeypatch.setattr(chart_module, "active_theme", lambda: replace(theme, **{line: UNSEEN}))
    bare, _ = rgb32(chart.grab().toImage())
    monkeypatch.undo()
    width = chart.width()

    def pixel(data: bytes, x: int, y: int) -> bytes:
        return data[y * line_bytes + 4 * x : y * line_bytes + 4 * x + 4]

    top = chart.bars[0].y()
    background = Counter(pixel(bare, x, top) for x in range(width)).most_common(1)[0][0]
    found = []
    for y in (y for band in rows for y in band):
        start = y * line_bytes
        if drawn[start : start + 4 * width] == bare[start : start + 4 * width]:
            continue
        for x in range(1, width - 1):
            if pixel(drawn, x, y) == pixel(bare, x, y):
                continue
            near = [pixel(bare, x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            if any(colour != background for colour in near):
                found.append(f"({x}, {y})")
    return found


def label_rows(chart: TimelineChart) -> list[range]:
    """The rows of pixels under each phase's bar, where its words are."""
    return [
        range(bar.y() + math.ceil(bar.bar_rect().bottom()) + 3, bar.geometry().bottom())
        for bar in chart.bars
    ]


UNSEEN = Colour(0, 0, 0, 0)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ARABIC], ids=["en", "ar"])
def test_the_timeline_grid_never_crosses_a_word_or_a_bar(
    at_200: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    theme: str,
) -> None:
    """The month lines stop short of the phases' bars and words: each is read on a clean
    background (the high-contrast theme's strong lines crossed them)."""
    window = at_200(language, theme)
    VIEWS["timeline"](window)
    settle()
    chart = window.timeline.chart
    chart.bars[0].setChecked(True)
    chart.set_start_date(chart.today - dt.timedelta(days=200))  # "Today" on the axis too
    everywhere = [range(1, chart.bars[-1].geometry().bottom())]
    touching = lines_touching_words(chart, monkeypatch, "grid", everywhere)
    assert not touching, f"{len(touching)} grid pixels touch words or bars: {touching[:10]}"
    # The today line crosses the bars (where today falls in each phase), not their words.
    touching = lines_touching_words(chart, monkeypatch, "today_line", label_rows(chart))
    assert not touching, f"{len(touching)} today pixels touch words: {touching[:10]}"


def laid_out_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines as a word-wrapped label breaks it at ``width``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", [*LANGUAGES, Language.SPANISH], ids=lambda lang: lang.value)
def test_the_side_effects_tile_never_breaks_its_a_to_z(
    at_200: Callable[..., MainWindow], language: Language
) -> None:
    """ "Side effects A–Z" may wrap, but never as "Side effects A–" / "Z": at any width the
    tile may have, from its own down to that of its longest word."""
    window = at_200(language)
    VIEWS["home"](window)
    settle()
    title = window.home.side_effects_button.findChild(QLabel, "topicTitle")
    assert isinstance(title, QLabel)
    drawn = QLabel.text(title)  # as the label draws it, not as it was set
    assert "–" in drawn
    metrics = QFontMetrics(title.font())
    narrowest = max(metrics.horizontalAdvance(word) for word in drawn.split())
    for width in range(title.contentsRect().width(), narrowest, -4):
        lines = laid_out_lines(drawn, title.font(), width)
        broken = [line for line in lines[:-1] if line.rstrip().endswith("–")]
        assert not broken, f"{lines} at {width} px"


def test_a_tree_shown_taller_than_its_rows_measures_them_at_its_width(
    qtbot: QtBot, qapp: QApplication, user_settings_dir: Path
) -> None:
    """Sized before it is shown, as `allguide screenshots` does: the scroll bar the tree
    first had is gone once shown, and its rows must be measured at the wider width
    (they were left two lines tall, a blank line above a one-line title)."""
    apply_appearance(qapp, Appearance(font_scale=LARGEST))
    speak(qapp, Language.ARABIC)
    try:
        window = build_window(load(Language.ARABIC.value, None), Language.ARABIC.value, False)
        qtbot.addWidget(window)
        window.resize(1280, 2400)
        window.show()
        qtbot.waitExposed(window)
        VIEWS["timeline"](window)
        settle()
        assert not window.tree.verticalScrollBar().isVisible()
        assert not cut_short_rows(window.tree), "\n".join(cut_short_rows(window.tree))
    finally:
        speak(qapp, Language.ENGLISH)


@pytest.mark.parametrize("language", LANGUAGES, ids=[lang.value for lang in LANGUAGES])
def test_the_timeline_with_equal_widths_at_200_percent(
    at_200: Callable[..., MainWindow], qtbot: QtBot, language: Language
) -> None:
    """Equal widths: the caption that says so wraps above the bars (it was painted on
    one line and cut off at the chart's edge), and nothing is clipped or overlaps."""
    window = at_200(language)
    VIEWS["timeline"](window)
    settle()
    view = window.timeline
    qtbot.mouseClick(view.equal_button, Qt.MouseButton.LeftButton)
    settle()
    caption = view.chart.equal_caption
    assert caption.isVisible()
    assert caption.geometry().bottom() < view.chart.bars[0].y()
    found = problems(window)
    assert not found, "\n".join(found)
    qtbot.mouseClick(view.to_scale_button, Qt.MouseButton.LeftButton)  # the months again
    settle()
    assert not caption.isVisible()
    assert not problems(window)


@pytest.mark.parametrize("language", LANGUAGES, ids=[lang.value for lang in LANGUAGES])
def test_the_timeline_months_never_run_into_each_other(
    at_200: Callable[..., MainWindow], language: Language
) -> None:
    """The months under a start date ("mai 2026", "nov. 2026") at 200 % in narrower
    windows: every other one is left out rather than two running together."""
    window = at_200(language)
    VIEWS["timeline"](window)
    chart = window.timeline.chart
    chart.set_start_date(chart.today)
    for width in (LAPTOP.width(), 1100, 900, window.minimumWidth()):
        window.resize(width, window.height())
        settle()
        places = [place for _label, place in chart.axis_places()]
        assert len(places) >= 2, f"{width}: only {places}"
        assert all(chart.rect().toRectF().contains(place) for place in places)
        crossing = [(a, b) for a, b in itertools.combinations(places, 2) if a.intersects(b)]
        assert not crossing, f"{width} px: {crossing}"


# A 1920x1080 screen at 200 % system scaling: 960 logical pixels across (and 200 % text in
# AllGuide too), less than the toolbar asks for with all its buttons as icons.
NARROW = QRect(0, 0, 960, 540)
NARROWEST = QRect(0, 0, 840, 525)  # 1680x1050 at 200 %
GRAB = "This plugin does not support grabbing the keyboard"  # the menu opened


def behind_the_overflow(window: MainWindow) -> list[str]:
    """The toolbar's buttons and search box hidden behind its » arrow."""
    toolbar = window.toolbar
    controls = [toolbar.widgetForAction(action) for action in toolbar.actions()]
    return [
        describe(control)
        for control in controls
        if isinstance(control, QAbstractButton | QLineEdit) and not control.isVisible()
    ]


@pytest.mark.qt_log_ignore(GRAB)
@pytest.mark.parametrize(
    "screen", [LAPTOP, NARROW, NARROWEST], ids=["1366x768", "960x540", "840x525"]
)
@pytest.mark.parametrize("language", LANGUAGES, ids=[lang.value for lang in LANGUAGES])
def test_the_whole_toolbar_stays_in_the_smallest_window_at_200_percent(
    at_200: Callable[..., MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    screen: QRect,
) -> None:
    """At the window's smallest width every button and the search box are shown, the
    Display button (Alt+A) above all: where the screen is too narrow for the whole
    toolbar the search box gives up width, and its words are cut short with "…"."""
    monkeypatch.setattr(window_fit, "available_areas", lambda: [screen])
    monkeypatch.setattr(mainwindow, "available_areas", lambda: [screen])
    window = at_200(language)
    assert screen.contains(QRect(screen.topLeft(), window.minimumSize()))
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.toolbar.width() == window.minimumWidth())
    settle()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    hidden = behind_the_overflow(window)
    assert not hidden, "\n".join(hidden)
    search_box = window.search_box
    assert search_box.width() >= search_box.minimumWidth() > 0
    if screen != LAPTOP:  # narrower than it would like, not gone
        assert search_box.width() < search_box.sizeHint().width()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    menu = window.display_button.display_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
