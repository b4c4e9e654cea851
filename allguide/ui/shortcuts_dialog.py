"""The "Keyboard shortcuts" help page: every key the window answers, in plain words.

The window's own shortcuts are read from its actions when the page opens (the toolbar's,
text size, search, About, and any added later), with its buttons' Alt letters, so the
list can never drift from the keys that really work; the keys Qt itself gives every
window (Tab, Enter, arrows, Escape) follow, written out. A kiosk offers no such page
(Mode.offers_about).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from allguide.ui.plain import plain_label

NATIVE = QKeySequence.SequenceFormat.NativeText


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
        action: key for button, key in mnemonics if (action := _action_of(button)) is not None
    }
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = tuple(key for key in action.shortcuts() if not key.isEmpty())
        if action in by_action:
            keys += (by_action[action],)
        if keys:  # Back and Forward too while there is nowhere to go: still their keys
            found.append(Shortcut(_plain(action.text()), keys))
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


class ShortcutsDialog(QDialog):
    """Two columns, "What it does" and "Keys"; closed with Close or Escape."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = plain_label(self.tr("Everything in AllGuide works with the keyboard alone."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("shortcutsList")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setWordWrap(True)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
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
        self.resize(600, 480)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

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
