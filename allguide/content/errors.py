"""Content problems, reported as ``file:line: message`` the way compilers do."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters a message may quote from a file but must not show as they are: they end
# the line (so the next "message" is forged), drive a terminal (ESC), reorder what is
# shown (bidirectional overrides), or cannot be written at all (a lone surrogate).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def printable(text: str) -> str:
    """``text`` with every such character written as its escape (``\\n``, ``\\x1b``)."""
    if text.isprintable():
        return text  # the usual case, in one quick pass
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in _HIDDEN_CATEGORIES
        else ch
        for ch in text
    )


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in one content file; ``line`` is 1-based, or None for the whole file."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        """One line of text, whatever the file's name or the message quotes."""
        where = printable(self.file)
        if self.line is None:
            return f"{where}: {printable(self.message)}"
        return f"{where}:{self.line}: {printable(self.message)}"
