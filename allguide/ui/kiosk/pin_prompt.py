"""The staff PIN prompt: an on-screen keypad inside the kiosk's window.

An overlay (ui/kiosk/overlay.py), never a dialog or a window of its own: nothing a
window manager can move and nothing to escape into. The keypad's keys are large and
never take the keyboard's focus; digits typed on a keyboard, if one is attached, work
as well (Backspace erases, Enter is OK). The PIN shows as dots only, is kept in memory
only while it is typed, and is forgotten when the prompt closes: by Cancel, after
``UNTOUCHED_SECONDS`` without a touch, or with its window (a visitor reset builds a
new one). Wrong PINs are slowed down by the staff exit's ``PinAttempts``: OK is
disabled, with the seconds left, until the next try is taken.
"""

from __future__ import annotations

import math
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from allguide.kiosk.pin import PIN_DIGITS_MAX, PinAttempts
from allguide.ui.fonts import emphasise
from allguide.ui.kiosk.overlay import Overlay, touch_button
from allguide.ui.kiosk.touch import TOUCH_SIDE
from allguide.ui.wording import counted

if TYPE_CHECKING:
    from allguide.ui.mainwindow import MainWindow

KEY_SIDE = max(TOUCH_SIDE, 64)  # logical pixels: a keypad key, comfortably over 44
UNTOUCHED_SECONDS = 30.0  # the prompt closes itself after this long without a touch
TICK_MS = 250  # how often "Try again in N seconds" is brought up to date
DOT = "\u25cf"  # ● one per digit typed
HEADING = 1.3

# The keypad's rows, as a phone's: 1 2 3 / 4 5 6 / 7 8 9 / Erase 0 OK.
ROWS = ("123", "456", "789")


class PinPrompt(Overlay):
    """Asks for the staff PIN; says ``accepted`` once the right one is entered."""

    accepted = Signal()
    rejected = Signal()  # a wrong PIN was entered (the message says so)
    closed = Signal()  # Cancel, or untouched for too long

    def __init__(
        self,
        window: MainWindow,
        pin_hash: str,
        attempts: PinAttempts,
        untouched_seconds: float | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("staffPinPrompt")
        self._pin_hash = pin_hash
        self._attempts = attempts
        self._typed = ""
        self._wrong_shown = False
        self.setAccessibleName(self.tr("Staff exit"))

        title = QLabel(self.tr("Staff exit"))
        title.setObjectName("pinPromptTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emphasise(title, HEADING, bold=True)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setObjectName("pinPromptMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.dots_label = QLabel()
        self.dots_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dots_label.setObjectName("pinPromptDots")
        self.dots_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots_label.setMinimumHeight(TOUCH_SIDE)
        self.dots_label.setAccessibleName(self.tr("PIN"))
        emphasise(self.dots_label, HEADING, bold=True)

        self.digit_keys: dict[str, QPushButton] = {}
        keypad = QWidget()
        keypad.setObjectName("pinKeypad")
        # A keypad reads 1 2 3 from the left in every language, right to left ones too.
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setSpacing(8)
        for row, digits in enumerate(ROWS):
            for column, digit in enumerate(digits):
                grid.addWidget(self._digit_key(digit), row, column)
        self.erase_key = self._key(self.tr("Erase"), self._erase)
        self.ok_key = self._key(self.tr("OK"), self._submit)
        grid.addWidget(self.erase_key, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        grid.addWidget(self.ok_key, 3, 2)
        self.cancel_key = self._key(self.tr("Cancel"), self.close_prompt)
        self.cancel_key.setObjectName("pinCancel")
        # Keys of one width, as on a phone, however long a language's Erase is.
        widest = max(key.minimumWidth() for key in keypad.findChildren(QPushButton))
        for column in range(len(ROWS[0])):
            grid.setColumnMinimumWidth(column, widest)

        layout = self.card_column(spacing=12)
        layout.addWidget(title)
        layout.addWidget(self.message_label)
        layout.addWidget(self.dots_label)
        layout.addWidget(keypad, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.cancel_key, 0, Qt.AlignmentFlag.AlignCenter)

        self.untouched_timer = QTimer(self)
        self.untouched_timer.setSingleShot(True)
        untouched = UNTOUCHED_SECONDS if untouched_seconds is None else untouched_seconds
        self.untouched_timer.setInterval(max(1, round(untouched * 1000)))
        self.untouched_timer.timeout.connect(self.close_prompt)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show_state)
        # A touch on a key is a touch too: it keeps the prompt open.
        for key in self.findChildren(QPushButton):
            key.installEventFilter(self)
        self._show_state()

    # Built once ---------------------------------------------------------

    def _key(self, text: str, pressed: object) -> QPushButton:
        key = touch_button(text)  # wide enough for its word, with room each side
        key.setMinimumSize(max(KEY_SIDE, key.minimumWidth()), max(KEY_SIDE, key.minimumHeight()))
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the prompt keeps the keyboard
        key.setAutoDefault(False)
        key.clicked.connect(pressed)
        return key

    def _digit_key(self, digit: str) -> QPushButton:
        key = self._key(digit, lambda _checked=False: self._type(digit))
        key.setObjectName("pinDigit")
        self.digit_keys[digit] = key
        return key

    # Open and close -----------------------------------------------------

    def open_prompt(self) -> None:
        """Cover the window with a fresh prompt (nothing typed)."""
        self._typed = ""
        self._wrong_shown = False
        self._show_state()
        self.cover()
        self.untouched_timer.start()
        self._tick.start()

    @Slot()
    def close_prompt(self) -> None:
        """Forget what was typed and uncover the window."""
        self._typed = ""
        self._wrong_shown = False
        self._show_state()
        self.untouched_timer.stop()
        self._tick.stop()
        was_open = self.isVisible()
        self.hide()
        if was_open:
            self.closed.emit()

    @property
    def is_open(self) -> bool:
        return self.isVisible()

    # Typing -------------------------------------------------------------

    def _type(self, digit: str) -> None:
        self._touched()
        if len(self._typed) < PIN_DIGITS_MAX:
            self._typed += digit
        self._wrong_shown = False
        self._show_state()

    @Slot()
    def _erase(self) -> None:
        self._touched()
        self._typed = self._typed[:-1]
        self._show_state()

    @Slot()
    def _submit(self) -> None:
        self._touched()
        if not self._typed or not self._attempts.may_try():
            return
        typed, self._typed = self._typed, ""
        right = self._attempts.check(typed, self._pin_hash)
        if right:
            self.accepted.emit()
            return
        self._wrong_shown = True
        self._show_state()
        self.rejected.emit()

    def _touched(self) -> None:
        if self.isVisible():
            self.untouched_timer.start()  # from the start again

    # What it says -------------------------------------------------------

    @Slot()
    def _show_state(self) -> None:
        """The message, the dots and which keys work, from the typed digits and the wait."""
        wait = math.ceil(self._attempts.seconds_to_wait())
        if wait > 0:
            message = self._try_again_in(wait)
        elif self._wrong_shown:
            message = self.tr("That PIN is not right. Please try again.")
        else:
            message = self.tr("Enter the staff PIN to close AllGuide.")
        if self.message_label.text() != message:
            self.message_label.setText(message)
        self.dots_label.setText(DOT * len(self._typed))
        self.ok_key.setEnabled(wait <= 0 and bool(self._typed))
        self.erase_key.setEnabled(bool(self._typed))

    def _try_again_in(self, seconds: int) -> str:
        words = self.tr("Try again in %n second(s).", "", seconds)
        return counted(
            words,
            "Try again in %n second(s).",
            seconds,
            "Try again in %1 second.",
            "Try again in %1 seconds.",
        )

    @property
    def message(self) -> str:
        return self.message_label.text()

    @property
    def dots(self) -> str:
        return self.dots_label.text()

    # Keys and touches ---------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits (any script's, the number pad's), Backspace and Enter, from a keyboard."""
        key = event.key()
        digit = _ascii_digit(event.text())
        if digit is not None:
            self._type(digit)
        elif key == Qt.Key.Key_Backspace:
            self._erase()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            self._touched()
        event.accept()  # nothing reaches the page under the prompt

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch on the veil keeps the prompt open; nothing under it is reached."""
        event.accept()
        self._touched()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and watched is not self.parentWidget():
            self._touched()
        return super().eventFilter(watched, event)


def _ascii_digit(text: str) -> str | None:
    """``text`` as one ASCII digit, if it is one digit in any script (١, ۱, 1)."""
    if len(text) != 1:
        return None
    value = unicodedata.decimal(text, None)
    return None if value is None else str(value)
