"""Parent side of the process benchmarks: start a child, time it, read its peak memory.

Used by ``startup.py`` and ``startup_check.py``. Imports no Qt and no AllGuide
module on purpose: Python starts children with vfork, and Linux then counts the
parent's own peak resident size into the child's ``ru_maxrss``; a small parent
keeps that floor far below what the children use (the children also report
their own VmHWM, counted after exec, as a cross-check).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARKER = "ALLGUIDE-BENCH "  # first_paint.MARKER (that module imports Qt, so not imported here)
BARE = HERE / "bare_window.py"
APP = HERE / "allguide_start.py"
PLAIN = HERE / "plain_window.py"
TIMEOUT_S = 60.0
PYCACHE = HERE / "results" / "pycache"
BENCH_HOME = "ALLGUIDE_BENCH_HOME"  # the children's temporary XDG folders


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


@dataclass
class Run:
    """One fresh process: its wall time, peak memory and what it printed."""

    spawned_ns: int
    ended_ns: int
    status: int
    maxrss_kib: int
    cpu_ms: float  # user + system: what a busy machine changes least
    stdout: str
    stderr: str
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def total_ms(self) -> float:
        return (self.ended_ns - self.spawned_ns) / 1e6

    def since_spawn_ms(self, key: str) -> float:
        """Milliseconds from the spawn to a time the child reported (``paint_ns``…)."""
        return (int(self.figures[key]) - self.spawned_ns) / 1e6


class ChildFailed(RuntimeError):
    """A child exited badly or printed no marker: the benchmark cannot go on."""


def run_child(argv: list[str], env: dict[str, str] | None = None, want_marker: bool = True) -> Run:
    """Start ``argv``, wait for it with ``os.wait4`` (for its own rusage) and parse its marker."""
    with tempfile.TemporaryFile("w+") as err:
        spawned = now_ns()
        child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
        killer = threading.Timer(TIMEOUT_S, child.kill)
        killer.start()
        try:
            assert child.stdout is not None
            out = child.stdout.read()
            _, wait_status, usage = os.wait4(child.pid, 0)
            ended = now_ns()
        finally:
            killer.cancel()
        child.returncode = os.waitstatus_to_exitcode(wait_status)
        child.stdout.close()
        err.seek(0)
        cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
        run = Run(spawned, ended, child.returncode, usage.ru_maxrss, cpu_ms, out, err.read())
    if run.status != 0:
        raise ChildFailed(f"{' '.join(argv)}: exit {run.status}\n{run.stderr[-2000:]}")
    if want_marker:
        lines = [line for line in out.splitlines() if line.startswith(MARKER)]
        if not lines:
            tail = out[-2000:] + run.stderr[-2000:]
            raise ChildFailed(f"{' '.join(argv)}: no marker line\n{tail}")
        run.figures = json.loads(lines[-1].removeprefix(MARKER))
    return run


def child_env(platform_name: str = "offscreen") -> dict[str, str]:
    """The children's environment: a Qt platform, settings in a fresh folder (every
    start is a first start, and the user's own settings are never touched), and
    bytecode cached as in an installed app. This sandbox sets PYTHONDONTWRITEBYTECODE
    and the checkout has no ``__pycache__``, which would make every start compile
    AllGuide's sources again; the cache goes to ``results/pycache``, not the tree.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["QT_QPA_PLATFORM"] = platform_name
    home = tempfile.mkdtemp(prefix="allguide-bench-home-")
    env["XDG_CONFIG_HOME"] = home + "/config"  # settings
    env["XDG_DATA_HOME"] = home + "/data"  # the diagnostics log
    env[BENCH_HOME] = home
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    return env


def bare_argv(png: Path, settle_ms: int = 0, size: tuple[int, int] | None = None) -> list[str]:
    """The bare window, as small as its label, or resized to ``size`` (width, height)."""
    argv = [sys.executable, str(BARE), str(png), str(settle_ms)]
    return [*argv, f"{size[0]}x{size[1]}"] if size else argv


def plain_argv(png: Path, settle_ms: int, size: tuple[int, int]) -> list[str]:
    """The same kind of window in plain PySide6 (a reference: what the widgets cost)."""
    return [sys.executable, str(PLAIN), str(png), str(settle_ms), f"{size[0]}x{size[1]}"]


def app_argv(png: Path, view: str | None = None, settle_ms: int = 0) -> list[str]:
    argv = [sys.executable, str(APP), str(png), "--settle-ms", str(settle_ms)]
    return argv + (["--open", view] if view else [])


def percentile(values: list[float], share: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: list[float]) -> dict[str, float]:
    """Median and spread of repeated measurements."""
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p25": percentile(values, 0.25),
        "p75": percentile(values, 0.75),
        "p95": percentile(values, 0.95),
        "min": min(values),
        "max": max(values),
    }


def spread(s: dict[str, float], digits: int = 0) -> str:
    """``median [p25–p75]`` for a table cell."""
    return f"{s['median']:.{digits}f} [{s['p25']:.{digits}f}–{s['p75']:.{digits}f}]"


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, Any]:
    """What the figures depend on, written next to them."""
    return {
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "pyside6": _version("PySide6") or _version("PySide6-Essentials"),
        "allguide": _version("allguide"),
        "git_commit": _git_commit(),
    }


def _git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()


BARE_SIDES = ("bare", "bare_same_size")  # as small as its label; AllGuide's window's size


def interleaved_starts(
    runs: int, env: dict[str, str], folder: Path, settle_ms: int = 0, plain: bool = False
) -> dict[str, list[Run]]:
    """``runs`` fresh starts each of the bare window as small as its label ("bare"),
    the bare window at the size of AllGuide's first window ("bare_same_size", the size
    measured in AllGuide's warm-up start) and AllGuide ("app"), in turns (the order
    rotates), so all see the same machine state. Each child exits ``settle_ms`` after
    its first paint (the times are taken before). With ``plain``, the same kind of
    window in plain PySide6 ("plain", plain_window.py) takes its turn too.
    """
    starts: dict[str, list[Run]] = {side: [] for side in (*BARE_SIDES, "app")}
    run_child(bare_argv(folder / "warm-up.png"), env)  # bytecode written, files cached
    warm_app = run_child(app_argv(folder / "warm-up.png"), env)
    width, height = warm_app.figures["window_size"]
    argv_of = {
        "bare": lambda png: bare_argv(png, settle_ms),
        "bare_same_size": lambda png: bare_argv(png, settle_ms, (width, height)),
        "app": lambda png: app_argv(png, None, settle_ms),
    }
    if plain:
        argv_of["plain"] = lambda png: plain_argv(png, settle_ms, (width, height))
        starts["plain"] = []
    sides = list(argv_of)
    for index in range(runs):
        shift = index % len(sides)
        for side in sides[shift:] + sides[:shift]:
            starts[side].append(run_child(argv_of[side](folder / f"{side}-{index}.png"), env))
    return starts


def first_paint_ms(runs: list[Run]) -> list[float]:
    return [run.since_spawn_ms("paint_ns") for run in runs]


def ratio(app: dict[str, float], bare: dict[str, float]) -> float:
    return app["median"] / bare["median"]
