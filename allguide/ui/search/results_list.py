"""The list of search results: rows drawn by the rich-text delegate, tooltips as plain text."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QListView

from allguide.ui.item_tooltips import show_row_tooltip


class ResultsList(QListView):
    """A QListView whose row tooltips (the snippets) are shown literally, never as markup."""

    def viewportEvent(self, event: QEvent) -> bool:
        return show_row_tooltip(self, event) or super().viewportEvent(event)
