"""One phase of the timeline: a focusable, clickable row with its bar and its words."""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from allguide.content.model import Intensity
from allguide.timeline.windows import Extent, PhaseSpan
from allguide.ui.plain import breakable, plain_tooltip
from allguide.ui.theme import active_theme, qcolor
from allguide.ui.timeline.durations import length_words
from allguide.ui.wording import fill

TINT_ALPHA = 55  # the bar's fill: its colour, faint, so the words on it stay readable
EDGE_DARKER = 130  # the bar's edge and marks: its colour, darker
CAPTION_PADDING = 6
LABEL_INSET = 4.0  # the words' distance from the row's ends
ONE_LINE = 0
WRAPPED = int(Qt.TextFlag.TextWordWrap.value)


@dataclass(frozen=True)
class Caption:
    """A few words inside the bar, ending at the length they name."""

    text: str
    rect: QRectF


class PhaseBar(QAbstractButton):
    """The whole bar is how long the phase may last, in the source's words.

    Nothing in it is a minimum: the bar reaches the furthest length the source
    names, and a line marks each other length it names ("may last 1 or 2
    months": a line at 1 month, the end at 2). Where there is room, the bar says
    so in words. High-dose phases have a taller bar than lower-dose ones, and the
    words under the bar say so: intensity is never shown by colour alone.
    """

    stepRequested = Signal(int)  # -1 previous phase, +1 next (in reading order)

    def __init__(self, span: PhaseSpan, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span = span
        self.extent = Extent(0, 1)
        self.setObjectName("phaseBar")
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setText(label)
        self.setAccessibleName(label)
        self.setToolTip(plain_tooltip(label))
        # Its own description: a screen reader would otherwise read the tooltip's markup.
        self.setAccessibleDescription(
            self.tr("Choose it to see this phase's details. The arrow keys go to the other phases.")
        )

    @property
    def high(self) -> bool:
        return self.span.phase.intensity is Intensity.HIGH

    def row_height(self, width: int) -> int:
        """The row's height at ``width``: the bar, then its words on as many lines as
        they need (at 200 % a long label wraps rather than ending in "…")."""
        line = self.fontMetrics().height()
        return int(line * 1.7) + self._label_height(width) + 12

    def _label_font(self) -> QFont:
        """Bold when chosen; measured bold always, so choosing a phase moves nothing."""
        font = self.font()
        font.setBold(True)
        return font

    def _label_lines(self, width: float) -> tuple[float, int]:
        """Where the words start and how wide they are laid out (one line when they fit
        beside the bar, else wrapped across the whole row), and the flags to draw them."""
        metrics = QFontMetricsF(self._label_font())
        room = max(1.0, width - 2 * LABEL_INSET)
        one_line = metrics.horizontalAdvance(self.text()) + 2
        if one_line > room:
            return LABEL_INSET, WRAPPED
        bar = self.bar_rect()
        if self._rtl():
            x = max(LABEL_INSET, min(bar.right(), width - LABEL_INSET) - one_line)
        else:
            x = max(LABEL_INSET, min(bar.left(), width - LABEL_INSET - one_line))
        return x, ONE_LINE

    def _label_height(self, width: int) -> int:
        metrics = QFontMetricsF(self._label_font())
        room = max(1.0, width - 2 * LABEL_INSET)
        bounds = metrics.boundingRect(QRectF(0, 0, room, 1e6), WRAPPED, breakable(self.text()))
        return max(int(metrics.height()), math.ceil(bounds.height())) + 2

    def label_rect(self) -> QRectF:
        """Where the phase's words are drawn, under its bar."""
        x, flags = self._label_lines(self.width())
        top = self.bar_rect().bottom() + 4
        height = self._label_height(self.width())
        if flags == WRAPPED:
            return QRectF(x, top, self.width() - 2 * LABEL_INSET, height)
        width = QFontMetricsF(self._label_font()).horizontalAdvance(self.text()) + 2
        return QRectF(x, top, width, height)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _x(self, fraction: float) -> float:
        """A fraction of the row's width as x, mirrored for right-to-left languages."""
        x = fraction * self.width()
        return self.width() - x if self._rtl() else x

    def bar_rect(self) -> QRectF:
        """The bar, mirrored for right-to-left languages."""
        left, right = sorted((self._x(self.extent.start), self._x(self.extent.end)))
        line = self.fontMetrics().height()
        full = line * 1.7
        height = full if self.high else line * 1.15
        return QRectF(left, 4 + (full - height), max(6.0, right - left), height)

    def mark_xs(self) -> list[float]:
        """Where the lines for the other lengths the source names go."""
        return [self._x(mark) for mark in self.extent.marks]

    # Words -----------------------------------------------------------------

    def caption_texts(self) -> list[str]:
        """The source's lengths, one per stretch of the bar: "1 month", "or 2 months"."""
        duration = self.span.phase.duration
        if not duration.months:
            return [fill(self.tr("up to %1"), length_words(self.span.reach))]
        named = list(self.span.named_months)
        words = [length_words(m) for m in named]
        if len(words) > 1:
            words[-1] = fill(self.tr("or %1"), words[-1])
        return words

    def captions(self) -> list[Caption]:
        """The captions with their places, or none when they do not all fit.

        Half the words would mislead more than none: the words under the bar
        always give the whole duration.
        """
        texts = self.caption_texts()
        bar = self.bar_rect()
        edges = sorted([bar.left(), bar.right(), *self.mark_xs()])
        stretches = list(pairwise(edges))
        if self._rtl():
            stretches.reverse()
        if len(texts) != len(stretches):
            return []
        metrics = self.fontMetrics()
        placed = []
        for text, (left, right) in zip(texts, stretches, strict=True):
            width = metrics.horizontalAdvance(text) + 2
            if width + 2 * CAPTION_PADDING > right - left:
                return []
            # Each length's words end at the line (or the end) that stands for it.
            x = left + CAPTION_PADDING if self._rtl() else right - CAPTION_PADDING - width
            placed.append(Caption(text, QRectF(x, bar.top(), width, bar.height())))
        return placed

    # Painting --------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = active_theme()
        colour = qcolor(theme.phase_high if self.high else theme.phase_lower)
        bar = self.bar_rect()
        if self.isDown():  # the whole row, as a pressed button: a finger sees its press
            painter.fillRect(self.rect(), qcolor(theme.selection))
        light = QColor(colour)
        light.setAlpha(TINT_ALPHA)
        painter.setPen(QPen(colour.darker(EDGE_DARKER), 3 if self.isChecked() else 1.5))
        painter.setBrush(light)
        painter.drawRoundedRect(bar, 4, 4)
        painter.setPen(QPen(colour.darker(EDGE_DARKER), 2, Qt.PenStyle.DashLine))
        for x in self.mark_xs():
            painter.drawLine(QPointF(x, bar.top() + 2), QPointF(x, bar.bottom() - 2))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for caption in self.captions():
            painter.drawText(caption.rect, int(Qt.AlignmentFlag.AlignVCenter), caption.text)
        self._paint_label(painter)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    def _paint_label(self, painter: QPainter) -> None:
        font = self.font()
        font.setBold(self.isChecked())
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        _x, flags = self._label_lines(self.width())
        align = Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            self.label_rect(),
            int(align | Qt.AlignmentFlag.AlignTop) | flags,
            breakable(self.text()),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = Qt.Key.Key_Left if self._rtl() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if forward == Qt.Key.Key_Left else Qt.Key.Key_Left
        if key in (forward, Qt.Key.Key_Down):
            self.stepRequested.emit(1)
        elif key in (backward, Qt.Key.Key_Up):
            self.stepRequested.emit(-1)
        else:
            super().keyPressEvent(event)
