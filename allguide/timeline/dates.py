"""Calendar months the way people count them: 31 January plus one month is 28 (or 29) February."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` moved by whole months, clamped to the end of a shorter month."""
    index = start.month - 1 + months
    year = start.year + index // 12
    month = index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def months_between(start: dt.date, end: dt.date) -> float:
    """Months from ``start`` to ``end`` as a fraction, for placing a date on a month axis."""
    whole = (end.year - start.year) * 12 + end.month - start.month
    anchor = add_months(start, whole)
    if anchor > end:
        whole -= 1
        anchor = add_months(start, whole)
    following = add_months(start, whole + 1)
    span = (following - anchor).days
    return whole + ((end - anchor).days / span if span else 0.0)


def ms_until_next_day(now: dt.datetime, at_most_ms: int) -> int:
    """Milliseconds from ``now`` to just after the next midnight, but no more than ``at_most_ms``.

    The cap makes a timer look again now and then, so a clock that was changed
    or a computer that slept past midnight is caught up within that time.
    """
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), now.tzinfo)
    remaining = midnight - now
    until = remaining.days * 86_400_000 + remaining.seconds * 1000 + remaining.microseconds // 1000
    return max(1, min(until + 1, at_most_ms))
