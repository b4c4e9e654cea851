"""Row tooltips: models give the words; the views show them literally, never as markup."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.search import SearchHit, SearchResponse
from tests.gui import MakeWindow, tooltip_shown

# Markup Qt would act on if it read a tooltip as rich text; the picture does not exist,
# so a regression shows as a wrong text, not as a file read.
MARKUP = "<img src=/no/such/picture.png> <b>x</b> &amp; <a href='#y'>y</a>"
SUMMARY = "Induction, consolidation and maintenance."

Edit = Callable[[str, str, str], object]
Load = Callable[[], LoadResult]


def hover(qtbot: QtBot, view: QAbstractItemView, where: QPoint) -> str:
    """The tooltip shown for a hover at ``where`` (viewport coordinates), as Qt shows it;
    empty when none is."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, on a tooltip
def test_the_tree_shows_a_title_with_markup_as_written(
    qtbot: QtBot, make_window: MakeWindow, edit: Edit, load_copy: Load
) -> None:
    edit("sections.yaml", "    title: Phases of treatment\n", f'    title: "{MARKUP}"\n')
    window = make_window(load_copy())
    index = window.navigation_model.index_of("chemotherapy-phases")
    window.tree.scrollTo(index)
    shown = hover(qtbot, window.tree, window.tree.visualRect(index).center())
    assert tooltip_shown(shown) == f"{MARKUP}\n{SUMMARY}"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_search_result_shows_a_snippet_with_markup_as_written(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    panel = window.search_panel
    hit = SearchHit("chemotherapy", "section", "Chemotherapy", MARKUP, (), 1.0)
    panel.model.set_response(SearchResponse(MARKUP, (hit,)))
    window.search_box.search_now("chemo")  # shows the results page
    panel.model.set_response(SearchResponse(MARKUP, (hit,)))
    first = panel.results.visualRect(panel.model.index(0, 0))
    assert tooltip_shown(hover(qtbot, panel.results, first.center())) == MARKUP
    below = QPoint(first.center().x(), first.bottom() + 40)  # no row there: no tooltip
    assert hover(qtbot, panel.results, below) == ""
