"""Which page is shown, and the back/forward history, apart from any widget."""

from __future__ import annotations

from collections import deque
from enum import Enum

from PySide6.QtCore import QObject, Signal, Slot

_VIEW_PREFIX = "view:"  # content ids are [a-z0-9-]+, so never start like this

HISTORY_LIMIT = 100
"""How many steps Back (and Forward) can take.

A kiosk runs for months without a restart: a history that only grows is memory
that only grows. A hundred steps back is more than anyone retraces; the oldest
step is forgotten first.
"""


class View(Enum):
    """The main window's views, which are not content pages.

    Their page ids live in a namespace of their own, so a content section may be
    called "home" or "search" and still open.
    """

    HOME = "home"
    SEARCH = "search"
    SIDE_EFFECTS = "side-effects"
    TIMELINE = "timeline"

    @property
    def page_id(self) -> str:
        """The id the Navigator and page links use for this view: ``view:home``."""
        return _VIEW_PREFIX + self.value

    @classmethod
    def of(cls, page_id: str) -> View | None:
        """The view a page id stands for, or None for a content page."""
        if not page_id.startswith(_VIEW_PREFIX):
            return None
        try:
            return cls(page_id.removeprefix(_VIEW_PREFIX))
        except ValueError:
            return None


class Navigator(QObject):
    """Browser-style history of page ids; views follow ``currentChanged``."""

    currentChanged = Signal(str)
    historyChanged = Signal(bool, bool)  # can go back, can go forward

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._back: deque[str] = deque(maxlen=HISTORY_LIMIT)
        self._forward: deque[str] = deque(maxlen=HISTORY_LIMIT)
        self._current = View.HOME.page_id

    @property
    def current(self) -> str:
        return self._current

    @property
    def current_view(self) -> View | None:
        """The view shown, or None while a content page is."""
        return View.of(self._current)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def history_lengths(self) -> tuple[int, int]:
        """How many steps Back and Forward can take now (each at most HISTORY_LIMIT)."""
        return len(self._back), len(self._forward)

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

    def show(self, view: View) -> None:
        self.open(view.page_id)

    @Slot()
    def home(self) -> None:
        self.show(View.HOME)

    def _move_to(self, page_id: str) -> None:
        self._current = page_id
        self.currentChanged.emit(page_id)
        self.historyChanged.emit(self.can_go_back(), self.can_go_forward())
