"""The baseline: a bare PySide6 window with a label, shown, painted and grabbed to PNG.

Run by ``startup.py`` as a fresh process:
``python benchmarks/bare_window.py PNG [SETTLE_MS] [WIDTHxHEIGHT]``.
Prints the marker line of ``first_paint.py`` and exits. Nothing else is done, so
the difference to ``allguide_start.py`` is what AllGuide itself costs.

Without a size the window is as small as its label (the issue's literal baseline).
With ``WIDTHxHEIGHT`` (AllGuide's first window, measured in its own child) it is
resized to that before it is shown: the backing store, the paint and the grab to
PNG grow with the window's pixels, so that is the fair baseline for a window's
memory and paint. The window's size is reported either way.
"""

from __future__ import annotations

import time

STARTED_NS = time.clock_gettime_ns(time.CLOCK_MONOTONIC)  # before any import of ours

import sys  # noqa: E402

from first_paint import paint_and_report  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main() -> None:
    png = sys.argv[1]
    settle_ms = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    size = sys.argv[3] if len(sys.argv) > 3 else ""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("AllGuide"))
    if size:
        width, height = (int(part) for part in size.split("x"))
        window.resize(width, height)

    paint_and_report(window, png, settle_ms, STARTED_NS)
    app.exec()


if __name__ == "__main__":
    main()
