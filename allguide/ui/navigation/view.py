"""The navigation tree view: turns the user's choice into a page request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeView, QWidget

from allguide.ui.item_tooltips import show_row_tooltip
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.navigation.rows import WrappedRows
from allguide.ui.roles import ItemRole

LEAST_CHARACTERS = 20  # the tree's least width, in average characters
# The most its longest word may widen it to: a longer word (a title from bad content) is
# ended with "…", its whole title in the tooltip, rather than push the window off screen.
MOST_CHARACTERS = 30


class NavigationTree(QTreeView):
    """Emits ``pageRequested`` when the user moves to a row by mouse, touch or keys."""

    pageRequested = Signal(str)

    def __init__(self, model: NavigationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._following = False
        self.setModel(model)
        self.setHeaderHidden(True)
        # A long title wraps onto more lines (rows of varied height), never cut short:
        # "…" stays only as a last resort, should a row ever be measured too short.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rows = WrappedRows(self)
        self.setItemDelegate(self.rows)
        # Its column follows the viewport's width (the last section stretches): each
        # row is then measured again, as tall as its title needs at the new width.
        self.header().sectionResized.connect(self._on_column_resized)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Topics"))
        self._least_width: tuple[tuple[object, ...], int] | None = None
        self.expandToDepth(0)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        # A click on the row that is already current (after start-up, say) must still open it.
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)  # Enter on the current row

    def navigation_model(self) -> NavigationModel:
        model = self.model()
        assert isinstance(model, NavigationModel)
        return model

    def minimumSizeHint(self) -> QSize:
        """Wide enough for 20 characters and for its longest word whole at its depth
        (titles wrap between words only), up to 30 characters, beside its scroll bar, at
        the text size of the moment."""
        hint = super().minimumSizeHint()
        # The scroll bar as it is drawn: a kiosk's are a finger wide, not the style's.
        bar = max(
            self.verticalScrollBar().sizeHint().width(),
            self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self),
        )
        key = (self.font().key(), self.frameWidth(), self.indentation(), self.model(), bar)
        if self._least_width is None or self._least_width[0] != key:
            character = self.fontMetrics().averageCharWidth()
            words = min(self.rows.widest_word_need(), character * MOST_CHARACTERS)
            # The bar and the frame come on top: the words' room is the same beside a
            # finger-wide bar as beside a thin one.
            least = max(character * LEAST_CHARACTERS, words + 2 * self.frameWidth() + bar)
            self._least_width = (key, least)
        hint.setWidth(self._least_width[1])
        return hint

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (ui/zoom): the least width changes with it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

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

    @Slot(int, int, int)
    def _on_column_resized(self, _column: int, old: int, new: int) -> None:
        if old != new:
            self.doItemsLayout()

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
