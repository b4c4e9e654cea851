"""Durations, ranges and date estimates, including month arithmetic edge cases."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from allguide.content import LoadResult
from allguide.content.model import Duration
from allguide.timeline.dates import add_months, months_between, ms_until_next_day
from allguide.timeline.windows import (
    Extent,
    MonthRange,
    PhaseSpan,
    date_windows,
    extents,
    phase_spans,
    total_months,
)

D = dt.date


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # no 31 February: the last day instead
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2024, 2, 29), 12, D(2025, 2, 28)),  # a leap day, one year on
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),  # across the year
        (D(2025, 1, 15), 24, D(2027, 1, 15)),
        (D(2025, 5, 31), 1, D(2025, 6, 30)),
        (D(2025, 1, 1), 0, D(2025, 1, 1)),
    ],
)
def test_add_months(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2025, 1, 15), D(2025, 1, 15), 0.0),
        (D(2025, 1, 15), D(2025, 3, 15), 2.0),
        (D(2025, 1, 31), D(2025, 2, 28), 1.0),  # the clamped month counts as whole
        (D(2025, 1, 15), D(2025, 3, 1), 1.5),  # 14 of the 28 days from 15 Feb to 15 Mar
        (D(2024, 2, 29), D(2025, 2, 28), 12.0),
    ],
)
def test_months_between(start: dt.date, end: dt.date, expected: float) -> None:
    assert months_between(start, end) == pytest.approx(expected)


def test_phase_spans_chain_the_ranges(bundled: LoadResult) -> None:
    spans = phase_spans(bundled.content.phases)
    assert [s.phase.id for s in spans] == ["induction", "consolidation", "maintenance"]
    assert [(s.start, s.end) for s in spans] == [
        (MonthRange(0, 0), MonthRange(1, 2)),
        (MonthRange(1, 2), MonthRange(2, 4)),
        (MonthRange(2, 4), MonthRange(2, 28)),  # "up to 2 years": the source names no other
    ]
    assert spans[0].start.certain and not spans[1].start.certain
    assert total_months(spans) == 28


def test_date_windows_from_the_last_day_of_a_month(bundled: LoadResult) -> None:
    windows = date_windows(phase_spans(bundled.content.phases), D(2026, 1, 31))
    induction, consolidation, maintenance = windows
    assert (induction.start_from, induction.end_from, induction.end_to) == (
        D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31),
    )  # fmt: skip
    assert (consolidation.start_from, consolidation.start_to) == (D(2026, 2, 28), D(2026, 3, 31))
    assert consolidation.end_to == D(2026, 5, 31)
    assert maintenance.end_to == D(2028, 5, 31)


def test_date_windows_across_a_leap_day(bundled: LoadResult) -> None:
    windows = date_windows(phase_spans(bundled.content.phases), D(2027, 12, 29))
    assert windows[0].end_from == D(2028, 1, 29)
    assert windows[0].end_to == D(2028, 2, 29)
    assert windows[2].end_to == D(2030, 4, 29)


def test_extents_to_scale_and_equal_widths(bundled: LoadResult) -> None:
    spans = phase_spans(bundled.content.phases)
    scaled = extents(spans, to_scale=True)
    assert scaled[0] == Extent(0, pytest.approx(2 / 28), (pytest.approx(1 / 28),))
    assert scaled[1] == Extent(
        pytest.approx(1 / 28), pytest.approx(3 / 28), (pytest.approx(2 / 28),)
    )
    assert scaled[2] == Extent(pytest.approx(2 / 28), pytest.approx(26 / 28), ())
    equal = extents(spans, to_scale=False)
    assert [round(e.end - e.start, 3) for e in equal] == [0.333] * 3
    assert equal[0].marks == (pytest.approx(1 / 6),)  # 1 of its 2 months: half its third
    assert equal[2].marks == ()
    assert extents([], to_scale=True) == []


@pytest.mark.parametrize("to_scale", [True, False])
def test_each_bar_shows_only_the_lengths_the_source_names(
    bundled: LoadResult, to_scale: bool
) -> None:
    """ "May last 1 or 2 months": a line at 1 and the end at 2. "Up to 2 years": the end only.

    One bar from start to end, all of it "may": no part of it stands for a minimum.
    """
    spans = phase_spans(bundled.content.phases)
    for span, extent in zip(spans, extents(spans, to_scale), strict=True):
        months_per_unit = span.reach / (extent.end - extent.start)
        shown = sorted(round((x - extent.start) * months_per_unit, 6) for x in extent.marks)
        shown.append(span.reach)
        duration = span.phase.duration
        assert shown == (sorted(duration.months) if duration.months else [duration.up_to_months])
        assert all(extent.start < x < extent.end for x in extent.marks)


def test_nothing_in_the_timeline_data_is_a_minimum() -> None:
    """The source gives no floor: no field may say minimum, shortest, least or solid."""
    names = [
        f.name
        for kind in (Duration, Extent, PhaseSpan, MonthRange)
        for f in dataclasses.fields(kind)
    ]
    names += [n for n in dir(PhaseSpan) + dir(Duration) if not n.startswith("_")]
    for word in ("min", "least", "shortest", "solid"):
        assert not [n for n in names if word in n], word


@pytest.mark.parametrize(
    ("now", "expected_ms"),
    [
        (dt.datetime(2026, 3, 1, 23, 59, 30), 30_001),  # just after midnight
        (dt.datetime(2026, 3, 1, 23, 59, 59, 999_999), 1),
        (dt.datetime(2026, 12, 31, 23, 0), 3_600_001),  # across the year
        (dt.datetime(2026, 3, 1, 10, 0), 5_000_000),  # far off: capped, to look again
    ],
)
def test_ms_until_next_day(now: dt.datetime, expected_ms: int) -> None:
    assert ms_until_next_day(now, at_most_ms=5_000_000) == expected_ms
