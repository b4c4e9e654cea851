"""What an overlay covers stays out of reach: while the PIN prompt, the countdown or the
attract screen shows, Tab stays on it and the window's own keys (Ctrl+F, Alt+Home) do
nothing underneath, so a visitor with a keyboard cannot type into a search box they
cannot see. When the last overlay goes, everything is as it was; when one of two goes,
the keyboard goes back to the one still showing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from allguide.kiosk.pin import PinAttempts, hash_pin
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.pin_prompt import PinPrompt
from allguide.ui.mainwindow import MainWindow

Build = Callable[..., MainWindow]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_under_the_pin_prompt_nothing_is_reached(qtbot: QtBot, build: Build) -> None:
    window = build(kiosk=True)
    window.navigator.open("chemotherapy")
    window.navigator.open("immunotherapy")
    assert window.back_action.isEnabled()
    prompt = PinPrompt(window, hash_pin("2468"), PinAttempts())
    prompt.open_prompt()
    qtbot.waitUntil(lambda: prompt.isAncestorOf(focus()) or focus() is prompt)
    for _ in range(12):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is prompt or prompt.isAncestorOf(focus()), focus()
    qtbot.keyClick(focus(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focus(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focus(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not window.search_box.hasFocus()
    assert window.navigator.current == "immunotherapy"
    assert not window.search_box.isEnabled() and not window.tree.isEnabled()
    prompt.close_prompt()
    qtbot.waitUntil(lambda: not prompt.isVisible())
    # All back as it was: Back still there to press, Forward still not.
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()
    assert window.search_box.isEnabled() and window.tree.isEnabled()
    assert window.find_action.isEnabled()


def test_the_keyboard_goes_back_to_the_prompt_when_the_countdown_goes(
    qtbot: QtBot, build: Build
) -> None:
    window = build(kiosk=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    prompt = PinPrompt(window, hash_pin("2468"), PinAttempts())
    prompt.open_prompt()
    countdown = Countdown(window, 20)
    countdown.stillHere.connect(countdown.stop)  # as the visitor reset does
    countdown.start()
    qtbot.waitUntil(countdown.isVisible)
    qtbot.mouseClick(countdown.still_here_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not countdown.isVisible())
    assert prompt.isVisible()
    assert not window.search_box.isEnabled()  # the prompt still covers the window
    for digit in (Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(focus(), digit)
    assert len(prompt.dots) == 2
