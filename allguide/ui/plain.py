"""Plain text where Qt would guess rich text: the one place text meets a tooltip or label.

Qt reads a tooltip, and a QLabel left at its default, as HTML when the text
looks like it (``<img src=…>`` then loads a file). Content fields, queries and
messages are never our markup, so they go through here.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# The most characters a wrapping label shows with no place to break the line. Longer
# runs (a 2,000-letter "word", a long address) get invisible break opportunities, else a
# label is as wide as its longest word and the window wider than the screen. English
# words of more than 20 letters are rare, and a break opportunity changes nothing on a
# line that does not need breaking there.
LONGEST_UNBROKEN = 20
ZERO_WIDTH_SPACE = "\u200b"
_JOINER = "\u200d"
# Characters that belong to the one before them (accents, joiners, direction marks,
# skin tones): never separated from it.
_CLINGING = {"Mn", "Mc", "Me", "Cf"}
_SKIN_TONES = ("\U0001f3fb", "\U0001f3ff")
# What ``html.escape`` replaces, in one pass (importing ``html`` builds its table of
# 2,231 named characters: ~0.35 MiB and ~1 ms of the start, for these five).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip Qt shows literally, line breaks kept; empty stays empty (none)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + text.translate(_ESCAPES) + "</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` exactly as written, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def breakable(text: str, longest: int = LONGEST_UNBROKEN) -> str:
    """``text`` with a zero-width space wherever it runs ``longest`` characters without a
    space, so that a label can wrap it; words of normal length are left exactly as they are.

    Never inside a character made of several (a letter and its accents, an emoji and its
    skin tone or joined parts, a flag), so what is shown, and copied, reads the same.
    """
    pieces: list[str] = []
    run = 0  # characters, as a reader counts them, since a space or a break
    regional = 0  # regional indicators in a row: a flag is a pair of them
    previous = ""
    for char in text:
        if char.isspace() or char == ZERO_WIDTH_SPACE:
            run = 0
        elif _starts_a_character(previous, char, regional):
            if run >= longest:
                pieces.append(ZERO_WIDTH_SPACE)
                run = 0
            run += 1
        regional = regional + 1 if _is_regional(char) else 0
        pieces.append(char)
        previous = char
    return "".join(pieces)


def _starts_a_character(previous: str, char: str, regional_before: int) -> bool:
    """Whether ``char`` begins what a reader sees as a new character (a line may be
    broken before it), rather than belonging to the one before."""
    if previous == _JOINER or unicodedata.category(char) in _CLINGING:
        return False
    if _SKIN_TONES[0] <= char <= _SKIN_TONES[1]:
        return False
    return not (_is_regional(char) and regional_before % 2 == 1)


def _is_regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


WORD_JOINER = "\u2060"  # no line break on either side of it; not seen
_RANGE_DASH = re.compile(r"(?<=\S)\u2013(?=\S)")  # an en dash between two letters: "A–Z"


def kept_together(text: str) -> str:
    """``text`` as laid out: a range such as "A–Z" is never broken after its dash (a
    line ending "A–" and the next starting "Z" reads as two words)."""
    return _RANGE_DASH.sub("\u2013" + WORD_JOINER, text)


class WrappingLabel(QLabel):
    """A plain-text label that wraps its lines, even within a word too long for any line.

    ``text()`` is the text as it was set, to search or compare; what is drawn has
    invisible break opportunities (``breakable``) in runs too long for a line, and no
    break after a range's dash (``kept_together``). A screen reader is told the text as
    it was set: it reads Qt's own text, which would hold those invisible characters.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._text = ""
        self._names_itself = False  # whether the accessible name is ours, from the text
        self.setText(text)

    def setText(self, text: str) -> None:
        self._text = text
        drawn = breakable(kept_together(text))
        super().setText(drawn)
        if drawn != text:
            self.setAccessibleName(text)
            self._names_itself = True
        elif self._names_itself:
            self.setAccessibleName("")  # Qt's own text is the words again
            self._names_itself = False

    def text(self) -> str:
        return self._text


def wrapping_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A plain-text label that wraps its lines, even within a word too long for any line."""
    return WrappingLabel(text, parent)
