"""A kiosk's overlay: a calm veil over the whole main window, with a card in its middle.

Inside the window (a child widget raised over everything in it, toolbar included),
never a dialog or a window of its own: nothing a window manager could move, nothing to
escape into, and it goes with the window it covers. The countdown and the attract
screen are overlays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from allguide.ui.fonts import emphasise

TOUCH_SIDE = 44  # logical pixels: the smallest thing a finger presses (issue 12)
SEE_THROUGH = 235  # the countdown: the visitor still sees their page is there, faintly
OPAQUE = 255  # the attract screen: nothing of the window behind it
BIG_BUTTON = 1.4  # a touch button's text size, times the application's


class Overlay(QWidget):
    """Covers ``window`` (and follows its size) until hidden; draws a soft veil in the
    theme's window colour. ``card`` holds what the overlay says, in the middle."""

    def __init__(self, window: QWidget, veil_alpha: int = SEE_THROUGH) -> None:
        super().__init__(window)
        self._veil_alpha = veil_alpha
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys come here, not to what is under
        self.card = QFrame(self)
        self.card.setObjectName("kioskCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def cover(self) -> None:
        """Show over everything else in the window, with the keyboard's focus."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())  # a rotated screen, say
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlpha(self._veil_alpha)
        painter = QPainter(self)
        painter.fillRect(event.rect(), veil)


def touch_button(text: str) -> QPushButton:
    """A large button a finger hits easily: at least TOUCH_SIDE each way."""
    button = QPushButton(text)
    emphasise(button, BIG_BUTTON)
    button.setMinimumSize(TOUCH_SIDE, TOUCH_SIDE)
    button.setMinimumHeight(max(TOUCH_SIDE, button.sizeHint().height()))
    return button
