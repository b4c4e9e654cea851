"""The staff exit: a gesture or a key sequence, the staff PIN, and the run ends.

How staff leave a kiosk (docs/kiosk.md says the same):

* the gesture: ``GESTURE_TAPS`` (5) taps within ``GESTURE_SECONDS`` (4 s) on the top
  corner of the notice at the top of the window (the disclaimer banner) at the side
  where lines start: the top left, or the top right when AllGuide speaks Arabic;
* or the keys ``Ctrl+Alt+Shift+K`` on a keyboard attached to the kiosk.

Either opens the PIN prompt (ui/kiosk/pin_prompt.py) inside the window. The right PIN
ends the run with ``QCoreApplication.exit(0)``: status 0, so a supervisor that restarts
AllGuide only after a failure leaves it stopped. Wrong PINs are slowed down
(``allguide.kiosk.pin.PinAttempts``, one for the whole run, so building a new window
by switching language or by a visitor reset does not start the count again).

With no PIN in the configuration (``Mode.staff_pin_hash`` is None) there is no staff
exit at all: neither the corner nor the keys do anything, and AllGuide is stopped from
the operating system. The log says "staff exit" or "wrong staff PIN", never a digit.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QStyle, QWidget

from allguide.kiosk.pin import PinAttempts
from allguide.mode import Mode
from allguide.ui.kiosk.pin_prompt import PinPrompt
from allguide.ui.mainwindow import MainWindow

GESTURE_TAPS = 5
GESTURE_SECONDS = 4.0
CORNER_SIDE = 64  # logical pixels: the corner a finger taps (at least 44)
KEY_SEQUENCE = "Ctrl+Alt+Shift+K"
EXIT_STATUS = 0  # the run ended on purpose: a supervisor does not restart it

# Wrong tries are counted for the whole run, whichever window asked.
PIN_ATTEMPTS = PinAttempts()

log = logging.getLogger(__name__)
_told_no_pin = False  # "no staff PIN" is said once a run, not on every new window


class StaffCorner(QWidget):
    """The banner's top corner at the start side: invisible, it counts taps."""

    tapped = Signal()

    def __init__(self, banner: QWidget) -> None:
        super().__init__(banner)
        self.setObjectName("staffCorner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resize(CORNER_SIDE, CORNER_SIDE)
        banner.installEventFilter(self)
        self._place()
        self.raise_()  # over the banner's words
        self.show()

    def _place(self) -> None:
        """At the top start corner: left, or right when the banner runs right to left."""
        banner = self.parentWidget()
        if banner is None:
            return
        side = min(CORNER_SIDE, banner.width(), banner.height()) or CORNER_SIDE
        start = QRect(0, 0, side, side)
        self.setGeometry(QStyle.visualRect(banner.layoutDirection(), banner.rect(), start))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutDirectionChange,
        ):
            self._place()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A tap (a touch reaches widgets as a press when nothing takes the touch)."""
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.tapped.emit()
            return
        super().mousePressEvent(event)


class StaffExit(QObject):
    """One kiosk window's staff exit: the corner, the keys and the PIN prompt."""

    promptOpened = Signal()

    def __init__(
        self,
        window: MainWindow,
        pin_hash: str,
        attempts: PinAttempts,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)  # its window owns it: found again with parent()
        self.setObjectName("staffExit")
        self._pin_hash = pin_hash
        self._attempts = attempts
        self.clock = clock  # when taps happened (tests set it)
        self._taps: deque[float] = deque(maxlen=GESTURE_TAPS)
        self.corner = StaffCorner(window.banner)
        self.corner.tapped.connect(self._tapped)
        self.shortcut = QShortcut(QKeySequence(KEY_SEQUENCE), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.ask_for_pin)
        self.prompt: PinPrompt | None = None  # built when first asked for

    def _window(self) -> MainWindow:
        """The window this exit belongs to: its parent, never an attribute of its own.

        A Python reference to the window here would make a cycle (the window owns this
        object) that only the garbage collector breaks, at a moment of its choosing,
        with Qt objects half gone: a crash, or a window that lives on after it closed."""
        window = self.parent()
        assert isinstance(window, MainWindow)  # made with its window as parent, goes with it
        return window

    @Slot()
    def _tapped(self) -> None:
        now = self.clock()
        self._taps.append(now)
        if len(self._taps) == GESTURE_TAPS and now - self._taps[0] <= GESTURE_SECONDS:
            self._taps.clear()
            self.ask_for_pin()

    @Slot()
    def ask_for_pin(self) -> None:
        """Open the PIN prompt over everything in the window (a countdown, too)."""
        if self.prompt is None:
            self.prompt = PinPrompt(self._window(), self._pin_hash, self._attempts)
            self.prompt.accepted.connect(self._leave)
            self.prompt.rejected.connect(self._refused)
        self.prompt.open_prompt()
        self.promptOpened.emit()

    @Slot()
    def _refused(self) -> None:
        log.warning("wrong staff PIN")

    @Slot()
    def _leave(self) -> None:
        log.info("staff exit")
        if self.prompt is not None:
            self.prompt.close_prompt()
        QCoreApplication.exit(EXIT_STATUS)


def install_staff_exit(window: MainWindow, mode: Mode) -> StaffExit | None:
    """The staff exit on ``window`` if ``mode`` has a PIN; else nothing (said once)."""
    global _told_no_pin
    pin_hash = mode.staff_pin_hash
    if pin_hash is None:
        # A window that refuses to close, and no PIN: say once how it is stopped.
        if not mode.can_be_closed and not _told_no_pin:
            log.info("no staff PIN configured: stop AllGuide from the operating system")
            _told_no_pin = True
        return None
    return StaffExit(window, pin_hash, PIN_ATTEMPTS)


def staff_exit_of(window: QWidget) -> StaffExit | None:
    """The staff exit installed on ``window``, if any."""
    return window.findChild(StaffExit, "staffExit", Qt.FindChildOption.FindDirectChildrenOnly)
