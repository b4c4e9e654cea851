"""The realistic query lists stay well formed, point at real pages and never overlap.

The lists measure how well search generalises (issue 8): a broken entry, a page id that
no longer exists or a query copied from the dev list into the held-out list would make
the figure meaningless without anyone noticing.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
import yaml

from allguide.content import LoadResult

DATA = Path(__file__).parent / "data"
DEV = DATA / "search_queries_dev.yaml"
HELDOUT = DATA / "search_queries_heldout.yaml"
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


REQUIRED_KEYS = {"query", "expect", "kind"}
ALLOWED_KEYS = REQUIRED_KEYS | {"must_include"}


def load_queries(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict), f"{path.name}: top level must be a mapping"
    queries = data.get("queries")
    assert isinstance(queries, list), f"{path.name}: `queries` must be a list"
    return queries


def page_ids(bundled: LoadResult) -> set[str]:
    """Ids a search result can open: sections, medicines, side effects, glossary terms."""
    content = bundled.content
    groups = (content.sections, content.agents, content.side_effects, content.glossary)
    return {entity.id for group in groups for entity in group}


def entry_problems(entry: object, known_ids: set[str]) -> list[str]:
    """Everything wrong with one list entry, as readable messages."""
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
    if not isinstance(expect, list) or not expect:
        problems.append("expect must be a non-empty list of page ids")
        expect = []
    must = entry.get("must_include", [])
    if not isinstance(must, list):
        problems.append("must_include must be a list of page ids")
        must = []
    for page in [*expect, *must]:
        if page not in known_ids:
            problems.append(f"{page!r} is not a page id of the bundled English content")
    problems += [
        f"must_include {page!r} is not also in expect" for page in must if page not in expect
    ]
    return [f"{query!r}: {problem}" for problem in problems]


@pytest.mark.parametrize("path", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_every_entry_is_well_formed_and_points_at_real_pages(
    path: Path, bundled: LoadResult
) -> None:
    known = page_ids(bundled)
    problems = [p for entry in load_queries(path) for p in entry_problems(entry, known)]
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_every_kind_is_used_and_no_query_repeats_in_a_list(path: Path) -> None:
    queries = [entry["query"].strip().lower() for entry in load_queries(path)]
    repeated = sorted({q for q in queries if queries.count(q) > 1})
    assert not repeated, f"{path.name}: repeated queries {repeated}"
    kinds = {entry.get("kind") for entry in load_queries(path)}
    assert kinds == set(QueryKind), f"{path.name}: kinds never used {set(QueryKind) - kinds}"


def test_no_query_is_in_both_lists() -> None:
    dev = {entry["query"].strip().lower() for entry in load_queries(DEV)}
    heldout = {entry["query"].strip().lower() for entry in load_queries(HELDOUT)}
    assert not dev & heldout, f"queries in both lists: {sorted(dev & heldout)}"


def test_heldout_list_says_it_must_never_be_tuned_against() -> None:
    header = HELDOUT.read_text("utf-8").split("\nqueries:", 1)[0].lower()
    assert "never tune" in header
