"""Which typed words are real words of a language, from a well-kept word-frequency list.

Search must never "correct" a real word into an unrelated word of the content
("shaking" into "having"). The lists come with pyspellchecker (built from
OpenSubtitles word frequencies, cleaned by its maintainers) for English,
Spanish, French and Arabic. How common a word is tells a finished word's own
endings from a word of its own ("number" is not "numb" + er: endings.py).
Loading one takes about a tenth of a second, so it happens on first need only:
when a typed word is unknown to the content, never at start-up.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Protocol

from allguide.search.text import fold

log = logging.getLogger(__name__)

LANGUAGES = frozenset({"en", "es", "fr", "ar"})


class RealWordTest(Protocol):
    """A language's word list: which words are real, and how common each is."""

    def __call__(self, word: str) -> bool:
        """True if ``word`` (folded) is a word of the language."""
        ...

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs in the list's texts; 0 if it is not a word."""
        ...

    def per_million(self, word: str) -> float:
        """How often ``word`` occurs per million words of the list's texts; 0.0 if never."""
        ...


class FrequencyList:
    """A word-frequency list, asked with folded words."""

    def __init__(self, frequencies: Mapping[str, int]) -> None:
        self._frequencies = frequencies
        # The lists keep accents; typed words are folded ("médicament" → "medicament").
        self._folded = {fold(w): n for w, n in frequencies.items() if not w.isascii()}
        self._total = max(1, sum(frequencies.values()))

    def __call__(self, word: str) -> bool:
        return word in self._frequencies or word in self._folded

    def frequency(self, word: str) -> int:
        return self._frequencies.get(word) or self._folded.get(word, 0)

    def per_million(self, word: str) -> float:
        return self.frequency(word) * 1_000_000 / self._total


@functools.cache
def real_word_test(language: str) -> RealWordTest | None:
    """The word list for ``language``, loaded the first time it is asked for."""
    if language not in LANGUAGES:
        return None
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover - a build without it corrects as before
        log.warning("pyspellchecker is missing: unknown words are corrected, not named")
        return None
    try:
        frequencies = SpellChecker(language=language, distance=1).word_frequency.dictionary
    except (OSError, ValueError):  # pragma: no cover - its list missing from a build
        log.warning("no word list for %r: unknown words are corrected, not named", language)
        return None
    return FrequencyList(frequencies)
