"""Which longer words are a finished word with another ending: "numb" → "numbness", not "numbers".

A word still being typed ("vinc") may be the start of any longer word. A
finished word (a real word of the language, or a whole word of the pages) is
the start only of itself with an ending. Each language says its endings in its
search-words.yaml (``endings``): those that always keep the word (English s, es,
ed, ing: "bruise" → "bruising") and those that can also make a word of its own
(English er, y, ly, ness, ion…), which keep it unless the longer word is much
more common than the typed one: then it is a word of its own ("number" is not
"numb" + er, nor "early" "ear" + ly), while "sicker", "tiredness" and
"infection" stay the same word as "sick", "tired" and "infect".
"""

from __future__ import annotations

from allguide.search.words import Endings

# A longer word this many times as common as the typed word is a word of its own.
OWN_WORD_RATIO = 4
_VOWELS = frozenset("aeiou")


def _stems(word: str, endings: Endings) -> list[str]:
    """What an ending is added to: the word, less a last letter the language drops, with
    one it changes, or with its last consonant doubled (English: "ache" → "ach" (aching),
    "dizzy" → "dizzi" (dizziness), "stop" → "stopp" (stopped))."""
    stems = [word]
    stems += [word[: -len(end)] for end in endings.dropped_before if word.endswith(end)]
    stems += [
        word[: -len(end)] + becomes for end, becomes in endings.changed_before if word.endswith(end)
    ]
    if (
        endings.doubled_before
        and len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        stems.append(word + word[-1])
    return stems


def ending(word: str, longer: str, endings: Endings) -> str | None:
    """The ending that makes ``longer`` from ``word`` ("numb", "numbness" → "ness"), or None."""
    for stem in _stems(word, endings):
        if len(longer) > len(stem) and longer.startswith(stem):
            rest = longer[len(stem) :]
            if rest in endings.same_word or rest in endings.own_word:
                return rest
    return None


def makes_another_word(word: str, longer: str, endings: Endings) -> bool:
    """True if ``longer`` is ``word`` with an ending that always makes another word
    (Endings.other_word): Spanish "estéril", "esterilidad"; French "stérile", "stérilité"."""
    if not endings.other_word:
        return False
    return any(
        len(longer) > len(stem)
        and longer.startswith(stem)
        and longer[len(stem) :] in endings.other_word
        for stem in _stems(word, endings)
    )


def is_own_word(
    ending_added: str, longer_frequency: int, word_frequency: int, endings: Endings
) -> bool:
    """True if a longer word is a word of its own, not the typed word with ``ending_added``."""
    if ending_added in endings.same_word:
        return False
    return longer_frequency > OWN_WORD_RATIO * max(1, word_frequency)
