"""Resident memory of the search's word lists: the built file mapped against the gzipped
list read (allguide/search/word_files.py, real_words.py).

``python benchmarks/word_list_memory.py [--lookups N ...]``: for each language and each
way, a fresh process loads the list as the window's warm-up does (step by step), then
looks up words as searches do; it prints resident MiB added (VmRSS), the peak added
(VmHWM), how much of the mapped file is resident (smaps), the load's steps and CPU time.

How many pages a lookup makes resident depends on the kernel: a file the page cache
holds in large folios (recent Linux, a file just written or read whole) is mapped a
folio at a time, so a few lookups can map all of it; in small pages, ~64 KiB a region.
Either way those pages are clean and file-backed: the kernel drops them under pressure.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WAYS = ("built file", "gzipped list")


def status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def mapped_kib(name: str) -> int:
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5:
            inside = line.endswith("/" + name)
        elif inside and fields[0] == "Rss:":
            total += int(fields[1])
    return total


def sample_words(language: str, count: int) -> list[str]:
    """``count`` words of the list, at random (the same each run), asked as searches do."""
    import gzip
    import pkgutil

    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    assert data is not None
    words = list(json.loads(gzip.decompress(data)))
    return random.Random(1).sample(words, count)


def child(language: str, way: str, lookups: list[int], words: list[str]) -> dict[str, object]:
    """Run in a fresh process: load one list one way, then look ``words`` up."""
    import gc

    from allguide.search import word_files
    from allguide.search.real_words import WordLists

    if way == "gzipped list":
        empty = tempfile.mkdtemp()
        word_files.words_folder = lambda: Path(empty)  # type: ignore[assignment]
    name = word_files.word_file_name(language)
    mapped_kib(name)  # reading smaps once before: its text's memory is not the list's
    gc.collect()
    rss0, hwm0 = status_kib("VmRSS"), status_kib("VmHWM")
    lists = WordLists()
    load = lists.loading(language)
    cpu = time.process_time()
    while load.step():
        pass
    cpu_ms = (time.process_time() - cpu) * 1000
    listed = load.finish()
    assert listed is not None
    row: dict[str, object] = {
        "steps": load.steps_done,
        "cpu_ms": cpu_ms,
        "loaded_mib": (status_kib("VmRSS") - rss0) / 1024,
        "peak_mib": max(0, status_kib("VmHWM") - max(hwm0, rss0)) / 1024,
    }
    row["mapped_mib"] = mapped_kib(name) / 1024
    done = 0
    for count in lookups:
        for word in words[done:count]:
            listed(word)
        done = count
        row[f"after_{count}_mib"] = (status_kib("VmRSS") - rss0) / 1024
        row[f"mapped_after_{count}_mib"] = mapped_kib(name) / 1024
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lookups", type=int, nargs="*", default=[1, 10, 100])
    parser.add_argument("--languages", nargs="*", default=["en", "es", "fr", "ar"])
    parser.add_argument("--child", nargs=2, metavar=("LANG", "WAY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        words = json.loads(sys.stdin.read())
        print(json.dumps(child(args.child[0], args.child[1], args.lookups, words)))
        return
    print("Word lists: resident MiB added in a fresh process (VmRSS; peak: VmHWM)")
    looked = "  ".join(f"{n:>4} looked up" for n in args.lookups)
    print(f"  {'list':<16} {'steps':>5} {'CPU ms':>7} {'loaded':>7} {'peak':>6}  {looked}")
    for language in args.languages:
        words = json.dumps(sample_words(language, max(args.lookups)))
        for way in WAYS:
            out = subprocess.run(
                [sys.executable, __file__, "--child", language, way, "--lookups"]
                + [str(n) for n in args.lookups],
                input=words, capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            row = json.loads(out.strip().splitlines()[-1])
            after = "  ".join(
                f"{row[f'after_{n}_mib']:5.2f} ({row[f'mapped_after_{n}_mib']:4.2f})"
                for n in args.lookups
            )
            print(
                f"  {language + ', ' + way:<16} {row['steps']:>5} {row['cpu_ms']:7.1f} "
                f"{row['loaded_mib']:7.2f} {row['peak_mib']:6.2f}  {after}"
            )
    print("  (in brackets: MiB of the mapped file resident, part of the figure before it)")


if __name__ == "__main__":
    main()
