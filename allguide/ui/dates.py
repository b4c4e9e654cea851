"""Dates as families read them, in the interface's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

DATE_FORMAT = "d MMMM yyyy"  # "20 March 2025": the month in words, never 03/20 vs 20/03
# Where a language writes it otherwise, by the locale's language code ("20 de marzo de 2025").
# Looked up by code, not QLocale.Language: that enum's ~350 members cost ~1 ms at start.
LANGUAGE_DATE_FORMATS = {"es": "d 'de' MMMM 'de' yyyy"}


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def format_date(date: dt.date, locale: QLocale) -> str:
    """A date as families read it, e.g. "20 March 2025", "20 de marzo de 2025"."""
    language = locale.name().split("_", 1)[0]
    return locale.toString(qdate(date), LANGUAGE_DATE_FORMATS.get(language, DATE_FORMAT))
