"""A treatment beside the phases, drawn with a dashed outline: the source gives it no fixed time."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from allguide.content.model import TimelineTrack
from allguide.ui.plain import plain_tooltip

OUTLINE = QColor("#7b8794")
TEXT = QColor("#1f2933")


class TrackRow(QAbstractButton):
    """Clicking it opens the track's page in the reader."""

    def __init__(self, track: TimelineTrack, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.track = track
        self.setObjectName("trackRow")
        self.setText(label)
        self.setAccessibleName(label)
        self.setToolTip(plain_tooltip(label))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def height_for(self, width: int) -> int:
        """Tall enough for the words wrapped at ``width``: nothing is cut off."""
        bounds = self.fontMetrics().boundingRect(
            QRect(0, 0, max(40, width - 24), 10_000), int(Qt.TextFlag.TextWordWrap), self.text()
        )
        return bounds.height() + self.fontMetrics().height()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 3, -1.5, -3)
        pen = QPen(OUTLINE, 2.5 if self.hasFocus() else 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(TEXT)
        painter.drawText(
            box.adjusted(10, 2, -10, -2),
            int(
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignLeading
                | Qt.TextFlag.TextWordWrap
            ),
            self.text(),
        )
        painter.end()
