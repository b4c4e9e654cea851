"""Back/forward history behaves like a browser's; views have ids no content can take."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import HISTORY_LIMIT, Navigator, View

CONTENT_ID = re.compile(r"[a-z0-9-]+")  # the schema's pattern for every content id


def test_history(qtbot: QtBot) -> None:
    nav = Navigator()
    assert nav.current == View.HOME.page_id and not nav.can_go_back()
    with qtbot.waitSignal(nav.currentChanged) as shown:
        nav.open("a")
    assert shown.args == ["a"]
    nav.open("b")
    nav.open("b")  # the same page again is not a new step
    nav.back()
    assert nav.current == "a" and nav.can_go_forward()
    nav.open("c")  # a new page after going back drops the forward history
    assert not nav.can_go_forward()
    nav.back()
    nav.back()
    assert nav.current == View.HOME.page_id
    nav.back()  # nothing further back: no change
    assert nav.current == View.HOME.page_id
    with qtbot.waitSignal(nav.historyChanged) as changed:
        nav.forward()
    assert changed.args == [True, True]


def test_view_ids_can_never_be_content_ids() -> None:
    for view in View:
        assert not CONTENT_ID.fullmatch(view.page_id)
        assert View.of(view.page_id) is view
    for content_id in ("home", "search", "timeline", "side-effects"):
        assert View.of(content_id) is None


def test_showing_a_view_and_a_content_page_named_like_it(qtbot: QtBot) -> None:
    nav = Navigator()
    nav.show(View.TIMELINE)
    assert nav.current_view is View.TIMELINE
    nav.open("home")  # a content page called "home" is not the home view
    assert nav.current == "home" and nav.current_view is None
    nav.home()
    assert nav.current_view is View.HOME


def visit(nav: Navigator, count: int) -> list[str]:
    """Open ``count`` pages, each new; the pages shown, in order, home first."""
    shown = [nav.current]
    for number in range(count):
        nav.open(f"page-{number}")
        shown.append(nav.current)
    return shown


def test_history_is_capped_and_the_latest_steps_kept(qtbot: QtBot) -> None:
    """A kiosk runs for months: Back remembers the last HISTORY_LIMIT steps, no more."""
    nav = Navigator()
    shown = visit(nav, HISTORY_LIMIT + 50)
    assert nav.history_lengths() == (HISTORY_LIMIT, 0)
    states = []
    nav.historyChanged.connect(lambda back, forward: states.append((back, forward)))
    retraced = []
    while nav.can_go_back():
        nav.back()
        retraced.append(nav.current)
    assert retraced == shown[-2 : -2 - HISTORY_LIMIT : -1]  # the newest steps, newest first
    assert states[0] == (True, True) and states[-1] == (False, True)
    assert len(states) == HISTORY_LIMIT
    nav.back()  # the forgotten steps are not reached
    assert nav.current == shown[-1 - HISTORY_LIMIT] and len(states) == HISTORY_LIMIT
    while nav.can_go_forward():
        nav.forward()
    assert nav.current == shown[-1]
    assert nav.history_lengths() == (HISTORY_LIMIT, 0)


def test_at_the_cap_each_step_still_says_back_is_possible(qtbot: QtBot) -> None:
    nav = Navigator()
    visit(nav, HISTORY_LIMIT)
    for number in range(3):
        with qtbot.waitSignal(nav.historyChanged) as changed:
            nav.open(f"more-{number}")
        assert changed.args == [True, False]
        assert nav.history_lengths() == (HISTORY_LIMIT, 0)
    nav.back()
    nav.open("new")  # a new page after going back drops the forward steps, at the cap too
    assert nav.history_lengths() == (HISTORY_LIMIT, 0) and not nav.can_go_forward()


def test_back_button_and_alt_left_stop_at_the_cap(qtbot: QtBot, window: MainWindow) -> None:
    """Through the window: Back (button, then Alt+Left) retraces the newest steps, then greys."""
    page_ids = window.navigation_model.page_ids()
    opened = [page_ids[number % len(page_ids)] for number in range(HISTORY_LIMIT + 20)]
    for page_id in opened:
        window.navigator.open(page_id)
    back_button = window.toolbar.widgetForAction(window.back_action)
    assert isinstance(back_button, QToolButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    expected = opened[-2 : -2 - HISTORY_LIMIT : -1]
    for step, page_id in enumerate(expected):
        if step < 10:
            qtbot.mouseClick(back_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert window.navigator.current == page_id
        assert window.reader.view.page is not None and window.reader.view.page.id == page_id
    assert not window.back_action.isEnabled() and not back_button.isEnabled()
    assert window.forward_action.isEnabled()
