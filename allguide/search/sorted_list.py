"""A word list kept as its sorted lines of bytes, searched by halving.

Why not a dict: a list of 90,000-160,000 words parsed into one costs ~36 MiB and
~100 ms; its lines kept as bytes cost their own size and nothing per word. Why
sorted: a word is then found by halving the lines, ~18 halvings of a C ``find``
each (tens of microseconds a word, and each word asked is remembered). Why only
``find``/``rfind`` and slices: ``bytes`` and a read-only ``mmap`` both have them,
so the same search reads the gzipped list inflated into memory (the fallback) or
the built file mapped from disk (word_files.py), where only the pages a lookup
touches ever become resident.
"""

from __future__ import annotations

import mmap
from collections.abc import Mapping
from typing import NamedTuple

Lines = bytes | mmap.mmap
KNOWN_LIMIT = 20_000  # words remembered: a kiosk typed at for months must stay flat


class LineLayout(NamedTuple):
    """How a line holds its word and count: ``opening`` bytes, word, ``separator``, count.
    ``unwritten``: bytes no word on such a line can hold as they are."""

    opening: int
    separator: bytes
    unwritten: tuple[bytes, ...]


# pyspellchecker's gzipped JSON, "word": 123, (a '"' or '\\' would be escaped: none is)
JSON_LINES = LineLayout(1, b'": ', (b"\n", b'"', b"\\"))
WORD_LINES = LineLayout(0, b" ", (b"\n", b" "))  # the built files (word_files.py): word 123


def count_of(lines: Lines, low: int, high: int, key: bytes, layout: LineLayout) -> int | None:
    """The count on ``key``'s line between ``low`` (a line's start) and ``high`` (the
    newline that ends the last line), or None: no such line. The lines must be sorted by
    their words' bytes, and no word may hold a newline or the separator."""
    opening, separator, _ = layout
    while low < high:  # low: a line's start; high: the newline after the last line kept
        middle = (low + high) // 2
        start = lines.rfind(b"\n", low, middle) + 1 or low
        end = lines.find(b"\n", start)
        split = lines.rfind(separator, start, end)
        if end < 0 or split < start:  # pragma: no cover - a damaged line
            return None
        found = lines[start + opening : split]
        if found == key:
            return int(lines[split + len(separator) : end].rstrip(b","))
        if found < key:
            low = end + 1
        else:
            high = start
    return None


class SortedList:
    """A word list's sorted lines, searched by halving: answers as FrequencyList.

    ``first``: where the first word's line starts; ``end``: the newline ending the last
    line (known to the caller: searching a mapped file for it makes pages resident).
    ``folded``: accented words folded to another form and not among the lines
    ("médicament" → "medicament"; the built files hold them as lines). ``total``: the
    sum of every count of the list.
    """

    def __init__(
        self,
        lines: Lines,
        layout: LineLayout,
        first: int,
        end: int,
        total: int,
        folded: Mapping[str, int] | None = None,
    ) -> None:
        self._lines = lines
        self._layout = layout
        self._first = first
        self._end = end
        self._folded: Mapping[str, int] = folded or {}
        self._total = max(1, total)
        self._known: dict[str, int] = {}  # words asked for before: each asked many times

    @property
    def mapped(self) -> bool:
        """Whether the lines are a file mapped into memory (word_files.py), not bytes."""
        return isinstance(self._lines, mmap.mmap)

    def close(self) -> None:
        """Unmap a mapped file now (it is unmapped anyway when this list is dropped)."""
        if isinstance(self._lines, mmap.mmap):
            self._lines.close()

    def _count(self, word: str) -> int | None:
        """The count on the word's own line, or None: no such line."""
        try:
            key = word.encode()
        except UnicodeEncodeError:  # a lone surrogate: no word of any list
            return None
        if any(unwritten in key for unwritten in self._layout.unwritten):
            return None
        return count_of(self._lines, self._first, self._end, key, self._layout)

    def _lookup(self, word: str) -> int:
        """The count, or -1 for a word not listed."""
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= KNOWN_LIMIT:
                self._known.clear()
            count = self._count(word)
            known = self._known[word] = -1 if count is None else count
        return known

    def __call__(self, word: str) -> bool:
        return self._lookup(word) >= 0 or word in self._folded

    def frequency(self, word: str) -> int:
        return max(0, self._lookup(word)) or self._folded.get(word, 0)

    def per_million(self, word: str) -> float:
        return self.frequency(word) * 1_000_000 / self._total
