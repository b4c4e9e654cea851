"""The phases as an item model: the chart, the plain list and the details share it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from allguide.timeline.windows import PhaseSpan
from allguide.ui.roles import ItemRole
from allguide.ui.wording import fill


class PhasesModel(QStandardItemModel):
    """One row per phase, in order; the text says everything the picture shows.

    The duration is the source's own words ("May last 1 or 2 months"): never a
    minimum or a usual length, here or in the picture.
    """

    def __init__(self, spans: list[PhaseSpan], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spans = spans
        for span in spans:
            phase = span.phase
            item = QStandardItem(self.describe(span))
            item.setEditable(False)
            item.setData(phase.id, ItemRole.ID)
            self.appendRow(item)  # Qt reads the display text out as the accessible name

    def describe(self, span: PhaseSpan) -> str:
        """E.g. "1. Induction: May last 1 or 2 months. High doses of treatment."."""
        phase = span.phase
        return fill(
            self.tr("%1. %2: %3. %4."),
            phase.order,
            phase.name,
            phase.duration.text,
            phase.intensity_text,
        )

    def phase_span(self, row: int) -> PhaseSpan:
        return self.spans[row]
