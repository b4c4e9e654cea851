"""US and UK spellings of the same word: "anemia" and "anaemia", "tumor" and "tumour".

Both spellings are real words, so typo correction (which leaves real words
alone) does not cover them. These are the regular differences; each pair is
tried in both directions, one place in the word at a time, then everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator

# (UK, US) letter groups.
_ENGLISH_PAIRS = (
    ("ae", "e"),  # anaemia, haemorrhage, leukaemia, paediatric
    ("oe", "e"),  # diarrhoea, oesophagus, oedema
    ("our", "or"),  # tumour, colour
    ("tre", "ter"),  # centre, litre
    ("ise", "ize"),  # specialise, organise
    ("isation", "ization"),
    ("yse", "yze"),  # analyse
    ("ogue", "og"),  # catalogue
    ("ence", "ense"),  # licence, defence
    ("amme", "am"),  # programme
    ("ll", "l"),  # travelled
    ("ph", "f"),  # sulphur; and cyclofosfamide, as Spanish and French write it
)

PAIRS: dict[str, tuple[tuple[str, str], ...]] = {"en": _ENGLISH_PAIRS}


def variants(word: str, language: str) -> Iterator[str]:
    """Other spellings of ``word`` in ``language``: one difference at a time, then all of a kind."""
    for first, second in PAIRS.get(language, ()):
        for old, new in ((first, second), (second, first)):
            start = word.find(old)
            while start != -1:
                yield word[:start] + new + word[start + len(old) :]
                start = word.find(old, start + 1)
            if word.count(old) > 1:
                yield word.replace(old, new)
