"""The one way to put values into translated strings.

Qt's ``QString::arg`` is not available in PySide6, and chains of
``.replace("%1", a).replace("%2", b)`` go wrong when ``a`` itself contains
"%2" (a search for "%2" would show the second value). ``fill`` replaces every
placeholder in one pass, so user text is never read as a placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

# As QString::arg reads them: "%" and one or two digits, so "%10" is the tenth value.
_PLACEHOLDER = re.compile(r"%([0-9]{1,2})")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%99`` replaced by ``values``, in a single pass.

    A placeholder with no value (or ``%0``) stays as it is, so a translator's
    mistake shows rather than crashes.
    """

    def value_for(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)


def counted(translated: str, source: str, count: int, english_one: str, english_many: str) -> str:
    """A ``%n`` plural: ``translated`` (what ``self.tr(source, "", count)`` gave) when a
    translation chose the form, else English's own: ``english_one`` or ``english_many``,
    each with ``%1`` for the number (filled by ``fill``).

    English is the source language, so no translation file is loaded for it and Qt
    returns the source with only the number put in ("2 month(s)").
    """
    number = str(count)
    if translated != number.join(source.split("%n")):  # a translation chose the form
        return translated
    return fill(english_one if count == 1 else english_many, number)


def join_list(items: Iterable[str]) -> str:
    """``items`` as the interface's language lists them: "a, b" in English, "أ، ب" in
    Arabic. The separator is translated (context "Lists"), like any other string."""
    return QCoreApplication.translate("Lists", ", ").join(items)
