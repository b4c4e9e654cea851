"""The search engine gets ready in small steps (prepare_step) and ends as a lazy engine does.

The window's idle warm-up takes the steps after the first paint, so the first
search someone types, even a misspelled one, loads nothing more; a search made
before the steps are done loads what is left itself and finds the same.
"""

from __future__ import annotations

import gzip
import json
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from allguide.app import build_window
from allguide.content import LoadResult
from allguide.search import SearchEngine, SearchResponse, real_words, word_files
from allguide.search.documents import documents_from
from allguide.search.real_words import (
    LANGUAGES,
    FrequencyList,
    RealWordTest,
    SortedList,
    WordLists,
    real_word_test,
)
from allguide.search.text import fold
from allguide.ui.mainwindow import MainWindow
from allguide.ui.rich_text import RichTextDelegate, RowText, row_document
from tests.drawn import drawn_document

# Known words, everyday words and phrases, and misspellings of each kind the planner
# handles (a typo, swapped letters, words joined or split, another spelling, a medicine).
QUERIES = (
    "tired",
    "tiredness",
    "exhausted",
    "chemo",
    "sick to my stomach",
    "fevre",
    "tirde",
    "vomitting",
    "imatinob",
    "hare loss",
    "lightheaded",
    "stemcell",
    "chemo therapy",
    "anemia",
    "numb",
    "thro",
    "temp",
    "shark",
    "prednisone",
    "mercaptopurin",
    "Solu-Medrol",
    "does chemo cause hair loss",
    "fever not going down",
    "temperature after chemo",
    "high platelets",
    "increased appetite",
    "sore throat",
    "bruises",
    "médicament",
)


def answers(engine: SearchEngine) -> dict[str, SearchResponse]:
    return {query: engine.search(query, 50) for query in QUERIES}


@pytest.fixture
def fresh_word_lists(monkeypatch: pytest.MonkeyPatch) -> Iterator[WordLists]:
    """The process's word lists as if none were loaded yet (restored after the test; the
    files the test mapped are unmapped)."""
    monkeypatch.setattr(real_word_test, "_loads", {})
    monkeypatch.setattr(real_word_test, "loads_started", 0)
    yield real_word_test
    real_word_test.close()


@pytest.fixture
def word_lists() -> Iterator[WordLists]:
    """Word lists of the test's own, their mapped files unmapped after it."""
    lists = WordLists()
    yield lists
    lists.close()


@pytest.fixture
def no_word_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """As if the built word files were not shipped: pyspellchecker's lists are read."""
    monkeypatch.setattr(word_files, "words_folder", lambda: tmp_path)


READ_FROM = ("built file", "gzipped list")


def read_from(request: pytest.FixtureRequest, source: str) -> None:
    """The lists of this test come from the built files or pyspellchecker's gzipped lists."""
    if source == "gzipped list":
        request.getfixturevalue("no_word_files")


@pytest.fixture(scope="module")
def lazy_answers(bundled: LoadResult) -> Iterator[dict[str, SearchResponse]]:
    """What an engine that loads everything on first need answers."""
    lists = WordLists()
    yield answers(SearchEngine.for_content(bundled.content, real_words=lists))
    lists.close()


# The word lists, as the sorted lines SortedList reads ------------------------------


def list_text(language: str) -> bytes:
    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    assert data is not None
    return gzip.decompress(data)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_word_list_is_one_sorted_word_a_line(language: str) -> None:
    """SortedList halves the lines: a new pyspellchecker with another layout fails here."""
    lines = list_text(language).split(b"\n")
    assert lines[0] == b"{"
    assert lines[-1] == b"}"
    keys = [line[1 : line.rindex(b'": ')] for line in lines[1:-1]]
    assert keys == sorted(set(keys))
    assert not any(b"\\" in key or b'"' in key for key in keys)


def fake_list(monkeypatch: pytest.MonkeyPatch, words: list[tuple[str, int]]) -> None:
    """Every language's list, as pyspellchecker would ship it, made of ``words`` in order."""
    lines = ",\n".join(f'"{word}": {count}' for word, count in words)
    data = gzip.compress(f"{{\n{lines}\n}}".encode())
    monkeypatch.setattr(pkgutil, "get_data", lambda package, path: data)


def read_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What reading the gzipped list logged (not the missing built file's warning)."""
    return [r.levelname for r in caplog.records if r.name == real_words.log.name]


IN_ORDER = [("able", 5), ("bake", 4), ("cake", 3), ("dare", 2), ("éclair", 1)]
OUT_OF_ORDER = {
    "within lines read together": [("bake", 4), ("able", 5), *IN_ORDER[2:]],
    "across two reads": [*IN_ORDER[:2], ("aardvark", 6), *IN_ORDER[2:]],
}


@pytest.mark.parametrize("case", OUT_OF_ORDER)
@pytest.mark.usefixtures("no_word_files")
def test_a_list_out_of_order_is_read_whole_not_halved(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    """Halving a list out of order misses words without a sound: a new pyspellchecker
    that writes its words unsorted must cost time, never answers."""
    words = OUT_OF_ORDER[case]
    fake_list(monkeypatch, words)
    monkeypatch.setattr(real_words, "SCAN_CHUNK", 20)  # a line or two per read
    listed = WordLists()("en")
    assert isinstance(listed, FrequencyList)
    assert [listed.frequency(word) for word, _ in words] == [count for _, count in words]
    assert listed.frequency("eclair") == 1
    assert read_warnings(caplog) == ["WARNING"]
    assert "not sorted" in caplog.text


@pytest.mark.usefixtures("no_word_files")
def test_a_list_in_order_is_halved(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    fake_list(monkeypatch, IN_ORDER)
    monkeypatch.setattr(real_words, "SCAN_CHUNK", 20)
    listed = WordLists()("en")
    assert isinstance(listed, SortedList)
    assert [listed.frequency(word) for word, _ in IN_ORDER] == [5, 4, 3, 2, 1]
    assert listed.frequency("eclair") == 1
    assert read_warnings(caplog) == []


# Odd words typed: quotes, backslashes, spaces, a lone surrogate, nothing, a line's bytes.
ODD_WORDS = [
    "", "{", "}", '"', '"a"', "\\", "a\\", "\\n", "\n", "a\nb", " ", "a b", "a 50",
    "\ud800", "a\udcff", "zzzzzz", "aaaa", "\x00", "é" * 40,
]  # fmt: skip


@pytest.mark.parametrize("source", READ_FROM)
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_sorted_list_answers_as_the_whole_dictionary(
    request: pytest.FixtureRequest, word_lists: WordLists, language: str, source: str
) -> None:
    read_from(request, source)
    frequencies: dict[str, int] = json.loads(list_text(language))
    whole = FrequencyList(frequencies)
    halved = word_lists(language)
    assert isinstance(halved, SortedList)
    assert halved.mapped == (source == "built file")
    words = list(frequencies)
    accented = [word for word in words if not word.isascii()]
    asked = [*words[::97], words[0], words[-1], *accented[:2000], *accented[-500:]]
    asked += [fold(word) for word in [*accented[:2000], *accented[-500:]]]
    asked += [word + "q" for word in words[::997]]
    asked += [word[:-1] for word in words[::991]]
    asked += ODD_WORDS

    def answer(test: RealWordTest, word: str) -> tuple[bool, int, float]:
        return test(word), test.frequency(word), test.per_million(word)

    assert [answer(halved, w) for w in asked] == [answer(whole, w) for w in asked]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.usefixtures("no_word_files")
def test_only_words_that_fold_to_another_form_are_kept_folded(language: str) -> None:
    """A word that folds to itself is found on its own line: kept twice, Arabic's
    list took ~18 MiB instead of ~3."""
    words: dict[str, int] = json.loads(list_text(language))
    folding = {fold(word) for word in words if fold(word) != word}
    halved = WordLists()(language)
    whole = FrequencyList(words)
    assert isinstance(halved, SortedList) and not halved.mapped
    assert set(halved._folded) == folding
    assert set(whole._folded) == folding


@pytest.mark.usefixtures("no_word_files")
def test_the_gzipped_list_loads_in_many_small_steps() -> None:
    """The largest part of getting ready without a built file: never one piece (each is
    a few milliseconds)."""
    load = WordLists().loading("en")
    while load.step():
        pass
    assert load.steps_done > 10
    assert load.finish() is not None


def test_a_built_word_file_loads_in_one_step(word_lists: WordLists) -> None:
    """Mapped, not inflated nor scanned: the warm-up has no list steps left to take."""
    load = word_lists.loading("en")
    assert not load.step()
    assert load.steps_done == 1
    listed = load.finish()
    assert isinstance(listed, SortedList) and listed.mapped
    assert listed("tired") and not listed("tirde")


# The engine: prepared step by step, as a lazy one ------------------------------------


@pytest.mark.parametrize("source", READ_FROM)
def test_prepared_step_by_step_the_engine_answers_as_a_lazy_one(
    request: pytest.FixtureRequest,
    bundled: LoadResult,
    lazy_answers: dict[str, SearchResponse],
    word_lists: WordLists,
    source: str,
) -> None:
    read_from(request, source)
    lists = word_lists
    engine = SearchEngine.for_content(bundled.content, real_words=lists)
    assert not engine.prepared
    steps = 0
    while engine.prepare_step():
        steps += 1
    assert engine.prepared
    assert lists.loading("en").done
    assert answers(engine) == lazy_answers
    assert lists.loads_started == 1
    listed = lists.loading("en").result
    assert isinstance(listed, SortedList)
    assert listed.mapped == (source == "built file")


@pytest.mark.parametrize("steps_first", [0, 1, 3, 8, 15])
@pytest.mark.usefixtures("no_word_files")  # the gzipped list: many steps to come between
def test_a_search_before_or_while_preparing_finds_the_same(
    bundled: LoadResult, lazy_answers: dict[str, SearchResponse], steps_first: int
) -> None:
    lists = WordLists()
    engine = SearchEngine.for_content(bundled.content, real_words=lists)
    for _ in range(steps_first):
        assert engine.prepare_step()
    assert engine.search("fevre", 50) == lazy_answers["fevre"]  # loads the rest itself
    assert lists.loading("en").done
    engine.prepare()  # the steps left cost nothing and change nothing
    assert engine.prepared
    assert answers(engine) == lazy_answers
    assert lists.loads_started == 1


def test_another_kind_of_word_list_loader_is_asked_once(bundled: LoadResult) -> None:
    asked: list[str] = []

    def loader(language: str) -> RealWordTest | None:
        asked.append(language)
        return None

    engine = SearchEngine.for_content(bundled.content, real_words=loader)
    engine.prepare()
    assert asked == ["en"]
    engine.search("fevre")
    assert asked == ["en"]


# The window: its warm-up prepares the engine ---------------------------------------


@pytest.fixture
def shown_window(
    qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path
) -> Iterator[Callable[[], MainWindow]]:
    def make() -> MainWindow:
        window = build_window(bundled, "en", persistent=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


def test_after_the_warm_up_a_misspelled_search_loads_no_word_list(
    qtbot: QtBot, shown_window: Callable[[], MainWindow], fresh_word_lists: WordLists
) -> None:
    window = shown_window()
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    engine = window.search_engine
    assert engine.prepared
    load = fresh_word_lists.loading("en")
    assert load.done
    steps = load.steps_done
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_box, "fevre")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.search_panel.model.response is not None
    assert window.search_panel.model.response.corrections == {"fevre": "fever"}
    assert fresh_word_lists.loads_started == 1
    assert load.steps_done == steps  # nothing of it loaded again, nor left for this search


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.usefixtures("no_word_files")
def test_the_warm_up_prepares_a_longer_gzipped_list_to_its_end(
    qtbot: QtBot,
    bundled: LoadResult,
    user_settings_dir: Path,
    fresh_word_lists: WordLists,
    language: str,
) -> None:
    """Without a built file, French takes about twice English's turns, Arabic four
    times: the warm-up takes as many as the list needs, not a count sized for English."""
    engine = SearchEngine(documents_from(bundled.content), bundled.content.synonyms, language)
    window = build_window(bundled, "en", persistent=True)
    qtbot.addWidget(window)
    window._search_engine = engine  # as if built for content in that language
    window.show()
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    assert engine.prepared
    load = fresh_word_lists.loading(language)
    assert load.done
    assert load.steps_done > 40  # more than English's ~23 turns with room to spare
    assert fresh_word_lists.loads_started == 1


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_warm_up_maps_the_built_word_file(
    qtbot: QtBot,
    bundled: LoadResult,
    user_settings_dir: Path,
    fresh_word_lists: WordLists,
    language: str,
) -> None:
    """With the built files shipped, every language's list is one step: mapped, not read."""
    engine = SearchEngine(documents_from(bundled.content), bundled.content.synonyms, language)
    window = build_window(bundled, "en", persistent=True)
    qtbot.addWidget(window)
    window._search_engine = engine
    window.show()
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    assert engine.prepared
    load = fresh_word_lists.loading(language)
    assert load.done and load.steps_done == 1
    assert isinstance(load.result, SortedList) and load.result.mapped


# The results list: a row is built once, and laid out again at a new width ------------


def row_option(view: QAbstractItemView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)  # type: ignore[attr-defined]
    return option


def test_a_result_row_at_a_new_width_is_laid_out_as_if_built_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A scroll bar shown or the window resized: the row is laid out again, not rebuilt,
    and its size follows the width (as a document built at that width)."""
    window.search_box.search_now("chemo")
    view = window.search_panel.results
    index = window.search_panel.model.index(0, 0)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, RichTextDelegate)
    wide = drawn_document(view, index)
    wide_hint = delegate.sizeHint(row_option(view, index), index)
    view.setFixedWidth(view.width() // 2)
    qtbot.waitUntil(lambda: view.viewport().width() < wide_hint.width())
    narrow = drawn_document(view, index)
    assert narrow is wide  # kept, not built again
    width = view.viewport().width()
    option = row_option(view, index)
    delegate.initStyleOption(option, index)
    fresh = row_document(RowText.of(index), option.font, width, bold_title=True)  # type: ignore[attr-defined]
    assert narrow.toPlainText() == fresh.toPlainText()
    assert narrow.size() == fresh.size()
    hint = delegate.sizeHint(row_option(view, index), index)
    assert hint == QSize(int(fresh.idealWidth()), int(fresh.size().height()))
    assert hint.height() > wide_hint.height()  # the same words on more lines
