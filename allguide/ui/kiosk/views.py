"""A kiosk's own named views, for ``allguide screenshots --kiosk`` and the kiosk smoke test.

The kiosk home is the ``home`` view of a kiosk window; these add what only a kiosk
shows: the on-screen keyboard typing a search, the countdown before a visitor is
forgotten, the attract screen that waits for the next one, and a reference's web
address as a QR code. Each is shown on the window as a visitor would see it, and the
overlays one of them left are taken away first (``clear_overlays``), by every view of a
kiosk window (``kiosk_views``), so they can be shown in any order. Imported only in
kiosk mode (ui/views.py ``views_for``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from allguide.mode import DEFAULT_COUNTDOWN_SECONDS
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.keyboard import KeyboardWiring, OnScreenKeyboard
from allguide.ui.kiosk.overlay import Overlay
from allguide.ui.mainwindow import MainWindow
from allguide.ui.views import SAMPLE_QUERIES, SAMPLE_QUERY, VIEWS


def clear_overlays(window: MainWindow) -> None:
    """Take away the countdown or attract screen a view left over the window."""
    for overlay in window.findChildren(Overlay):
        if isinstance(overlay, Countdown):
            overlay.stop()
        if isinstance(overlay, Countdown | AttractScreen):
            overlay.hide()
            overlay.deleteLater()


def tap(widget: QWidget) -> None:
    """A press and release in the middle of ``widget``, as a touch screen gives them
    (sent by hand: Qt Test would put 0.7 MiB more into the frozen build)."""
    centre = QPointF(widget.rect().center())
    on_screen = QPointF(widget.mapToGlobal(centre))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        event = QMouseEvent(kind, centre, on_screen, left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def keyboard_of(window: MainWindow) -> OnScreenKeyboard | None:
    wiring = window.findChild(KeyboardWiring)
    return wiring.keyboard if isinstance(wiring, KeyboardWiring) else None


def type_on_keyboard(window: MainWindow, text: str) -> bool:
    """Touch the search box, then the keyboard's key for each letter of ``text``, as a
    visitor does; False when the keyboard has no key for one of them."""
    keyboard = keyboard_of(window)
    if keyboard is None:
        return False
    # A touch on the box (a press, as a touch screen gives): the keyboard comes up for it.
    tap(window.search_box)
    for letter in text:
        key: QPushButton | None = keyboard.space_key if letter == " " else None
        key = key or keyboard.keys.get(letter) or keyboard.keys.get(letter.upper())
        if key is None:
            return False
        key.click()
    return True


def sample_query(window: MainWindow) -> str:
    language = window.language.value if window.language else "en"
    return SAMPLE_QUERIES.get(language, SAMPLE_QUERY)


def _keyboard(window: MainWindow) -> None:
    """The keyboard up under the search box, the sample search typed on its keys."""
    clear_overlays(window)
    window.navigator.home()
    window.search_box.clear()
    if type_on_keyboard(window, sample_query(window)):
        window.search_box.search_now(window.search_box.text())
        keyboard = keyboard_of(window)
        if keyboard is not None:
            keyboard.show()  # still up over the results it typed


def _countdown(window: MainWindow) -> None:
    clear_overlays(window)
    idle = window.mode.idle_reset
    seconds = idle.countdown_seconds if idle is not None else DEFAULT_COUNTDOWN_SECONDS
    Countdown(window, seconds).start()


def _attract(window: MainWindow) -> None:
    clear_overlays(window)
    window.navigator.home()
    AttractScreen(window, window.languages).cover()


def _qr_code(window: MainWindow) -> None:
    """A reference's page, and its web address as a QR code (as after a touch on it)."""
    clear_overlays(window)
    reference = next((r for r in window.content.references if r.url.startswith("http")), None)
    if reference is None:
        return
    window.navigator.open(reference.id)
    window.reader.view.anchorClicked.emit(QUrl(reference.url))


KIOSK_VIEWS: dict[str, Callable[[MainWindow], None]] = {
    "keyboard": _keyboard,
    "countdown": _countdown,
    "attract": _attract,
    "qr-code": _qr_code,
}


def kiosk_views() -> dict[str, Callable[[MainWindow], None]]:
    """Every view of a kiosk window: the usual ones, each after taking away the overlay
    a view before it left, then the kiosk's own (which take theirs away themselves)."""
    return {**{name: _after_clearing(show) for name, show in VIEWS.items()}, **KIOSK_VIEWS}


def _after_clearing(show: Callable[[MainWindow], None]) -> Callable[[MainWindow], None]:
    def cleared_then_shown(window: MainWindow) -> None:
        clear_overlays(window)
        show(window)

    return cleared_then_shown
