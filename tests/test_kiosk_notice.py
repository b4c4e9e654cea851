"""What covers a kiosk window still says what every screen says: "This is information,
not medical advice: ask your care team", the content's date, and for a translation
that it is one. The countdown, the attract screen and the staff PIN prompt cover the
window's own banner, so each carries the notice itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from allguide.app import build_window, load, speak
from allguide.kiosk.pin import PinAttempts, hash_pin
from allguide.languages import Language
from allguide.mode import Mode
from allguide.ui.banner import DisclaimerBanner
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.overlay import Overlay
from allguide.ui.kiosk.pin_prompt import PinPrompt
from allguide.ui.mainwindow import MainWindow

OVERLAYS: dict[str, Callable[[MainWindow], Overlay]] = {
    "countdown": lambda window: Countdown(window, 20),
    "attract": lambda window: AttractScreen(window, window.languages),
    "pin": lambda window: PinPrompt(window, hash_pin("2468"), PinAttempts()),
}


@pytest.fixture(params=[Language.ENGLISH, Language.SPANISH], ids=lambda lang: lang.value)
def kiosk(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[MainWindow]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language: Language = request.param
    speak(app, language)
    try:
        window = build_window(load(language.value, None), language.value, False, mode=Mode.kiosk())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        speak(app, Language.ENGLISH)


@pytest.mark.parametrize("name", OVERLAYS)
def test_each_overlay_shows_the_notice_and_the_date(
    qtbot: QtBot, kiosk: MainWindow, name: str
) -> None:
    overlay = OVERLAYS[name](kiosk)
    overlay.cover()
    qtbot.waitUntil(overlay.isVisible)
    notices = [n for n in overlay.findChildren(DisclaimerBanner) if n.isVisible()]
    assert len(notices) == 1, "the notice shows on the overlay itself"
    notice = notices[0]
    assert notice.text() == kiosk.banner.text()  # the same words and date as the window's
    document = kiosk.content.document
    assert document is not None
    assert document.disclaimer in notice.text()
    if document.translation is not None:
        assert "traducción" in notice.text()
    # On top, whole, and inside what the overlay covers: nothing is drawn over it.
    shown = notice.geometry()
    assert overlay.rect().contains(shown)
    if name == "attract":  # opaque: the notice at the top
        assert shown.top() == 0
    else:  # seen through: exactly over the window's own banner, one notice not two
        banner = kiosk.banner
        assert shown.topLeft() == banner.mapTo(kiosk, banner.rect().topLeft())
        assert shown.size() == banner.size()
    assert notice.height() >= notice.minimumSizeHint().height()
    assert overlay.childAt(shown.center()) is not None
    assert overlay.childAt(shown.center()) in [
        notice,
        *notice.findChildren(type(notice.disclaimer_label)),
    ]
