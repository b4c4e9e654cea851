"""The timeline view: the picture, its legend, the phase details, a plain list and My dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from allguide.content.model import Content
from allguide.mode import NORMAL_MODE, Mode
from allguide.timeline.windows import phase_spans
from allguide.ui.fonts import VIEW_HEADING, emphasise
from allguide.ui.preferences import Preferences
from allguide.ui.reader.page_builder import PageBuilder
from allguide.ui.reader.panel import ReaderPanel
from allguide.ui.timeline.chart import TimelineChart
from allguide.ui.timeline.model import PhasesModel
from allguide.ui.timeline.my_dates import MyDatesPanel
from allguide.ui.timeline.phase_list import PhaseList
from allguide.ui.timeline.two_columns import TwoColumns
from allguide.ui.wording import fill


class TimelineView(QScrollArea):
    """Selecting a phase anywhere (bar, keys, list) selects it everywhere: one selection model."""

    pageRequested = Signal(str)

    def __init__(
        self,
        content: Content,
        page_builder: PageBuilder,
        preferences: Preferences,
        locale: QLocale,
        my_dates: bool = True,
        parent: QWidget | None = None,
        *,
        mode: Mode = NORMAL_MODE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Treatment phases over time"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._pages = page_builder
        spans = phase_spans(content.phases)
        self.model = PhasesModel(spans, self)
        self.selection = QItemSelectionModel(self.model, self)

        heading = QLabel(self.tr("Treatment phases over time"))
        heading.setObjectName("viewHeading")
        emphasise(heading, VIEW_HEADING, bold=True)
        intro = QLabel(
            self.tr(
                "Chemotherapy for ALL has three phases. Choose a phase to read about it. "
                "Each bar shows how long the source says a phase may last. "
                "This is not your child's or your own plan."
            )
        )
        intro.setWordWrap(True)

        self.to_scale_button = QPushButton(self.tr("To scale"))
        self.equal_button = QPushButton(self.tr("Equal widths"))
        scale_group = QButtonGroup(self)
        for button in (self.to_scale_button, self.equal_button):
            button.setCheckable(True)
            button.setObjectName("treatmentToggle")
            scale_group.addButton(button)
        self.to_scale_button.setChecked(True)
        self.to_scale_button.toggled.connect(self._on_scale)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show:")))
        controls.addWidget(self.to_scale_button)
        controls.addWidget(self.equal_button)
        controls.addStretch(1)

        labels = [self.model.item(row).text() for row in range(self.model.rowCount())]
        tracks = [
            (
                track,
                fill(self.tr("%1 — %2"), track.name, track.when),
            )
            for track in content.timeline_tracks
        ]
        self.chart = TimelineChart(spans, labels, tracks, locale)
        self.chart.phaseChosen.connect(self.select_row)
        self.chart.trackChosen.connect(self.pageRequested)

        legend = QLabel(
            self.tr(
                "The phases follow one another. The source gives no start dates: drawn to "
                "scale, each bar starts where the phase before it may end at the earliest. "
                "A bar reaches as far as its phase may last; a dashed line inside marks "
                "another length it may last. Tall bar: high doses; short bar: lower doses. "
                "Dashed box: the source gives it no fixed time."
            )
        )
        legend.setObjectName("timelineLegend")
        legend.setWordWrap(True)

        # The one reader panel: web links show their address, citations their reference.
        self.details = ReaderPanel(
            page_builder.reference_tooltips(), mode=mode, definitions=page_builder.definition
        )
        self.details.setObjectName("phaseDetails")
        self.details.view.setAccessibleName(self.tr("Phase details"))
        self.details.setMinimumHeight(260)
        self.details.pageRequested.connect(self.pageRequested)
        self.open_button = QPushButton(self.tr("Read this phase in the reader"))
        self.open_button.setObjectName("openInReader")
        self.open_button.clicked.connect(self._open_in_reader)
        reading = QWidget()
        details_column = QVBoxLayout(reading)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addWidget(self.details, 1)
        details_column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)

        list_heading = QLabel(self.tr("The phases as a list"))
        list_heading.setObjectName("subHeading")
        self.list = PhaseList()
        self.list.setObjectName("phaseList")
        self.list.setModel(self.model)
        self.list.setSelectionModel(self.selection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("The phases as a list"))

        self.my_dates: MyDatesPanel | None = None
        side_column = QWidget()
        side = QVBoxLayout(side_column)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(list_heading)
        side.addWidget(self.list)
        if my_dates:
            self.my_dates = MyDatesPanel(spans, preferences, locale)
            self.my_dates.startChanged.connect(self._on_start)
            side.addWidget(self.my_dates)
        side.addStretch(1)

        lower = TwoColumns(reading, side_column)

        body = QWidget()
        body.setObjectName("timelineBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.chart)
        layout.addWidget(legend)
        layout.addLayout(lower, 1)
        self.setWidget(body)

        self.selection.currentChanged.connect(self._on_current)
        if self.my_dates is not None and self.my_dates.start is not None:
            self.chart.set_start_date(self.my_dates.start)
        self.select_row(0)

    @Slot(int)
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = current.row()
        self.chart.select(row)
        span = self.model.phase_span(row)
        page = self._pages.build(span.phase.section)
        if page is not None:
            self.details.show_page(page)

    @Slot()
    def _open_in_reader(self) -> None:
        index = self.selection.currentIndex()
        if index.isValid():
            self.pageRequested.emit(self.model.phase_span(index.row()).phase.section)

    @Slot(bool)
    def _on_scale(self, to_scale: bool) -> None:
        self.chart.set_to_scale(to_scale)

    @Slot(object)
    def _on_start(self, start: dt.date | None) -> None:
        self.chart.set_start_date(start)

    def selected_phase(self) -> str:
        return str(self.selection.currentIndex().data(Qt.ItemDataRole.DisplayRole) or "")
