"""The timeline picture: a month axis, one row per phase, and the tracks beside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QRegion, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from allguide.content.model import TimelineTrack, TrackKind
from allguide.timeline.dates import add_months, months_between, ms_until_next_day
from allguide.timeline.windows import PhaseSpan, extents, total_months
from allguide.ui.dates import qdate
from allguide.ui.plain import plain_label
from allguide.ui.theme import active_theme, qcolor
from allguide.ui.timeline.durations import length_words
from allguide.ui.timeline.phase_bar import PhaseBar
from allguide.ui.timeline.track_row import TrackRow

TICK_MONTHS = 6
LOOK_AGAIN_MS = 60 * 60 * 1000  # the "today" timer looks at the clock at least hourly
GAP = 8


@dataclass(frozen=True)
class TrackGroup:
    """Tracks of one kind under their own heading: steroids are not "for some patients"."""

    kind: TrackKind
    heading: QLabel
    rows: list[TrackRow]


class TimelineChart(QWidget):
    """Children do the interactive parts (bars, tracks); this paints the axis and the grid.

    ``now`` is the clock (injectable for tests). A single-shot timer aimed at
    the next midnight moves the "today" marker on when the date changes.
    """

    phaseChosen = Signal(int)
    trackChosen = Signal(str)

    def __init__(
        self,
        spans: list[PhaseSpan],
        phase_labels: list[str],
        tracks: list[tuple[TimelineTrack, str]],
        locale: QLocale,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._spans = spans
        self._locale = locale
        self._to_scale = True
        self._start: dt.date | None = None
        self._now = now
        self._today = now().date()
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.midnight_timer.timeout.connect(self._on_day_may_have_changed)
        self._arm_midnight_timer()
        self.bars = [
            PhaseBar(span, label, self) for span, label in zip(spans, phase_labels, strict=True)
        ]
        for row, bar in enumerate(self.bars):
            bar.clicked.connect(lambda _c=False, r=row: self.phaseChosen.emit(r))
            bar.stepRequested.connect(lambda step, r=row: self._step(r, step))
        # Words, not paint: they wrap at a large text size, and a screen reader reads them.
        self.equal_caption = plain_label(
            self.tr("Equal widths: each phase gets the same space, whatever its length."), self
        )
        self.equal_caption.setObjectName("equalWidthsCaption")
        self.equal_caption.setWordWrap(True)
        self.equal_caption.setVisible(False)
        self.groups = self._make_groups(tracks)
        self.tracks = [row for group in self.groups for row in group.rows]
        for track_row in self.tracks:
            first = track_row.track.sections[0]
            track_row.clicked.connect(lambda _c=False, s=first: self.trackChosen.emit(s))
        self._apply_extents()

    def _make_groups(self, tracks: list[tuple[TimelineTrack, str]]) -> list[TrackGroup]:
        headings = {
            TrackKind.ALONGSIDE_CHEMOTHERAPY: self.tr("Among the common chemotherapy medicines:"),
            TrackKind.SOME_PATIENTS: self.tr(
                "For some patients. The source gives these no fixed time:"
            ),
        }
        groups = []
        for kind in TrackKind:  # the enum's order: with every patient's chemotherapy first
            rows = [TrackRow(track, label, self) for track, label in tracks if track.kind is kind]
            if rows:
                heading = plain_label(headings[kind], self)
                heading.setObjectName("trackHeading")
                heading.setWordWrap(True)
                groups.append(TrackGroup(kind, heading, rows))
        return groups

    # State -----------------------------------------------------------------

    @property
    def to_scale(self) -> bool:
        return self._to_scale

    def set_to_scale(self, to_scale: bool) -> None:
        self._to_scale = to_scale
        self.equal_caption.setVisible(not to_scale)
        self._apply_extents()
        self._place_children()  # the axis (months, or the caption) changes height
        self.updateGeometry()

    def set_start_date(self, start: dt.date | None) -> None:
        self._start = start
        self._today = self._now().date()
        self.update()

    @property
    def today(self) -> dt.date:
        return self._today

    def today_fraction(self) -> float | None:
        """Where today falls on the axis (0 to 1), when a start date is known and in range."""
        if self._start is None or not self._to_scale:
            return None
        total = total_months(self._spans)
        months = months_between(self._start, self._today)
        return months / total if total and 0 <= months <= total else None

    def _arm_midnight_timer(self) -> None:
        self.midnight_timer.start(ms_until_next_day(self._now(), LOOK_AGAIN_MS))

    @Slot()
    def _on_day_may_have_changed(self) -> None:
        """Move "today" on if the date changed, and aim at the next midnight again."""
        today = self._now().date()
        if today != self._today:
            self._today = today
            self.update()
        self._arm_midnight_timer()

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
        """The months (and "Today") to scale; with equal widths, the caption's lines."""
        least = self._line() * 2 + 8
        if self._to_scale:
            return least
        return max(least, self.equal_caption.heightForWidth(self.width()) + 8)

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

    def _layout(self) -> tuple[list[tuple[QWidget, QRectF]], int]:
        """Where each heading and track goes, and the height everything needs."""
        width = self.width()
        columns = self._track_columns()
        column_width = (width - GAP * (columns - 1)) // columns
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        places: list[tuple[QWidget, QRectF]] = []
        y = self.tracks_heading_top()
        for group in self.groups:
            heading_height = group.heading.heightForWidth(width)
            y += self._line() // 2
            places.append((group.heading, QRectF(0, y, width, heading_height)))
            y += heading_height + 4
            for first in range(0, len(group.rows), columns):
                row = group.rows[first : first + columns]
                row_height = max(t.height_for(column_width) for t in row)
                for column, track in enumerate(row):
                    place = columns - 1 - column if rtl else column
                    x = place * (column_width + GAP)
                    places.append((track, QRectF(x, y, column_width, row_height)))
                y += row_height
        return places, y + GAP

    def _content_height(self) -> int:
        return self._layout()[1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_children()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (ui/zoom): the same width, but every row's height changed."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._place_children()
            self.updateGeometry()

    def _place_children(self) -> None:
        y = self._axis_height()
        width = self.width()
        if not self._to_scale:
            self.equal_caption.setGeometry(0, 2, width, self.equal_caption.heightForWidth(width))
        for bar in self.bars:
            height = bar.row_height(width)
            bar.setGeometry(0, y, width, height)
            y += height
        places, height = self._layout()
        for widget, rect in places:
            widget.setGeometry(rect.toRect())
        self.setFixedHeight(height)

    def tracks_heading_top(self) -> int:
        return self._axis_height() + sum(b.row_height(self.width()) for b in self.bars)

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
        theme = active_theme()
        grid, axis_text = qcolor(theme.grid), qcolor(theme.quiet_text)
        fraction = self.today_fraction()
        today = self._today_label(painter, fraction) if fraction is not None else None
        if self._to_scale:
            total = total_months(self._spans) or 1
            # The lines stop short of the bars and of every word: words sit on a clean
            # background (with the high-contrast theme's strong lines most of all).
            # (save and restore: a clip set again after setClipping(False) is not kept.)
            painter.save()
            painter.setClipRegion(self.free_of_words(bars=True, also=today))
            painter.setPen(QPen(grid, 1))
            for month in range(0, total + 1, TICK_MONTHS):
                x = self._x(month / total)
                painter.drawLine(QPointF(x, line * 1.6), QPointF(x, bottom))
            painter.restore()
            painter.setPen(axis_text)
            for label, place in self.axis_places():
                painter.drawText(place, label)
        if fraction is not None and today is not None:
            self._paint_today(painter, fraction, bottom, today)
        painter.end()

    def axis_places(self) -> list[tuple[str, QRectF]]:
        """The months' words on the axis and where they go, each centred on its line:
        all of them where they fit, else every other one (every third...), so that no
        two run into each other (a narrow window, a large text size, long month names)."""
        total = total_months(self._spans) or 1
        metrics = self.fontMetrics()
        places = []
        for month in range(0, total + 1, TICK_MONTHS):
            label = self.axis_label(month)
            width = metrics.horizontalAdvance(label) + 2
            left = min(max(0.0, self._x(month / total) - width / 2), self.width() - width)
            places.append((label, QRectF(left, 2, width, self._line() + 2)))
        for step in range(1, len(places)):
            kept = places[::step]
            if not any(
                first.adjusted(-GAP, 0, GAP, 0).intersects(second)
                for (_, first), (_, second) in pairwise(kept)
            ):
                return kept
        return places[:1]

    def free_of_words(self, bars: bool, also: QRectF | None = None) -> QRegion:
        """The chart less its phases' words (and their bars, if ``bars``), where lines
        may be drawn without crossing anything to read."""
        free = QRegion(self.rect())
        for bar in self.bars:
            kept = [bar.label_rect(), bar.bar_rect()] if bars else [bar.label_rect()]
            for rect in kept:
                around = rect.translated(QPointF(bar.pos())).adjusted(-2, -2, 2, 2)
                free -= QRegion(around.toAlignedRect())
        if also is not None:
            free -= QRegion(also.adjusted(-2, -2, 2, 2).toAlignedRect())
        return free

    def _today_label(self, painter: QPainter, fraction: float) -> QRectF:
        """Where "Today" is written, beside its line."""
        x = self._x(fraction)
        width = painter.fontMetrics().horizontalAdvance(self.tr("Today"))
        left = min(max(0.0, x + 4), self.width() - width - 2)
        return QRectF(left, self._line() + 2, width + 2, self._line() + 2)

    def _paint_today(self, painter: QPainter, fraction: float, bottom: int, label: QRectF) -> None:
        x = self._x(fraction)
        painter.setPen(QPen(qcolor(active_theme().today_line), 2, Qt.PenStyle.SolidLine))
        painter.save()
        painter.setClipRegion(self.free_of_words(bars=False))  # through the bars, not words
        painter.drawLine(QPointF(x, self._line() * 1.4), QPointF(x, bottom))
        painter.restore()
        painter.drawText(label, self.tr("Today"))

    def axis_label(self, month: int) -> str:
        if self._start is not None:
            return self._locale.toString(qdate(add_months(self._start, month)), "MMM yyyy")
        if month == 0:
            return self.tr("Start")
        return length_words(month)  # ticks are 6 months apart
