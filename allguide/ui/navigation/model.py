"""The navigation tree's item model: sections, with their agents beneath them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from allguide.content.model import Content
from allguide.ui.roles import ItemRole, NodeKind


class NavigationModel(QStandardItemModel):
    """A read-only tree of the content's pages, built once per language."""

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, QPersistentModelIndex] = {}
        self._add_children(self.invisibleRootItem(), None, content)
        for agent in content.orphan_agents():
            self._add_agent(self.invisibleRootItem(), agent.id, agent.name)

    def _add_children(self, parent: QStandardItem, parent_id: str | None, content: Content) -> None:
        for section in content.children(parent_id):
            item = self._item(section.id, section.title, NodeKind.SECTION, section.summary)
            parent.appendRow(item)
            self._remember(item)
            self._add_children(item, section.id, content)
            for agent in content.agents_in(section.id):
                self._add_agent(item, agent.id, agent.name)

    def _add_agent(self, parent: QStandardItem, agent_id: str, name: str) -> None:
        child = self._item(agent_id, name, NodeKind.AGENT, "")
        parent.appendRow(child)
        self._remember(child)

    @staticmethod
    def _item(page_id: str, title: str, kind: str, summary: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setEditable(False)
        item.setData(page_id, ItemRole.ID)
        item.setData(kind, ItemRole.KIND)
        item.setData(summary, ItemRole.SUMMARY)
        # Data, not markup: the tree shows it as plain text (item_tooltips).
        item.setData(f"{title}\n{summary}" if summary else title, Qt.ItemDataRole.ToolTipRole)
        return item

    def _remember(self, item: QStandardItem) -> None:
        page_id = item.data(ItemRole.ID)
        self._rows.setdefault(page_id, QPersistentModelIndex(item.index()))

    def index_of(self, page_id: str) -> QModelIndex:
        """The index showing ``page_id``, or an invalid index."""
        row = self._rows.get(page_id)
        if row is None or not row.isValid():
            return QModelIndex()
        return self.index(row.row(), row.column(), row.parent())

    def page_ids(self) -> list[str]:
        """Every page in the tree, in tree order."""
        return list(self._rows)

    def top_level(self) -> list[tuple[str, str, str]]:
        """``(id, title, summary)`` of each top-level row, for the home page."""
        rows = []
        for row in range(self.rowCount()):
            index = self.index(row, 0)
            rows.append(
                (
                    index.data(ItemRole.ID),
                    index.data(Qt.ItemDataRole.DisplayRole),
                    index.data(ItemRole.SUMMARY),
                )
            )
        return rows
