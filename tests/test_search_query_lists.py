"""The realistic query lists stay well formed, point at real pages and never overlap.

The lists measure how well search generalises (issue 8): a broken entry, a page id that
no longer exists or a query copied from the dev list into the held-out list would make
the figure meaningless without anyone noticing.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from allguide.content import LoadResult
from tests.query_lists import (
    DEV,
    HELDOUT,
    HELDOUT_2,
    HELDOUT_LANGUAGES,
    ListedQuery,
    QueryKind,
    QueryListError,
    entry_problems,
    load_query_list,
    read_entries,
)

LISTS = [DEV, HELDOUT, HELDOUT_2, *HELDOUT_LANGUAGES.values()]
LIST_NAMES = ["dev", "heldout", "heldout-2", *(f"heldout-{lang}" for lang in HELDOUT_LANGUAGES)]


def page_ids(bundled: LoadResult) -> set[str]:
    """Ids a search result can open: sections, medicines, side effects, glossary terms."""
    content = bundled.content
    groups = (content.sections, content.agents, content.side_effects, content.glossary)
    return {entity.id for group in groups for entity in group}


@pytest.mark.parametrize("path", LISTS, ids=LIST_NAMES)
def test_every_entry_is_well_formed_and_points_at_real_pages(
    path: Path, bundled: LoadResult
) -> None:
    known = page_ids(bundled)
    problems = [p for entry in read_entries(path) for p in entry_problems(entry, known)]
    assert not problems, f"{path.name}:\n" + "\n".join(problems)
    assert all(isinstance(q.kind, QueryKind) for q in load_query_list(path, known))


@pytest.mark.parametrize("path", LISTS, ids=LIST_NAMES)
def test_every_kind_is_used_and_no_query_repeats_in_a_list(path: Path) -> None:
    listed = load_query_list(path)
    queries = [q.query.strip().lower() for q in listed]
    repeated = sorted({q for q in queries if queries.count(q) > 1})
    assert not repeated, f"{path.name}: repeated queries {repeated}"
    kinds = {q.kind for q in listed}
    assert kinds == set(QueryKind), f"{path.name}: kinds never used {set(QueryKind) - kinds}"


def test_no_query_is_in_two_lists() -> None:
    """Of one language; and no held-out query of any language is on the dev list (a brand
    name, the same in every language, may be in two languages' held-out lists)."""
    queries = {path: {q.query.strip().lower() for q in load_query_list(path)} for path in LISTS}
    english = [DEV, HELDOUT, HELDOUT_2]
    pairs = [*combinations(english, 2), *((DEV, path) for path in HELDOUT_LANGUAGES.values())]
    for one, other in pairs:
        shared = queries[one] & queries[other]
        assert not shared, f"queries in {one.name} and {other.name}: {sorted(shared)}"


def test_a_bad_entry_is_named_when_a_list_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "queries.yaml"
    path.write_text(
        "queries:\n"
        "  - {query: fever, expect: [fever], kind: everyday}\n"
        "  - {query: chills, expect: [fever], kind: feelings}\n",
        "utf-8",
    )
    with pytest.raises(QueryListError, match=r"'chills': kind 'feelings' is not one of"):
        load_query_list(path)


def test_a_query_passes_with_an_expected_page_and_every_sign_in_the_top_five() -> None:
    listed = ListedQuery(
        "drowsy", QueryKind.WARNING_SIGN, ("fatigue", "nervous-system-problems"),
        must_include=("nervous-system-problems",),
    )  # fmt: skip
    assert listed.passes(["nervous-system-problems", "fatigue"])
    assert listed.passes(["a", "b", "c", "d", "nervous-system-problems"])
    assert not listed.passes(["fatigue"])  # the sign is missing
    assert not listed.passes(["a", "b", "c", "d", "e", "nervous-system-problems"])  # sixth


@pytest.mark.parametrize("path", LISTS[1:], ids=LIST_NAMES[1:])
def test_heldout_list_says_it_must_never_be_tuned_against(path: Path) -> None:
    header = path.read_text("utf-8").split("\nqueries:", 1)[0].lower()
    assert "never tune" in header
