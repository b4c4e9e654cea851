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
