"""Noticing that nobody is using the kiosk: no touch, click, key or wheel for a while.

One application-wide event filter sees every person's input, in the main window, in a
popup, in an overlay, before it is delivered, so no widget has to report it. It keeps
itself the first of the application's filters: the kiosk's guard, installed whenever a
window shows, eats the keys it refuses (Escape, say), and a visitor pressing Escape to
send the countdown away is still a visitor. Only
spontaneous input counts (the window system's: a touch, a mouse, a keyboard), never an
event the code itself sends (an on-screen key's own key event, say: the touch that
pressed it has counted already).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class InputKind(enum.Enum):
    POINTER = "pointer"  # a touch, a click, a move, a wheel
    KEY = "key"


_POINTER_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once input has stopped for ``idle_seconds`` while armed, and
    ``inputSeen`` on every person's input, armed or not.

    Disarmed (the attract screen, a countdown), input restarts nothing: the caller
    decides what a touch means then.
    """

    idle = Signal()
    inputSeen = Signal(object)  # an InputKind

    def __init__(self, idle_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, round(idle_seconds * 1000)))
        self._timer.timeout.connect(self.idle)
        self._armed = False
        self._installed_on: QCoreApplication | None = None
        # A window shown may bring a filter that would see input before this one.
        self._first_again = QTimer(self)
        self._first_again.setSingleShot(True)
        self._first_again.setInterval(0)
        self._first_again.timeout.connect(self._be_first)

    @property
    def armed(self) -> bool:
        return self._armed

    def install(self) -> None:
        """Watch the whole application's input (until ``uninstall``)."""
        app = QCoreApplication.instance()
        if app is not None and self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app

    def _be_first(self) -> None:
        """Installed again, the filter is called before every other (Qt: last in, first)."""
        if self._installed_on is not None:
            self._installed_on.installEventFilter(self)

    def uninstall(self) -> None:
        self.disarm()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def arm(self) -> None:
        """Count the quiet time from now."""
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note a person's input; never stops or changes it."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if event.spontaneous():
                self._seen(InputKind.KEY)
        elif kind in _POINTER_EVENTS and event.spontaneous():
            self._seen(InputKind.POINTER)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._first_again.start()  # after the window's own filters are put in place
        return False

    def _seen(self, kind: InputKind) -> None:
        if self._armed:
            self._timer.start()
        self.inputSeen.emit(kind)
