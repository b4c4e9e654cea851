"""Search latency: p50/p95 per query, over the bundled content and a corpus 100 times larger,
and p95 per language (issue 11: each bundled language with its own queries).

Run: python benchmarks/search_latency.py [--repeat N] [--scale K] [--backend fts5|python|both]
     [--languages-only]
Prints figures only; it asserts nothing. Targets (issue 3): p95 <= 5 ms on the
bundled content, <= 50 ms at 100 times, in every language. The real-words list is
loaded before the runs (its one-off load time is printed on its own).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from dataclasses import replace
from typing import Any

from procstats import percentile

from allguide.content import available_languages, load_bundled
from allguide.search import SearchEngine
from allguide.search.documents import SearchDocument, documents_from, original_names
from allguide.search.real_words import real_word_test
from allguide.search.words import words_of

QUERIES = [
    "tiredness", "chemo", "sick to my stomach", "Tasigna", "Iclusig", "imatinob", "vinc",
    "TKI", "SCT", "hair loss", "dexaméthasone", "how long is maintenance", "crs fever",
    "chemotrepy", "what is complete remission",
    # Warning-sign words, words joined or split, the other spelling, a real word no page uses.
    "very sleepy after car t", "sideeffects", "chemo therapy", "anemia", "hare loss",
    # Pages with some of the words, ranked by their titles; a start still being typed.
    "stem cell therapy", "steroid therapy", "tired all the time", "thro",
]  # fmt: skip
# Each translation's queries, of the same kinds: everyday words and questions, a brand and
# an English medicine name, a typo, accents left out, a phrase with a negation or a sign,
# a word still being typed. Not the held-out lists' queries (those measure recall).
LANGUAGE_QUERIES = {
    "en": QUERIES,
    "es": [
        "cansancio", "quimio", "ganas de vomitar", "Tasigna", "methotrexate", "metotrexto",
        "caida del pelo", "dexametasona", "cuanto dura el mantenimiento", "fiebre alta",
        "temperatura baja", "no tiene hambre", "mi hija esta muy dormida despues del car t",
        "efectos secundarios", "que es la remision completa", "Ph-", "llagas boca", "vinc",
    ],
    "fr": [
        "fatigue", "chimio", "envie de vomir", "Tasigna", "methotrexate", "dexamétazone",
        "perte des cheveux", "mal au coeur", "combien de temps dure l'entretien",
        "fièvre élevée", "température basse", "il n'a pas faim", "mon fils est très somnolent",
        "effets secondaires", "c'est quoi une rémission complète", "Ph-", "chambre stérile",
        "vinc",
    ],
    "ar": [
        "تعب", "الكيماوي", "غثيان", "Tasigna", "methotrexate", "ميثوتريكسا", "تساقط الشعر",
        "الحُمّى", "كم مدة العلاج", "حرارة مرتفعة", "حرارة منخفضة", "لا يأكل",
        "ابني نعسان جدا بعد CAR T", "الآثار الجانبية", "ما هي الهدأة الكاملة", "Ph-",
        "قرحة الفم", "فينك",
    ],
}  # fmt: skip


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


def times_per_query(
    engine: SearchEngine, repeat: int, queries: list[str] = QUERIES
) -> dict[str, list[float]]:
    """Milliseconds of each of ``repeat`` searches, per query, sorted."""
    figures = {}
    for query in queries:
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


def at_scales(
    scales: list[int], repeat: int, backend: str = "auto", language: str = "en"
) -> list[dict[str, Any]]:
    """Search as the app does (backend ``auto``) at ``scales`` times the bundled content of
    ``language``, with that language's queries: p50/p95 over every search of every query,
    and the worst query's p95 (``startup.py``).
    """
    content = load_bundled(language).content
    docs = documents_from(content, original_names(content, _content_of))
    real_word_test(language)  # its one-off load is not a search
    rows = []
    for scale in scales:
        corpus = docs if scale == 1 else synthetic(docs, scale)
        start = time.perf_counter()
        engine = SearchEngine(corpus, content.synonyms, language, backend, words=words_of(content))
        build_ms = (time.perf_counter() - start) * 1000
        per_query = times_per_query(engine, repeat, LANGUAGE_QUERIES[language])
        pooled = [t for times in per_query.values() for t in times]
        worst = max(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                    for times in per_query.values())  # fmt: skip
        rows.append({
            "language": language,
            "scale": scale, "documents": engine.size, "backend": engine.backend.name,
            "build_ms": build_ms, "searches": len(pooled),
            "p50_ms": percentile(pooled, 0.5), "p95_ms": percentile(pooled, 0.95),
            "worst_query_p95_ms": worst,
        })  # fmt: skip
    return rows


def _content_of(language: str) -> Any:
    return load_bundled(language).content


def report_languages(scales: list[int], repeat: int) -> None:
    """p50/p95 per language, each with its own queries, as the app searches (issue 11)."""
    print(f"\nPer language ({repeat} runs per query, backend auto):")
    print(f"  {'language':<9} {'documents':>9} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'worst query p95':>16}")  # fmt: skip
    for language in available_languages():
        for row in at_scales(scales, repeat, language=language):
            queries = len(LANGUAGE_QUERIES[language])
            print(f"  {language:<9} {row['documents']:>9} {queries:>7} {row['p50_ms']:8.3f} "
                  f"{row['p95_ms']:8.3f} {row['worst_query_p95_ms']:16.3f}")  # fmt: skip


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
    parser.add_argument("--languages-only", action="store_true", help="only the p95 per language")
    args = parser.parse_args()
    if args.languages_only:
        report_languages([1, args.scale], args.repeat)
        return
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
    report_languages([1, args.scale], args.repeat)


if __name__ == "__main__":
    main()
