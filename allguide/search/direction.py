"""More or less of something: a page that says only the opposite is not shown for it.

"eating a lot" is the opposite of "Not feeling like eating"; "low temperature"
the opposite of "high temperature"; "more energy" of "lack of energy". A query
that says more ("a lot", "more", "high"…) or less ("not", "loss of", "low"…)
of something says which way it points. A page whose every use of a typed word
comes right after a word of the other way is about the opposite, and is left
out. A page that also uses the word plainly, or the same way, stays: "hair loss"
still finds "Hair loss", "high temperature" finds "Fever".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from allguide.search.text import tokens

MORE: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "big",
            "bigger",
            "excess",
            "excessive",
            "extra",
            "high",
            "higher",
            "huge",
            "increase",
            "increased",
            "increasing",
            "load",
            "loads",
            "lot",
            "lots",
            "more",
            "much",
            "raised",
            "rising",
            "running",  # running a temperature
            "spiking",
        }
    ),
}
LESS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "decrease",
            "decreased",
            "lack",
            "lacking",
            "less",
            "lose",
            "losing",
            "loss",
            "lost",
            "low",
            "lower",
            "never",
            "no",
            "not",
            "off",
            "poor",
            "reduce",
            "reduced",
            "without",
        }
    ),
}
WINDOW = 3  # a direction word holds for the next three words: "not feel like eating"
_CLAUSE = re.compile(r"[.,;:!?()\[\]•\n]")


def is_direction_word(word: str, language: str) -> bool:
    return word in MORE.get(language, ()) or word in LESS.get(language, ())


def direction_of(words: Iterable[str], language: str) -> int:
    """+1 if ``words`` say more of something, -1 if less, 0 if neither or both."""
    words = set(words)
    more = bool(words & MORE.get(language, frozenset()))
    less = bool(words & LESS.get(language, frozenset()))
    return int(more) - int(less)


def directions_in(texts: Sequence[str], language: str) -> dict[str, frozenset[int]]:
    """For each folded word of ``texts``, the directions it is used in (+1, -1, 0).

    A word is used in a direction if a word of that direction comes at most
    WINDOW words before it in the same clause; the nearest one counts.
    """
    more, less = MORE.get(language, frozenset()), LESS.get(language, frozenset())
    found: dict[str, set[int]] = defaultdict(set)
    for text in texts:
        for clause in _CLAUSE.split(text):
            words = tokens(clause)
            for index, word in enumerate(words):
                way = 0
                for before in reversed(words[max(0, index - WINDOW) : index]):
                    if before in more or before in less:
                        way = 1 if before in more else -1
                        break
                found[word].add(way)
    return {word: frozenset(ways) for word, ways in found.items()}
