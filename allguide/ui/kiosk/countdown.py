"""The calm warning before a kiosk forgets its visitor: the seconds left, and a large
"I'm still here" button (an overlay inside the window: ui/kiosk/overlay.py).

Any touch or key keeps the visitor's place (the idle watcher tells visitor_reset.py);
so does its button, however pressed (a screen reader presses without a touch). At
zero, ``expired``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTimer, Signal, Slot

from allguide.ui.fonts import HEADING, emphasise
from allguide.ui.kiosk.overlay import Overlay, card_words, prominent_button
from allguide.ui.plain import plain_label

if TYPE_CHECKING:
    from allguide.ui.mainwindow import MainWindow

TICK_MS = 250  # the seconds shown follow the time left within a quarter of a second


class Countdown(Overlay):
    """Counts ``seconds`` down once ``start`` is called; ``stillHere`` when its button is
    pressed."""

    stillHere = Signal()
    expired = Signal()

    def __init__(self, window: MainWindow, seconds: float) -> None:
        super().__init__(window)
        self.setObjectName("kioskCountdown")
        self._total_ms = max(1, round(seconds * 1000))
        self.setAccessibleName(self.tr("Are you still there?"))
        question = card_words(self.tr("Are you still there?"), heading=True)
        question.setObjectName("countdownQuestion")
        # The number alone, large, under its caption: no plural to get wrong (English
        # loads no translation file, so Qt's "%n second(s)" would show just so).
        caption = card_words(self.tr("Seconds until AllGuide starts again for the next visitor:"))
        self.seconds_label = plain_label()
        self.seconds_label.setObjectName("countdownSeconds")
        self.seconds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emphasise(self.seconds_label, HEADING, bold=True)
        self.seconds_label.setAccessibleName(self.tr("Seconds left"))
        self.still_here_button = prominent_button(self.tr("I'm still here"))
        self.still_here_button.setObjectName("stillHere")
        self.still_here_button.clicked.connect(self.stillHere)
        layout = self.card_column(spacing=16)
        layout.addWidget(question)
        layout.addWidget(caption)
        layout.addWidget(self.seconds_label)
        layout.addWidget(self.still_here_button, 0, Qt.AlignmentFlag.AlignCenter)

        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show_seconds_left)
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setInterval(self._total_ms)
        self._end.timeout.connect(self._on_end)

    def start(self) -> None:
        """Cover the window and count down from the full time."""
        self._elapsed.start()
        self._show_seconds_left()
        self.cover()
        self.still_here_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter or Space
        self._tick.start()
        self._end.start()

    def stop(self) -> None:
        self._tick.stop()
        self._end.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._end.isActive()

    def seconds_left(self) -> int:
        """Whole seconds, rounded up: "1 second" until the very end, never "0"."""
        left_ms = self._total_ms - (self._elapsed.elapsed() if self._elapsed.isValid() else 0)
        return max(1, math.ceil(left_ms / 1000))

    @Slot()
    def _show_seconds_left(self) -> None:
        left = self.seconds_left()
        self.seconds_label.setText(QLocale().toString(left))  # the language's own digits

    @Slot()
    def _on_end(self) -> None:
        self.stop()
        self.expired.emit()
