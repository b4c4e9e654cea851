"""The phases as an item model: the chart, the plain list and the details share it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from allguide.timeline.windows import PhaseSpan
from allguide.ui.roles import ItemRole


class PhasesModel(QStandardItemModel):
    """One row per phase, in order; the text says everything the picture shows."""

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
        return (
            self.tr("%1. %2: %3. %4.")
            .replace("%1", str(phase.order))
            .replace("%2", phase.name)
            .replace("%3", phase.duration.text)
            .replace("%4", phase.intensity_text)
        )

    def phase_span(self, row: int) -> PhaseSpan:
        return self.spans[row]
