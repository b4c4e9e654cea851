"""Small pieces of work done one per turn of the event loop, when nothing else waits."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot


class WhileTrue:
    """A step run again on the next idle turn for as long as it returns True: work
    whose size is known only as it goes (a word list's pieces, say)."""

    def __init__(self, step: Callable[[], bool]) -> None:
        self._step = step

    def __call__(self) -> bool:
        return self._step()


class IdleSteps(QObject):
    """Runs its steps one at a time from a zero-interval timer.

    Between two steps Qt handles the clicks, keys and paints that are waiting, so a
    step delays someone's input by at most its own length, never by the whole list.
    A step wrapped in ``WhileTrue`` keeps its place while it returns True. Emits
    ``finished`` after the last step.

    Its owner (a window) may be deleted at any time, a step's own work included: Qt then
    deletes these steps' timer with it, and whoever still holds this Python object (a
    paint, a test's held warm-up) finds that nothing is left to do, not an error.
    """

    finished = Signal()

    def __init__(
        self, steps: Iterable[Callable[[], object]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._steps = deque(steps)
        self._started = False
        self._timer = QTimer(self)  # a child: it stops when the owner is deleted
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_next)

    @property
    def started(self) -> bool:
        return self._started

    def pending(self) -> int:
        """How many steps have not run yet (or not to their end)."""
        return len(self._steps)

    def start(self) -> None:
        """Begin (once; later calls do nothing)."""
        if not self._started:
            self._started = True
            if self._alive():
                self._timer.start()

    def stop(self) -> None:
        """Drop the steps not run yet."""
        self._steps.clear()
        if self._alive():
            self._timer.stop()

    def _alive(self) -> bool:
        """Whether the timer is still there (its owner not deleted); if not, no steps are."""
        if shiboken6.isValid(self) and shiboken6.isValid(self._timer):
            return True
        self._steps.clear()  # their window is gone: nothing left for them to do
        return False

    @Slot()
    def _run_next(self) -> None:
        if not self._steps:
            return
        step = self._steps.popleft()
        again = step()
        if again is True and isinstance(step, WhileTrue):
            self._steps.appendleft(step)
        if not self._alive():  # the step's work deleted the owner (and so the timer)
            return
        if self._steps:
            self._timer.start()
        else:
            self.finished.emit()
