"""The home page tells its Tab stops (HomePage.tab_stops) instead of the window walking
Qt's focus chain at start-up: what it tells must be what Tab really does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.ui.home.page import HomePage
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.tab_order import tab_stops


def test_the_home_page_tells_the_tab_stops_qt_walks(qtbot: QtBot, bundled: LoadResult) -> None:
    home = HomePage(NavigationModel(bundled.content), bundled.content.document)
    qtbot.addWidget(home)
    told = home.tab_stops()
    assert len(told) > 3  # the shortcuts and the topics
    assert told == tab_stops(home)
