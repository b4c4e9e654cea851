"""The frozen baseline: a bare PySide6 window with a label, frozen with PyInstaller's defaults.

``frozen_startup.py`` freezes this file (one folder, nothing excluded, nothing
trimmed: the issue's "bare PySide6 window frozen with PyInstaller's defaults") and
starts it as ``frozen_bare_window [WIDTHxHEIGHT]``. It stops the clock exactly as the
frozen app does (``allguide.ui.first_paint.exit_at_first_paint_if_asked``, copied here
so the baseline imports nothing of AllGuide): with ``ALLGUIDE_FIRST_PAINT_FILE`` set,
on the event loop's turn after the window's first paint it writes
``{"paint_ns": time.monotonic_ns(), "window_size": [w, h]}`` into that file and exits.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

FIRST_PAINT_FILE_ENV = "ALLGUIDE_FIRST_PAINT_FILE"  # allguide.ui.first_paint's


class ExitAtFirstPaint(QObject):
    """On the turn after ``window``'s first paint: the time and size into ``path``, exit."""

    def __init__(self, window: QWidget, path: str) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._report)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self._timer.start(0)
        return False

    def _report(self) -> None:
        painted_ns = time.monotonic_ns()
        size = [self._window.width(), self._window.height()]
        with open(self._path, "w", encoding="utf-8") as file:
            file.write(json.dumps({"paint_ns": painted_ns, "window_size": size}) + "\n")
        os._exit(0)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("AllGuide"))
    if len(sys.argv) > 1:
        width, height = (int(part) for part in sys.argv[1].split("x"))
        window.resize(width, height)
    path = os.environ.get(FIRST_PAINT_FILE_ENV)
    if path:
        ExitAtFirstPaint(window, path)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
