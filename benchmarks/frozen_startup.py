"""Frozen start-up (issue 13, section 1): the frozen AllGuide against a frozen bare PySide6 window.

Run: python benchmarks/frozen_startup.py [--bundle dist/allguide] [--runs N]
(``make bench-frozen`` builds dist/allguide first). Prints one table and writes the
figures to ``benchmarks/results/frozen-startup-<UTC time>.json``. Asserts nothing.

Target: the frozen AllGuide's start within 1.5 times a bare PySide6 window frozen
with PyInstaller's defaults, measured in the same run:
- frozen AllGuide: the bundle folder ``--bundle`` (``make dist``: PyInstaller with
  build.spec), started as its launcher is, with no arguments;
- frozen bare window: ``frozen_bare_window.py`` (a QMainWindow with a QLabel),
  frozen by this script with PyInstaller's defaults (one folder, like AllGuide) into
  ``--cache`` the first time, and again whenever that script, Python, PySide6 or
  PyInstaller changes; the build's time is printed. It is shown at the size of
  AllGuide's first window (measured in AllGuide's own warm-up start, as
  ``startup.py`` does): the paint and backing store grow with the window's pixels.

Every start is a fresh process, timed from the parent's spawn to the first paint
of its window. A frozen app cannot import benchmark code, so both report the same
way: with ``ALLGUIDE_FIRST_PAINT_FILE`` set (``allguide.ui.first_paint``), on the
event loop's turn after the first paint the child writes the time
(CLOCK_MONOTONIC, the parent's clock) into that file and exits at once. CPU time is
the child's user + system time (``os.wait4``) from spawn to that exit: on a busy
machine it moves far less than the wall time. The sides take turns (the order
rotates), so all see the same machine state.

For context the same run also times the installed (not frozen) pair of
``startup.py``, the bare window of the same size and AllGuide, to their first paint
(``--no-source`` leaves them out); their children also grab a PNG after the paint,
which counts in their CPU time, not in their time to the first paint.

``--also NAME=FOLDER`` (repeatable) times more AllGuide bundles in the same turns,
each against the same frozen bare window: how to judge a change to build.spec
(build the changed spec elsewhere with ``pyinstaller --distpath /tmp/x/dist
--workpath /tmp/x/build``, then ``--also changed=/tmp/x/dist/allguide``).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from procstats import (
    BENCH_HOME,
    HERE,
    ROOT,
    Run,
    app_argv,
    bare_argv,
    child_env,
    machine_info,
    run_child,
    spread,
    summary,
)

TARGET = 1.5  # issue 13: frozen start within 1.5 times a frozen bare window
RESULTS = HERE / "results"
BARE_SCRIPT = HERE / "frozen_bare_window.py"
FIRST_PAINT_FILE_ENV = "ALLGUIDE_FIRST_PAINT_FILE"  # allguide.ui.first_paint's (Qt-free here)
FROZEN_SIDES = ("frozen_bare", "frozen_app")
SOURCE_SIDES = ("bare_same_size", "app")
LABELS = {
    "frozen_bare": "bare window, frozen (PyInstaller defaults)",
    "frozen_app": "AllGuide, frozen",
    "bare_same_size": "bare window, not frozen",
    "app": "AllGuide, not frozen",
    "frozen": "AllGuide, frozen",
    "not_frozen": "AllGuide, not frozen",
}


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def pyinstaller() -> Path:
    """The PyInstaller of this interpreter's environment (``pip install -e ".[build]"``)."""
    found = Path(sys.executable).parent / "pyinstaller"
    if not found.exists():
        raise SystemExit(f"frozen_startup.py: no {found}: pip install -e '.[build]' first")
    return found


def bare_key() -> str:
    """What the frozen bare window depends on: rebuilt when any of it changes."""
    parts = [BARE_SCRIPT.read_text("utf-8"), sys.version]
    for distribution in ("PySide6-Essentials", "PySide6", "pyinstaller"):
        try:
            parts.append(f"{distribution} {metadata.version(distribution)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{distribution} -")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def frozen_bare(cache: Path) -> tuple[Path, float | None]:
    """The frozen bare window's launcher (built now if missing) and the build's seconds."""
    folder = cache / f"bare-{bare_key()}"
    launcher = folder / "dist" / BARE_SCRIPT.stem / BARE_SCRIPT.stem
    if launcher.exists():
        return launcher, None
    for stale in cache.glob("bare-*"):  # built for another script, Python or PySide6
        shutil.rmtree(stale, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"Freezing {BARE_SCRIPT.name} with PyInstaller's defaults into {folder} ...", flush=True)
    started = time.monotonic()
    argv = [str(pyinstaller()), "--noconfirm", "--log-level", "WARN"]
    argv += ["--distpath", str(folder / "dist"), "--workpath", str(folder / "build")]
    argv += ["--specpath", str(folder), str(BARE_SCRIPT)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not launcher.exists():
        raise SystemExit(f"frozen_startup.py: PyInstaller failed:\n{done.stderr[-3000:]}")
    seconds = time.monotonic() - started
    print(f"  built in {seconds:.1f} s", flush=True)
    return launcher, seconds


def disk_mib(folder: Path) -> float:
    """What ``du`` counts: blocks on disk, each file once (links not followed)."""
    seen: set[tuple[int, int]] = set()
    blocks = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            blocks += info.st_blocks
    return blocks * 512 / 2**20


def frozen_start(launcher: Path, args: list[str], env: dict[str, str], report: Path) -> Run:
    """One fresh start of a frozen program, to the first paint it writes into ``report``."""
    report.unlink(missing_ok=True)
    run = run_child([str(launcher), *args], env | {FIRST_PAINT_FILE_ENV: str(report)}, False)
    try:
        run.figures = json.loads(report.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(
            f"frozen_startup.py: {launcher} wrote no first paint into {report} ({error}): "
            f"is the bundle older than ALLGUIDE_FIRST_PAINT_FILE?\n{run.stderr[-2000:]}"
        ) from error
    return run


def interleaved(
    runs: int,
    env: dict[str, str],
    folder: Path,
    launchers: dict[str, Path],
    source: bool,
) -> tuple[dict[str, list[Run]], tuple[int, int]]:
    """``runs`` starts of each side in turns (the order rotates), after one warm-up
    start of each (files in the page cache, bytecode written) not counted. Sides:
    each of ``launchers`` (the bare window at the size of "frozen_app"'s window, the
    others with no arguments), and with ``source`` the pair that is not frozen."""
    warm = frozen_start(launchers["frozen_app"], [], env, folder / "warm-up.json")
    width, height = warm.figures["window_size"]
    size = [f"{width}x{height}"]

    def frozen(side: str) -> Callable[[int], Run]:
        arguments = size if side == "frozen_bare" else []
        return lambda i: frozen_start(launchers[side], arguments, env, folder / f"{side}-{i}.json")

    start_of = {side: frozen(side) for side in launchers}
    if source:
        start_of["bare_same_size"] = lambda i: run_child(
            bare_argv(folder / f"bare-{i}.png", 0, (width, height)), env
        )
        start_of["app"] = lambda i: run_child(app_argv(folder / f"app-{i}.png"), env)
    for side, start in start_of.items():
        if side != "frozen_app":
            start(-1)  # the warm-up
    starts: dict[str, list[Run]] = {side: [] for side in start_of}
    sides = list(start_of)
    for index in range(runs):
        shift = index % len(sides)
        for side in sides[shift:] + sides[:shift]:
            starts[side].append(start_of[side](index))
    return starts, (width, height)


def figures_of(runs: list[Run]) -> dict[str, Any]:
    paint = [run.since_spawn_ms("paint_ns") for run in runs]
    cpu = [run.cpu_ms for run in runs]
    return {
        "first_paint_ms": summary(paint),
        "cpu_ms": summary(cpu),
        "exit_ms": summary([run.total_ms for run in runs]),
        "maxrss_mib": summary([run.maxrss_kib / 1024 for run in runs]),
        "raw_first_paint_ms": paint,
        "raw_cpu_ms": cpu,
    }


def ratios(app: dict[str, Any], bare: dict[str, Any]) -> dict[str, float]:
    """AllGuide over the bare window: of the medians, and of the best starts."""
    return {
        "first_paint_median": app["first_paint_ms"]["median"] / bare["first_paint_ms"]["median"],
        "first_paint_best": app["first_paint_ms"]["min"] / bare["first_paint_ms"]["min"],
        "cpu_median": app["cpu_ms"]["median"] / bare["cpu_ms"]["median"],
        "cpu_best": app["cpu_ms"]["min"] / bare["cpu_ms"]["min"],
    }


def table(results: dict[str, Any]) -> str:
    sides = results["sides"]
    width, height = results["window_size"]
    n = sides["frozen_app"]["first_paint_ms"]["n"]
    header = (
        f"Start to first paint ({width}x{height}), n={n} each",
        "median [p25-p75] ms",
        "best ms",
        "CPU median [p25-p75] ms",
        "CPU best ms",
        "peak RSS MiB",
        "on disk MiB",
    )
    rows: list[tuple[str, ...]] = [header]
    for side, figures in sides.items():
        size = results["disk_mib"].get(side)
        rows.append(
            (
                f"  {LABELS.get(side, side)}",
                spread(figures["first_paint_ms"]),
                f"{figures['first_paint_ms']['min']:.0f}",
                spread(figures["cpu_ms"]),
                f"{figures['cpu_ms']['min']:.0f}",
                f"{figures['maxrss_mib']['median']:.0f}",
                f"{size:.1f}" if size is not None else "",
            )
        )
    for name, ratio in results["ratios"].items():
        target = "(context)" if name == "not_frozen" else f"(target <= {TARGET}x)"
        rows.append(
            (
                f"  ratio {LABELS.get(name, name)} / its bare {target}",
                f"{ratio['first_paint_median']:.2f}x",
                f"{ratio['first_paint_best']:.2f}x",
                f"{ratio['cpu_median']:.2f}x",
                f"{ratio['cpu_best']:.2f}x",
                "",
                "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "allguide")
    parser.add_argument("--runs", type=int, default=15, help="starts of each side (default 15)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform of the children")
    parser.add_argument(
        "--cache",
        type=Path,
        default=RESULTS / "frozen-cache",
        help="where the frozen bare window is built and kept (default benchmarks/results/…)",
    )
    parser.add_argument("--no-source", action="store_true", help="only the frozen pair")
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="NAME=FOLDER",
        help="another AllGuide bundle (a build.spec variant) timed in the same turns",
    )
    parser.add_argument("--no-json", action="store_true", help="print only")
    args = parser.parse_args()
    launcher = args.bundle / "allguide"
    if not launcher.exists():
        raise SystemExit(f"frozen_startup.py: no {launcher}: run `make dist` (or give --bundle)")
    started = datetime.datetime.now(datetime.UTC)
    bare_launcher, build_s = frozen_bare(args.cache)
    launchers = {"frozen_bare": bare_launcher, "frozen_app": launcher}
    for also in args.also:
        name, _, folder = also.partition("=")
        if not name or not (Path(folder) / "allguide").exists():
            raise SystemExit(f"frozen_startup.py: --also {also}: no NAME=FOLDER/allguide")
        launchers[name] = Path(folder) / "allguide"
    env = child_env(args.platform)
    try:
        with tempfile.TemporaryDirectory(prefix="allguide-frozen-bench-") as name:
            starts, size = interleaved(args.runs, env, Path(name), launchers, not args.no_source)
    finally:
        shutil.rmtree(env[BENCH_HOME], ignore_errors=True)
    sides = {side: figures_of(runs) for side, runs in starts.items()}
    results: dict[str, Any] = {
        "timestamp": started.isoformat(timespec="seconds"),
        "machine": machine_info() | {"qt_platform": args.platform},
        "note": "times from the parent's spawn to the first paint; CPU = user+sys to exit",
        "bundle": str(args.bundle),
        "bare_bundle": str(bare_launcher.parent),
        "bare_build_s": build_s,
        "window_size": list(size),
        "target": TARGET,
        "disk_mib": {side: disk_mib(path.parent) for side, path in launchers.items()},
        "sides": sides,
        "ratios": {"frozen": ratios(sides["frozen_app"], sides["frozen_bare"])},
    }
    for name in [side for side in launchers if side not in FROZEN_SIDES]:
        results["ratios"][name] = ratios(sides[name], sides["frozen_bare"])
    if not args.no_source:
        results["ratios"]["not_frozen"] = ratios(sides["app"], sides["bare_same_size"])
    print(
        f"AllGuide frozen start-up, {results['timestamp']}, Qt platform {args.platform}, "
        f"{results['machine']['cpu']} x{results['machine']['cpus']}, "
        f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print(table(results))
    if not args.no_json:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"frozen-startup-{started:%Y%m%dT%H%M%SZ}.json"
        path.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
        print(f"\nFigures written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
