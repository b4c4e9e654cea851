"""The timeline view, driven with clicks and keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.content import LoadResult
from allguide.timeline.windows import phase_spans
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.timeline.model import PhasesModel
from allguide.ui.timeline.my_dates import START_KEY, MyDatesPanel
from allguide.ui.timeline.view import TimelineView
from tests.conftest import files_under
from tests.gui import MakeWindow


def open_timeline(qtbot: QtBot, window: MainWindow) -> TimelineView:
    button = window.toolbar.widgetForAction(window.timeline_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.navigator.current == View.TIMELINE.page_id
    return window.timeline


def stored_start(settings_file: Path) -> object:
    return QSettings(str(settings_file), QSettings.Format.IniFormat).value(START_KEY)


def test_phases_model_passes_model_tester(qtmodeltester: ModelTester, bundled: LoadResult) -> None:
    qtmodeltester.check(PhasesModel(phase_spans(bundled.content.phases)), force_py=True)


def test_one_bar_per_phase_with_its_duration_in_words(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    names = [bar.accessibleName() for bar in view.chart.bars]
    assert names == [
        "1. Induction: May last 1 or 2 months. High doses of treatment.",
        "2. Consolidation: May last 1 or 2 months. High doses of treatment.",
        "3. Maintenance: Can last up to 2 years. Lower doses, less intense.",
    ]
    high, _, lower = view.chart.bars
    assert high.bar_rect().height() > lower.bar_rect().height()  # intensity, not only colour


def test_clicking_a_phase_shows_its_details(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    bar = view.chart.bars[1]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.bar_rect().center().toPoint())
    assert bar.isChecked()
    assert view.selected_phase().startswith("2. Consolidation")
    text = view.details.view.toPlainText()
    assert text.startswith("Consolidation")
    assert "How long: May last 1 or 2 months" in text
    assert "stop the leukaemia from coming back" in text


def test_arrow_keys_move_between_phases(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    first = view.chart.bars[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert view.chart.bars[1].isChecked()
    assert QApplication.focusWidget() is view.chart.bars[1]
    qtbot.keyClick(view.chart.bars[1], Qt.Key.Key_Right)
    assert view.details.view.toPlainText().startswith("Maintenance")
    qtbot.keyClick(view.chart.bars[2], Qt.Key.Key_Right)  # nothing after the last phase
    assert view.chart.bars[2].isChecked()
    qtbot.keyClick(view.chart.bars[2], Qt.Key.Key_Left)
    assert view.chart.bars[1].isChecked()


def test_arrows_follow_reading_direction_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    first = view.chart.bars[0]
    assert first.bar_rect().right() > first.width() * 0.9  # induction starts on the right
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Left)
    assert view.chart.bars[1].isChecked()


def test_plain_list_and_chart_share_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    rect = view.list.visualRect(view.model.index(2, 0))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.chart.bars[2].isChecked()
    assert view.model.index(2, 0).data() == (
        "3. Maintenance: Can last up to 2 years. Lower doses, less intense."
    )


def test_scale_switch(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    maintenance = view.chart.bars[2]
    to_scale = maintenance.bar_rect().width()
    qtbot.mouseClick(view.equal_button, Qt.MouseButton.LeftButton)
    assert not view.chart.to_scale
    equal = [bar.bar_rect().width() for bar in view.chart.bars]
    assert max(equal) - min(equal) < 2
    assert equal[2] < to_scale  # maintenance no longer dwarfs the first phases
    qtbot.mouseClick(view.to_scale_button, Qt.MouseButton.LeftButton)
    assert maintenance.bar_rect().width() == to_scale


def test_optional_tracks_are_for_some_patients_and_open_their_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_timeline(qtbot, window)
    names = [row.accessibleName() for row in view.chart.tracks]
    assert "Steroids — Before or alongside chemotherapy" in names
    assert "Total body irradiation — Before a stem cell transplant" in names
    transplant = next(r for r in view.chart.tracks if r.track.id == "track-stem-cell-transplant")
    qtbot.mouseClick(transplant, Qt.MouseButton.LeftButton)
    assert window.navigator.current == "stem-cell-transplant"


def test_read_in_the_reader(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    view.select_row(2)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current == "phase-maintenance"


def test_text_size_scales_the_picture(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    before = view.chart.sizeHint().height()
    font = view.chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.chart.setFont(font)
    assert view.chart.sizeHint().height() > before * 1.5


# My dates --------------------------------------------------------------------


def enter_start(qtbot: QtBot, view: TimelineView, day: dt.date) -> None:
    assert view.my_dates is not None
    view.my_dates.date_edit.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(view.my_dates.show_button, Qt.MouseButton.LeftButton)


def type_start(qtbot: QtBot, panel: MyDatesPanel, day: dt.date) -> None:
    """Type the date as a person does: double-click the day, then type each part."""
    line = panel.date_edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Home)
    first_digit = line.cursorRect().center() + QPoint(line.fontMetrics().averageCharWidth() // 2, 0)
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=first_digit)
    rtl = panel.date_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    next_part = Qt.Key.Key_Backtab if rtl else Qt.Key.Key_Tab  # Qt mirrors the date's sections
    for part in (str(day.day), QLocale("en").monthName(day.month), str(day.year)):
        qtbot.keyClicks(panel.date_edit, part)
        qtbot.keyClick(panel.date_edit, next_part)
    assert panel.date_edit.date() == QDate(day.year, day.month, day.day)


class Paints(QObject):
    """A widget's height and the height it needs at its width, each time it is painted:
    what a person sees in every frame, not only once the layouts have settled."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.frames: list[tuple[int, int]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            needed = self.widget.heightForWidth(self.widget.width())
            self.frames.append((self.widget.height(), needed))
        return False


def assert_not_clipped(widget: QWidget, page: QWidget) -> None:
    """No widget between ``widget`` and ``page`` cuts it off: each lies inside its parent."""
    level = widget
    while level is not page:
        parent = level.parentWidget()
        assert parent is not None
        assert parent.rect().contains(level.geometry()), (level, level.geometry(), parent.rect())
        level = parent


@pytest.fixture(params=[1.0, 2.0], ids=["text-1x", "text-2x"])
def appearance(request: pytest.FixtureRequest) -> Iterator[Appearance]:
    """The app's theme and text size, as ``allguide`` applies them; put back afterwards
    (style, palette, font and theme) by conftest's ``same_look``, as after every test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = Appearance(font_scale=request.param)
    apply_appearance(app, chosen)
    yield chosen


WINDOW_SIZES = [(1200, 800), (1366, 768), (1280, 1500), (900, 700)]


@pytest.mark.parametrize(
    "direction",
    [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
    ids=["ltr", "rtl"],
)
@pytest.mark.parametrize("size", WINDOW_SIZES, ids=[f"{w}x{h}" for w, h in WINDOW_SIZES])
def test_my_dates_show_every_line_from_the_first_frame(
    qtbot: QtBot,
    build: Callable[..., MainWindow],
    appearance: Appearance,
    size: tuple[int, int],
    direction: Qt.LayoutDirection,
) -> None:
    """Scrolled down to My dates, a family types their start date and clicks "Show my
    dates": every line shows, in the very first frame painted and after, never cut to the
    box's old height; the plain list above shows every phase."""
    window = build()
    window.setLayoutDirection(direction)
    window.resize(*size)
    view = open_timeline(qtbot, window)
    panel = view.my_dates
    assert panel is not None
    page_painted, panel_painted = Paints(view.widget()), Paints(panel)
    qtbot.waitUntil(lambda: len(page_painted.frames) > 0)  # the page is laid out and shown
    view.ensureWidgetVisible(panel)  # scrolled down to My dates
    qtbot.waitUntil(lambda: len(panel_painted.frames) > 0)
    type_start(qtbot, panel, dt.date(2026, 9, 1))
    view.ensureWidgetVisible(panel.windows_label)  # where the dates will show is in sight
    painted = Paints(panel.windows_label)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(needed > 0 for _, needed in painted.frames))  # words painted
    label = panel.windows_label
    assert "Maintenance: may start between" in label.text()
    assert all(height >= needed for height, needed in painted.frames), painted.frames
    assert label.height() >= label.heightForWidth(label.width())
    assert panel.height() >= panel.minimumSizeHint().height()
    for widget in (view.list, panel, label):
        assert_not_clipped(widget, view.widget())
    shown = view.list.viewport().rect()
    for row in range(view.model.rowCount()):
        assert shown.contains(view.list.visualRect(view.model.index(row, 0)))


NO_SIDEWAYS = [
    (size, scale)
    for size in WINDOW_SIZES
    for scale in (1.0, 2.0)
    if (size, scale) != ((900, 700), 2.0)  # the chart and the heading need more than 530 px
]


@pytest.mark.parametrize(
    ("size", "appearance"),
    NO_SIDEWAYS,
    ids=[f"{w}x{h}-text-{s:g}x" for (w, h), s in NO_SIDEWAYS],
    indirect=["appearance"],
)
@pytest.mark.parametrize(
    "direction",
    [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
    ids=["ltr", "rtl"],
)
def test_the_side_column_fits_the_width_without_sideways_scrolling(
    qtbot: QtBot,
    build: Callable[..., MainWindow],
    appearance: Appearance,
    size: tuple[int, int],
    direction: Qt.LayoutDirection,
) -> None:
    """Where the phase details and the side column do not both fit, the side column goes
    below the details: each line of My dates reads across without scrolling sideways."""
    window = build()
    window.setLayoutDirection(direction)
    window.resize(*size)
    view = open_timeline(qtbot, window)
    panel = view.my_dates
    assert panel is not None
    panel_painted = Paints(panel)
    view.ensureWidgetVisible(panel)
    qtbot.waitUntil(lambda: len(panel_painted.frames) > 0)
    type_start(qtbot, panel, dt.date(2026, 9, 1))
    view.ensureWidgetVisible(panel.windows_label)
    painted = Paints(panel.windows_label)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(needed > 0 for _, needed in painted.frames))
    assert view.horizontalScrollBar().maximum() == 0
    inside = view.viewport().rect()
    for widget in (view.list, panel, panel.windows_label, panel.show_button, panel.remember):
        place = QRect(widget.mapTo(view.viewport(), QPoint(0, 0)), widget.size())
        assert inside.left() <= place.left() and place.right() <= inside.right(), widget


def test_my_dates_show_estimated_windows_and_today(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    view = open_timeline(qtbot, window)
    start = dt.date.today() - dt.timedelta(days=45)
    enter_start(qtbot, view, start)
    assert view.my_dates is not None
    words = view.my_dates.windows_label.text()
    assert "Induction: may start on" in words
    assert "Consolidation: may start between" in words
    assert "Maintenance: may start between" in words
    assert "may go on until as late as" in words
    assert "Your care team's plan is what counts." in words
    fraction = view.chart.today_fraction()
    assert fraction is not None and 0.04 < fraction < 0.07  # about 1.5 of 28 months
    assert stored_start(settings_file) is None  # not kept unless the family asks


def test_remember_keeps_it_and_forget_clears_it_in_one_step(
    qtbot: QtBot, make_window: MakeWindow, settings_file: Path
) -> None:
    first_window = make_window()
    view = open_timeline(qtbot, first_window)
    enter_start(qtbot, view, dt.date(2026, 1, 31))
    assert view.my_dates is not None
    qtbot.mouseClick(view.my_dates.remember, Qt.MouseButton.LeftButton)
    assert stored_start(settings_file) == "2026-01-31"
    second_window = make_window()
    again = second_window.timeline
    assert again.my_dates is not None and again.my_dates.start == dt.date(2026, 1, 31)
    qtbot.mouseClick(again.my_dates.clear_button, Qt.MouseButton.LeftButton)
    assert stored_start(settings_file) is None
    assert again.my_dates.start is None
    assert again.chart.today_fraction() is None


def test_a_corrupt_saved_date_is_forgotten_with_a_message(
    qtbot: QtBot, make_window: MakeWindow, settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("[timeline]\nstart=31/01/2026\n", "utf-8")
    window = make_window()
    view = window.timeline
    assert view.my_dates is not None and view.my_dates.start is None
    assert "could not be read" in view.my_dates.problem_label.text()
    assert stored_start(settings_file) is None


def test_no_my_dates_in_kiosk_mode(
    qtbot: QtBot, build: Callable[..., MainWindow], user_settings_dir: Path
) -> None:
    """The kiosk window, built as the app builds it: the chart, but nothing personal."""
    window = build(kiosk=True)
    view = open_timeline(qtbot, window)
    assert window.findChildren(MyDatesPanel) == []
    assert view.my_dates is None
    assert view.chart.isVisible() and len(view.chart.bars) == 3
    qtbot.mouseClick(view.chart.bars[2], Qt.MouseButton.LeftButton)
    assert view.selected_phase().startswith("3. Maintenance")
    window.close()
    assert files_under(user_settings_dir) == []  # nothing written anywhere


def test_details_list_agents_and_side_effects_only_where_content_links_them(
    qtbot: QtBot, make_window: MakeWindow, edit: object, load_copy: object
) -> None:
    window = make_window()
    assert "Medicines in this phase" not in window.timeline.details.view.toPlainText()
    edit(  # type: ignore[operator]
        "phases.yaml",
        "    citations: [ref-2]\n",
        "    citations: [ref-2]\n    agents: [vincristine]\n    side_effects: [fatigue]\n",
    )
    linked = make_window(load_copy())  # type: ignore[operator]
    text = linked.timeline.details.view.toPlainText()
    assert "Medicines in this phase: Vincristine" in text
    assert "Side effects in this phase: Tiredness (fatigue)" in text


def test_home_has_a_way_to_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.home.timeline_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.timeline


def test_tab_reaches_the_chosen_phase_and_arrows_choose_another(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The phases are one group, like radio buttons: Tab enters at the chosen phase,
    arrows move between phases (choosing them), and Tab goes on to the tracks."""
    view = open_timeline(qtbot, window)
    first, second, third = view.chart.bars
    qtbot.mouseClick(view.to_scale_button, Qt.MouseButton.LeftButton)
    assert view.to_scale_button.hasFocus()
    qtbot.keyClick(view.to_scale_button, Qt.Key.Key_Tab)  # "Equal widths" is in its group
    assert first.hasFocus() and view.selected_phase().startswith("1. Induction")
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus() and second.isChecked()
    assert view.selected_phase().startswith("2. Consolidation")
    assert view.details.view.toPlainText().startswith("Consolidation")
    qtbot.keyClick(second, Qt.Key.Key_Right)
    assert third.hasFocus() and view.selected_phase().startswith("3. Maintenance")
    assert view.list.currentIndex().row() == 2  # the plain list follows
    qtbot.keyClick(third, Qt.Key.Key_Tab)
    steroids = view.chart.tracks[0]
    assert steroids.hasFocus() and steroids.track.id == "track-steroids"
    assert view.selected_phase().startswith("3. Maintenance")  # Tab moves; it does not choose
    qtbot.keyClick(steroids, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert third.hasFocus()  # back in at the chosen phase
    qtbot.keyClick(third, Qt.Key.Key_Up)
    assert second.hasFocus() and view.selected_phase().startswith("2. Consolidation")
    qtbot.mouseClick(view.to_scale_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.to_scale_button, Qt.Key.Key_Tab)
    assert second.hasFocus()  # Tab comes back in at the chosen phase, not the first


def test_the_phase_details_have_the_themes_border(
    qtbot: QtBot, appearance: Appearance, window: MainWindow
) -> None:
    """The light theme draws a line around the details (#phaseDetails): it must show."""
    details = open_timeline(qtbot, window).details
    assert details.objectName() == "phaseDetails"
    picture = details.grab().toImage()
    middle = picture.height() // 2
    edge, inside = picture.pixelColor(0, middle), picture.pixelColor(4, middle)
    assert edge != inside  # a line, not the page's own background reaching the edge
    assert details.view.geometry().left() > 0  # the page sits inside the line
