"""AllGuide's real start, timed to its first paint: the app side of ``startup.py``.

Run as a fresh process:
``python benchmarks/allguide_start.py PNG [--settle-ms MS] [--open VIEW] [--profile OUT]``.
It imports ``allguide.cli`` and calls ``main([])`` exactly as the ``allguide``
command does, so whatever ``run_gui`` does today is what is measured. Hooks only
watch: the steps of ``allguide.app`` (``start_diagnostics`` while it exists,
``application``, ``apply_appearance``, ``load``, ``build_window`` and the window's
``show``) are wrapped to note when they start and end, and the window built is
watched for its first paint. Then the window is grabbed to PNG, the marker line
is printed and the process exits.

``--settle-ms MS`` first lets the event loop run for MS (work left for after the
first paint happens, and its memory counts). ``--open VIEW`` then opens one of
``allguide.ui.views.VIEWS`` (section, side-effects, search, timeline) for the first
time and times it until painted. ``--profile OUT`` writes cProfile statistics of
the start (to the first paint).
"""

from __future__ import annotations

import time

STARTED_NS = time.clock_gettime_ns(time.CLOCK_MONOTONIC)  # before any import of ours

import argparse  # noqa: E402
import functools  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

from first_paint import (  # noqa: E402
    FirstPaint,
    finish,
    grab_to_png,
    now_ns,
    peak_rss_kib,
    report,
    settle,
    time_until_painted,
)

IMPORTED_HELPERS_NS = now_ns()

from allguide.cli import main as allguide_main  # noqa: E402  (what the console script runs)

IMPORTED_CLI_NS = now_ns()

import allguide.app as app_module  # noqa: E402  (run_gui imports it anyway)

IMPORTED_APP_NS = now_ns()

STEPS = ("application", "apply_appearance", "load", "build_window")  # run_gui's, hooked
OPTIONAL_STEPS = ("start_diagnostics",)  # timed too while they exist
OPEN_LIMIT_S = 5.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("png")
    parser.add_argument("--open", dest="view", default=None)
    parser.add_argument("--profile", default=None)
    parser.add_argument("--settle-ms", type=int, default=0)
    args = parser.parse_args()
    figures: dict[str, Any] = {
        "main_ns": STARTED_NS,
        "imports": {
            "first_paint_ns": IMPORTED_HELPERS_NS,
            "allguide.cli_ns": IMPORTED_CLI_NS,
            "allguide.app_ns": IMPORTED_APP_NS,
        },
        "steps": {},
    }
    profiler = None
    if args.profile:  # imported only then: the bare window imports nothing like it
        import cProfile

        profiler = cProfile.Profile()

    def painted(at: int) -> None:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        window = figures.pop("_window")
        figures["paint_ns"] = at
        figures["window_size"] = [window.width(), window.height()]  # the same-size baseline's
        figures["png_ns"] = grab_to_png(window, args.png)
        figures["hwm_png_kib"] = peak_rss_kib()
        settle(args.settle_ms)
        if args.view:
            from PySide6.QtWidgets import QApplication

            from allguide.ui.views import VIEWS

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            action = functools.partial(VIEWS[args.view], window)
            figures["open_ms"] = time_until_painted(app, window, action, OPEN_LIMIT_S)
            figures["view"] = args.view
        report(figures)
        finish()

    def timed(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(step)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = now_ns()
            result = step(*args, **kwargs)
            figures["steps"][name] = (start, now_ns())
            if name == "build_window":
                figures["_window"] = result
                FirstPaint(result, painted)
                result.show = timed("show", result.show)
            return result

        return wrapper

    for name in STEPS + OPTIONAL_STEPS:
        if hasattr(app_module, name):
            setattr(app_module, name, timed(name, getattr(app_module, name)))
        elif name in STEPS:
            raise SystemExit(
                f"allguide_start.py: allguide.app.{name} is gone; update the benchmark's hooks"
            )
    if profiler is not None:
        profiler.enable()
    status = allguide_main([])
    raise SystemExit(f"allguide_start.py: the app ended ({status}) before its first paint")


if __name__ == "__main__":
    main()
