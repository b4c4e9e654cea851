"""Tab through the home view, as a keyboard user would, in a left-to-right and a
right-to-left language: the order is the window's design (the topics tree, the page
shown, then the toolbar from Back to the Display button, and round to the tree), and
every stop shows a focus ring in the theme's focus colour while it has the focus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.languages import Language
from allguide.ui.mainwindow import MainWindow
from tests.test_theme import focus_pixels

BuildIn = Callable[..., MainWindow]


def toolbar_stops(window: MainWindow) -> list[QWidget]:
    """The toolbar's buttons and boxes Tab can land on, in the toolbar's order."""
    stops: list[QWidget] = []
    for action in window.toolbar.actions():
        widget = window.toolbar.widgetForAction(action)
        if widget is None or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QToolButton) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
    return stops


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ARABIC])
def test_tab_goes_round_the_home_view_with_a_ring_at_every_stop(
    qtbot: QtBot, build_in: BuildIn, language: Language
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, Appearance())  # the light theme: its focus colour is known
    window = build_in(language, kiosk=False)
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseMove(window.banner)  # the pointer away from every button: no hover colours
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
    walked: list[QWidget] = []
    no_ring: list[str] = []
    focused = QApplication.focusWidget()
    while focused is not None and focused not in walked:
        walked.append(focused)
        ring = focus_pixels(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if not ring - focus_pixels(walked[-1]):  # nothing of the focus colour went with it
            name = QAccessible.queryAccessibleInterface(focused).text(QAccessible.Text.Name)
            no_ring.append(f"{type(focused).__name__} {name!r}")
        focused = QApplication.focusWidget()
    assert focused is window.tree  # round, back to the start
    expected = [window.tree, *window.home.tab_stops(), *toolbar_stops(window)]
    assert [w.accessibleName() or w.objectName() for w in walked] == [
        w.accessibleName() or w.objectName() for w in expected
    ]
    assert walked == expected
    assert window.search_box in walked and window.display_button is walked[-1]
    assert no_ring == []
