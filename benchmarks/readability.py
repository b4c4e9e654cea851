"""Plain language, measured (issue 14): the hardest pages of each bundled language.

Run: python benchmarks/readability.py [--worst N] [--no-json]   (``make bench`` runs it)
Needs textstat (the dev extra). Prints, per language, the N pages (5) with the lowest
figure (English Flesch, Spanish Fernández-Huerta, French Flesch with Kandel-Moles's
coefficients), or for Arabic, which has no formula, the longest sentences on average;
then writes every page's figures to ``benchmarks/results/readability-<UTC time>.json``.
Asserts nothing: readability is advice to editors (docs/content.md).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from typing import Any

from procstats import HERE, machine_info

from allguide.content import available_languages, load_bundled
from allguide.content.readability import (
    LanguageReadability,
    PageReadability,
    TextstatMissing,
    measure,
    textstat_version,
)

RESULTS = HERE / "results"


def as_json(page: PageReadability) -> dict[str, Any]:
    return {
        "kind": page.page.kind.value,
        "id": page.page.id,
        "title": page.page.title,
        "figure": page.figure,
        "band": page.band.value if page.band else None,
        "words": page.words,
        "sentences": page.sentences,
        "words_per_sentence": round(page.words_per_sentence, 2),
        "letters_per_word": round(page.letters_per_word, 2),
        "longest_sentence_words": page.longest_sentence_words,
        "longest_sentence": page.longest_sentence,
        "issues": [issue.value for issue in page.issues],
    }


def summary_lines(result: LanguageReadability, worst: int) -> list[str]:
    measured = [p.figure for p in result.pages if p.figure is not None]
    flagged = sum(1 for p in result.pages if p.issues)
    lines = [
        f"{result.language}: {result.formula.value}; {len(result.pages)} pages, "
        f"{flagged} flagged, figures {min(measured):.1f} to {max(measured):.1f}, "
        f"median {sorted(measured)[len(measured) // 2]:.1f}; the {worst} hardest:"
    ]
    for page in result.worst(worst):
        band = f" {page.band.value}," if page.band else " letters a word,"
        lines.append(
            f"  {page.figure or 0.0:6.1f}{band} {page.words} words, "
            f"{page.words_per_sentence:.1f} a sentence: {page.page.kind.value} {page.page.id}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worst", type=int, default=5, metavar="N", help="pages per language")
    parser.add_argument("--no-json", action="store_true", help="print only")
    args = parser.parse_args()
    started = datetime.datetime.now(datetime.UTC)
    try:
        measured = [measure(load_bundled(lang).content, lang) for lang in available_languages()]
        version = textstat_version()
    except TextstatMissing as missing:
        print(missing, file=sys.stderr)
        return 3
    print(f"AllGuide readability, {started:%Y-%m-%d %H:%M} UTC, textstat {version}")
    for result in measured:
        print("\n".join(summary_lines(result, args.worst)))
    if not args.no_json:
        results = {
            "timestamp": started.isoformat(),
            "machine": machine_info(),
            "textstat": version,
            "languages": {
                result.language: {
                    "formula": result.formula.value,
                    "worst": [page.page.id for page in result.worst(args.worst)],
                    "pages": [as_json(page) for page in result.pages],
                }
                for result in measured
            },
        }
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"readability-{started:%Y%m%dT%H%M%SZ}.json"
        path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"written: {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
