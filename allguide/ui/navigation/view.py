"""The navigation tree view: turns the user's choice into a page request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from allguide.ui.item_tooltips import show_row_tooltip
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.roles import ItemRole


class NavigationTree(QTreeView):
    """Emits ``pageRequested`` when the user moves to a row by mouse, touch or keys."""

    pageRequested = Signal(str)

    def __init__(self, model: NavigationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._following = False
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Topics"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.expandToDepth(0)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        # A click on the row that is already current (after start-up, say) must still open it.
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)  # Enter on the current row

    def navigation_model(self) -> NavigationModel:
        model = self.model()
        assert isinstance(model, NavigationModel)
        return model

    def viewportEvent(self, event: QEvent) -> bool:
        """A row's tooltip (its title and summary) is shown as plain text."""
        return show_row_tooltip(self, event) or super().viewportEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Qt makes the first row current on focus; that must not open a page."""
        self._following = True
        try:
            super().focusInEvent(event)
        finally:
            self._following = False

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        self.pageRequested.emit(current.data(ItemRole.ID))

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pageRequested.emit(index.data(ItemRole.ID))

    @Slot(str)
    def follow(self, page_id: str) -> None:
        """Select the row for ``page_id`` (or none) without requesting it again."""
        index = self.navigation_model().index_of(page_id)
        self._following = True
        try:
            if index.isValid():
                self.setCurrentIndex(index)
                self.scrollTo(index)
            else:
                self.selectionModel().clear()
                self.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._following = False
