"""A large, touch-friendly button with a topic's title and a one-line summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from allguide.ui.fonts import TITLE, emphasise
from allguide.ui.plain import wrapping_label


class TopicButton(QPushButton):
    """QPushButton cannot wrap text, so two labels sit inside it."""

    def __init__(self, page_id: str, title: str, summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.page_id = page_id
        self.setObjectName("topicButton")
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        policy.setHeightForWidth(True)  # as tall as its wrapped words need: none cut off
        self.setSizePolicy(policy)
        # Wrapped, even within a word too long for a line ("A–Z" kept whole): the page
        # never scrolls sideways.
        title_label = wrapping_label(title)
        title_label.setObjectName("topicTitle")
        emphasise(title_label, TITLE, bold=True)
        summary_label = wrapping_label(summary)
        summary_label.setObjectName("topicSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        for label in (title_label, summary_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumHeight(84)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), needed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the topic too, not only Space."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)
