"""When each phase may start and end, in months from the start and as calendar dates.

Durations are ranges ("may last 1 or 2 months"), so every boundary after the
first is a range too. These are estimates from the source's general figures;
the care team's plan is what counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from allguide.content.model import Phase
from allguide.timeline.dates import add_months


@dataclass(frozen=True)
class MonthRange:
    """From ``low`` to ``high`` months (equal when certain)."""

    low: int
    high: int

    @property
    def certain(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True)
class PhaseSpan:
    """A phase's possible start and end, in months from the start of treatment."""

    phase: Phase
    start: MonthRange
    end: MonthRange

    @property
    def reach(self) -> int:
        """The furthest the source says the phase may go on, in months."""
        return self.phase.duration.reach_months

    @property
    def named_months(self) -> tuple[int, ...]:
        """The lengths the source names ("1 or 2 months"), shortest first; () for "up to"."""
        return tuple(sorted(self.phase.duration.months))


@dataclass(frozen=True)
class DateWindow:
    """A PhaseSpan on the calendar, from a family's start date."""

    span: PhaseSpan
    start_from: dt.date
    start_to: dt.date
    end_from: dt.date
    end_to: dt.date


def phase_spans(phases: Sequence[Phase]) -> list[PhaseSpan]:
    """Phases in order, each starting when the one before may end."""
    spans = []
    start = MonthRange(0, 0)
    for phase in sorted(phases, key=lambda p: p.order):
        # The next phase may start as early as the shortest length the source names;
        # "up to" names none, so there it may start at any point.
        earliest_end = min(phase.duration.months, default=0)
        end = MonthRange(start.low + earliest_end, start.high + phase.duration.reach_months)
        spans.append(PhaseSpan(phase, start, end))
        start = end
    return spans


def total_months(spans: Sequence[PhaseSpan]) -> int:
    """The longest the phases can take together: the length of the axis."""
    return max((s.end.high for s in spans), default=0)


def date_windows(spans: Sequence[PhaseSpan], start: dt.date) -> list[DateWindow]:
    """Each span as calendar dates; every date counts whole months from ``start``."""
    return [
        DateWindow(
            span,
            add_months(start, span.start.low),
            add_months(start, span.start.high),
            add_months(start, span.end.low),
            add_months(start, span.end.high),
        )
        for span in spans
    ]


@dataclass(frozen=True)
class Extent:
    """Where a phase's bar goes, as fractions of the chart's width (0 to 1).

    The whole bar is "may": it reaches ``end``, the furthest the source says the
    phase may go on, and ``marks`` are the other lengths it names ("may last 1 or
    2 months": a mark at 1 month). No part of it is a minimum: the source gives none.
    """

    start: float
    end: float
    marks: tuple[float, ...] = ()


def extents(spans: Sequence[PhaseSpan], to_scale: bool) -> list[Extent]:
    """To scale: months on one axis, each bar from its earliest start. Else equal columns."""
    if not spans:
        return []
    if not to_scale:
        width = 1 / len(spans)
        return [
            Extent(
                i * width,
                (i + 1) * width,
                tuple((i + m / s.reach) * width for m in s.named_months if m < s.reach),
            )
            for i, s in enumerate(spans)
        ]
    total = total_months(spans) or 1
    return [
        Extent(
            s.start.low / total,
            (s.start.low + s.reach) / total,
            tuple((s.start.low + m) / total for m in s.named_months if m < s.reach),
        )
        for s in spans
    ]
