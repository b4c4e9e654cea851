"""The phases as a plain list that is always as tall as its wrapped rows: no phase hides."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QListView, QSizePolicy, QStyleOptionViewItem, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size


class PhaseList(QListView):
    """A word-wrapped list never scrolls: it tells the layout the height its rows need.

    Wrapped rows grow taller as the list narrows (a bigger text size, a narrow
    window), so the height is a height-for-width, as for a word-wrapped label: the
    layout asks it for the width it is about to give, and makes room.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not Fixed: a fixed policy caps the height at sizeHint(), taken at the current width.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The rows' heights laid out at ``width``, as QListView lays them, plus the frame."""
        model = self.model()
        if model is None:
            return 2 * self.frameWidth()
        margins = self.viewportMargins()
        inner = width - 2 * self.frameWidth() - margins.left() - margins.right()
        spacing = self.spacing()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # A valid rect, as QListView passes: the style wraps words only within one.
        option.rect = QRect(0, 0, max(1, inner - 2 * spacing), QWIDGETSIZE_MAX)
        root = self.rootIndex()
        indexes = [model.index(row, 0, root) for row in range(model.rowCount(root))]
        rows = sum(
            self.itemDelegateForIndex(index).sizeHint(option, index).height() + spacing
            for index in indexes
        )
        return rows + spacing + 2 * self.frameWidth() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))
