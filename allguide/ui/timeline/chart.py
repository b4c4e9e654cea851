"""The timeline picture: a month axis, one row per phase, and the optional tracks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from allguide.content.model import TimelineTrack
from allguide.timeline.dates import add_months, months_between
from allguide.timeline.windows import PhaseSpan, extents, total_months
from allguide.ui.dates import qdate
from allguide.ui.timeline.phase_bar import PhaseBar
from allguide.ui.timeline.track_row import TrackRow

GRID = QColor("#dfe3e8")
AXIS_TEXT = QColor("#52606d")
TODAY = QColor("#b42318")
TICK_MONTHS = 6


class TimelineChart(QWidget):
    """Children do the interactive parts (bars, tracks); this paints the axis and the grid."""

    phaseChosen = Signal(int)
    trackChosen = Signal(str)

    def __init__(
        self,
        spans: list[PhaseSpan],
        phase_labels: list[str],
        tracks: list[tuple[TimelineTrack, str]],
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._spans = spans
        self._locale = locale
        self._to_scale = True
        self._start: dt.date | None = None
        self._today = dt.date.today()
        self.bars = [
            PhaseBar(span, label, self) for span, label in zip(spans, phase_labels, strict=True)
        ]
        for row, bar in enumerate(self.bars):
            bar.clicked.connect(lambda _c=False, r=row: self.phaseChosen.emit(r))
            bar.stepRequested.connect(lambda step, r=row: self._step(r, step))
        self.tracks = [TrackRow(track, label, self) for track, label in tracks]
        for track_row in self.tracks:
            first = track_row.track.sections[0]
            track_row.clicked.connect(lambda _c=False, s=first: self.trackChosen.emit(s))
        self._apply_extents()

    # State -----------------------------------------------------------------

    @property
    def to_scale(self) -> bool:
        return self._to_scale

    def set_to_scale(self, to_scale: bool) -> None:
        self._to_scale = to_scale
        self._apply_extents()

    def set_start_date(self, start: dt.date | None, today: dt.date | None = None) -> None:
        self._start = start
        self._today = today or dt.date.today()
        self.update()

    def today_fraction(self) -> float | None:
        """Where today falls on the axis (0 to 1), when a start date is known and in range."""
        if self._start is None or not self._to_scale:
            return None
        total = total_months(self._spans)
        months = months_between(self._start, self._today)
        return months / total if total and 0 <= months <= total else None

    def select(self, row: int) -> None:
        if 0 <= row < len(self.bars):
            self.bars[row].setChecked(True)

    def _step(self, row: int, step: int) -> None:
        target = row + step
        if 0 <= target < len(self.bars):
            self.bars[target].setFocus(Qt.FocusReason.TabFocusReason)
            self.phaseChosen.emit(target)

    def _apply_extents(self) -> None:
        for bar, extent in zip(self.bars, extents(self._spans, self._to_scale), strict=True):
            bar.extent = extent
            bar.update()
        self.update()

    # Layout ----------------------------------------------------------------

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _axis_height(self) -> int:
        return self._line() * 2 + 8

    def _tracks_heading_height(self) -> int:
        return self._line() * 2 + 8

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self._content_height())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setHeight(self._content_height())
        hint.setWidth(self._line() * 16)
        return hint

    def _track_columns(self) -> int:
        """Two columns of tracks when there is room, so the details stay in view."""
        return 2 if self.width() >= self._line() * 40 else 1

    def _track_rows(self) -> list[tuple[int, list[TrackRow]]]:
        """The tracks in rows of one or two, each row with the height its words need."""
        columns = self._track_columns()
        width = (self.width() - 8 * (columns - 1)) // columns
        rows = []
        for first in range(0, len(self.tracks), columns):
            row = self.tracks[first : first + columns]
            rows.append((max(t.height_for(width) for t in row), row))
        return rows

    def _content_height(self, rows: list[tuple[int, list[TrackRow]]] | None = None) -> int:
        """The height everything needs; ``rows`` saves measuring the tracks again."""
        height = self.tracks_heading_top()
        if self.tracks:
            rows = self._track_rows() if rows is None else rows
            height += self._tracks_heading_height()
            height += sum(row_height for row_height, _ in rows)
        return height + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_children()

    def _place_children(self) -> None:
        y = self._axis_height()
        width = self.width()
        for bar in self.bars:
            bar.setGeometry(0, y, width, bar.row_height())
            y += bar.row_height()
        y += self._tracks_heading_height()
        columns = self._track_columns()
        gap = 8 if columns > 1 else 0
        column_width = (width - gap * (columns - 1)) // columns
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        rows = self._track_rows()
        for row_height, row in rows:
            for column, track in enumerate(row):
                place = columns - 1 - column if rtl else column
                track.setGeometry(place * (column_width + gap), y, column_width, row_height)
            y += row_height
        self.setFixedHeight(self._content_height(rows))

    def tracks_heading_top(self) -> int:
        return self._axis_height() + sum(b.row_height() for b in self.bars)

    # Painting --------------------------------------------------------------

    def _x(self, fraction: float) -> float:
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return self.width() * (1 - fraction)
        return self.width() * fraction

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bottom = self.tracks_heading_top()
        line = self._line()
        if self._to_scale:
            total = total_months(self._spans) or 1
            for month in range(0, total + 1, TICK_MONTHS):
                x = self._x(month / total)
                painter.setPen(QPen(GRID, 1))
                painter.drawLine(QPointF(x, line * 1.6), QPointF(x, bottom))
                painter.setPen(AXIS_TEXT)
                label = self.axis_label(month)
                text_width = painter.fontMetrics().horizontalAdvance(label)
                left = min(max(0.0, x - text_width / 2), self.width() - text_width)
                painter.drawText(QRectF(left, 2, text_width + 2, line + 2), label)
        else:
            painter.setPen(AXIS_TEXT)
            painter.drawText(
                QRectF(0, 2, self.width(), line + 2),
                int(Qt.AlignmentFlag.AlignLeading),
                self.tr("Equal widths: each phase gets the same space, whatever its length."),
            )
        if self.tracks:
            painter.setPen(AXIS_TEXT)
            painter.drawText(
                QRectF(0, bottom + line * 0.6, self.width(), line * 1.4),
                int(Qt.AlignmentFlag.AlignLeading),
                self.tr("For some patients. The source gives these no fixed time:"),
            )
        fraction = self.today_fraction()
        if fraction is not None:
            self._paint_today(painter, fraction, bottom)
        painter.end()

    def _paint_today(self, painter: QPainter, fraction: float, bottom: int) -> None:
        x = self._x(fraction)
        painter.setPen(QPen(TODAY, 2, Qt.PenStyle.SolidLine))
        painter.drawLine(QPointF(x, self._line() * 1.4), QPointF(x, bottom))
        label = self.tr("Today")
        width = painter.fontMetrics().horizontalAdvance(label)
        left = min(max(0.0, x + 4), self.width() - width - 2)
        painter.drawText(QRectF(left, self._line() + 2, width + 2, self._line() + 2), label)

    def axis_label(self, month: int) -> str:
        if self._start is not None:
            return self._locale.toString(qdate(add_months(self._start, month)), "MMM yyyy")
        if month == 0:
            return self.tr("Start")
        if month == 12:
            return self.tr("1 year")
        if month % 12 == 0:
            return self.tr("%1 years").replace("%1", str(month // 12))
        return self.tr("%1 months").replace("%1", str(month))  # ticks are 6 months apart
