"""The baseline: a bare PySide6 window with a label, shown, painted and grabbed to PNG.

Run by ``startup.py`` as a fresh process: ``python benchmarks/bare_window.py PNG [SETTLE_MS]``.
Prints the marker line of ``first_paint.py`` and exits. Nothing else is done, so
the difference to ``allguide_start.py`` is what AllGuide itself costs.
"""

from __future__ import annotations

import time

STARTED_NS = time.clock_gettime_ns(time.CLOCK_MONOTONIC)  # before any import of ours

import sys  # noqa: E402

from first_paint import FirstPaint, finish, grab_to_png, peak_rss_kib, report, settle  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main() -> None:
    png = sys.argv[1]
    settle_ms = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("AllGuide"))

    def painted(at: int) -> None:
        grabbed = grab_to_png(window, png)
        hwm_at_png = peak_rss_kib()
        settle(settle_ms)
        report(
            {"main_ns": STARTED_NS, "paint_ns": at, "png_ns": grabbed, "hwm_png_kib": hwm_at_png}
        )
        finish()

    FirstPaint(window, painted)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
