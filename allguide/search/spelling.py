"""Two spellings of the same word: "anemia" and "anaemia", "tumor" and "tumour".

Both spellings are real words, so typo correction (which leaves real words
alone) does not cover them. A language's regular differences are pairs of letter
groups in its search-words.yaml (``spellings``: English's UK and US); each pair is
tried in both directions, one place in the word at a time, then everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def variants(word: str, pairs: Sequence[tuple[str, str]]) -> Iterator[str]:
    """Other spellings of ``word`` by the language's ``pairs`` of letter groups (its search
    words' ``spellings``): one difference at a time, then all of a kind."""
    for first, second in pairs:
        for old, new in ((first, second), (second, first)):
            start = word.find(old)
            while start != -1:
                yield word[:start] + new + word[start + len(old) :]
                start = word.find(old, start + 1)
            if word.count(old) > 1:
                yield word.replace(old, new)
