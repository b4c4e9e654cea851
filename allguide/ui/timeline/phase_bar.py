"""One phase of the timeline: a focusable, clickable row with its bar and its words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from allguide.content.model import Intensity
from allguide.timeline.windows import Extent, PhaseSpan

HIGH_COLOUR = QColor("#1f5f9e")
LOWER_COLOUR = QColor("#2b8a7e")
TEXT_COLOUR = QColor("#1f2933")


class PhaseBar(QAbstractButton):
    """The bar's solid part is how long the phase lasts at least; the hatched part, at most.

    High-dose phases have a taller bar than lower-dose ones, and the words under
    the bar say so: intensity is never shown by colour alone.
    """

    stepRequested = Signal(int)  # -1 previous phase, +1 next (in reading order)

    def __init__(self, span: PhaseSpan, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span = span
        self.extent = Extent(0, 0, 1)
        self.setObjectName("phaseBar")
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setText(label)
        self.setAccessibleName(label)
        self.setToolTip(label)

    @property
    def high(self) -> bool:
        return self.span.phase.intensity is Intensity.HIGH

    def row_height(self) -> int:
        line = self.fontMetrics().height()
        return int(line * 1.6) + line + 12

    def bar_rect(self) -> QRectF:
        """The bar, mirrored for right-to-left languages."""
        width = self.width()
        left, right = self.extent.start * width, self.extent.end * width
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left, right = width - right, width - left
        line = self.fontMetrics().height()
        full = line * 1.6
        height = full if self.high else full * 0.6
        return QRectF(left, 4 + (full - height), max(6.0, right - left), height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = HIGH_COLOUR if self.high else LOWER_COLOUR
        bar = self.bar_rect()
        span = self.extent.end - self.extent.start
        solid_share = (self.extent.solid_end - self.extent.start) / span if span else 1.0
        solid = QRectF(bar)
        solid.setWidth(bar.width() * solid_share)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            solid.moveRight(bar.right())
        light = QColor(colour)
        light.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(light)
        painter.drawRoundedRect(bar, 4, 4)
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(bar, 4, 4)
        painter.setBrush(colour)
        if solid.width() > 0:
            painter.drawRoundedRect(solid, 4, 4)
        outline = QPen(colour.darker(140), 3 if self.isChecked() else 1)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 4, 4)

        font = self.font()
        font.setBold(self.isChecked())
        painter.setFont(font)
        painter.setPen(TEXT_COLOUR)
        text_top = bar.bottom() + 4
        metrics = painter.fontMetrics()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width() - 8)
        text_width = metrics.horizontalAdvance(text)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if rtl:
            x = min(bar.right(), self.width() - 4) - text_width
            x = max(4.0, x)
        else:
            x = min(bar.left(), self.width() - 4 - text_width)
            x = max(4.0, x)
        painter.drawText(
            QRectF(x, text_top, text_width + 2, metrics.height() + 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = (
            Qt.Key.Key_Left
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.Key.Key_Right
        )
        backward = Qt.Key.Key_Right if forward == Qt.Key.Key_Left else Qt.Key.Key_Left
        if key in (forward, Qt.Key.Key_Down):
            self.stepRequested.emit(1)
        elif key in (backward, Qt.Key.Key_Up):
            self.stepRequested.emit(-1)
        else:
            super().keyPressEvent(event)
