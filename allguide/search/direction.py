"""More or less of something: a page that says only the opposite is not shown for it.

"eating a lot" is the opposite of "Not feeling like eating"; "low temperature"
the opposite of "high temperature"; "more energy" of "lack of energy". A query
that says more ("a lot", "more", "high"…) or less ("not", "loss of", "low"…)
of something says which way it points: each language's ``more`` and ``less``
words, in its search-words.yaml. A page whose every use of a typed word
comes right after a word of the other way is about the opposite, and is left
out. A page that also uses the word plainly, or the same way, stays: "hair loss"
still finds "Hair loss", "high temperature" finds "Fever".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from allguide.search.text import tokens
from allguide.search.words import LanguageWords

WINDOW = 3  # a direction word holds for the next three words: "not feel like eating"
_CLAUSE = re.compile(r"[.,;:!?()\[\]•\n]")


def direction_of(words: Iterable[str], language: LanguageWords) -> int:
    """+1 if ``words`` say more of something, -1 if less, 0 if neither or both."""
    words = set(words)
    more = bool(words & language.more)
    less = bool(words & language.less)
    return int(more) - int(less)


def directions_in(texts: Sequence[str], language: LanguageWords) -> dict[str, frozenset[int]]:
    """For each folded word of ``texts``, the directions it is used in (+1, -1, 0).

    A word is used in a direction if a word of that direction comes at most
    WINDOW words before it in the same clause, the nearest one; else at most the
    language's ``more_less_after`` words after it ("temperatura baja").
    """
    more, less, after = language.more, language.less, language.more_less_after
    found: dict[str, set[int]] = defaultdict(set)
    for text in texts:
        for clause in _CLAUSE.split(text):
            words = tokens(clause)
            for index, word in enumerate(words):
                nearest = (
                    *reversed(words[max(0, index - WINDOW) : index]),
                    *words[index + 1 : index + 1 + after],
                )
                way = 0
                for other in nearest:
                    if other in more or other in less:
                        way = 1 if other in more else -1
                        break
                found[word].add(way)
    return {word: frozenset(ways) for word, ways in found.items()}
