"""Back/forward history behaves like a browser's."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from allguide.ui.navigator import HOME_PAGE, Navigator


def test_history(qtbot: QtBot) -> None:
    nav = Navigator()
    assert nav.current == HOME_PAGE and not nav.can_go_back()
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
    assert nav.current == HOME_PAGE
    nav.back()  # nothing further back: no change
    assert nav.current == HOME_PAGE
    with qtbot.waitSignal(nav.historyChanged) as changed:
        nav.forward()
    assert changed.args == [True, True]
