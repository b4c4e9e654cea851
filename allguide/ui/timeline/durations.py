"""Lengths of time in words, with each language's plural forms: one helper, one context.

The bars and the axis both say "1 month", "18 months", "2 years"; they share
these strings, so a translator words them once, in the "Durations" context.
Qt picks the plural form for the number (``%n``): Arabic has six, English two.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject

from allguide.ui.wording import counted

MONTHS_IN_A_YEAR = 12


class Durations(QObject):
    """The "Durations" translation context.

    A QObject so the strings go through ``self.tr(text, "", n)``: the form in
    which pyside6-lupdate marks them as plural ("numerus") for translators.
    """

    def length_words(self, months: int) -> str:
        """Whole years as years ("1 year", "2 years"), anything else as months."""
        if months > 0 and months % MONTHS_IN_A_YEAR == 0:
            years = months // MONTHS_IN_A_YEAR
            words = self.tr("%n year(s)", "", years)
            return counted(words, "%n year(s)", years, "%1 year", "%1 years")
        words = self.tr("%n month(s)", "", months)
        return counted(words, "%n month(s)", months, "%1 month", "%1 months")


@functools.cache
def _durations() -> Durations:
    return Durations()


def length_words(months: int) -> str:
    """A length in words, in the language in use: "1 month", "18 months", "2 years"."""
    return _durations().length_words(months)
