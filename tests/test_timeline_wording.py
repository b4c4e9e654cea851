"""The timeline says what the source says: its hedges, no floor or norm, tracks in place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.content.model import TrackKind
from allguide.timeline.windows import phase_spans
from allguide.ui.mainwindow import MainWindow
from allguide.ui.timeline.chart import LOOK_AGAIN_MS, TimelineChart
from allguide.ui.timeline.view import TimelineView
from tests.test_timeline_ui import enter_start, open_timeline

# Words that would turn the source's "may last 1 or 2 months" into a floor or a norm.
HARDENED = re.compile(r"\b(at least|usual(ly)?|minimum|shortest|normally|typical(ly)?)\b", re.I)


def everything_the_timeline_says(view: TimelineView) -> list[str]:
    """Every text a person sees or hears on the timeline: labels, bars, tracks, list, captions."""
    texts = [label.text() for label in view.findChildren(QLabel)]
    for bar in view.chart.bars:
        texts += [bar.text(), bar.accessibleName(), bar.toolTip()]
        texts += [caption.text for caption in bar.captions()]
        texts += bar.caption_texts()
    texts += [row.accessibleName() for row in view.chart.tracks]
    texts += [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    return [t for t in texts if t]


@pytest.mark.parametrize("to_scale", [True, False])
def test_no_words_for_a_floor_or_a_norm(qtbot: QtBot, window: MainWindow, to_scale: bool) -> None:
    view = open_timeline(qtbot, window)
    if not to_scale:
        qtbot.mouseClick(view.equal_button, Qt.MouseButton.LeftButton)
    enter_start(qtbot, view, dt.date(2026, 1, 31))
    said = everything_the_timeline_says(view)
    assert any("May last 1 or 2 months" in text for text in said)
    assert any("Can last up to 2 years" in text for text in said)
    assert [text for text in said if HARDENED.search(text)] == []


def test_my_dates_say_may_in_every_sentence(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    enter_start(qtbot, view, dt.date(2026, 1, 31))
    assert view.my_dates is not None
    *windows, closing = view.my_dates.windows_label.text().split("\n\n")
    assert len(windows) == 3
    for line in windows:
        for part in line.split(": ", 1)[1].split("; "):
            assert part.startswith("may "), line
    assert windows[0] == (
        "Induction: may start on 31 January 2026; "
        "may end between 28 February 2026 and 31 March 2026."
    )
    assert windows[2].endswith("may go on until as late as 31 May 2028.")
    # Only the source's lengths went in: no "general figures" it does not give.
    assert closing == (
        "These dates only use the lengths the source gives. Your care team's plan is what counts."
    )


@pytest.mark.parametrize("to_scale", [True, False])
def test_the_legend_says_the_source_gives_no_start_dates(
    qtbot: QtBot, window: MainWindow, to_scale: bool
) -> None:
    """A bar starts where the phase before may end at the earliest: not a start date."""
    view = open_timeline(qtbot, window)
    if not to_scale:
        qtbot.mouseClick(view.equal_button, Qt.MouseButton.LeftButton)
    [legend] = [label for label in view.findChildren(QLabel)
                if label.objectName() == "timelineLegend"]  # fmt: skip
    said = " ".join(legend.text().split())
    assert "The phases follow one another." in said
    assert "The source gives no start dates" in said
    assert "where the phase before it may end at the earliest" in said


def test_bars_are_labelled_in_the_source_words_where_they_fit(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Equal widths leave room: "1 month" at the line, "or 2 months" at the end; "up to 2 years"."""
    window.resize(1200, 800)  # a usual window (the first one fits the small test screen)
    view = open_timeline(qtbot, window)
    qtbot.mouseClick(view.equal_button, Qt.MouseButton.LeftButton)
    induction, _, maintenance = view.chart.bars
    captions = induction.captions()
    assert [c.text for c in captions] == ["1 month", "or 2 months"]
    (line,) = induction.mark_xs()
    assert captions[0].rect.right() <= line <= captions[1].rect.left()  # each ends at its length
    assert [c.text for c in maintenance.captions()] == ["up to 2 years"]
    qtbot.mouseClick(view.to_scale_button, Qt.MouseButton.LeftButton)
    assert induction.captions() == []  # two months to scale leave no room: none rather than half
    assert len(induction.mark_xs()) == 1  # the line for "1 month" is still drawn


def test_captions_follow_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1200, 800)  # a usual window (the first one fits the small test screen)
    view = open_timeline(qtbot, window)
    qtbot.mouseClick(view.equal_button, Qt.MouseButton.LeftButton)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    induction = view.chart.bars[0]
    one, two = induction.captions()
    assert (one.text, two.text) == ("1 month", "or 2 months")
    assert two.rect.right() <= induction.mark_xs()[0] <= one.rect.left()  # mirrored


# Tracks --------------------------------------------------------------------------


def test_track_kinds_put_steroids_with_chemotherapy(bundled: LoadResult) -> None:
    kinds = {track.id: track.kind for track in bundled.content.timeline_tracks}
    assert kinds.pop("track-steroids") is TrackKind.ALONGSIDE_CHEMOTHERAPY
    assert set(kinds.values()) == {TrackKind.SOME_PATIENTS}


def test_steroids_are_not_under_for_some_patients(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    groups = {group.kind: group for group in view.chart.groups}
    some = groups[TrackKind.SOME_PATIENTS]
    alongside = groups[TrackKind.ALONGSIDE_CHEMOTHERAPY]
    assert some.heading.text().startswith("For some patients")
    assert [row.track.id for row in alongside.rows] == ["track-steroids"]
    assert "track-steroids" not in [row.track.id for row in some.rows]
    assert "common chemotherapy medicines" in alongside.heading.text()
    # And on screen: steroids sit under their own heading, above "For some patients".
    steroids = alongside.rows[0]
    assert alongside.heading.geometry().bottom() < steroids.geometry().top()
    assert steroids.geometry().bottom() < some.heading.geometry().top()
    assert all(row.geometry().top() > some.heading.geometry().bottom() for row in some.rows)


def test_tracks_say_only_when_the_source_says(bundled: LoadResult) -> None:
    when = {track.id: " ".join(track.when.split()) for track in bundled.content.timeline_tracks}
    assert when["track-targeted-immunotherapy"] == (
        "For some kinds (subtypes) of ALL. Some are used after chemotherapy has not worked, "
        "or when the leukaemia has come back or is no longer responding to treatment"
    )
    assert when["track-car-t"] == (
        "For B-cell ALL that has come back or is no longer responding to treatment"
    )
    assert when["track-steroids"] == "Before or alongside chemotherapy"


def test_tracks_cite_only_where_the_source_does(bundled: LoadResult) -> None:
    """The source attaches reference 1 to steroids "taken before or alongside chemotherapy",
    and nothing to when targeted treatment, immunotherapy or CAR T are used."""
    cited = {track.id: track.citations for track in bundled.content.timeline_tracks}
    assert cited.pop("track-steroids") == ("ref-1",)
    assert cited == dict.fromkeys(cited, ())


def test_a_track_without_a_kind_is_refused(
    edit: Callable[[str, str, str], Path], load_copy: Callable[[], LoadResult]
) -> None:
    edit("phases.yaml", "    kind: alongside-chemotherapy\n", "")
    errors = [str(e) for e in load_copy().errors]
    assert any("en/phases.yaml:" in e and "missing required key 'kind'" in e for e in errors)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("      months: [1, 2]\n    intensity: high\n    intensity_text: High doses of treatment\n"
         "    aim: >-\n      To bring",
         "      months: [1, 2]\n      min_months: 1\n    intensity: high\n"
         "    intensity_text: High doses of treatment\n    aim: >-\n      To bring",
         "unknown key 'min_months'"),
        ("      up_to_months: 24\n", "", "is not valid under any of the given schemas"),
        ("      up_to_months: 24\n", "      up_to_months: 24\n      months: [24]\n",
         "is valid under each of"),
    ],
)  # fmt: skip
def test_a_duration_names_lengths_or_a_limit_never_a_minimum(
    edit: Callable[[str, str, str], Path],
    load_copy: Callable[[], LoadResult],
    old: str,
    new: str,
    message: str,
) -> None:
    edit("phases.yaml", old, new)
    errors = [str(e) for e in load_copy().errors]
    assert any("en/phases.yaml:" in e and message in e for e in errors), errors


# Today ---------------------------------------------------------------------------


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_today_moves_on_at_midnight(qtbot: QtBot, bundled: LoadResult) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 10, 23, 59, 30))
    chart = TimelineChart(phase_spans(bundled.content.phases), ["a", "b", "c"], [], QLocale("en"),
                          now=clock)  # fmt: skip
    qtbot.addWidget(chart)
    chart.set_start_date(dt.date(2026, 3, 1))
    before = chart.today_fraction()
    assert chart.midnight_timer.isActive() and chart.midnight_timer.isSingleShot()
    assert chart.midnight_timer.interval() == 30_001  # aimed just past midnight
    clock.now = dt.datetime(2026, 3, 11, 0, 0, 0, 2000)
    chart.midnight_timer.timeout.emit()  # what Qt does when the time comes
    assert chart.today == dt.date(2026, 3, 11)
    after = chart.today_fraction()
    assert before is not None and after is not None and after > before
    assert chart.midnight_timer.isActive()  # aimed again, at most an hour ahead
    assert chart.midnight_timer.interval() == LOOK_AGAIN_MS


def test_an_early_timer_only_aims_again(qtbot: QtBot, bundled: LoadResult) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 10, 23, 0))
    chart = TimelineChart(phase_spans(bundled.content.phases), ["a", "b", "c"], [], QLocale("en"),
                          now=clock)  # fmt: skip
    qtbot.addWidget(chart)
    clock.now = dt.datetime(2026, 3, 10, 23, 59, 59)  # a coarse timer may fire a little early
    chart.midnight_timer.timeout.emit()
    assert chart.today == dt.date(2026, 3, 10)
    assert chart.midnight_timer.isActive() and chart.midnight_timer.interval() == 1_001
