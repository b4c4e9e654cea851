"""Full-text matching: SQLite FTS5 where available, pure Python where not.

Both answer the same two questions over the same folded tokens, with the same
field weights: which documents contain all (or any) of these terms, and how
well (BM25, higher is better).
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from allguide.search.documents import SearchDocument
from allguide.search.text import fold, tokens

FIELD_WEIGHTS = (10.0, 5.0, 1.0)  # title, names, body
FIELDS = ("title", "names", "body")
TITLE_FIELD, NAMES_FIELD = 0, 1


@dataclass(frozen=True)
class Term:
    """A folded word to look for.

    ``prefix`` also accepts every word that starts with it (a word still being
    typed: "vinc"); ``forms`` are the other whole words it accepts (a finished
    word with another ending: "numb" → "numbness", never "numbers").
    """

    text: str
    prefix: bool = False
    forms: tuple[str, ...] = ()

    def matches(self, word: str) -> bool:
        """True if the folded ``word`` is this term, one of its forms, or starts with a prefix."""
        return (
            word == self.text or (self.prefix and word.startswith(self.text)) or word in self.forms
        )

    def fts5(self) -> str:
        """The term in FTS5's query language: "a", "a"*, or ("a" OR "ab")."""
        if self.prefix:
            return f'"{self.text}"*'
        if self.forms:
            return "(" + " OR ".join(f'"{w}"' for w in (self.text, *self.forms)) + ")"
        return f'"{self.text}"'


class Backend(Protocol):
    name: str

    def match(
        self, terms: Sequence[Term], require_all: bool, field: int | None = None
    ) -> dict[int, float]:
        """Document index → relevance, for documents with all (or any) of ``terms``.

        With ``field``, only matches within that one field count.
        """
        ...

    def document_count(self, term: Term) -> int:
        """How many documents contain ``term``: the rarer, the more it says."""
        ...


def fields_of(doc: SearchDocument) -> tuple[str, str, str]:
    return fold(doc.title), fold(" ; ".join(doc.names)), fold(doc.body)


def fts5_available() -> bool:
    import sqlite3  # only for a large content (make_backend): ~2 MiB otherwise unused

    try:
        with sqlite3.connect(":memory:") as db:
            db.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


class Fts5Backend:
    """An in-memory SQLite FTS5 index, rebuilt at start-up from the loaded content."""

    name = "fts5"

    def __init__(self, docs: Sequence[SearchDocument]) -> None:
        import sqlite3

        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            'title, names, body, tokenize = "unicode61 remove_diacritics 2")'
        )
        self._db.executemany(
            "INSERT INTO docs(rowid, title, names, body) VALUES (?, ?, ?, ?)",
            [(index, *fields_of(doc)) for index, doc in enumerate(docs)],
        )
        self._db.commit()

    def match(
        self, terms: Sequence[Term], require_all: bool, field: int | None = None
    ) -> dict[int, float]:
        if not terms:
            return {}
        joiner = " AND " if require_all else " OR "
        query = joiner.join(t.fts5() for t in terms)
        if field is not None:
            query = f"{FIELDS[field]} : ({query})"
        weights = ", ".join(str(w) for w in FIELD_WEIGHTS)
        rows = self._db.execute(
            f"SELECT rowid, bm25(docs, {weights}) FROM docs WHERE docs MATCH ?", (query,)
        )
        return {rowid: -score for rowid, score in rows}

    def document_count(self, term: Term) -> int:
        query = term.fts5()
        (count,) = self._db.execute(
            "SELECT count(*) FROM docs WHERE docs MATCH ?", (query,)
        ).fetchone()
        return int(count)


class PythonBackend:
    """The same matching and scoring in plain Python, for SQLite without FTS5.

    Scores are FTS5's bm25(): per term, its frequency summed over the fields
    times their weights, against the length of the whole document, so that
    both backends rank alike (a title weighs more, but does not outweigh a
    rarer word: "steroid" in the body before "therapy" in a title).
    """

    name = "python"
    K1 = 1.2
    B = 0.75

    def __init__(self, docs: Sequence[SearchDocument]) -> None:
        self._postings: list[dict[str, dict[int, int]]] = [defaultdict(dict) for _ in FIELD_WEIGHTS]
        self._lengths: list[int] = []  # words per document, all fields
        for index, doc in enumerate(docs):
            length = 0
            for field, text in enumerate(fields_of(doc)):
                words = tokens(text)
                length += len(words)
                for word in words:
                    counts = self._postings[field][word]
                    counts[index] = counts.get(index, 0) + 1
            self._lengths.append(length)
        self._count = len(docs)
        self._average = max(1.0, sum(self._lengths) / max(1, self._count))
        self._vocabulary = sorted({w for postings in self._postings for w in postings})

    def _expand(self, term: Term) -> list[str]:
        if not term.prefix:
            return [term.text, *term.forms]
        start = bisect.bisect_left(self._vocabulary, term.text)
        end = bisect.bisect_left(self._vocabulary, term.text + "\uffff")
        return self._vocabulary[start:end]

    def _frequencies(self, term: Term, only: int | None) -> dict[int, float]:
        """Document → how often ``term`` occurs in it, each field counted at its weight."""
        words = self._expand(term)
        frequencies: dict[int, float] = defaultdict(float)
        for field, weight in enumerate(FIELD_WEIGHTS):
            if only is not None and field != only:
                continue
            postings = self._postings[field]
            for word in words:
                for doc, count in postings.get(word, {}).items():
                    frequencies[doc] += weight * count
        return frequencies

    def _score_term(self, term: Term, only: int | None) -> dict[int, float]:
        if term.forms and not term.prefix:  # FTS5 scores each word of an OR on its own
            scores: dict[int, float] = defaultdict(float)
            for word in (term.text, *term.forms):
                for doc, score in self._score_word(Term(word), only).items():
                    scores[doc] += score
            return scores
        return self._score_word(term, only)

    def _score_word(self, term: Term, only: int | None) -> dict[int, float]:
        frequencies = self._frequencies(term, only)
        found = len(frequencies)
        idf = max(1e-6, math.log((self._count - found + 0.5) / (found + 0.5)))  # as FTS5
        scores = {}
        for doc, frequency in frequencies.items():
            norm = 1 - self.B + self.B * self._lengths[doc] / self._average
            scores[doc] = idf * frequency * (self.K1 + 1) / (frequency + self.K1 * norm)
        return scores

    def document_count(self, term: Term) -> int:
        return len(self._frequencies(term, None))

    def match(
        self, terms: Sequence[Term], require_all: bool, field: int | None = None
    ) -> dict[int, float]:
        result: dict[int, float] | None = None
        for term in terms:
            scores = self._score_term(term, field)
            if result is None:
                result = dict(scores)
            elif require_all:
                result = {d: s + scores[d] for d, s in result.items() if d in scores}
            else:
                for doc, score in scores.items():
                    result[doc] = result.get(doc, 0.0) + score
        return result or {}


# From how many documents "auto" takes FTS5. Below, the Python index is as fast (bundled
# content, 74 documents: p50 0.14 against 0.23 ms, p95 alike) and leaves SQLite unloaded
# (~2 MiB, the whole run's peak memory: issue 10); at 7,400 FTS5's p95 is half.
FTS5_FROM_DOCUMENTS = 1000


def make_backend(docs: Sequence[SearchDocument], prefer: str = "auto") -> Backend:
    """FTS5 for a large content when SQLite has it (or when asked), else the Python index."""
    small = len(docs) < FTS5_FROM_DOCUMENTS
    if prefer == "python" or (prefer == "auto" and (small or not fts5_available())):
        return PythonBackend(docs)
    return Fts5Backend(docs)
