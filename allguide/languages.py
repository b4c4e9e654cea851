"""The languages AllGuide speaks: each one's id, its own name, its writing direction.

Qt-free, so the core, the command line and the interface agree on one list. A
language is offered only when its content is bundled (``content.bundled``).
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A language by its id: the folder under ``resources/content``, the ``.ts`` suffix,
    the ``--lang`` value."""

    ENGLISH = "en"
    SPANISH = "es"
    FRENCH = "fr"
    ARABIC = "ar"

    @property
    def own_name(self) -> str:
        """The language named in itself, as a chooser lists it (never translated)."""
        return _OWN_NAMES[self]

    @property
    def right_to_left(self) -> bool:
        return self is Language.ARABIC

    @classmethod
    def parse(cls, text: str) -> Language | None:
        """``text`` as a language id ("es"), or None if it is not one."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            return None

    @classmethod
    def of_locale(cls, name: str) -> Language | None:
        """The language of a locale name such as "es_MX", "fr-CA" or "ar_EG.UTF-8"."""
        return cls.parse(name.replace("-", "_").split("_", 1)[0].split(".", 1)[0])


DEFAULT = Language.ENGLISH

_OWN_NAMES = {
    Language.ENGLISH: "English",
    Language.SPANISH: "Español",
    Language.FRENCH: "Français",
    Language.ARABIC: "العربية",
}


def choose_language(
    asked: str | None, remembered: str | None, system: str, bundled: list[str]
) -> Language:
    """The language to start in: ``--lang`` if given, else the one chosen last time (normal
    mode only: the caller passes None at a kiosk), else the system's, else English.

    Each only if its content is bundled: a remembered language whose content is gone, or
    a system language AllGuide has no content for, falls through to the next.
    """
    for candidate in (
        Language.parse(asked) if asked else None,
        Language.parse(remembered) if remembered else None,
        Language.of_locale(system),
    ):
        if candidate is not None and candidate.value in bundled:
            return candidate
    return DEFAULT
