"""A kiosk window fills the primary screen, frameless, and goes back whenever it is moved.

A window manager may un-fullscreen, move, resize or minimise the window (a stray
gesture, a keyboard shortcut it keeps for itself), and a screen may be rotated,
resized, unplugged or replaced as the primary one. Each of these is noticed (the
window's state, move and resize events; the application's and the screen's signals)
and the window is put back on a later turn of the event loop, once however many came
at once. Putting it back is a no-op when it is already in place, so the events its
own return causes end there; a window manager that keeps refusing is asked again
less and less often, never in a tight loop.
"""

from __future__ import annotations

import contextlib
import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from allguide.mode import Mode
from allguide.ui.kiosk.guard import keep_until_destroyed

WATCHED_EVENTS = frozenset(
    {QEvent.Type.WindowStateChange, QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show}
)
# After this many returns in a row that did not hold, wait longer before the next one.
QUICK_RETURNS = 3
PATIENT_RETURN_MS = 500


class FullScreenLock(QObject):
    """Holds one window frameless and full screen on the primary screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("fullScreenLock")
        # Weakly: the window owns this lock, which would otherwise keep it alive.
        self._window_ref = weakref.ref(window)
        self._designed_minimum = window.minimumSize()
        self._misses = 0  # returns in a row after which the window was still out of place
        self._screen: QScreen | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.restore)
        shown = window.isVisible()
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # hides a shown window
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.primaryScreenChanged.connect(self._on_primary_screen_changed)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)
        self._follow(QGuiApplication.primaryScreen())
        window.installEventFilter(self)
        keep_until_destroyed(self)
        self._place()
        if shown:
            window.show()

    def target(self) -> QRect:
        """Where the window belongs: all of the primary screen."""
        return QGuiApplication.primaryScreen().geometry()

    def _window(self) -> QWidget | None:
        """The window, unless it is being deleted."""
        window = self._window_ref()
        return window if window is not None and shiboken6.isValid(window) else None

    def in_place(self) -> bool:
        window = self._window()
        if window is None:
            return True
        state = window.windowState()
        return (
            bool(state & Qt.WindowState.WindowFullScreen)
            and not state & Qt.WindowState.WindowMinimized
            and window.geometry() == self.target()
            and window.screen() is QGuiApplication.primaryScreen()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED_EVENTS:  # only the window's: it is the one watched
            self.check_soon()
        return False

    def check_soon(self) -> None:
        """Look again on a later turn, once however many reasons came meanwhile."""
        if not self._timer.isActive():
            self._timer.start(PATIENT_RETURN_MS if self._misses >= QUICK_RETURNS else 0)

    @Slot()
    def restore(self) -> None:
        """Put the window back, if it is shown and out of place."""
        window = self._window()
        if window is None or not window.isVisible():  # not shown yet, or closed
            return
        if self.in_place():
            self._misses = 0
            return
        self._misses += 1
        self._place()
        window.showFullScreen()

    def _place(self) -> None:
        """Onto the primary screen, its whole size, full screen (applied when shown)."""
        window = self._window()
        if window is None:
            return
        screen = QGuiApplication.primaryScreen()
        if window.screen() is not screen:
            window.setScreen(screen)
        area = screen.geometry()
        # A screen smaller (or turned upright) below the window's designed minimum
        # still gets all of it, never a window hanging off its edge.
        window.setMinimumSize(self._designed_minimum.boundedTo(area.size()))
        window.setGeometry(area)
        state = window.windowState() & ~(
            Qt.WindowState.WindowMinimized | Qt.WindowState.WindowMaximized
        )
        window.setWindowState(state | Qt.WindowState.WindowFullScreen)

    def _follow(self, screen: QScreen) -> None:
        """Watch the primary screen's geometry (rotated, resized), and only its."""
        if self._screen is screen:
            return
        if self._screen is not None:
            # An unplugged screen may be gone already, its connection with it.
            with contextlib.suppress(RuntimeError, TypeError):
                self._screen.geometryChanged.disconnect(self._on_screens_changed)
        self._screen = screen
        screen.geometryChanged.connect(self._on_screens_changed)

    @Slot(QScreen)
    def _on_primary_screen_changed(self, screen: QScreen) -> None:
        self._follow(screen)
        self.check_soon()

    @Slot()
    def _on_screens_changed(self) -> None:
        self._follow(QGuiApplication.primaryScreen())
        self.check_soon()


def install(window: QWidget, mode: Mode) -> FullScreenLock | None:
    """Lock ``window`` in full screen if ``mode`` says so (a kiosk)."""
    return FullScreenLock(window) if mode.locks_full_screen else None
