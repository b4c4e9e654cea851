"""Child side of the start-up benchmark: notice the first paint, grab it, report, exit.

Shared by ``bare_window.py`` (the baseline) and ``allguide_start.py`` (the real
app), so both sides stop the clock in exactly the same way. The parent
(``startup.py``) reads one line starting with ``MARKER`` from stdout.

Times are CLOCK_MONOTONIC nanoseconds, the same clock in every process on one
machine, so the parent subtracts its own spawn time from them without counting
the pipe.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

MARKER = "ALLGUIDE-BENCH "


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def peak_rss_kib() -> int | None:
    """This process's own high-water resident size (VmHWM), counted after exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def report(figures: dict[str, object]) -> None:
    """Print the one marker line the parent waits for."""
    figures["vm_hwm_kib"] = peak_rss_kib()
    sys.stdout.write(MARKER + json.dumps(figures) + "\n")
    sys.stdout.flush()


def finish(status: int = 0) -> None:
    """Leave at once: tearing Qt down is not part of start-up, for either side."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


class FirstPaint(QObject):
    """Calls ``then`` once, on the next turn of the event loop after ``window``'s
    first paint event: by then the whole window has been painted, children too
    (one repaint paints the window and all its children in one go).
    """

    def __init__(self, window: QWidget, then: Callable[[int], None]) -> None:
        super().__init__(window)
        self._then = then
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._then(now_ns()))
        return False


def paint_and_report(window: QWidget, png: str, settle_ms: int, started_ns: int) -> None:
    """Show ``window``, and at its first paint grab it to ``png``, settle, report, exit:
    the end of every baseline window's run (bare_window.py, plain_window.py)."""

    def painted(at: int) -> None:
        grabbed = grab_to_png(window, png)
        hwm_at_png = peak_rss_kib()
        settle(settle_ms)
        report(
            {
                "main_ns": started_ns,
                "paint_ns": at,
                "png_ns": grabbed,
                "hwm_png_kib": hwm_at_png,
                "window_size": [window.width(), window.height()],
            }
        )
        finish()

    FirstPaint(window, painted)
    window.show()


def settle(ms: int) -> None:
    """Let the event loop run for ``ms``: work an app leaves for after its first paint
    (an idle timer building views) happens then, as it would before anyone clicks, and
    counts into the peak memory the parent reads at exit.
    """
    if ms > 0:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()


def grab_to_png(window: QWidget, path: str) -> int:
    """Render the window again into a PNG file, as the issue's baseline does; its end time."""
    if not window.grab().save(path, "PNG"):
        print(f"could not write {path}", file=sys.stderr)
        finish(3)
    return now_ns()


class PaintWatch(QObject):
    """Whether ``window`` was repainted since ``reset``: Qt repaints a window's widgets
    (those of a view shown in it too) while handling the window's UpdateRequest.

    On the window only, not on the application: an application-wide filter hands every
    object that gets an event to Python, Qt's own too (a QWidgetWindow), and the first
    such object makes PySide build a Python type for every QObject class it has
    (~70 types and their enums, ~6 ms), which the app itself never pays.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._window = window
        window.installEventFilter(self)

    def reset(self) -> None:
        self.painted = False

    def stop(self) -> None:
        self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self.painted = True
        return False


def time_until_painted(
    app: QApplication, window: QWidget, action: Callable[[], object], limit_s: float
) -> float:
    """Milliseconds from ``action`` until its change is painted in ``window`` (events
    processed until the window was repainted and the queue is empty), or -1 if no
    paint came within ``limit_s``.
    """
    watch = PaintWatch(window)
    start = now_ns()
    action()
    deadline = start + int(limit_s * 1e9)
    while True:
        app.processEvents()
        if watch.painted:
            break
        if now_ns() > deadline:
            return -1.0
    elapsed = (now_ns() - start) / 1e6
    watch.stop()
    return elapsed
