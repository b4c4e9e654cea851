"""Search recall: the share of realistic queries whose right page is in the top five.

Run: python benchmarks/search_recall.py [--list dev|heldout|both] [--backend fts5|python]

The query lists are tests/data/search_queries_dev.yaml (tune against it freely)
and tests/data/search_queries_heldout.yaml (never tuned against: it measures
how search does on queries nobody wrote the synonyms from). A query passes if
any page of its `expect` is in the top five and every page of its
`must_include` (a warning sign its words could mean) is there too.

Prints the share per list and per kind of query, and the failures of the dev
list only: the held-out list's queries stay unseen. Asserts nothing.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from allguide.content import load_bundled
from allguide.search import QueryError, SearchEngine

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LISTS = {"dev": DATA / "search_queries_dev.yaml", "heldout": DATA / "search_queries_heldout.yaml"}
TOP = 5


@dataclass(frozen=True)
class Outcome:
    query: str
    kind: str
    passed: bool
    expect: tuple[str, ...]
    must_include: tuple[str, ...]
    found: tuple[str, ...]


def load_queries(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        queries: list[dict[str, Any]] = yaml.safe_load(stream)["queries"]
    return queries


def run(engine: SearchEngine, queries: list[dict[str, Any]]) -> list[Outcome]:
    outcomes = []
    for item in queries:
        query = str(item["query"])
        expect = tuple(item["expect"])
        must = tuple(item.get("must_include", ()))
        try:
            found = tuple(hit.id for hit in engine.search(query, limit=TOP).hits)
        except QueryError:
            found = ()
        passed = any(page in found for page in expect) and all(page in found for page in must)
        outcomes.append(Outcome(query, str(item.get("kind", "?")), passed, expect, must, found))
    return outcomes


def recall(outcomes: list[Outcome]) -> float:
    return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else 0.0


def report(name: str, outcomes: list[Outcome], show_failures: bool) -> None:
    passed = sum(o.passed for o in outcomes)
    print(f"\n{name}: {passed}/{len(outcomes)} in the top {TOP} = {recall(outcomes):.1%}")
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.kind].append(outcome)
    for kind, group in sorted(by_kind.items()):
        passed = sum(o.passed for o in group)
        print(f"  {kind:<16} {passed:>3}/{len(group):<3} {recall(group):7.1%}")
    if show_failures:
        for o in (o for o in outcomes if not o.passed):
            wanted = list(o.expect) + [f"+{page}" for page in o.must_include]
            print(f"  FAIL [{o.kind}] {o.query!r}: wanted {wanted}, got {list(o.found)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", choices=["dev", "heldout", "both"], default="both")
    parser.add_argument("--backend", choices=["fts5", "python"], default="fts5")
    args = parser.parse_args()
    engine = SearchEngine.for_content(load_bundled("en").content, backend=args.backend)
    names = ["dev", "heldout"] if args.list == "both" else [args.list]
    for name in names:
        path = LISTS[name]
        if not path.exists():
            print(f"\n{name}: {path} not found")
            continue
        report(name, run(engine, load_queries(path)), show_failures=name == "dev")


if __name__ == "__main__":
    main()
