"""A kiosk's overlay: a calm veil over the whole main window, with a card in its middle.

Inside the window (a child widget raised over everything in it, toolbar included),
never a dialog or a window of its own: nothing a window manager could move, nothing to
escape into, and it goes with the window it covers. The countdown and the attract
screen are overlays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from allguide.ui.fonts import HEADING, emphasise
from allguide.ui.kiosk.touch import TOUCH_SIDE
from allguide.ui.plain import plain_label
from allguide.ui.theme import dress

if TYPE_CHECKING:
    from allguide.ui.mainwindow import MainWindow

SEE_THROUGH = 235  # the countdown: the visitor still sees their page is there, faintly
OPAQUE = 255  # the attract screen: nothing of the window behind it
BIG_BUTTON = 1.4  # a touch button's text size, times the application's
BUTTON_PADDING = 16  # logical pixels between a touch button's words and each side
CARD_WIDTH_CHARACTERS = 56  # a card is this many average characters wide, if it fits
CARD_MARGIN = 24  # logical pixels kept between a card and the window's sides
PROMINENT_HEIGHT_LINES = 2.2  # the one button an overlay asks for, in lines of its text
CARD_MARGINS = (32, 24, 32, 24)  # logical pixels inside a card: left, top, right, bottom


class Overlay(QWidget):
    """Covers ``window`` (and follows its size) until hidden; draws a soft veil in the
    theme's window colour. ``card`` holds what the overlay says, in the middle."""

    def __init__(self, window: MainWindow, veil_alpha: int = SEE_THROUGH) -> None:
        super().__init__(window)
        self._veil_alpha = veil_alpha
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys come here, not to what is under
        self.card = QFrame(self)
        self.card.setObjectName("kioskCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        dress(self.card)  # its edge, from the theme (looks.FRAME_LOOKS "kioskCard")
        # Centred by stretches, not by an alignment: a box layout works out a card's
        # wrapped lines for the width it would have without the alignment, so a card
        # centred that way was given too little height and cut its last lines off.
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(self.card)
        across.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The notice stays on every screen: not medical advice, the content's date. Over
        # a window seen through the veil it lies exactly over the window's own banner
        # (one notice, not two); over an opaque screen, at the top.
        self._banner = window.banner
        self._above_notice = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum)
        layout.addItem(self._above_notice)
        self.notice = window.disclaimer_copy()
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addLayout(across)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        self._fit_card()
        window.installEventFilter(self)

    def _place_notice(self) -> None:
        below = 0
        if self._veil_alpha < OPAQUE and self._banner.isVisible():
            below = self._banner.mapTo(self.parentWidget() or self, QPoint(0, 0)).y()
        if self._above_notice.sizeHint().height() != below:
            self._above_notice.changeSize(0, below, QSizePolicy.Policy.Minimum)
            layout = self.layout()
            if layout is not None:
                layout.invalidate()

    def _fit_card(self) -> None:
        """A card wide enough that a question or a line of words is not broken into
        many short lines, never wider than the window (an upright or small screen)."""
        comfortable = self.fontMetrics().averageCharWidth() * CARD_WIDTH_CHARACTERS
        room = self.width() - 2 * CARD_MARGIN
        if room > 0:
            self.card.setMinimumWidth(min(comfortable, room))
            self.card.setMaximumWidth(room)

    def card_column(self, spacing: int) -> QVBoxLayout:
        """The card's layout: what it says, one under another, with room at its edges."""
        column = QVBoxLayout(self.card)
        column.setContentsMargins(*CARD_MARGINS)
        column.setSpacing(spacing)
        return column

    def cover(self) -> None:
        """Show over everything else in the window, with the keyboard's focus."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._fit_card()
        self._place_notice()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (window := self.parentWidget()) is not None:
            Shade.of(window).cover(self)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if (window := self.parentWidget()) is not None:
            Shade.of(window).uncover(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())  # a rotated screen, say
            self._fit_card()
            self._place_notice()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch on the veil or the card goes no further (to the page under it); that it
        keeps a visitor, as any touch or key does, is the idle watcher's news."""
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlpha(self._veil_alpha)
        painter = QPainter(self)
        painter.fillRect(event.rect(), veil)


class Shade(QObject):
    """While any overlay shows, what is under it takes no touch, no Tab and no shortcut:
    the window's page and toolbar are disabled and so are its own actions (Ctrl+F, Back,
    Home...), so a keyboard cannot reach a search box hidden under the attract screen.
    Each comes back as it was when the last overlay goes; the keyboard's focus goes to
    the overlay still showing, if any. (The staff exit's keys are a QShortcut, not an
    action: they still open the PIN prompt over a countdown.)

    One per window, its child: found with ``of``, holding no reference to the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("kioskShade")
        self._showing: list[Overlay] = []
        self._disabled: list[QWidget | QAction] = []

    @staticmethod
    def of(window: QWidget) -> Shade:
        found = window.findChild(Shade, "kioskShade", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, Shade) else Shade(window)

    def cover(self, overlay: Overlay) -> None:
        if overlay in self._showing:
            return
        self._showing.append(overlay)
        if len(self._showing) == 1:
            self._disable_what_is_under()

    def uncover(self, overlay: Overlay) -> None:
        if overlay not in self._showing:
            return
        self._showing.remove(overlay)
        if self._showing:
            self._showing[-1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for part in self._disabled:
            part.setEnabled(True)
        self._disabled.clear()

    def _disable_what_is_under(self) -> None:
        window = self.parent()
        if not isinstance(window, QMainWindow):
            return
        parts: list[QWidget | QAction] = [*window.actions()]
        if (central := window.centralWidget()) is not None:
            parts.append(central)
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        parts.extend(window.findChildren(QToolBar, options=direct))
        self._disabled = [part for part in parts if part.isEnabled()]
        for part in self._disabled:
            part.setEnabled(False)


def card_words(text: str, *, heading: bool = False) -> QLabel:
    """Words on a card, centred and wrapped; a heading larger and bold."""
    label = plain_label(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    if heading:
        emphasise(label, HEADING, bold=True)
    return label


def touch_button(text: str) -> QPushButton:
    """A large button a finger hits easily: at least TOUCH_SIDE each way, its words
    whole with room on each side."""
    button = QPushButton(text)
    _make_touchable(button)
    return button


def prominent_button(text: str) -> QPushButton:
    """The one thing an overlay asks a visitor to do, standing out from all else: larger
    than a touch button, filled in the theme's accent colour."""
    button = ProminentButton(text)
    _make_touchable(button)
    height = round(button.fontMetrics().height() * PROMINENT_HEIGHT_LINES)
    button.setMinimumHeight(max(button.minimumHeight(), height))
    button.setMinimumWidth(button.minimumWidth() + 2 * BUTTON_PADDING)
    return button


def _make_touchable(button: QPushButton) -> None:
    emphasise(button, BIG_BUTTON)
    words = button.fontMetrics().horizontalAdvance(button.text())
    button.setMinimumWidth(max(TOUCH_SIDE, words + 2 * BUTTON_PADDING))
    button.setMinimumHeight(max(TOUCH_SIDE, button.sizeHint().height()))


class ProminentButton(QPushButton):
    """Painted by the style as any button, in the theme's accent colour with the page's
    background colour for its words (read from the palette at each paint, so it follows
    a change of theme)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        option = QStyleOptionButton()
        self.initStyleOption(option)
        colours = QPalette(option.palette)
        colours.setColor(QPalette.ColorRole.Button, colours.color(QPalette.ColorRole.Accent))
        colours.setColor(QPalette.ColorRole.ButtonText, colours.color(QPalette.ColorRole.Base))
        option.palette = colours
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
