"""Quick start-up check (issue 10, section 5): fail when AllGuide's start regresses badly.

Run: python benchmarks/startup_check.py [--runs N] [--limit X]
A few interleaved fresh starts of the bare PySide6 window (as small as its label,
and at the size of AllGuide's first window) and of AllGuide (the same children as
``startup.py``), to the first paint. Exits 1 with a message when AllGuide's fastest
start exceeds ``--limit`` (default 2) times the fastest bare window of the same
size (the budget's baseline, see ``startup.py``; the label-size ratio is shown too).
Best of N, as ``timeit`` does: a busy machine only ever makes a start
slower, so with the loose margin, noise cannot fail it. The medians are printed
too; the full measurement is ``startup.py``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from procstats import (
    BENCH_HOME,
    ChildFailed,
    child_env,
    first_paint_ms,
    interleaved_starts,
    ratio,
    spread,
    summary,
)

LIMIT = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="starts of each side (default 5)")
    parser.add_argument("--limit", type=float, default=LIMIT, help="largest ratio allowed")
    parser.add_argument("--platform", default="offscreen", help="Qt platform of the children")
    args = parser.parse_args()
    env = child_env(args.platform)
    try:
        with tempfile.TemporaryDirectory(prefix="allguide-check-") as name:
            starts = interleaved_starts(args.runs, env, Path(name))
    except ChildFailed as failure:
        print(f"startup check: a start failed: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(env[BENCH_HOME], ignore_errors=True)
    label = summary(first_paint_ms(starts["bare"]))
    bare = summary(first_paint_ms(starts["bare_same_size"]))
    app = summary(first_paint_ms(starts["app"]))
    times = app["min"] / bare["min"]
    cpu_bare = summary([run.cpu_ms for run in starts["bare_same_size"]])
    cpu_app = summary([run.cpu_ms for run in starts["app"]])
    width, height = starts["bare_same_size"][0].figures["window_size"]
    print(f"start to first paint of {args.runs} starts each: fastest, median [p25-p75]")
    print(f"  bare, label size     {label['min']:6.0f} ms  {spread(label):>16} ms")
    same_size = f"bare, {width}x{height}"
    print(f"  {same_size:<20} {bare['min']:6.0f} ms  {spread(bare):>16} ms")
    print(f"  AllGuide             {app['min']:6.0f} ms  {spread(app):>16} ms")
    print(f"  ratio to label size  {app['min'] / label['min']:8.2f}x  {ratio(app, label):15.2f}x")
    print(f"  ratio to same size   {times:8.2f}x  {ratio(app, bare):15.2f}x", end="")
    print(f"   (limit {args.limit:g}x)")
    print(
        f"  CPU time, median     {cpu_bare['median']:.0f} and {cpu_app['median']:.0f} ms: "
        f"{ratio(cpu_app, cpu_bare):.2f}x (shown only: a busy machine changes it least)"
    )
    sys.stdout.flush()  # the figures before the verdict, also when both go to one terminal
    if times > args.limit:
        print(
            f"startup check FAILED: AllGuide takes {times:.2f} times as long as a bare "
            "PySide6 window of the same size to first paint, "
            f"best of {args.runs} (limit {args.limit:g}x). "
            "Profile the start (python benchmarks/startup.py shows it step by step) "
            "and keep work off it.",
            file=sys.stderr,
        )
        return 1
    print("startup check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
