"""A kiosk screen turned upright and back (issue 12, section 3): the layout follows, and
nothing is wider than the window either way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import build_window, load
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View

LANDSCAPE = QSize(1920, 1080)
PORTRAIT = QSize(1080, 1920)


@pytest.fixture
def kiosk(qtbot: QtBot, user_settings_dir: object) -> Iterator[MainWindow]:
    """A kiosk window free to take any size: the offscreen screen cannot be turned, so its
    full-screen lock (which puts the window back on the screen) is let go of."""
    window = build_window(load("en", None), "en", persistent=False, kiosk=True)
    qtbot.addWidget(window)
    lock = window.findChild(QObject, "fullScreenLock")
    if lock is not None:
        window.removeEventFilter(lock)
    window.show()
    qtbot.waitExposed(window)
    yield window


def turn(qtbot: QtBot, window: MainWindow, size: QSize) -> None:
    window.setMinimumSize(1, 1)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    QApplication.processEvents()


def overflowing(window: MainWindow) -> list[str]:
    """Every shown widget that reaches past the window's edges (scrolled contents aside)."""
    whole = QRect(0, 0, window.width(), window.height())
    out = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() in ("homeBody", "timelineBody"):
            continue
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if place.right() > whole.right() and not _inside_a_scrolled_page(widget):
            out.append(f"{type(widget).__name__} {widget.objectName()!r} {place}")
    return out


def _inside_a_scrolled_page(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() in ("homeBody", "timelineBody", "qt_scrollarea_viewport"):
            return True
        parent = parent.parentWidget()
    return False


def test_the_layout_follows_the_screen_upright_and_back(qtbot: QtBot, kiosk: MainWindow) -> None:
    window = kiosk
    turn(qtbot, window, LANDSCAPE)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    tree_width = window.tree.width()
    assert window.tree.geometry().right() < window.pages.geometry().left()  # side by side
    assert overflowing(window) == []

    turn(qtbot, window, PORTRAIT)
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    tree, pages = window.tree.geometry(), window.pages.geometry()
    assert tree.bottom() < pages.top()  # the tree above the page
    assert tree.width() == pages.width() == window.splitter.width()
    assert pages.height() > tree.height()  # the page keeps most of the screen
    assert overflowing(window) == []
    assert window.search_box.isVisible()
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # the whole toolbar shows
    assert window.home.horizontalScrollBar().maximum() == 0  # no sideways scrolling

    turn(qtbot, window, LANDSCAPE)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.tree.width() == tree_width  # as it was before the screen turned


def test_a_page_built_upright_stands_upright_too(qtbot: QtBot, kiosk: MainWindow) -> None:
    window = kiosk
    turn(qtbot, window, PORTRAIT)
    window.navigator.show(View.SIDE_EFFECTS)
    QApplication.processEvents()
    [splitter] = window.side_effects.findChildren(QSplitter)
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert overflowing(window) == []
    window.navigator.show(View.TIMELINE)
    QApplication.processEvents()
    assert overflowing(window) == []
    assert window.timeline.horizontalScrollBar().maximum() == 0
    turn(qtbot, window, LANDSCAPE)
    assert splitter.orientation() == Qt.Orientation.Horizontal
