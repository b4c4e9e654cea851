"""Child side of ``memory_breakdown.py``: start, paint, grab, then read /proc/self/smaps.

``python benchmarks/memory_probe.py app|bare PNG SETTLE_MS [WIDTHxHEIGHT] [--tracemalloc]``.
``app`` runs ``allguide.cli.main([])`` as the ``allguide`` command does; ``bare`` is
``bare_window.py``'s window at the given size. Both take the same snapshot at the
first paint (after the grab to PNG) and after ``SETTLE_MS`` of event loop, and
print one marker line.
"""

from __future__ import annotations

import sys

TRACE = "--tracemalloc" in sys.argv
if TRACE:
    import tracemalloc

    tracemalloc.start(1)

import functools  # noqa: E402
import os  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from first_paint import FirstPaint, finish, grab_to_png, report, settle  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget  # noqa: E402


def smaps() -> dict[str, Any]:
    """Resident KiB per mapped path (anonymous mappings under "")."""
    mappings: dict[str, dict[str, int]] = {}
    current: dict[str, int] = {}
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if not head:
            continue
        if not head[0].endswith(":"):
            path = head[5] if len(head) > 5 else ""
            current = mappings.setdefault(path, {})
        elif head[0] in ("Rss:", "Private_Dirty:", "Private_Clean:", "Anonymous:"):
            key = head[0][:-1]
            current[key] = current.get(key, 0) + int(head[1])
    rollup: dict[str, int] = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        rollup[name] = int(value.split()[0])
    return {
        "mappings": mappings,
        "rss_kib": rollup["Rss"],
        "anon_kib": rollup["Anonymous"],
        "file_kib": rollup["Rss"] - rollup["Anonymous"],
        "modules": sorted(sys.modules),
        "tracemalloc": python_allocations() if TRACE else None,
    }


def package_of(filename: str) -> str:
    """A Python file's package, as a person would name it (allguide.ui.home, yaml...)."""
    path = filename.replace("\\", "/")
    if "/allguide/" in path:
        parts = path.split("/allguide/", 1)[1].split("/")
        return "allguide." + ".".join(p.removesuffix(".py") for p in parts[:2])
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/")[0]
    if "/lib/python3" in path:
        return "stdlib." + path.split("/lib/python3", 1)[1].split("/")[1].removesuffix(".py")
    return path


def python_allocations() -> list[tuple[str, float]]:
    totals: dict[str, float] = {}
    for stat in tracemalloc.take_snapshot().statistics("filename"):
        name = package_of(stat.traceback[0].filename)
        totals[name] = totals.get(name, 0.0) + stat.size / 1024
    return sorted(totals.items(), key=lambda item: -item[1])


def resident_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def watch_warm_up(figures: dict[str, Any]) -> None:
    """Resident MiB added by each step of the window's idle warm-up, keyed by the
    ``file:line`` of the step (``mainwindow.py``'s list), summed over repeats."""
    from allguide.ui import idle_steps

    steps: dict[str, list[float]] = {}
    figures["warm_up_steps"] = steps
    run_next = idle_steps.IdleSteps._run_next

    def measured(self: Any) -> None:
        pending = list(getattr(self, "_steps", ()))
        code = getattr(pending[0], "__code__", None) if pending else None
        before = resident_mib()
        run_next(self)
        if code is not None:
            where = f"{Path(code.co_filename).name}:{code.co_firstlineno}"
            count, added = steps.get(where, [0, 0.0])
            steps[where] = [count + 1, added + resident_mib() - before]

    idle_steps.IdleSteps._run_next = measured  # type: ignore[method-assign]


def snapshots(window: QWidget, png: str, settle_ms: int, figures: dict[str, Any]) -> None:
    grab_to_png(window, png)
    figures["window_size"] = [window.width(), window.height()]
    figures["first_paint"] = smaps()
    settle(settle_ms)
    figures["settled"] = smaps()
    report(figures)
    finish()


def main() -> None:
    mode, png, settle_ms = sys.argv[1], sys.argv[2], int(sys.argv[3])
    size = next((a for a in sys.argv[4:] if "x" in a and not a.startswith("-")), "")
    figures: dict[str, Any] = {}
    if mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("AllGuide"))
        if size:
            width, height = (int(part) for part in size.split("x"))
            window.resize(width, height)
        FirstPaint(window, lambda _at: snapshots(window, png, settle_ms, figures))
        window.show()
        app.exec()
        return
    import allguide.app as app_module
    from allguide.cli import main as allguide_main

    build = app_module.build_window

    @functools.wraps(build)
    def watched(*args: Any, **kwargs: Any) -> Any:
        window = build(*args, **kwargs)
        FirstPaint(window, lambda _at: snapshots(window, png, settle_ms, figures))
        return window

    app_module.build_window = watched
    watch_warm_up(figures)
    allguide_main([])


if __name__ == "__main__":
    main()
