"""The navigation tree's rows: each as tall as its title needs at the width it has.

A tired parent reading at 200 % must read a whole title ("Philadelphia chromosome-
positive ALL"), not its first words and "…": the title wraps onto more lines instead.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex
TALLEST = (1 << 24) - 1  # Qt's largest widget size: room for every line


def depth_of(index: Index) -> int:
    """How many rows ``index`` sits below (0 for a top-level row)."""
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth


class WrappedRows(QStyledItemDelegate):
    """Measures a row with its title wrapped at the width the tree gives that row.

    Qt asks a tree's delegate for a row's size without its width (``option.rect`` is
    empty), so the width comes from the tree: its rows' width less the indentation.
    The style paints the row (the tree's word wrap is on), so only the size is ours.
    """

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def cell_width(self, index: Index) -> int:
        """The width ``index``'s title is painted in: its column's, less its indentation."""
        tree = self._tree
        # The column the tree paints in (its viewport's width once laid out). Not
        # viewport(): a plain QWidget handed to Python costs PySide ~8 ms the first time.
        width = tree.columnWidth(0) or tree.maximumViewportSize().width()
        steps = depth_of(index) + (1 if tree.rootIsDecorated() else 0)
        return max(1, width - tree.indentation() * steps)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        # A valid rect (its height too): Qt's style wraps words only within one.
        wrapped.rect = QRect(0, 0, self.cell_width(index), TALLEST)  # type: ignore[attr-defined]
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]
        return super().sizeHint(wrapped, index)

    def widest_word_need(self) -> int:
        """The width a row needs to hold its longest word whole, at its depth, over every
        row: narrower, a word would be cut short, as titles wrap only between words."""
        tree = self._tree
        model = tree.model()
        metrics = tree.fontMetrics()
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        extra = 1 if tree.rootIsDecorated() else 0
        widest = 0
        parents = [(QModelIndex(), 0)]
        while parents:
            parent, depth = parents.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                words = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split()
                # A pixel either side: a word's advance is rounded, its drawing is not.
                longest = max((metrics.horizontalAdvance(word) + 2 for word in words), default=0)
                need = tree.indentation() * (depth + extra) + longest + 2 * margin
                widest = max(widest, need)
                parents.append((index, depth + 1))
        return widest
