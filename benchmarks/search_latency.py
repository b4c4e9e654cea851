"""Search latency: p50/p95 per query, over the bundled content and a corpus 100 times larger.

Run: python benchmarks/search_latency.py [--repeat N] [--scale K] [--backend fts5|python|both]
Prints figures only; it asserts nothing. Targets (issue 3): p95 <= 5 ms on the
bundled content, <= 50 ms at 100 times. The real-words list is loaded before
the runs (its one-off load time is printed on its own).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from dataclasses import replace
from typing import Any

from procstats import percentile

from allguide.content import load_bundled
from allguide.search import SearchEngine
from allguide.search.documents import SearchDocument, documents_from
from allguide.search.real_words import real_word_test

QUERIES = [
    "tiredness", "chemo", "sick to my stomach", "Tasigna", "Iclusig", "imatinob", "vinc",
    "TKI", "SCT", "hair loss", "dexaméthasone", "how long is maintenance", "crs fever",
    "chemotrepy", "what is complete remission",
    # Warning-sign words, words joined or split, the other spelling, a real word no page uses.
    "very sleepy after car t", "sideeffects", "chemo therapy", "anemia", "hare loss",
    # Pages with some of the words, ranked by their titles; a start still being typed.
    "stem cell therapy", "steroid therapy", "tired all the time", "thro",
]  # fmt: skip


def synthetic(docs: list[SearchDocument], scale: int, seed: int = 7) -> list[SearchDocument]:
    """``scale`` copies of every document, each body reshuffled so no two are alike."""
    rng = random.Random(seed)
    out = []
    for copy in range(scale):
        for doc in docs:
            words = doc.body.split()
            rng.shuffle(words)
            out.append(replace(doc, id=f"{doc.id}-{copy}", body=" ".join(words)))
    return out


def times_per_query(engine: SearchEngine, repeat: int) -> dict[str, list[float]]:
    """Milliseconds of each of ``repeat`` searches, per query, sorted."""
    figures = {}
    for query in QUERIES:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            engine.search(query, limit=20)
            times.append((time.perf_counter() - start) * 1000)
        figures[query] = sorted(times)
    return figures


def measure(engine: SearchEngine, repeat: int) -> dict[str, tuple[float, float]]:
    figures = {}
    for query, times in times_per_query(engine, repeat).items():
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        figures[query] = (statistics.median(times), p95)
    return figures


def at_scales(scales: list[int], repeat: int, backend: str = "auto") -> list[dict[str, Any]]:
    """Search as the app does (backend ``auto``) at ``scales`` times the bundled content:
    p50/p95 over every search of every query, and the worst query's p95 (``startup.py``).
    """
    content = load_bundled("en").content
    docs = documents_from(content)
    real_word_test("en")  # its one-off load is not a search
    rows = []
    for scale in scales:
        corpus = docs if scale == 1 else synthetic(docs, scale)
        start = time.perf_counter()
        engine = SearchEngine(corpus, content.synonyms, "en", backend)
        build_ms = (time.perf_counter() - start) * 1000
        per_query = times_per_query(engine, repeat)
        pooled = [t for times in per_query.values() for t in times]
        worst = max(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                    for times in per_query.values())  # fmt: skip
        rows.append({
            "scale": scale, "documents": engine.size, "backend": engine.backend.name,
            "build_ms": build_ms, "searches": len(pooled),
            "p50_ms": percentile(pooled, 0.5), "p95_ms": percentile(pooled, 0.95),
            "worst_query_p95_ms": worst,
        })  # fmt: skip
    return rows


def report(title: str, engine: SearchEngine, repeat: int, build_ms: float) -> None:
    figures = measure(engine, repeat)
    print(f"\n{title}: {engine.size} documents, backend {engine.backend.name}, "
          f"built in {build_ms:.1f} ms, {repeat} runs per query")  # fmt: skip
    print(f"  {'query':<28} {'p50 ms':>8} {'p95 ms':>8}")
    for query, (p50, p95) in figures.items():
        print(f"  {query:<28} {p50:8.3f} {p95:8.3f}")
    worst = max(p95 for _, p95 in figures.values())
    print(f"  {'worst p95':<28} {'':>8} {worst:8.3f}")


def word_list_load_ms() -> float:
    """The one-off cost of the real-words list, paid on the first unknown word only."""
    real_word_test.cache_clear()
    start = time.perf_counter()
    real_word_test("en")
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--backend", choices=["fts5", "python", "both"], default="both")
    args = parser.parse_args()
    content = load_bundled("en").content
    docs = documents_from(content)
    load_ms = word_list_load_ms()
    print(f"Real-words list (en), loaded once on the first unknown word: {load_ms:.0f} ms")
    backends = ["fts5", "python"] if args.backend == "both" else [args.backend]
    for backend in backends:
        for label, corpus in (
            ("bundled content", docs),
            (f"synthetic corpus x{args.scale}", synthetic(docs, args.scale)),
        ):
            start = time.perf_counter()
            engine = SearchEngine(corpus, content.synonyms, "en", backend)
            build_ms = (time.perf_counter() - start) * 1000
            report(label, engine, args.repeat, build_ms)


if __name__ == "__main__":
    main()
