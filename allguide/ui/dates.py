"""Dates as families read them, in the interface's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

DATE_FORMAT = "d MMMM yyyy"  # "20 March 2025": the month in words, never 03/20 vs 20/03


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def format_date(date: dt.date, locale: QLocale) -> str:
    """A date as families read it, e.g. "20 March 2025"."""
    return locale.toString(qdate(date), DATE_FORMAT)
