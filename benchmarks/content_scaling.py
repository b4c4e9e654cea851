"""Content work stays roughly linear in its size (issue 9): seconds to validate and build.

Run: python benchmarks/content_scaling.py [--items 1000 10000 65000] [--depths 100 1000 2000]
Prints figures only; it asserts nothing. Shapes:
- one list: a file ``synonyms: [1,1,…]`` of N tiny wrong items (65,000 is 127 KiB, the size
  limit), each a schema error;
- all lists: N tiny wrong items spread over the eight top-level lists, at most 2000 each
  (the schema's limit), so the items themselves are checked and skipped one by one;
- chain: D sections each the parent of the next; loop: the same D sections in one loop.
For a chain or loop, "load" is validating (schema and cross-references) and "tree" is
walking ``Content.children`` from the top, as the navigation tree does.
- bundled (``--bundled 1 10 100``, off by default): the real English content copied
  K times, each copy's ids renamed (``-x1``…), so it loads with no problems; each
  copy is in files of its own, as no list may pass 2000 items (``startup.py`` uses it).
"""

from __future__ import annotations

import argparse
import functools
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from allguide.content import Content, LoadResult, language_dir, load_content

LISTS = (
    "sections",
    "phases",
    "agents",
    "side_effects",
    "glossary",
    "references",
    "synonyms",
    "timeline_tracks",
)
MAX_LIST = 2000


def one_list(items: int) -> str:
    return "synonyms: [" + ",".join(["1"] * items) + "]\n"


def all_lists(items: int) -> str:
    text = ""
    for name in LISTS:
        count = min(items, MAX_LIST)
        items -= count
        if count:
            text += f"{name}: [" + ",".join(["1"] * count) + "]\n"
    return text


def chain(depth: int, loop: bool = False) -> str:
    lines = ["sections:"]
    for index in range(depth):
        parent = f"s{index - 1}" if index else (f"s{depth - 1}" if loop else None)
        lines.append(
            f"  - {{id: s{index}, title: t, body: b"
            + (f", parent: {parent}" if parent else "")
            + "}"
        )
    return "\n".join(lines) + "\n"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def load(text: str) -> LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "x.yaml").write_text(text, "utf-8")
        return load_content(Path(folder), display_prefix="x")


def walk_tree(content: Content) -> int:
    """Every section reached from the top, without recursion (a chain is deep)."""
    count = 0
    pending: list[str | None] = [None]
    while pending:
        for section in content.children(pending.pop()):
            count += 1
            pending.append(section.id)
    return count


DOCUMENT_FILE = "document.yaml"  # the one file that must not be copied
KEEP_LINE = re.compile(r"^(\s*-?\s*(kind|shows):|[a-z_]+:\s*$)")  # enum values, list names


def _ids(node: object, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "id" and isinstance(value, str):
                found.add(value)
            _ids(value, found)
    elif isinstance(node, list):
        for value in node:
            _ids(value, found)
    return found


def write_bundled_copies(folder: Path, copies: int, language: str = "en") -> int:
    """``copies`` times the bundled content in ``folder``; the bytes written."""
    source = language_dir(language)
    texts = {
        entry.name: entry.read_text("utf-8")
        for entry in source.iterdir()
        if entry.name.endswith(".yaml")
    }
    ids: set[str] = set()
    for name, text in texts.items():
        if name != DOCUMENT_FILE:
            _ids(yaml.safe_load(text), ids)
    by_length = sorted(map(re.escape, ids), key=len, reverse=True)
    an_id = re.compile(r"(?<![A-Za-z0-9-])(" + "|".join(by_length) + r")(?![A-Za-z0-9-])")
    written = 0
    for name, text in texts.items():
        if name == DOCUMENT_FILE:
            written += (folder / name).write_text(text, "utf-8")
            continue
        for copy in range(copies):
            suffix = f"-x{copy}"
            renamed = text if copy == 0 else "".join(
                line if KEEP_LINE.match(line) else an_id.sub(r"\g<1>" + suffix, line)
                for line in text.splitlines(keepends=True)
            )  # fmt: skip
            written += (folder / f"{name.removesuffix('.yaml')}-{copy}.yaml").write_text(
                renamed, "utf-8"
            )
    return written


def bundled_load(copies: int, repeat: int) -> dict[str, float]:
    """Median seconds to load ``copies`` times the bundled content (and its size)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        size = write_bundled_copies(folder, copies)
        times, problems = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            result = load_content(folder, display_prefix="x")
            times.append(time.perf_counter() - start)
            problems = len(result.errors)
    return {
        "copies": copies,
        "kib": size / 1024,
        "sections": len(result.content.sections),
        "problems": problems,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "runs": repeat,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, nargs="*", default=[1000, 10000, 65000])
    parser.add_argument("--depths", type=int, nargs="*", default=[100, 1000, 2000])
    parser.add_argument("--bundled", type=int, nargs="*", default=[], metavar="K")
    args = parser.parse_args()
    for copies in args.bundled:
        row = bundled_load(copies, repeat=3 if copies < 100 else 1)
        print(f"bundled x{copies:<4} {row['kib']:7.0f} KiB: load {row['median_s']:7.3f} s "
              f"({row['problems']} problems)")  # fmt: skip
    for items in args.items:
        for shape, make in (("one list", one_list), ("all lists", all_lists)):
            text = make(items)
            seconds = timed(functools.partial(load, text))
            print(f"{shape:9} {items:6} items {len(text) // 1024:4} KiB: load {seconds:7.3f} s")
    for depth in args.depths:
        for shape, loop in (("chain", False), ("loop", True)):
            text = chain(depth, loop)
            start = time.perf_counter()
            result = load(text)
            seconds = time.perf_counter() - start
            tree = timed(functools.partial(walk_tree, result.content))
            print(f"{shape:9} {depth:6} deep  {len(text) // 1024:4} KiB: load {seconds:7.3f} s, "
                  f"tree {tree:7.3f} s")  # fmt: skip


if __name__ == "__main__":
    main()
