"""Rows are drawn from their models' data: exactly the ranges the roles give are highlighted."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.rich_text import RichTextDelegate
from allguide.ui.roles import ItemRole
from tests.drawn import characters_of, drawn_document, highlighted_characters, lines

TITLE, SECOND = 0, 1  # lines of a drawn row


def test_search_rows_highlight_exactly_the_snippet_ranges(qtbot: QtBot, window: MainWindow) -> None:
    window.search_box.search_now("Tasigna hair")
    view, model = window.search_panel.results, window.search_panel.model
    assert model.rowCount() >= 2
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        document = drawn_document(view, index)
        title, kind, snippet = (
            index.data(),
            index.data(ItemRole.KIND_NAME),
            index.data(ItemRole.SNIPPET),
        )
        assert lines(document) == [f"{title} — {kind}", snippet]
        ranges = index.data(ItemRole.HIGHLIGHTS)
        assert ranges  # every hit shows where it matched
        assert highlighted_characters(document) == characters_of(SECOND, ranges)


def side_effect_rows(qtbot: QtBot, window: MainWindow, text: str) -> list[tuple[object, object]]:
    window.navigator.show(View.SIDE_EFFECTS)
    view = window.side_effects
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, text)
    indexes = [view.proxy.index(row, 0) for row in range(view.proxy.rowCount())]
    return [(index, drawn_document(view.list, index)) for index in indexes]


def test_side_effect_titles_highlight_exactly_the_title_ranges(
    qtbot: QtBot, window: MainWindow
) -> None:
    [(index, document)] = side_effect_rows(qtbot, window, "sick")
    ranges = index.data(ItemRole.TITLE_HIGHLIGHTS)
    assert [index.data()[start:end] for start, end in ranges] == ["sick"]
    assert highlighted_characters(document) == characters_of(TITLE, ranges)
    assert lines(document) == [index.data(), index.data(ItemRole.SUMMARY)]  # nothing else


def test_a_row_found_by_an_everyday_word_shows_and_highlights_that_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    [(index, document)] = side_effect_rows(qtbot, window, "catching")
    assert index.data() == "Infections"
    assert index.data(ItemRole.TITLE_HIGHLIGHTS) == []
    also = index.data(ItemRole.ALSO_MATCHED)
    assert also == "catching something"
    ranges = index.data(ItemRole.ALSO_HIGHLIGHTS)
    third = 2  # title, treatments, then the words that matched
    assert lines(document)[third] == also
    assert highlighted_characters(document) == characters_of(third, ranges)
    assert [also[start:end] for start, end in ranges] == ["catching"]


def test_nothing_is_highlighted_without_a_filter(qtbot: QtBot, window: MainWindow) -> None:
    rows = side_effect_rows(qtbot, window, "")
    assert len(rows) == 17
    assert all(highlighted_characters(document) == set() for _, document in rows)


def standalone_row(qtbot: QtBot, **roles: object) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    item = QStandardItem(str(roles.pop("title")))
    for role, value in roles.items():
        item.setData(value, ItemRole[role.upper()])
    model.appendRow(item)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(RichTextDelegate(view))
    return view, model


def test_text_is_drawn_as_typed_never_as_markup(qtbot: QtBot) -> None:
    view, model = standalone_row(
        qtbot, title="<b>Bold?</b> & %1", snippet="<i>a</i> <br> b", highlights=[[0, 3]]
    )
    document = drawn_document(view, model.index(0, 0))
    assert lines(document) == ["<b>Bold?</b> & %1", "<i>a</i> <br> b"]
    assert highlighted_characters(document) == characters_of(SECOND, [[0, 3]])  # "<i>"


def test_ranges_past_the_end_or_overlapping_are_clipped(qtbot: QtBot) -> None:
    view, model = standalone_row(
        qtbot, title="t", snippet="abcdefghijkl", highlights=[[2, 5], [3, 4], [10, 99], [7, 7]]
    )
    document = drawn_document(view, model.index(0, 0))
    assert highlighted_characters(document) == characters_of(SECOND, [[2, 5], [10, 12]])
