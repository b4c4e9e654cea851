"""Two columns side by side where both fit, else one above the other: no sideways scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QStyle, QWidget

from allguide.ui.flow_layout import ItemListLayout


def preferred_height(item: QLayoutItem, width: int) -> int:
    """The height ``item`` wants at ``width``: its height-for-width when it has one."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


class TwoColumns(ItemListLayout):
    """The first column (the reading) and the second (a side column) share the width.

    Side by side when the first keeps its preferred width beside the second's
    minimum; the width is shared ``first_share`` to the first. Otherwise the first
    goes above the second and each has the full width, so a large text size or a
    narrow window never pushes anything out of sight. Mirrored right to left.
    """

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        parent: QWidget | None = None,
        spacing: int = 10,
        first_share: float = 0.6,
    ) -> None:
        super().__init__(parent)
        self._gap = spacing
        self._first_share = first_share
        self.addWidget(first)
        self.addWidget(second)

    # Sizes ----------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def side_by_side(self, width: int) -> bool:
        first, second = self._items
        return width >= first.sizeHint().width() + self._gap + second.minimumSize().width()

    def _widths(self, width: int) -> tuple[int, int]:
        """Side by side: the first gets its share, but the second never less than its minimum."""
        first, second = self._items
        shared = width - self._gap
        first_width = max(first.minimumSize().width(), int(shared * self._first_share))
        second_width = max(second.minimumSize().width(), shared - first_width)
        return shared - second_width, second_width

    def minimumSize(self) -> QSize:
        """As narrow as the wider column: one above the other."""
        first, second = (item.minimumSize() for item in self._items)
        return QSize(max(first.width(), second.width()), max(first.height(), second.height()))

    def sizeHint(self) -> QSize:
        first, second = (item.sizeHint() for item in self._items)
        width = first.width() + self._gap + second.width()
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        first, second = self._items
        if self.side_by_side(width):
            first_width, second_width = self._widths(width)
            return max(preferred_height(first, first_width), preferred_height(second, second_width))
        return preferred_height(first, width) + self._gap + preferred_height(second, width)

    # Placing --------------------------------------------------------------------

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        first, second = self._items
        if self.side_by_side(rect.width()):
            first_width, second_width = self._widths(rect.width())
            first_rect = QRect(rect.x(), rect.y(), first_width, rect.height())
            second_rect = QRect(
                rect.x() + first_width + self._gap, rect.y(), second_width, rect.height()
            )
        else:
            second_height = preferred_height(second, rect.width())
            first_height = max(
                preferred_height(first, rect.width()), rect.height() - self._gap - second_height
            )
            first_rect = QRect(rect.x(), rect.y(), rect.width(), first_height)
            second_rect = QRect(
                rect.x(), rect.y() + first_height + self._gap, rect.width(), second_height
            )
        owner = self.parentWidget()
        direction = owner.layoutDirection() if owner is not None else Qt.LayoutDirection.LeftToRight
        first.setGeometry(QStyle.visualRect(direction, rect, first_rect))
        second.setGeometry(QStyle.visualRect(direction, rect, second_rect))
