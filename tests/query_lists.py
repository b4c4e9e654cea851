"""The realistic query lists (tests/data/search_queries_*.yaml) as typed entries; what passing is.

One module for the tests and for benchmarks/search_recall.py, so that all of them read
the lists and count a pass the same way: a query passes if any page of its `expect` is
in the top five and every page of its `must_include` (a warning sign its words could
mean) is there too. The held-out lists measure how search does on queries nobody wrote
the synonyms from: tune against the dev list only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from allguide.search import QueryError, SearchEngine

DATA = Path(__file__).resolve().parent / "data"
DEV = DATA / "search_queries_dev.yaml"
HELDOUT = DATA / "search_queries_heldout.yaml"
HELDOUT_2 = DATA / "search_queries_heldout_2.yaml"  # written blind after the vocabulary work
# Per translation, written before its search was tuned (issue 11): never tuned against.
HELDOUT_LANGUAGES = {
    language: DATA / f"search_queries_heldout_{language}.yaml" for language in ("es", "fr", "ar")
}
TOP = 5  # a family reads the first few results, not the twentieth
MAX_WORDS = 6  # realistic queries are short


class QueryKind(StrEnum):
    """Why a query is on the list: the kind of wording it tries."""

    EVERYDAY = "everyday"
    QUESTION = "question"
    SPELLING = "spelling"
    TYPO = "typo"
    JOINED_SPLIT = "joined-split"
    NAMES = "names"
    WARNING_SIGN = "warning-sign"
    ABBREVIATION = "abbreviation"


REQUIRED_KEYS = frozenset({"query", "expect", "kind"})
ALLOWED_KEYS = REQUIRED_KEYS | {"must_include"}


@dataclass(frozen=True)
class ListedQuery:
    """One entry of a list: the query, the pages that answer it, the signs it must show."""

    query: str
    kind: QueryKind
    expect: tuple[str, ...]
    must_include: tuple[str, ...] = ()

    def passes(self, found: Sequence[str]) -> bool:
        """True if the top five of ``found`` hold a page of ``expect`` and every sign."""
        top = list(found[:TOP])
        return any(page in top for page in self.expect) and all(
            page in top for page in self.must_include
        )


@dataclass(frozen=True)
class Outcome:
    """What the search found for a listed query."""

    listed: ListedQuery
    found: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return self.listed.passes(self.found)


class QueryListError(ValueError):
    """A list that cannot be read, with every problem in it."""


def read_entries(path: Path) -> list[Any]:
    """The entries of a list as written, to be checked one by one."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("queries"), list):
        raise QueryListError(f"{path.name}: expected a mapping with a list `queries`")
    entries: list[Any] = data["queries"]
    return entries


def entry_problems(entry: object, known_ids: Collection[str] | None = None) -> list[str]:
    """Everything wrong with one entry, as readable messages; page ids too if ``known_ids``."""
    if not isinstance(entry, dict):
        return [f"entry is not a mapping: {entry!r}"]
    problems: list[str] = []
    missing = REQUIRED_KEYS - entry.keys()
    unknown = entry.keys() - ALLOWED_KEYS
    if missing:
        problems.append(f"missing {sorted(missing)}")
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    query = entry.get("query")
    if not isinstance(query, str) or not query.strip():
        problems.append("query must be a non-empty string")
    elif len(query.split()) > MAX_WORDS:
        problems.append(f"query has more than {MAX_WORDS} words")
    if entry.get("kind") not in set(QueryKind):
        problems.append(f"kind {entry.get('kind')!r} is not one of {[k.value for k in QueryKind]}")
    expect = entry.get("expect")
    if not _page_list(expect) or not expect:
        problems.append("expect must be a non-empty list of page ids")
        expect = []
    must = entry.get("must_include", [])
    if not _page_list(must):
        problems.append("must_include must be a list of page ids")
        must = []
    if known_ids is not None:
        problems += [
            f"{page!r} is not a page id of the bundled English content"
            for page in [*expect, *must]
            if page not in known_ids
        ]
    problems += [
        f"must_include {page!r} is not also in expect" for page in must if page not in expect
    ]
    return [f"{query!r}: {problem}" for problem in problems]


def _page_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(page, str) for page in value)


def load_query_list(path: Path, known_ids: Collection[str] | None = None) -> list[ListedQuery]:
    """The typed entries of a list; QueryListError naming every bad entry."""
    entries = read_entries(path)
    problems = [problem for entry in entries for problem in entry_problems(entry, known_ids)]
    if problems:
        raise QueryListError(f"{path.name}:\n" + "\n".join(problems))
    return [
        ListedQuery(
            entry["query"],
            QueryKind(entry["kind"]),
            tuple(entry["expect"]),
            tuple(entry.get("must_include", ())),
        )
        for entry in entries
    ]


def run_queries(engine: SearchEngine, queries: Iterable[ListedQuery]) -> list[Outcome]:
    """Each query searched as a family would type it; a query the engine refuses finds nothing."""
    outcomes = []
    for listed in queries:
        try:
            found = tuple(hit.id for hit in engine.search(listed.query, limit=TOP).hits)
        except QueryError:
            found = ()
        outcomes.append(Outcome(listed, found))
    return outcomes


def recall(outcomes: Sequence[Outcome]) -> float:
    """The share of queries that pass."""
    return sum(outcome.passed for outcome in outcomes) / len(outcomes) if outcomes else 0.0
