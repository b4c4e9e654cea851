"""Which page is shown, and the back/forward history, apart from any widget."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

HOME_PAGE = "home"
# Views that are not content pages. A colon can never be in a content id.
SEARCH_PAGE = "view:search"
SIDE_EFFECTS_PAGE = "view:side-effects"
TIMELINE_PAGE = "view:timeline"


class Navigator(QObject):
    """Browser-style history of page ids; views follow ``currentChanged``."""

    currentChanged = Signal(str)
    historyChanged = Signal(bool, bool)  # can go back, can go forward

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._back: list[str] = []
        self._forward: list[str] = []
        self._current = HOME_PAGE

    @property
    def current(self) -> str:
        return self._current

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    @Slot(str)
    def open(self, page_id: str) -> None:
        """Show ``page_id``; opening the page already shown does nothing."""
        if page_id == self._current:
            return
        self._back.append(self._current)
        self._forward.clear()
        self._move_to(page_id)

    @Slot()
    def back(self) -> None:
        if self._back:
            self._forward.append(self._current)
            self._move_to(self._back.pop())

    @Slot()
    def forward(self) -> None:
        if self._forward:
            self._back.append(self._current)
            self._move_to(self._forward.pop())

    @Slot()
    def home(self) -> None:
        self.open(HOME_PAGE)

    def _move_to(self, page_id: str) -> None:
        self._current = page_id
        self.currentChanged.emit(page_id)
        self.historyChanged.emit(self.can_go_back(), self.can_go_forward())
