"""The timeline view, driven with clicks and keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.timeline.windows import phase_spans
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import TIMELINE_PAGE
from allguide.ui.timeline.model import PhasesModel
from allguide.ui.timeline.my_dates import START_KEY
from allguide.ui.timeline.view import TimelineView
from tests.gui import MakeWindow


def open_timeline(qtbot: QtBot, window: MainWindow) -> TimelineView:
    button = window.toolbar.widgetForAction(window.timeline_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.navigator.current == TIMELINE_PAGE
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
    assert all(bar.focusPolicy() & Qt.FocusPolicy.TabFocus for bar in view.chart.bars)
    high, _, lower = view.chart.bars
    assert high.bar_rect().height() > lower.bar_rect().height()  # intensity, not only colour


def test_clicking_a_phase_shows_its_details(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    bar = view.chart.bars[1]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.bar_rect().center().toPoint())
    assert bar.isChecked()
    assert view.selected_phase().startswith("2. Consolidation")
    text = view.details.toPlainText()
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
    assert view.details.toPlainText().startswith("Maintenance")
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


def test_my_dates_show_estimated_windows_and_today(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    view = open_timeline(qtbot, window)
    start = dt.date.today() - dt.timedelta(days=45)
    enter_start(qtbot, view, start)
    assert view.my_dates is not None
    words = view.my_dates.windows_label.text()
    assert "Induction: starts" in words
    assert "Maintenance: may start between" in words
    assert "at the latest" in words
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


def test_no_my_dates_in_kiosk_mode(qtbot: QtBot, bundled: LoadResult, settings_file: Path) -> None:
    from PySide6.QtCore import QLocale

    from allguide.ui.preferences import Preferences

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(
        bundled.content, Preferences(settings, False), (), QLocale("en"), kiosk=True
    )
    qtbot.addWidget(window)
    assert window.timeline.my_dates is None
    assert (
        window.timeline.findChildren(type(window.timeline.chart.bars[0]).__mro__[0])[0] is not None
    )


def test_details_list_agents_and_side_effects_only_where_content_links_them(
    qtbot: QtBot, make_window: MakeWindow, edit: object, load_copy: object
) -> None:
    window = make_window()
    assert "Medicines in this phase" not in window.timeline.details.toPlainText()
    edit(  # type: ignore[operator]
        "phases.yaml",
        "    citations: [ref-2]\n",
        "    citations: [ref-2]\n    agents: [vincristine]\n    side_effects: [fatigue]\n",
    )
    linked = make_window(load_copy())  # type: ignore[operator]
    text = linked.timeline.details.toPlainText()
    assert "Medicines in this phase: Vincristine" in text
    assert "Side effects in this phase: Tiredness (fatigue)" in text


def test_home_has_a_way_to_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.home.timeline_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.timeline
