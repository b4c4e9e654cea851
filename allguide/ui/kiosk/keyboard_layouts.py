"""The on-screen keyboard's letters for each language, as data (issue 12, section 3).

Each row is read left to right as the keys sit on a physical keyboard of that language
(Arabic too: its letters run right to left in the text, but ض stays on the key at the
top left, where an Arabic reader's hands know it). One key may type more than one
character (Arabic لا). Letters only: the keyboard adds space, delete, clear, search and
hide itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from allguide.languages import Language

DIGITS = "1 2 3 4 5 6 7 8 9 0 -"


@dataclass(frozen=True)
class KeyboardLayout:
    """Rows of keys, each key the text it types; ``accents`` a row of its own below them."""

    rows: tuple[tuple[str, ...], ...]
    accents: tuple[str, ...] = ()

    @staticmethod
    def of(rows: tuple[str, ...], accents: str = "") -> KeyboardLayout:
        """From rows written as keys separated by spaces."""
        return KeyboardLayout(tuple(tuple(row.split()) for row in rows), tuple(accents.split()))

    def keys(self) -> list[str]:
        """Every key's text, row by row, the accents last."""
        return [key for row in self.rows for key in row] + list(self.accents)


ENGLISH_QWERTY = KeyboardLayout.of(
    (DIGITS, "q w e r t y u i o p", "a s d f g h j k l '", "z x c v b n m"),
)
SPANISH_QWERTY = KeyboardLayout.of(
    (DIGITS, "q w e r t y u i o p", "a s d f g h j k l ñ", "z x c v b n m"),
    accents="á é í ó ú ü",
)
FRENCH_AZERTY = KeyboardLayout.of(
    (DIGITS, "a z e r t y u i o p", "q s d f g h j k l m", "w x c v b n '"),
    accents="é è ê à â ç ù û ô î ï ë œ",
)
# The standard Arabic layout (Arabic 101): ذ on the key left of 1; the alef forms with
# hamza or madda, which it types with shift, in a row of their own.
ARABIC = KeyboardLayout.of(
    (
        "ذ " + DIGITS,
        "ض ص ث ق ف غ ع ه خ ح ج د",
        "ش س ي ب ل ا ت ن م ك ط",
        "ئ ء ؤ ر لا ى ة و ز ظ",
    ),
    accents="أ إ آ",
)

LAYOUTS: dict[Language, KeyboardLayout] = {
    Language.ENGLISH: ENGLISH_QWERTY,
    Language.SPANISH: SPANISH_QWERTY,
    Language.FRENCH: FRENCH_AZERTY,
    Language.ARABIC: ARABIC,
}


def layout_for(language: Language | None) -> KeyboardLayout:
    """The layout for the window's language (English QWERTY for one without its own)."""
    return LAYOUTS.get(language, ENGLISH_QWERTY) if language is not None else ENGLISH_QWERTY
