"""Where AllGuide's resident memory goes, against a bare window of the same size.

Run: python benchmarks/memory_breakdown.py [--settle-ms MS] [--tracemalloc] [--json OUT]
Starts two fresh children (bare window at AllGuide's window size, and AllGuide as
the ``allguide`` command starts it) and, in each, reads ``/proc/self/smaps`` at the
first paint (after the grab to PNG) and again after ``--settle-ms`` (the idle
warm-up). Prints resident memory by kind of mapping (the C heap and anonymous
memory, Qt, ICU, Python extension modules, fonts...), the mappings AllGuide has
and the bare window does not, the extra modules it imports, and with
``--tracemalloc`` the Python allocations by top-level module (tracemalloc itself
costs memory and time, so its run is separate from the others' figures).
Asserts nothing: it is for finding what to cut, not for the budget (``startup.py``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from procstats import BENCH_HOME, bare_argv, child_env, run_child

HERE = Path(__file__).resolve().parent
PROBE = HERE / "memory_probe.py"


def kind(path: str) -> str:
    """A mapping's kind, by its path."""
    name = path.rsplit("/", 1)[-1]
    if path in ("", "[anon]") or path.startswith("[anon:"):
        return "anonymous (malloc arenas, Python objects, Qt images)"
    if path == "[heap]":
        return "[heap] (brk: malloc's main arena)"
    if path.startswith("["):
        return path
    if "/fonts/" in path or name.endswith((".ttf", ".otf", ".pfb", ".ttc")):
        return "fonts (mapped files)"
    if name.startswith("libicu"):
        return "ICU (libicu*)"
    if name.startswith("libQt6") or "/Qt/plugins/" in path:
        return "Qt libraries and plugins"
    if "shiboken6" in path or "PySide6" in path:
        return "PySide6/shiboken bindings"
    if "site-packages" in path or "lib-dynload" in path:
        return "other Python extension modules"
    if "libpython" in path or name.startswith("python3"):
        return "Python interpreter"
    if name.endswith(".cache") or "fontconfig" in path:
        return "fontconfig cache"
    if ".so" in name:
        return "other shared libraries"
    return "other mapped files"


def probe(argv: list[str], env: dict[str, str]) -> dict[str, Any]:
    run = run_child(argv, env)
    figures = run.figures
    figures["maxrss_mib"] = run.maxrss_kib / 1024
    return figures


def by_kind(mappings: dict[str, dict[str, int]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for path, fields in mappings.items():
        out[kind(path)] = out.get(kind(path), 0) + fields["Rss"] / 1024
    return out


def show(title: str, rows: list[tuple[str, float, float]], limit: int = 25) -> None:
    print(f"\n{title}")
    print(f"  {'':60} {'bare':>8} {'AllGuide':>9} {'extra':>8}")
    for name, bare, app in rows[:limit]:
        print(f"  {name[-60:]:60} {bare:8.2f} {app:9.2f} {app - bare:+8.2f}")


def compare(bare: dict[str, Any], app: dict[str, Any], moment: str) -> None:
    b, a = bare[moment], app[moment]
    print(
        f"\n== {moment}: RSS bare {b['rss_kib'] / 1024:.1f} MiB, "
        f"AllGuide {a['rss_kib'] / 1024:.1f} MiB "
        f"(+{(a['rss_kib'] - b['rss_kib']) / 1024:.1f}); "
        f"anon {b['anon_kib'] / 1024:.1f} / {a['anon_kib'] / 1024:.1f}, "
        f"file {b['file_kib'] / 1024:.1f} / {a['file_kib'] / 1024:.1f}"
    )
    kb, ka = by_kind(b["mappings"]), by_kind(a["mappings"])
    rows = [(k, kb.get(k, 0.0), ka.get(k, 0.0)) for k in set(kb) | set(ka)]
    rows.sort(key=lambda r: -(r[2] - r[1]))
    show("Resident MiB by kind of mapping", rows)
    paths = set(b["mappings"]) | set(a["mappings"])
    per = [
        (
            p,
            b["mappings"].get(p, {"Rss": 0})["Rss"] / 1024,
            a["mappings"].get(p, {"Rss": 0})["Rss"] / 1024,
        )
        for p in paths
    ]
    per.sort(key=lambda r: -(r[2] - r[1]))
    show("Resident MiB by mapping, largest extra first", [r for r in per if r[2] - r[1] > 0.05])
    only = sorted(set(a["modules"]) - set(b["modules"]))
    tops: dict[str, int] = {}
    for name in only:
        tops[name.split(".")[0]] = tops.get(name.split(".")[0], 0) + 1
    print(f"\nModules AllGuide imports beyond the bare window's: {len(only)}")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items(), key=lambda i: -i[1])))
    if a.get("tracemalloc"):
        traced_b, traced_a = dict(b["tracemalloc"]), dict(a["tracemalloc"])
        rows = [(k, traced_b.get(k, 0.0) / 1024, traced_a.get(k, 0.0) / 1024) for k in traced_a]
        rows.sort(key=lambda r: -(r[2] - r[1]))
        total_b, total_a = sum(traced_b.values()) / 1024, sum(traced_a.values()) / 1024
        show(
            f"Python allocations alive (tracemalloc), MiB by where they were made: "
            f"bare {total_b:.1f}, AllGuide {total_a:.1f}",
            rows,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settle-ms", type=int, default=300)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    env = child_env()
    png = Path(env[BENCH_HOME]) / "probe.png"
    extra = ["--tracemalloc"] if args.tracemalloc else []
    app = probe([sys.executable, str(PROBE), "app", str(png), str(args.settle_ms), *extra], env)
    size = tuple(app["window_size"])
    bare_child = bare_argv(png, args.settle_ms, (size[0], size[1]))
    bare = probe(
        [
            sys.executable,
            str(PROBE),
            "bare",
            str(png),
            str(args.settle_ms),
            *bare_child[-1:],
            *extra,
        ],
        env,
    )
    print(f"memory breakdown, bare window and AllGuide at {size[0]}x{size[1]}")
    print(f"ru_maxrss: bare {bare['maxrss_mib']:.1f} MiB, AllGuide {app['maxrss_mib']:.1f} MiB")
    compare(bare, app, "first_paint")
    compare(bare, app, "settled")
    print("\nIdle warm-up, resident MiB added per step (mainwindow.py's list; x repeats)")
    for where, (count, added) in app.get("warm_up_steps", {}).items():
        print(f"  {where:30} x{count:<3} {added:+6.2f}")
    shutil.rmtree(env[BENCH_HOME], ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps({"bare": bare, "app": app}, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
