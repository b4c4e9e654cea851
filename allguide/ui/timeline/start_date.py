"""The start date My dates may remember: its settings key, its range, and its check.

Apart from the My dates panel, so the main window can check a remembered date at
start-up (a bad one belongs in the problems bar with the other settings) without
importing the timeline, which it builds only when it is first needed.
"""

from __future__ import annotations

import datetime as dt

from allguide.ui.preferences import Preferences

START_KEY = "timeline/start"
# The days a family can enter: every phase's window from them stays far inside the
# calendar's years 1 to 9999, which the date arithmetic cannot leave.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


def drop_unreadable_start(preferences: Preferences) -> bool:
    """Drop a remembered start date that is not a day from EARLIEST to LATEST (Preferences
    notes it for the problems bar); True if one was there, so My dates can say so too."""
    had_date = preferences.text_value(START_KEY) is not None
    return had_date and preferences.date_value(START_KEY, EARLIEST, LATEST) is None
