"""Back/forward history behaves like a browser's; views have ids no content can take."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from allguide.ui.navigator import Navigator, View

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
