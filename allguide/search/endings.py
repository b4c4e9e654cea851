"""Which longer words are a finished word with another ending: "numb" → "numbness", not "numbers".

A word still being typed ("vinc") may be the start of any longer word. A
finished word (a real word of the language, or a whole word of the pages) is
the start only of itself with an ending. Grammatical endings (s, es, ed, ing)
always keep the word ("bruise" → "bruising"); endings that can also make a
word of its own (er, y, ly, ness, ion…) keep it unless the longer word is much
more common than the typed one: then it is a word of its own ("number" is not
"numb" + er, nor "early" "ear" + ly), while "sicker", "tiredness" and
"infection" stay the same word as "sick", "tired" and "infect".
"""

from __future__ import annotations

GRAMMATICAL = frozenset({"s", "es", "ed", "d", "ing", "ings"})
DERIVED = frozenset(
    {"er", "ers", "est", "y", "ly", "ness", "ion", "ions", "ation", "ations", "ment", "ments"}
)
# A longer word this many times as common as the typed word is a word of its own.
OWN_WORD_RATIO = 4
_VOWELS = frozenset("aeiou")


def _stems(word: str) -> set[str]:
    """What an ending is added to: the word, less a final e or y, or with its last letter doubled.

    "ache" → "ach" (aching), "dizzy" → "dizzi" (dizziness), "stop" → "stopp" (stopped).
    """
    stems = {word}
    if word.endswith("e"):
        stems.add(word[:-1])
    if word.endswith("y"):
        stems.add(word[:-1] + "i")
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        stems.add(word + word[-1])
    return stems


def ending(word: str, longer: str) -> str | None:
    """The ending that makes ``longer`` from ``word`` ("numb", "numbness" → "ness"), or None."""
    for stem in _stems(word):
        if len(longer) > len(stem) and longer.startswith(stem):
            rest = longer[len(stem) :]
            if rest in GRAMMATICAL or rest in DERIVED:
                return rest
    return None


def is_own_word(ending_added: str, longer_frequency: int, word_frequency: int) -> bool:
    """True if a longer word is a word of its own, not the typed word with ``ending_added``."""
    if ending_added in GRAMMATICAL:
        return False
    return longer_frequency > OWN_WORD_RATIO * max(1, word_frequency)
