"""The list model of search results, apart from any widget (as in Zeal)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from allguide.search import SearchHit, SearchResponse
from allguide.search.documents import Kind
from allguide.ui.roles import ItemRole

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """One row per hit, best first; replaced whole on each new query."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()
        self.response: SearchResponse | None = None

    def set_response(self, response: SearchResponse | None) -> None:
        self.beginResetModel()
        self.response = response
        self._hits = response.hits if response is not None else ()
        self.endResetModel()

    def kind_name(self, kind: str) -> str:
        names = {
            Kind.SECTION: self.tr("Page"),
            Kind.AGENT: self.tr("Medicine"),
            Kind.SIDE_EFFECT: self.tr("Side effect"),
            Kind.GLOSSARY: self.tr("Word explained"),
        }
        return names.get(kind, kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:  # data: the results list shows it as plain text
            return hit.snippet
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}. {self.kind_name(hit.kind)}. {hit.snippet}"
        if role == ItemRole.ID:
            return hit.id
        if role == ItemRole.KIND:
            return hit.kind
        if role == ItemRole.SNIPPET:
            return hit.snippet
        if role == ItemRole.HIGHLIGHTS:
            return [list(span) for span in hit.highlights]
        if role == ItemRole.SCORE:
            return hit.score
        if role == ItemRole.KIND_NAME:
            return self.kind_name(hit.kind)
        return None
