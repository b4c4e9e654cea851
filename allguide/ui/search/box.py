"""The search box: debounced typing, and arrow keys and Enter for the results list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from allguide.ui.fonts import LARGER, emphasise

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """Emits ``searchRequested`` once typing pauses, never more than DEBOUNCE_MS late."""

    searchRequested = Signal(str)
    moveRequested = Signal(int)  # +1 down, -1 up
    activateRequested = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        emphasise(self, LARGER)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search: a word, a medicine, a side effect…"))
        self.setAccessibleName(self.tr("Search"))
        self._name_clear_button()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        self.textEdited.connect(self._restart)
        self.returnPressed.connect(self._on_return)

    def _name_clear_button(self) -> None:
        """Qt's clear button shows only an icon: a screen reader would say "button"."""
        for button in self.findChildren(QToolButton):  # not its action's text: measured
            button.setAccessibleName(self.tr("Clear the search"))

    @Slot()
    def _restart(self) -> None:
        self._timer.start()

    @Slot()
    def _fire(self) -> None:
        self.searchRequested.emit(self.text())

    @Slot()
    def _on_return(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now, then open
            self._timer.stop()
            self._fire()
        self.activateRequested.emit()

    def search_now(self, text: str) -> None:
        """Set the text and search at once, e.g. for a "Did you mean" suggestion."""
        self.setText(text)
        self._timer.stop()
        self._fire()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moveRequested.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        if key == Qt.Key.Key_Escape:
            self._timer.stop()
            self.clear()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
