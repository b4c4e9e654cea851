"""The toolbar as a run shows it: under the app's theme (``apply_appearance``), whose sheet
makes the toolbar's buttons wider. Whether their words fit must be measured with that
look, or in a window a little too narrow for them the search box goes behind the
toolbar's » arrow, out of sight and out of reach of Tab."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.ui.mainwindow import MainWindow
from tests.gui import press_tab

SCALES = [1.0, 1.5]
WIDEST = 1400  # wider than the toolbar needs at these text sizes


def resized(window: MainWindow, width: int) -> None:
    """The window made ``width`` wide, and its toolbar laid out again, as the event loop's
    next turn would."""
    window.resize(width, window.height())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout = window.toolbar.layout()
    assert layout is not None
    layout.activate()


def tab_from_home_to_the_tree(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The names of where Tab lands, one press after another, from the toolbar's Home button
    until the tree."""
    home = window.toolbar.widgetForAction(window.home_action)
    assert isinstance(home, QToolButton)
    home.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = [press_tab(qtbot)]
    while visited[-1] is not window.tree and len(visited) < 10:
        visited.append(press_tab(qtbot))
    return [w.objectName() or type(w).__name__ for w in visited]


@pytest.mark.parametrize("scale", SCALES, ids=[f"text-{s}x" for s in SCALES])
def test_under_the_theme_the_search_box_stays_in_the_toolbar_at_any_width(
    qtbot: QtBot, qapp: QApplication, build: Callable[..., MainWindow], scale: float
) -> None:
    """The window as a run builds it, from its narrowest to wide, 10 pixels at a time: the
    search box is always shown in the toolbar, and Tab from Home reaches it."""
    apply_appearance(qapp, Appearance(font_scale=scale))  # put back by conftest's same_look
    window = build()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    hidden, skipped_by_tab = [], []
    for width in range(window.minimumWidth(), WIDEST, 10):
        resized(window, width)
        if not window.search_box.isVisible():
            hidden.append(width)
        if width % 50 < 10 and "searchBox" not in tab_from_home_to_the_tree(qtbot, window):
            skipped_by_tab.append(width)
    assert (hidden, skipped_by_tab) == ([], [])
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
