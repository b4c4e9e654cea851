"""Work that must wait until a window is on screen, done on the next turn after its first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

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
