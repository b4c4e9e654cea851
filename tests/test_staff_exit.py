"""The staff exit (issue 12, section 5): a gesture or keys, the PIN on an on-screen
keypad inside the window, wrong PINs slowed down, and the run ends with status 0.

Driven like a person: taps where a finger would tap (the widget under that point of
the window), keypad keys pressed, digits typed. The run's end is watched by standing
in for ``QCoreApplication.exit``: the test session's application goes on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import build_window, open_session, speak
from allguide.content import LoadResult, load_bundled
from allguide.diagnostics import Diagnostics
from allguide.kiosk.pin import FREE_TRIES, PinAttempts, hash_pin
from allguide.languages import Language
from allguide.mode import KioskSettings, Mode
from allguide.ui.kiosk import pin_prompt, staff_exit
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.overlay import TOUCH_SIDE
from allguide.ui.kiosk.pin_prompt import DOT, PinPrompt
from allguide.ui.kiosk.staff_exit import GESTURE_TAPS, StaffCorner, StaffExit, staff_exit_of
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.mainwindow import MainWindow

RIGHT = "2468"
WRONG = "1357"
PIN_HASH = hash_pin(RIGHT)
STAFFED = Mode.kiosk(KioskSettings(pin_hash=PIN_HASH))
UNSTAFFED = Mode.kiosk(KioskSettings())
ASK = "Enter the staff PIN to close AllGuide."
NOT_RIGHT = "That PIN is not right. Please try again."


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """The run's wrong tries counted afresh, on a clock the test moves."""
    fake = FakeClock()
    monkeypatch.setattr(staff_exit, "PIN_ATTEMPTS", PinAttempts(fake))
    return fake


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each status the run was ended with (the real exit would end the test's loop)."""
    statuses: list[int] = []
    monkeypatch.setattr(
        QCoreApplication, "exit", staticmethod(lambda status=0: statuses.append(status))
    )
    return statuses


@pytest.fixture
def kiosk(
    qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path, clock: FakeClock
) -> Callable[..., MainWindow]:
    built: list[MainWindow] = []  # held for the whole test (qtbot holds a weak reference)

    def make(
        mode: Mode = STAFFED, result: LoadResult = bundled, language: str = "en"
    ) -> MainWindow:
        window = build_window(result, language, persistent=False, mode=mode)
        qtbot.addWidget(window)
        built.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def tap_at(qtbot: QtBot, window: MainWindow, point: QPoint) -> None:
    """A finger on ``point`` of the window: the widget there gets the press."""
    target = window.childAt(point) or window
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))


def banner_corner(window: MainWindow, start: bool = True) -> QPoint:
    """A point near the banner's top corner, at the start side (or the end side)."""
    banner = window.banner
    left = banner.layoutDirection() == Qt.LayoutDirection.LeftToRight
    at_left = left if start else not left
    x = 12 if at_left else banner.width() - 12
    return banner.mapTo(window, QPoint(x, 12))


def tap_corner(qtbot: QtBot, window: MainWindow, times: int = GESTURE_TAPS) -> None:
    for _ in range(times):
        tap_at(qtbot, window, banner_corner(window))


def prompt_of(window: MainWindow) -> PinPrompt | None:
    return window.findChild(PinPrompt)


def open_prompt(qtbot: QtBot, window: MainWindow) -> PinPrompt:
    tap_corner(qtbot, window)
    prompt = prompt_of(window)
    assert prompt is not None and prompt.is_open
    return prompt


def press_keys(qtbot: QtBot, prompt: PinPrompt, digits: str, ok: bool = True) -> None:
    for digit in digits:
        qtbot.mouseClick(prompt.digit_keys[digit], Qt.MouseButton.LeftButton)
    if ok:
        qtbot.mouseClick(prompt.ok_key, Qt.MouseButton.LeftButton)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Keys go to the active window (a kiosk's only one)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press_staff_keys(qtbot: QtBot, window: MainWindow) -> None:
    modifiers = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_K, modifiers)


# Opening ------------------------------------------------------------------------


def test_five_taps_on_the_banners_start_corner_open_the_prompt_in_the_window(
    qtbot: QtBot, kiosk: Callable[..., MainWindow]
) -> None:
    window = kiosk()
    tap_corner(qtbot, window, GESTURE_TAPS - 1)
    assert prompt_of(window) is None
    tap_corner(qtbot, window, 1)
    prompt = prompt_of(window)
    assert prompt is not None and prompt.is_open
    assert prompt.parentWidget() is window and not prompt.isWindow()  # no dialog, no window
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert prompt.geometry() == window.rect()
    assert prompt.message == ASK
    assert prompt.dots == ""


def test_taps_too_slow_or_elsewhere_open_nothing(
    qtbot: QtBot, kiosk: Callable[..., MainWindow]
) -> None:
    window = kiosk()
    staff = staff_exit_of(window)
    assert staff is not None
    slow = FakeClock()
    staff.clock = slow
    for _ in range(GESTURE_TAPS * 2):
        tap_corner(qtbot, window, 1)
        slow.now += 1.01  # five taps over more than four seconds
    assert prompt_of(window) is None
    for _ in range(GESTURE_TAPS):
        tap_at(qtbot, window, banner_corner(window, start=False))
    middle = window.banner.mapTo(window, window.banner.rect().center())
    for _ in range(GESTURE_TAPS):
        tap_at(qtbot, window, middle)
    assert prompt_of(window) is None


def test_right_to_left_the_corner_is_the_top_right(
    qtbot: QtBot, qapp: QApplication, kiosk: Callable[..., MainWindow]
) -> None:
    speak(qapp, Language.ARABIC)
    try:
        window = kiosk(result=load_bundled("ar"), language="ar")
        assert window.banner.layoutDirection() == Qt.LayoutDirection.RightToLeft
        corner = window.banner.findChild(StaffCorner)
        assert corner is not None
        assert corner.geometry().right() == window.banner.rect().right()
        for _ in range(GESTURE_TAPS):
            tap_at(qtbot, window, window.banner.mapTo(window, QPoint(12, 12)))  # top left
        assert prompt_of(window) is None
        tap_corner(qtbot, window)
        prompt = prompt_of(window)
        assert prompt is not None and prompt.is_open
        keypad = prompt.findChild(QWidget, "pinKeypad")
        assert keypad is not None
        one, three = prompt.digit_keys["1"], prompt.digit_keys["3"]
        assert one.x() < three.x()  # a keypad reads 1 2 3 from the left in Arabic too
    finally:
        speak(qapp, Language.ENGLISH)


def test_the_key_sequence_opens_the_prompt(qtbot: QtBot, kiosk: Callable[..., MainWindow]) -> None:
    window = kiosk()
    activate(qtbot, window)
    press_staff_keys(qtbot, window)
    prompt = prompt_of(window)
    assert prompt is not None and prompt.is_open
    press_keys(qtbot, prompt, "24", ok=False)
    press_staff_keys(qtbot, window)  # asked again: a fresh prompt
    assert prompt.is_open and prompt.dots == ""


def test_the_keys_open_the_prompt_over_a_countdown(
    qtbot: QtBot, kiosk: Callable[..., MainWindow]
) -> None:
    """An overlay (the countdown, the attract screen) covers the banner's corner and
    has the keyboard: the keys still open the prompt, on top of it."""
    window = kiosk()
    opened_before = open_prompt(qtbot, window)  # built and closed before the countdown
    qtbot.mouseClick(opened_before.cancel_key, Qt.MouseButton.LeftButton)
    countdown = Countdown(window, 60)
    countdown.start()
    activate(qtbot, window)
    assert window.focusWidget() is countdown.still_here_button
    press_staff_keys(qtbot, window)
    prompt = prompt_of(window)
    assert prompt is not None and prompt.is_open
    assert countdown.isVisible()
    middle = prompt.mapTo(window, prompt.card.geometry().center())
    under = window.childAt(middle)
    assert under is not None and (under is prompt or prompt.isAncestorOf(under))
    countdown.stop()


def test_the_keypad_is_made_for_fingers(qtbot: QtBot, kiosk: Callable[..., MainWindow]) -> None:
    prompt = open_prompt(qtbot, kiosk())
    keys = [*prompt.digit_keys.values(), prompt.erase_key, prompt.ok_key, prompt.cancel_key]
    assert sorted(prompt.digit_keys) == list("0123456789")
    for key in keys:
        assert key.isVisible()
        assert key.width() >= TOUCH_SIDE and key.height() >= TOUCH_SIDE, key.text()
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus


# The PIN --------------------------------------------------------------------------


def test_a_wrong_pin_is_said_calmly_and_the_right_one_ends_the_run(
    qtbot: QtBot,
    kiosk: Callable[..., MainWindow],
    exits: list[int],
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = kiosk()
    prompt = open_prompt(qtbot, window)
    with caplog.at_level(logging.INFO, logger="allguide"):
        press_keys(qtbot, prompt, WRONG[:2], ok=False)
        assert prompt.dots == DOT * 2  # dots only, never the digits
        assert not any(digit in prompt.dots for digit in WRONG)
        press_keys(qtbot, prompt, WRONG[2:])
        assert prompt.message == NOT_RIGHT
        assert prompt.dots == ""
        assert exits == []
        press_keys(qtbot, prompt, RIGHT)
    assert exits == [0]
    assert [r.getMessage() for r in caplog.records] == ["wrong staff PIN", "staff exit"]
    assert not prompt.is_open


def test_digits_typed_on_a_keyboard_work(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], exits: list[int]
) -> None:
    prompt = open_prompt(qtbot, kiosk())
    qtbot.keyClicks(prompt, "2x4")
    assert prompt.dots == DOT * 2
    qtbot.keyClick(prompt, Qt.Key.Key_Backspace)
    assert prompt.dots == DOT
    for digit in "٤٦٨":  # Arabic-Indic digits, from an Arabic keyboard (QTest types Latin-1)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(digit), Qt.KeyboardModifier.NoModifier, digit)
            QApplication.sendEvent(prompt, event)
    assert prompt.dots == DOT * 4
    qtbot.mouseClick(prompt.erase_key, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(prompt, "8")
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert exits == [0]


def test_wrong_pins_are_slowed_down(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], exits: list[int], clock: FakeClock
) -> None:
    prompt = open_prompt(qtbot, kiosk())
    for _ in range(FREE_TRIES):
        press_keys(qtbot, prompt, WRONG)
    assert prompt.message == "Try again in 30 seconds."
    press_keys(qtbot, prompt, RIGHT, ok=False)
    assert not prompt.ok_key.isEnabled()
    qtbot.keyClick(prompt, Qt.Key.Key_Enter)  # the keyboard's Enter is not taken either
    qtbot.mouseClick(prompt.ok_key, Qt.MouseButton.LeftButton)
    assert exits == []
    assert staff_exit.PIN_ATTEMPTS.wrong_tries == FREE_TRIES
    clock.now += 29.2
    qtbot.waitUntil(lambda: prompt.message == "Try again in 1 second.")
    assert not prompt.ok_key.isEnabled()
    clock.now += 1
    qtbot.waitUntil(prompt.ok_key.isEnabled)
    assert prompt.message == ASK
    qtbot.mouseClick(prompt.ok_key, Qt.MouseButton.LeftButton)  # the PIN typed while waiting
    assert exits == [0]


def test_a_new_window_does_not_start_the_count_again(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], exits: list[int]
) -> None:
    """A language switch or a visitor reset builds a new window: the wait stays."""
    prompt = open_prompt(qtbot, kiosk())
    for _ in range(FREE_TRIES):
        press_keys(qtbot, prompt, WRONG)
    again = open_prompt(qtbot, kiosk())
    assert again.message == "Try again in 30 seconds."
    press_keys(qtbot, again, RIGHT)
    assert exits == []


# Closing ----------------------------------------------------------------------------


def test_cancel_closes_the_prompt_and_forgets_the_digits(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], exits: list[int]
) -> None:
    window = kiosk()
    prompt = open_prompt(qtbot, window)
    press_keys(qtbot, prompt, "24", ok=False)
    with qtbot.waitSignal(prompt.closed, timeout=1000):
        qtbot.mouseClick(prompt.cancel_key, Qt.MouseButton.LeftButton)
    assert not prompt.is_open
    assert open_prompt(qtbot, window).dots == ""
    press_keys(qtbot, prompt, "68")
    assert exits == []  # "24" was forgotten: "68" alone is not the PIN


def test_the_prompt_closes_itself_when_left_untouched(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pin_prompt, "UNTOUCHED_SECONDS", 0.3)
    prompt = open_prompt(qtbot, kiosk())
    with qtbot.waitSignal(prompt.closed, timeout=3000):
        press_keys(qtbot, prompt, "24", ok=False)
    assert not prompt.is_open
    assert prompt.dots == ""


def test_a_prompt_never_touched_closes_itself_too(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pin_prompt, "UNTOUCHED_SECONDS", 0.3)
    window = kiosk()
    tap_corner(qtbot, window, GESTURE_TAPS - 1)
    with qtbot.waitSignal(staff_exit_of(window).promptOpened):  # type: ignore[union-attr]
        tap_corner(qtbot, window, 1)
    prompt = prompt_of(window)
    assert prompt is not None
    with qtbot.waitSignal(prompt.closed, timeout=3000):
        pass
    assert not prompt.is_open


def test_each_touch_gives_the_prompt_its_full_time_again(
    qtbot: QtBot, kiosk: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pin_prompt, "UNTOUCHED_SECONDS", 2.0)
    prompt = open_prompt(qtbot, kiosk())
    timer = prompt.untouched_timer
    qtbot.waitUntil(lambda: timer.remainingTime() < 1700)
    qtbot.mouseClick(prompt.digit_keys["5"], Qt.MouseButton.LeftButton)
    assert timer.remainingTime() > 1800
    qtbot.waitUntil(lambda: timer.remainingTime() < 1700)
    qtbot.keyClick(prompt, Qt.Key.Key_Backspace)
    assert timer.remainingTime() > 1800
    assert prompt.is_open


def test_a_new_visitor_window_has_no_prompt_open(
    qtbot: QtBot, kiosk: Callable[..., MainWindow]
) -> None:
    """A visitor reset (or a language switch) builds a new window: the old prompt goes
    with the old window, and the new window has its own staff exit, closed."""
    old = kiosk()
    open_prompt(qtbot, old)
    new = kiosk()
    assert prompt_of(new) is None
    assert isinstance(staff_exit_of(new), StaffExit)
    prompt = prompt_of(old)
    assert prompt is not None and prompt.parentWidget() is old


def test_a_visitor_reset_takes_the_open_prompt_away(
    qtbot: QtBot, qapp: QApplication, user_settings_dir: Path, clock: FakeClock
) -> None:
    """Staff who walk away from an open prompt: after the quiet spell the session starts
    over in a new window, with no prompt open and nothing typed anywhere."""
    mode = Mode.kiosk(KioskSettings(pin_hash=PIN_HASH, idle_seconds=0.2, countdown_seconds=0.3))
    font, palette = qapp.font(), QPalette(qapp.palette())
    session = open_session(qapp, Language.ENGLISH, None, mode, Diagnostics(mode, None))
    assert session is not None
    try:
        old = session.window
        old.show()
        qtbot.waitExposed(old)
        prompt = open_prompt(qtbot, old)
        press_keys(qtbot, prompt, "24", ok=False)
        reset = session.findChild(VisitorReset)
        assert reset is not None
        with qtbot.waitSignal(reset.visitorForgotten, timeout=5000):
            pass
        new = session.window
        assert new is not old
        assert prompt_of(new) is None
        assert isinstance(staff_exit_of(new), StaffExit)  # the next staff can still leave
        assert DOT not in " ".join(label.text() for label in new.findChildren(QLabel))
    finally:
        reset = session.findChild(VisitorReset)
        if reset is not None:
            reset.stop()
        session.window.close()
        session.window.deleteLater()
        qapp.setFont(font)
        qapp.setPalette(palette)


# No PIN: no staff exit at all ---------------------------------------------------


def test_without_a_pin_the_gesture_and_keys_do_nothing(
    qtbot: QtBot,
    kiosk: Callable[..., MainWindow],
    exits: list[int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(staff_exit, "_told_no_pin", False)
    with caplog.at_level(logging.INFO, logger="allguide.ui.kiosk"):
        window = kiosk(UNSTAFFED)
        kiosk(UNSTAFFED)  # a second window (a visitor reset): not said again
    assert [r.getMessage() for r in caplog.records] == [
        "no staff PIN configured: stop AllGuide from the operating system"
    ]
    tap_corner(qtbot, window)
    activate(qtbot, window)
    press_staff_keys(qtbot, window)
    assert prompt_of(window) is None
    assert staff_exit_of(window) is None
    assert window.banner.findChild(StaffCorner) is None
    assert exits == []


def test_a_normal_window_has_no_staff_exit(qtbot: QtBot, build: Callable[..., MainWindow]) -> None:
    window = build(kiosk=False)
    assert staff_exit_of(window) is None
    assert window.banner.findChild(StaffCorner) is None


# Held by its window, never holding it -------------------------------------------


def test_the_staff_exit_never_keeps_its_window_alive(
    qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path, clock: FakeClock
) -> None:
    """A window with its staff exit (prompt opened) goes when the last reference to it
    goes, without the garbage collector: a reference back to the window from the exit
    it owns is a cycle, which the collector breaks at a moment of its choosing, with Qt
    objects half gone (a crash seen after a kiosk test)."""
    import gc
    import weakref

    window = build_window(bundled, "en", persistent=False, mode=Mode.normal())  # no other part
    exit_ = staff_exit.install_staff_exit(window, STAFFED)
    assert exit_ is not None
    window.show()
    qtbot.waitExposed(window)
    prompt = open_prompt(qtbot, window)
    press_keys(qtbot, prompt, "24", ok=False)
    window.close()
    gone = weakref.ref(window)
    gc.disable()
    try:
        del window, exit_, prompt
        assert gone() is None  # freed by its reference count alone
    finally:
        gc.enable()
        if gone() is not None:
            gone().deleteLater()  # type: ignore[union-attr]


GC_PROBE = """
import gc, sys, weakref
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from allguide.app import application, build_window, load, open_session
from allguide.diagnostics import Diagnostics
from allguide.languages import Language
from allguide.mode import KioskSettings, Mode
from allguide.ui.kiosk.staff_exit import StaffExit, staff_exit_of
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.language.switch import Session
from allguide.ui.mainwindow import MainWindow

gc.disable()  # only reference counts free things: a cycle shows as a leftover
app = application()
mode = Mode.kiosk(KioskSettings(pin_hash={pin_hash!r}, idle_seconds=60))
session = open_session(app, Language.ENGLISH, None, mode, Diagnostics(mode, None))
window = session.window
window.show()
QTest.qWaitForWindowExposed(window)
staff_exit_of(window).ask_for_pin()
session.findChild(VisitorReset).warn()  # the countdown, too
session.switch_to("es")  # a second window, and the first one replaced
app.processEvents()
session.findChild(VisitorReset).stop()
session.window.close()
session.window.deleteLater()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
del window, session
kinds = (MainWindow, StaffExit, VisitorReset, Session)
left = sorted(type(o).__name__ for o in gc.get_objects() if isinstance(o, kinds))
print("left:", left)
# A kiosk window only closed and let go (a test's, say): no kiosk part holds it back
# (freed by its reference count), and the collector then runs without a crash.
kept = []
for _ in range(3):
    dropped = build_window(load("en", None), "en", persistent=False, mode=mode)
    dropped.show()
    QTest.qWaitForWindowExposed(dropped)
    staff_exit_of(dropped).ask_for_pin()
    app.processEvents()
    dropped.close()
    gone = weakref.ref(dropped)
    del dropped
    kept.append(gone() is not None)
    gc.collect()
    app.processEvents()
print("dropped kept:", kept)
gc.collect()
left = sorted(type(o).__name__ for o in gc.get_objects() if isinstance(o, kinds))
print("after collection:", left)
"""


def test_a_kiosk_session_closed_and_collected_leaves_nothing_and_does_not_crash(
    tmp_path: Path,
) -> None:
    """A kiosk's session (staff prompt open, a countdown, a language switch), closed and
    deleted: none of its windows or kiosk parts left behind, even before the garbage
    collector runs (a session that held its reset, or a reset its session, made a cycle);
    then kiosk windows closed and let go, and the collector: no crash (its own process,
    so a crash cannot take the test run down) and nothing left."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", GC_PROBE.format(pin_hash=PIN_HASH)],
        capture_output=True, text=True, timeout=120, check=False, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr[-3000:]
    assert "left: []" in run.stdout  # freed by reference counts alone, not by the collector
    assert "dropped kept: [False, False, False]" in run.stdout
    assert "after collection: []" in run.stdout


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    speak(qapp, Language.ENGLISH)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


LEAVE_PROBE = """
import sys
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
import allguide.ui.kiosk.staff_exit as staff_exit
from allguide import cli

installed = staff_exit.install_staff_exit

def leave(window):
    # as staff would: five taps on the banner's corner, then the PIN on the keypad
    corner = window.banner.findChild(staff_exit.StaffCorner)
    for _ in range(staff_exit.GESTURE_TAPS):
        QTest.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    prompt = staff_exit.staff_exit_of(window).prompt
    for digit in {pin!r}:
        QTest.mouseClick(prompt.digit_keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(prompt.ok_key, Qt.MouseButton.LeftButton)

def install(window, mode):
    found = installed(window, mode)
    QTimer.singleShot(300, lambda: leave(window))
    return found

staff_exit.install_staff_exit = install
sys.exit(cli.main(["--config", {config!r}]))
"""


@pytest.mark.e2e
def test_a_real_run_ends_with_status_0_when_staff_leave(tmp_path: Path) -> None:
    """The whole way: the configuration's PIN, log folder and a mistake; the gesture and
    the keypad in a real run; the run ends with status 0 and the log names no digit."""
    import os
    import subprocess
    import sys

    logs = tmp_path / "logs"
    config = tmp_path / "allguide.yaml"
    config.write_text(
        f"kiosk: true\nidle_seconds: 1\npin: {PIN_HASH}\nlog_folder: {logs}\n", "utf-8"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("ALLGUIDE_LOG_DIR", None)  # the configuration's folder, as at a kiosk
    run = subprocess.run(
        [sys.executable, "-c", LEAVE_PROBE.format(pin=RIGHT, config=str(config))],
        capture_output=True, text=True, timeout=120, check=False, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    log = (logs / "allguide.log").read_text("utf-8")
    assert f"configuration {config}: kiosk mode" in log
    assert f"{config}:2: idle_seconds should be a number from 10 to 86400 seconds" in log
    assert log.rstrip().endswith("staff exit")
    words = re.sub(r"^\S+ \S+ ", "", log.replace(str(tmp_path), ""), flags=re.MULTILINE)
    assert RIGHT not in words  # (the folder's name and the times might hold those digits)
