"""Search recall: the share of realistic queries whose right page is in the top five.

Run: python benchmarks/search_recall.py [--list dev|heldout|heldout-2|heldout-es|heldout-fr|
     heldout-ar|all] [--backend fts5|python]

The query lists are tests/data/search_queries_dev.yaml (tune against it freely),
tests/data/search_queries_heldout.yaml and search_queries_heldout_2.yaml (never
tuned against: they measure how search does on queries nobody wrote the synonyms
from; the second was written blind after the vocabulary work), and one held-out list
per translation (search_queries_heldout_<lang>.yaml: 25 family queries in that
language, written before its search was tuned, searched in that language's content:
the recall per language). They are read, and a pass is decided, by
tests/query_lists.py, as the tests do: any page of a query's `expect` in the top
five, and every page of its `must_include` (a warning sign its words could mean)
there too.

Prints the share per list and per kind of query, and the failures of the dev
list only: the held-out lists' queries stay unseen. Asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: tests.query_lists is found from the root
    sys.path.insert(0, str(ROOT))

from allguide.content import load_bundled  # noqa: E402
from allguide.search import SearchEngine  # noqa: E402
from tests.query_lists import (  # noqa: E402
    DEV,
    HELDOUT,
    HELDOUT_2,
    HELDOUT_LANGUAGES,
    TOP,
    Outcome,
    QueryKind,
    load_query_list,
    recall,
    run_queries,
)

LISTS = {"dev": DEV, "heldout": HELDOUT, "heldout-2": HELDOUT_2}
LISTS |= {f"heldout-{language}": path for language, path in HELDOUT_LANGUAGES.items()}
LANGUAGE_OF = {f"heldout-{language}": language for language in HELDOUT_LANGUAGES}


def report(name: str, outcomes: list[Outcome], show_failures: bool) -> None:
    passed = sum(o.passed for o in outcomes)
    print(f"\n{name}: {passed}/{len(outcomes)} in the top {TOP} = {recall(outcomes):.1%}")
    by_kind: dict[QueryKind, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.listed.kind].append(outcome)
    for kind, group in sorted(by_kind.items()):
        passed = sum(o.passed for o in group)
        print(f"  {kind.value:<16} {passed:>3}/{len(group):<3} {recall(group):7.1%}")
    if show_failures:
        for o in (o for o in outcomes if not o.passed):
            listed, got = o.listed, list(o.found)
            wanted = list(listed.expect) + [f"+{page}" for page in listed.must_include]
            print(f"  FAIL [{listed.kind.value}] {listed.query!r}: wanted {wanted}, got {got}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--list", choices=[*LISTS, "all"], default="all")
    parser.add_argument("--backend", choices=["fts5", "python"], default="fts5")
    args = parser.parse_args()
    engines: dict[str, SearchEngine] = {}
    names = list(LISTS) if args.list == "all" else [args.list]
    for name in names:
        path = LISTS[name]
        if not path.exists():
            print(f"\n{name}: {path} not found")
            continue
        language = LANGUAGE_OF.get(name, "en")
        if language not in engines:
            content = load_bundled(language).content
            engines[language] = SearchEngine.for_content(content, backend=args.backend)
        outcomes = run_queries(engines[language], load_query_list(path))
        report(name, outcomes, show_failures=name == "dev")


if __name__ == "__main__":
    main()
