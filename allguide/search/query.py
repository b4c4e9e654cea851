"""From what a family typed to what the index is asked.

Steps: fold and split the query; fix words that match nothing (one or two
wrong letters); find everyday phrases from the synonyms file; and build the
alternatives to look for, best first.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from allguide.content.model import Synonym
from allguide.search.backends import Term
from allguide.search.text import tokens

MAX_QUERY_CHARS = 200
MIN_PREFIX = 3


class QueryError(ValueError):
    """A query that cannot be searched; the message says why, for the user."""


@dataclass(frozen=True)
class Alternative:
    """One way of reading the query: all ``terms`` must match."""

    terms: tuple[Term, ...]
    via_synonym: bool = False


@dataclass
class QueryPlan:
    words: list[str]
    corrections: dict[str, str] = field(default_factory=dict)
    alternatives: list[Alternative] = field(default_factory=list)
    loose: tuple[Term, ...] = ()  # any of these, when no alternative matches


class Vocabulary:
    """Every folded word in the index and the synonyms file, for prefixes and typos."""

    def __init__(self, words: set[str]) -> None:
        self.words = sorted(words)
        self._set = set(words)
        self._long = [w for w in self.words if len(w) >= 4]

    def knows(self, word: str) -> bool:
        if word in self._set:
            return True
        if len(word) < MIN_PREFIX:
            return False
        index = bisect.bisect_left(self.words, word)
        return index < len(self.words) and self.words[index].startswith(word)

    def closest(self, word: str, max_distance: int) -> str | None:
        """The known word within ``max_distance`` edits, preferring the most common start."""
        found = process.extractOne(
            word, self._long, scorer=Levenshtein.distance, score_cutoff=max_distance
        )
        return found[0] if found else None

    def suggestions(self, word: str, limit: int = 3) -> list[str]:
        found = process.extract(
            word, self._long, scorer=Levenshtein.normalized_similarity, limit=limit
        )
        return [w for w, score, _ in found if score >= 0.55]


def allowed_typos(word: str) -> int:
    """One wrong letter in short words, two in longer ones, none in very short ones."""
    if len(word) < 4 or word.isdigit():
        return 0
    return 1 if len(word) < 7 else 2


def check(query: str) -> list[str]:
    """The folded words of ``query``, or QueryError for an empty or absurd one."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"That search is too long. Use fewer than {MAX_QUERY_CHARS} letters.")
    words = tokens(query)
    if not words:
        raise QueryError("Type a word to search for.")
    return words


def plan(
    query: str,
    vocabulary: Vocabulary,
    synonyms: Sequence[Synonym],
    stopwords: frozenset[str],
) -> QueryPlan:
    words = check(query)
    result = QueryPlan(words)
    fixed: list[str] = []
    for word in words:
        if word in stopwords or vocabulary.knows(word):
            fixed.append(word)
            continue
        better = vocabulary.closest(word, allowed_typos(word))
        if better is not None:
            result.corrections[word] = better
        fixed.append(better or word)

    content_words = [w for w in fixed if w not in stopwords] or fixed
    result.alternatives.append(Alternative(_terms(content_words)))

    for synonym in synonyms:
        for phrase in synonym.words:
            span = _find(tokens(phrase), fixed)
            if span is None:
                continue
            rest = [w for i, w in enumerate(fixed) if not span[0] <= i < span[1]]
            rest = [w for w in rest if w not in stopwords]
            for meaning in synonym.means:
                meant = tokens(meaning)
                if rest:
                    result.alternatives.append(Alternative(_terms(meant + rest), True))
                result.alternatives.append(Alternative(_terms(meant, exact=True), True))
            break
    result.loose = _terms([w for w in content_words if w not in stopwords])
    return result


def _terms(words: Sequence[str], exact: bool = False) -> tuple[Term, ...]:
    return tuple(Term(w, prefix=not exact and len(w) >= MIN_PREFIX) for w in words)


def _find(phrase: list[str], words: list[str]) -> tuple[int, int] | None:
    """Where ``phrase`` occurs in ``words``; its last word may be a prefix (still typing)."""
    size = len(phrase)
    if not size:
        return None
    for start in range(len(words) - size + 1):
        window = words[start : start + size]
        if window[:-1] == phrase[:-1] and (
            window[-1] == phrase[-1]
            or (start + size == len(words) and len(window[-1]) >= MIN_PREFIX
                and phrase[-1].startswith(window[-1]))
        ):  # fmt: skip
            return start, start + size
    return None
