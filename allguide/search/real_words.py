"""Which typed words are real words of a language, from a well-kept word-frequency list.

Search must never "correct" a real word into an unrelated word of the content
("shaking" into "having"). The lists come with pyspellchecker (built from
OpenSubtitles word frequencies, cleaned by its maintainers) for English,
Spanish, French and Arabic. Loading one takes about a tenth of a second, so
it happens on first need only: when a typed word is unknown to the content,
never at start-up.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from allguide.search.text import fold

log = logging.getLogger(__name__)

LANGUAGES = frozenset({"en", "es", "fr", "ar"})

# A language's test for real words; None where there is no list for it.
RealWordTest = Callable[[str], bool]


@functools.cache
def real_word_test(language: str) -> RealWordTest | None:
    """The test for ``language``, loading its list the first time it is asked for."""
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
    # The lists keep accents; typed words are folded ("médicament" → "medicament").
    folded = frozenset(fold(word) for word in frequencies if not word.isascii())

    def is_real(word: str) -> bool:
        return word in frequencies or word in folded

    return is_real
