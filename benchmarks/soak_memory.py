"""Memory over a long session in one window: resident memory before and after N steps.

Run: python benchmarks/soak_memory.py [--steps 8000] [--warm-up 2000] [--seed 9]
Prints figures only; it asserts nothing (tests/test_soak.py does, with the same
session from tests/soak.py: pages, tree keys, typed searches, views, back/forward).
Offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: tests.soak is found from the root
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from allguide.app import application, build_window, load  # noqa: E402
from tests.soak import KIB, Soak  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=8000)
    parser.add_argument("--warm-up", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as settings_dir:  # kiosk: nothing is written anyway
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, settings_dir)
        app = application()
        window = build_window(load("en", None), "en", persistent=False, kiosk=True)
        window.show()
        app.processEvents()
        session = Soak(window, QTest, seed=args.seed)
        started = time.perf_counter()
        growth = session.measure(args.warm_up, args.steps)
        seconds = time.perf_counter() - started
        start, end = growth.resident
        print(f"soak, {args.warm_up} warm-up steps then {args.steps} (seed {args.seed}):")
        if start is None or end is None:
            print("  resident memory: not measurable here (no /proc/self/statm)")
        else:
            print(f"  resident memory after the warm-up: {start / KIB:,.0f} KiB")
            print(f"  resident memory at the end:        {end / KIB:,.0f} KiB")
        heap_start, heap_end = growth.heap
        if heap_start is not None and heap_end is not None:
            print(f"  C heap in use after the warm-up:   {heap_start / KIB:,.0f} KiB")
            print(f"  C heap in use at the end:          {heap_end / KIB:,.0f} KiB")
        print(f"  {growth.summary()}")
        print(f"  longest back or forward history: {session.longest_history} steps")
        print(f"  {seconds:.1f} s, {1000 * seconds / (args.warm_up + args.steps):.1f} ms a step")
        window.close()


if __name__ == "__main__":
    main()
