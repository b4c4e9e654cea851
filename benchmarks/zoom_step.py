"""What one text-size step costs (issue 14, section 1): Ctrl++ or Ctrl+- with every view
built, until the window is laid out again and painted.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/zoom_step.py [--runs N] [--lang L]
Each run steps up (100 -> 110 %) and back down; printed: the median and the slowest step
in wall and CPU milliseconds, the font change alone (Qt's events delivered) and with a
paint of the window (``grab``), and at 200 % (175 <-> 200 %).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from allguide.app import Appearance, application, apply_appearance, build_window, load
from allguide.ui.views import VIEWS
from allguide.ui.zoom import set_text_scale


def timed(step: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    step()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    app = application()
    apply_appearance(app, Appearance())
    window = build_window(load(args.lang, None), args.lang, persistent=False)
    window.show()
    for show in VIEWS.values():  # every view built and laid out once
        show(window)
        app.processEvents()
    VIEWS["section"](window)  # a reader page in front, the rest built behind it
    app.processEvents()

    def step(scale: float, paint: bool) -> Callable[[], object]:
        def run() -> None:
            set_text_scale(app, scale)
            app.processEvents()  # the new font reaches every widget; layouts run
            if paint:
                window.grab()

        return run

    for low, high in ((1.0, 1.1), (1.75, 2.0)):
        for paint in (False, True):
            walls: list[float] = []
            cpus: list[float] = []
            for _ in range(args.runs):
                for scale in (high, low):
                    wall, cpu = timed(step(scale, paint))
                    walls.append(wall)
                    cpus.append(cpu)
            what = "step and paint" if paint else "step"
            print(
                f"{low:.0%} <-> {high:.0%} {what}: median {statistics.median(walls):.1f} ms "
                f"(CPU {statistics.median(cpus):.1f} ms), slowest {max(walls):.1f} ms, "
                f"{len(walls)} steps"
            )
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
