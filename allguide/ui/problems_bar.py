"""Tells the user, calmly, that some content could not be loaded, and where."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from allguide.content.errors import ContentError

SHOWN = 5


class ContentProblemsBar(QFrame):
    """Hidden when all content loaded; otherwise lists ``file:line: message`` lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsBar")
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setObjectName("problemsSummary")
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setObjectName("problemsDetails")
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._summary)
        layout.addWidget(self._details)
        self.hide()

    def show_problems(self, errors: Sequence[ContentError]) -> None:
        if not errors:
            self.hide()
            return
        self._summary.setText(
            self.tr(
                "Some content could not be loaded, so a few pages may be missing. "
                "Everything else works. Please tell the people who look after this computer:"
            )
        )
        lines = [str(e) for e in errors[:SHOWN]]
        if len(errors) > SHOWN:
            lines.append(self.tr("… and %n more.", "", len(errors) - SHOWN))
        self._details.setText("\n".join(lines))
        self.show()

    def text(self) -> str:
        return f"{self._summary.text()}\n{self._details.text()}"
