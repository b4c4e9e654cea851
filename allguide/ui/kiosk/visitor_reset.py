"""A kiosk forgets each visitor: after a quiet spell, a countdown; then a new window.

Untouched for ``idle_seconds`` -> the countdown overlay (``countdown_seconds``, "I'm
still here"); any touch or key keeps the visitor's place. At zero the session starts
over (ui/language/switch.py: a new window in the starting language and look, popups and
other windows closed, the clipboard cleared) and the attract screen waits for the next
visitor. The idle watcher stays disarmed until that visitor's first touch, so a kiosk
nobody uses is reset once, never in a loop.

The log says that a reset happened and how long it took, never what the visitor did.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Signal, Slot

from allguide.mode import IdleReset
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.idle import IdleWatcher, InputKind
from allguide.ui.language.switch import Session

log = logging.getLogger(__name__)


class VisitorReset(QObject):
    """Idle watcher, countdown and attract screen for one session's windows."""

    countdownShown = Signal()
    visitorForgotten = Signal()  # after each reset, once the attract screen shows

    def __init__(self, session: Session, idle: IdleReset) -> None:
        super().__init__(session)  # goes with the session (and its filter with it)
        self.setObjectName("visitorReset")
        self._countdown_seconds = idle.countdown_seconds
        self.watcher = IdleWatcher(idle.idle_seconds, self)
        self.watcher.idle.connect(self.warn)
        self.watcher.inputSeen.connect(self._on_input)
        self.countdown: Countdown | None = None
        self.attract: AttractScreen | None = None
        self.last_reset_ms: float | None = None  # how long the last reset took (benchmarks)
        session.switched.connect(self._on_new_window)
        self.watcher.install()
        self.watcher.arm()

    @property
    def _session(self) -> Session:
        """The session this reset belongs to: its parent, never an attribute of its own
        (the session owns this object; holding it back would be a cycle that only the
        garbage collector breaks, at a moment of its choosing, with Qt objects half gone)."""
        session = self.parent()
        assert isinstance(session, Session)  # made with its session as parent, goes with it
        return session

    def stop(self) -> None:
        """No more resets, and no application-wide filter left behind."""
        self.watcher.uninstall()
        if self.countdown is not None:
            self.countdown.stop()

    @Slot()
    def warn(self) -> None:
        """Quiet for long enough: the countdown, over the window in use (also called by
        the screenshots and the smoke test, so they need not wait)."""
        self.watcher.disarm()
        window = self._session.window
        if self.countdown is None or self.countdown.parentWidget() is not window:
            self.countdown = Countdown(window, self._countdown_seconds)
            self.countdown.stillHere.connect(self._keep_visitor)
            self.countdown.expired.connect(self.forget_visitor)
        self.countdown.start()
        self.countdownShown.emit()

    @Slot(object)
    def _on_new_window(self, window: object) -> None:
        """Another language's window: the old one's overlays go with it."""
        del window
        self.countdown = None
        self.attract = None

    @Slot(object)
    def _on_input(self, kind: InputKind) -> None:
        del kind  # a touch, a click or a key: each says someone is there
        if self.countdown is not None and self.countdown.running:
            self._keep_visitor()

    @Slot()
    def _keep_visitor(self) -> None:
        if self.countdown is not None:
            self.countdown.stop()
        if self.attract is None or not self.attract.isVisible():
            self.watcher.arm()

    @Slot()
    def forget_visitor(self) -> None:
        """The countdown reached zero: start over, then the attract screen (also called
        by the smoke test and the screenshots)."""
        began = time.perf_counter()
        self.countdown = None  # it goes with the last visitor's window
        window = self._session.start_over()
        self.attract = AttractScreen(window, window.languages)
        self.attract.started.connect(self._next_visitor)
        self.attract.languageChosen.connect(self._session.switch_to)
        self.attract.cover()
        self.last_reset_ms = (time.perf_counter() - began) * 1000
        log.info("visitor reset (%.0f ms)", self.last_reset_ms)
        self.visitorForgotten.emit()

    @Slot()
    def _next_visitor(self) -> None:
        """The next visitor's first touch: quiet time counts again from now."""
        self.attract = None
        self.watcher.arm()


def forget_each_visitor(session: Session, idle: IdleReset) -> VisitorReset:
    """Reset ``session`` for the next visitor after ``idle`` (a kiosk's Mode.idle_reset)."""
    return VisitorReset(session, idle)
