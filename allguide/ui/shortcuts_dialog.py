"""The "Keyboard shortcuts" help page: every key the window answers, in plain words.

The window's own shortcuts are read from its actions when the page opens (the toolbar's,
text size, search, About, and any added later), with its buttons' Alt letters, so the
list can never drift from the keys that really work; the keys Qt itself gives every
window (Tab, Enter, arrows, Escape) follow, written out. A kiosk offers no such page
(Mode.offers_about).

At any text size every row is read whole: its words wrap onto more lines (rows of varied
height) rather than end in "…", and the dialog is sized in characters and lines of its
font, within the screen (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMargins, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from allguide.ui.plain import plain_label
from allguide.ui.theme import dress
from allguide.ui.window_fit import within

NATIVE = QKeySequence.SequenceFormat.NativeText
Index = QModelIndex | QPersistentModelIndex
WHAT, KEYS = 0, 1  # the columns
TALLEST = (1 << 24) - 1  # Qt's largest widget size: room for every line
# The Keys column's most share of the width: the rest is left to the words that say
# what a key does (a key list wraps after its commas when longer).
KEYS_SHARE = 0.4
# The dialog's size, in average characters across and lines down of its font: about 55
# characters a line for "What it does" beside its keys (600 x 480 pixels at 100 % on
# a common 10 pt font), and the list's rows below the words above it. A larger text
# size asks for a larger dialog, up to the screen's room.
COLUMNS = 100
LINES = 34


@dataclass(frozen=True)
class Shortcut:
    """What a key does (the action's own words) and the keys that do it."""

    what: str
    keys: tuple[QKeySequence, ...]


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """The shortcuts ``window``'s actions and QShortcuts answer, in the order they were made,
    with the Alt letters (mnemonics) of its buttons: a toolbar button's beside its
    action's keys, another button's on a line of its own."""
    mnemonics = window_mnemonics(window)
    by_action = {
        action: (button, key)
        for button, key in mnemonics
        if (action := _action_of(button)) is not None
    }
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = tuple(key for key in action.shortcuts() if not key.isEmpty())
        what = _plain(action.text())
        if action in by_action:
            button, key = by_action[action]
            keys += (key,)
            # Named as its button shows it ("Print", not its tooltip's "Save or print"):
            # the words someone looks for on the toolbar.
            what = _plain(button.text()) or what
        if keys:  # Back and Forward too while there is nowhere to go: still their keys
            found.append(Shortcut(what, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = tuple(key for key in shortcut.keys() if not key.isEmpty())  # noqa: SIM118
        if keys and shortcut.isEnabled() and shortcut.whatsThis():
            found.append(Shortcut(shortcut.whatsThis(), keys))
    for button, key in mnemonics:
        if _action_of(button) is None:
            found.append(Shortcut(button.accessibleName() or _plain(button.text()), (key,)))
    return found


def _action_of(button: QAbstractButton) -> QAction | None:
    """The action a toolbar button shows, if it shows one."""
    return button.defaultAction() if isinstance(button, QToolButton) else None


def window_mnemonics(window: QWidget) -> list[tuple[QAbstractButton, QKeySequence]]:
    """Each button of ``window`` (not of a dialog over it) whose words have an Alt letter
    ("&Back": Alt+B), with that key. Qt registers it for the button when its text is set,
    a toolbar button's from its action's iconText."""
    found = []
    for button in window.findChildren(QAbstractButton):
        key = QKeySequence.mnemonic(button.text())
        if not key.isEmpty() and button.window() is window:
            found.append((button, key))
    return found


def _plain(text: str) -> str:
    """An action's text without its mnemonic marks ("&Back" reads "Back")."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


class WrappedCells(QStyledItemDelegate):
    """Measures a row with each cell's words wrapped at its column's width, so the row is
    as tall as its longest cell needs and nothing ends in "…".

    Qt asks a tree's delegate for a row's size without its width (``option.rect`` is
    empty): the width comes from the column. The style paints the cell (the table's word
    wrap is on), so only the size is ours."""

    def __init__(self, table: QTreeWidget) -> None:
        super().__init__(table)
        self._table = table

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        width = max(1, self._table.columnWidth(index.column()))
        # A valid rect (its height too): Qt's style wraps words only within one.
        wrapped.rect = QRect(0, 0, width, TALLEST)  # type: ignore[attr-defined]
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]
        size = super().sizeHint(wrapped, index)
        # A little room between rows (the words are centred), so that rows of several
        # lines stand apart.
        return size.grownBy(QMargins(0, 0, 0, option.fontMetrics.lineSpacing() // 3))  # type: ignore[attr-defined]


class ShortcutsTable(QTreeWidget):
    """ "What it does" and "Keys", both wrapping: the keys get what they need on one line,
    up to ``KEYS_SHARE`` of the width, and the words the rest; no sideways scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(WrappedCells(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionsMovable(False)

    def viewportEvent(self, event: QEvent) -> bool:
        """The viewport's new size (the view's, or a scroll bar came or went). On Show too:
        Qt resizes a hidden viewport (its scroll bar laid out before the dialog shows)
        without a resize event after the one it had pending."""
        handled = super().viewportEvent(event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit_columns()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (ui/zoom): the keys need another width, the rows other heights."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # its least width too
            self.fit_columns(again=True)

    def _margin(self) -> int:
        """The room the style leaves each side of a cell's words."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1

    def column_need(self, column: int) -> tuple[int, int]:
        """``column``'s width with every cell on one line, and with its longest unbreakable
        piece whole ("Ctrl+Shift+F9", "Enregistrer"): lines break only between words, and
        its heading never."""
        metrics = self.fontMetrics()
        margins = 2 * self._margin() + 2  # a pixel either side: advances are rounded
        whole = piece = self.header().sectionSizeFromContents(column).width()
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is None:
                continue
            text = item.text(column)
            whole = max(whole, metrics.horizontalAdvance(text) + margins)
            for word in text.split():
                piece = max(piece, metrics.horizontalAdvance(word) + margins)
        return whole, piece

    def minimumSizeHint(self) -> QSize:
        """Never so narrow that a word or a key would be cut: each column's longest piece
        whole, beside the other's, and room for the scroll bar."""
        hint = super().minimumSizeHint()
        bar = max(
            self.verticalScrollBar().sizeHint().width(),
            self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self),
        )
        pieces = self.column_need(WHAT)[1] + self.column_need(KEYS)[1]
        hint.setWidth(max(hint.width(), pieces + 2 * self.frameWidth() + bar))
        return hint

    def fit_columns(self, *, again: bool = False) -> None:
        """Share the viewport's width: the keys first, up to their share (more only for a
        key too long for it), then the words; every row measured again at the new widths."""
        room = self.viewport().width()
        if room <= 0:
            return
        whole, piece = self.column_need(KEYS)
        keys = min(whole, max(round(room * KEYS_SHARE), piece))
        what = max(room - keys, 1)
        if not again and (self.columnWidth(KEYS), self.columnWidth(WHAT)) == (keys, what):
            return
        self.header().resizeSection(KEYS, keys)
        self.header().resizeSection(WHAT, what)
        self.doItemsLayout()


class ShortcutsDialog(QDialog):
    """Two columns, "What it does" and "Keys"; closed with Close or Escape."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = plain_label(self.tr("Everything in AllGuide works with the keyboard alone."))
        intro.setWordWrap(True)
        self.table = ShortcutsTable()
        self.table.setObjectName("shortcutsList")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        for shortcut in window_shortcuts(window):
            self._add(shortcut.what, self._keys(shortcut.keys))
        for what, keys in self._moving_around():
            self._add(what, keys)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        dress(self)  # the theme's look (its scroll bars, the list's frame), as other dialogs
        self.fit_to_font()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_to_font(self) -> None:
        """``COLUMNS`` characters across and ``LINES`` lines down of the dialog's font, so a
        larger text size gets a larger dialog, but never more than its screen's room."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * COLUMNS, metrics.lineSpacing() * LINES)
        screen = (self.parentWidget() or self).screen()
        self.resize(within(wanted, [screen.availableGeometry()]).size())

    def changeEvent(self, event: QEvent) -> None:
        """A new text size while the page is open: its size follows, as at opening."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_font()

    def _moving_around(self) -> list[tuple[str, str]]:
        """Keys Qt gives every window: no action of ours holds them, so they are written out."""
        return [
            (self.tr("Go to the next part of the window"), self._keys_of("Tab")),
            (self.tr("Go to the part before"), self._keys_of("Shift+Tab")),
            (self.tr("Open or press the part you are on"), self._or("Return", "Space")),
            (self.tr("Move in a list, the topics or the timeline"), self.tr("Arrow keys")),
            (self.tr("Clear the search, or close a window like this one"), self._keys_of("Esc")),
        ]

    def _keys(self, keys: tuple[QKeySequence, ...]) -> str:
        return self.tr(", ").join(self._left_to_right(key.toString(NATIVE)) for key in keys)

    def _keys_of(self, key: str) -> str:
        return self._keys((QKeySequence(key),))

    def _or(self, first: str, second: str) -> str:
        return self._keys((QKeySequence(first), QKeySequence(second)))

    def _left_to_right(self, keys: str) -> str:
        """ "Ctrl++" read left to right inside right-to-left words (as AboutDialog does)."""
        return f"\u2066{keys}\u2069" if self.isRightToLeft() else keys

    def _add(self, what: str, keys: str) -> None:
        item = QTreeWidgetItem([what, keys])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.addTopLevelItem(item)

    def rows(self) -> list[tuple[str, str]]:
        """What the page says, row by row, for tests."""
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]
