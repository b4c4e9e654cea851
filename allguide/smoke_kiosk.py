"""The kiosk's part of ``allguide --smoke-test --kiosk`` (imported only in kiosk mode).

Beyond the pages and views every start shows, a kiosk must: refuse a close request
from the window system and stay full screen; type a search on its own on-screen
keyboard; show its own views (keyboard, countdown, attract screen, a QR code); and,
after a short idle time, warn, then forget its visitor: a new window at the home page
in the starting language, the attract screen over it, nothing of the visitor left.
Each failure is a ``SmokeFailure`` that says which.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from allguide.app import open_session
from allguide.diagnostics import Diagnostics
from allguide.languages import DEFAULT, Language
from allguide.mode import Mode
from allguide.smoke import SmokeFailure
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.overlay import Overlay
from allguide.ui.kiosk.views import clear_overlays, keyboard_of, sample_query, type_on_keyboard
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View

# Short enough for a smoke test, long enough for the window to be built and shown first.
SMOKE_IDLE_SECONDS = 0.3
SMOKE_COUNTDOWN_SECONDS = 0.3
RESET_DEADLINE_MS = 20_000  # a loaded machine is slow; a kiosk that never resets is caught


def check_kiosk(window: MainWindow, mode: Mode) -> None:
    """The shown kiosk window refuses a close request and types on its keyboard."""
    check_close_refused(window, mode)
    check_keyboard_types_a_search(window)


def check_close_refused(window: MainWindow, mode: Mode) -> None:
    """Alt+F4 or a window manager's close reaches the window as its QWindow's close."""
    handle = window.windowHandle()
    if handle is None:
        raise SmokeFailure("the kiosk window has no window on the screen")
    if handle.close() or not window.isVisible():
        raise SmokeFailure("a close request closed the kiosk")
    QApplication.processEvents()
    if mode.locks_full_screen and not window.isFullScreen():
        raise SmokeFailure("the kiosk is not full screen after a close request")


def check_keyboard_types_a_search(window: MainWindow) -> None:
    window.navigator.home()
    window.search_box.clear()
    query = sample_query(window)
    if not type_on_keyboard(window, query):
        raise SmokeFailure(f"the on-screen keyboard cannot type '{query}'")
    if window.search_box.text() != query:
        raise SmokeFailure(f"the on-screen keyboard typed '{window.search_box.text()}'")
    keyboard = keyboard_of(window)
    assert keyboard is not None  # type_on_keyboard found it
    keyboard.enter_key.click()
    QApplication.processEvents()
    if window.navigator.current_view is not View.SEARCH:
        raise SmokeFailure("the on-screen keyboard's Search key did not search")
    if window.search_panel.model.rowCount() == 0:
        raise SmokeFailure(f"the on-screen keyboard's search for '{query}' found nothing")
    window.search_box.clear()


def check_kiosk_view(window: MainWindow, name: str) -> None:
    """What each of a kiosk's own views must show."""
    shown = {type(o) for o in window.findChildren(Overlay) if o.isVisible()}
    keyboard = keyboard_of(window)
    if name == "keyboard" and (keyboard is None or not keyboard.isVisible()):
        raise SmokeFailure("the keyboard view shows no on-screen keyboard")
    if name == "countdown" and Countdown not in shown:
        raise SmokeFailure("the countdown view shows no countdown")
    if name == "attract" and AttractScreen not in shown:
        raise SmokeFailure("the attract view shows no attract screen")
    if name == "qr-code":
        code = window.reader.link_bar.qr_code
        if code is None or not code.isVisible() or not code.matrix:
            raise SmokeFailure("the QR code view shows no QR code")


def check_visitor_reset(
    app: QApplication,
    language: str,
    content_dir: Path | None,
    mode: Mode,
    diagnostics: Diagnostics,
) -> None:
    """A visitor searches and opens a page, then leaves: after the (short) idle time and
    countdown the kiosk starts over, with nothing of them left in its window."""
    short = Mode.kiosk(
        dataclasses.replace(
            mode.kiosk_settings,
            idle_seconds=SMOKE_IDLE_SECONDS,
            countdown_seconds=SMOKE_COUNTDOWN_SECONDS,
        )
    )
    starting = Language.parse(language) or DEFAULT
    session = open_session(app, starting, content_dir, short, diagnostics)
    if session is None:
        raise SmokeFailure("the kiosk session could not be built")
    reset = session.findChild(VisitorReset)
    if reset is None:
        raise SmokeFailure("the kiosk has no visitor reset")
    visitor = session.window
    try:
        visitor.show()
        visitor.search_box.search_now(sample_query(visitor))
        warned = _wait_for_reset(reset)
        if not warned.reset:
            raise SmokeFailure("the kiosk did not forget its visitor after the idle time")
        if not warned.countdown:
            raise SmokeFailure("the kiosk forgot its visitor without a countdown first")
        _check_forgotten(session.window, visitor, starting)
        if reset.attract is None or not reset.attract.isVisible():
            raise SmokeFailure("no attract screen after a visitor reset")
    finally:
        reset.stop()
        clear_overlays(session.window)
        session.window.close()
        session.window.deleteLater()
        session.deleteLater()
        QApplication.processEvents()


@dataclasses.dataclass
class _Seen:
    countdown: bool = False
    reset: bool = False


def _wait_for_reset(reset: VisitorReset) -> _Seen:
    """Run the event loop until the visitor is forgotten (or the deadline)."""
    seen = _Seen()
    loop = QEventLoop()

    def countdown() -> None:
        seen.countdown = True

    def done() -> None:
        seen.reset = True
        loop.quit()

    reset.countdownShown.connect(countdown)
    reset.visitorForgotten.connect(done)
    QTimer.singleShot(RESET_DEADLINE_MS, loop.quit)
    loop.exec()
    return seen


def _check_forgotten(window: MainWindow, visitor: MainWindow, starting: Language) -> None:
    if window is visitor:
        raise SmokeFailure("a visitor reset kept the visitor's window")
    if window.language not in (starting, None):
        raise SmokeFailure("a visitor reset did not go back to the starting language")
    if window.navigator.current_view is not View.HOME:
        raise SmokeFailure("a visitor reset did not go back to the home page")
    if window.search_box.text():
        raise SmokeFailure("a visitor reset left the visitor's search in the box")
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    if others:
        raise SmokeFailure(f"a visitor reset left {len(others)} other window(s) open")
