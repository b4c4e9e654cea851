"""Helpers for driving AllGuide's widgets the way a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow

MakeWindow = Callable[..., MainWindow]


def tooltip_shown(tip: str) -> str:
    """The words a tooltip shows, read the way Qt reads it (as rich text)."""
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def link_position(view: QTextBrowser, href: str) -> QPoint:
    """Where to click, in viewport coordinates, to follow the first link to ``href``."""
    document = view.document()
    cursor = QTextCursor(document)
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        at_block_start = cursor.block().position() == position  # then the format is the block's
        if not at_block_start and cursor.charFormat().anchorHref() == href:
            # Bring it on screen first, then aim at the middle of its first character.
            view.setTextCursor(cursor)
            view.ensureCursorVisible()
            before = QTextCursor(document)
            before.setPosition(position - 1)
            left = view.cursorRect(before)
            right = view.cursorRect(cursor)
            return QPoint((left.center().x() + right.center().x()) // 2, right.center().y())
    raise AssertionError(f"no link to {href!r} on the page")


def click_tree_row(qtbot: QtBot, window: MainWindow, page_id: str) -> None:
    index = window.navigation_model.index_of(page_id)
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_link(qtbot: QtBot, view: QTextBrowser, href: str) -> None:
    """Click the first link to ``href`` in a reader view, as a person would."""
    position = link_position(view, href)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def press_tab(qtbot: QtBot, backwards: bool = False) -> QWidget:
    """Press Tab (or Shift+Tab) where the focus is, as a person would; the new focus."""
    here = QApplication.focusWidget()
    assert here is not None
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(here, Qt.Key.Key_Tab, modifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def press_ctrl(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl and ``key`` on the window, made active first, as a person at it would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
