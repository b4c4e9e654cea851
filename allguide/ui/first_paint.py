"""Work that must wait until a window is on screen, done on the next turn after its first paint."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

# For the frozen start-up benchmark (benchmarks/frozen_startup.py), which cannot put its
# own code into a frozen app: a file the run writes its first paint into, then exits.
FIRST_PAINT_FILE_ENV = "ALLGUIDE_FIRST_PAINT_FILE"

# A window that is never painted (hidden, minimised, on a screen that is off) still
# gets its work done this long after it was built: nothing may wait for ever.
AT_MOST_MS = 3000


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after ``window`` is first painted
    (so the paint reaches the screen first), or ``at_most_ms`` after it was made."""

    def __init__(
        self, window: QWidget, then: Callable[[], None], at_most_ms: int = AT_MOST_MS
    ) -> None:
        super().__init__(window)  # goes with the window
        self._window = window
        self._then = then
        self._done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(at_most_ms)
        window.installEventFilter(self)

    @property
    def done(self) -> bool:
        return self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self._timer.start(0)
        return False

    @Slot()
    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._then()


def exit_at_first_paint_if_asked(window: QWidget, environ: Mapping[str, str] = os.environ) -> None:
    """With ``ALLGUIDE_FIRST_PAINT_FILE`` set, write the time of ``window``'s first paint
    (``time.monotonic_ns()``, the turn after the paint) and its size as JSON into that
    file, and end the process at once: how the frozen start-up benchmark times a frozen
    app from the outside. Unset (every real run), it costs one lookup.
    """
    path = environ.get(FIRST_PAINT_FILE_ENV)
    if not path:
        return

    def report() -> None:
        import json

        painted_ns = time.monotonic_ns()
        figures = {"paint_ns": painted_ns, "window_size": [window.width(), window.height()]}
        with open(path, "w", encoding="utf-8") as file:
            file.write(json.dumps(figures) + "\n")
        os._exit(0)  # tearing Qt down is not part of the start

    AfterFirstPaint(window, report)
