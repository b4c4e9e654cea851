"""A treatment beside the phases, drawn with a dashed outline: the source gives it no fixed time."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from allguide.content.model import TimelineTrack
from allguide.ui.plain import plain_tooltip
from allguide.ui.theme import active_theme, qcolor


class TrackRow(QAbstractButton):
    """Clicking it opens the track's page in the reader."""

    def __init__(self, track: TimelineTrack, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.track = track
        self.setObjectName("trackRow")
        self.setText(label)
        self.setAccessibleName(label)
        self.setToolTip(plain_tooltip(label))
        # Its own description: a screen reader would otherwise read the tooltip's markup.
        self.setAccessibleDescription(self.tr("Opens its page in the reader."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def height_for(self, width: int) -> int:
        """Tall enough for the words wrapped at ``width``: nothing is cut off (and no
        less than its minimum height: a kiosk's touch size)."""
        bounds = self.fontMetrics().boundingRect(
            QRect(0, 0, max(40, width - 24), 10_000), int(Qt.TextFlag.TextWordWrap), self.text()
        )
        return max(self.minimumHeight(), bounds.height() + self.fontMetrics().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 3, -1.5, -3)
        theme = active_theme()
        outline = qcolor(theme.track_outline)
        painter.setPen(QPen(outline, 2.5 if self.hasFocus() else 1.2, Qt.PenStyle.DashLine))
        # Pressed: filled as a pressed button is, so a finger sees its press.
        painter.setBrush(qcolor(theme.selection if self.isDown() else theme.track_fill))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
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
