"""The search box and the side-effect list, driven with qtbot keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.search import QueryError, QueryProblem, SearchEngine
from allguide.search.query import MAX_QUERY_CHARS
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.roles import ItemRole
from allguide.ui.search.box import DEBOUNCE_MS
from allguide.ui.search.model import SearchResultsModel
from allguide.ui.search.panel import SearchPanel
from allguide.ui.side_effects.model import SideEffectsFilter, SideEffectsModel
from tests.drawn import drawn_document, highlighted_words
from tests.gui import click_link

WAIT_MS = DEBOUNCE_MS * 10


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    with qtbot.waitSignal(window.search_box.searchRequested, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, text)


def result_ids(window: MainWindow) -> list[str]:
    model = window.search_panel.model
    return [model.index(r, 0).data(ItemRole.ID) for r in range(model.rowCount())]


# Models ----------------------------------------------------------------


def test_search_results_model_passes_model_tester(
    qtmodeltester: ModelTester, bundled: LoadResult
) -> None:
    model = SearchResultsModel()
    model.set_response(SearchEngine.for_content(bundled.content).search("chemo"))
    qtmodeltester.check(model, force_py=True)


def test_side_effect_models_pass_model_tester(
    qtmodeltester: ModelTester, bundled: LoadResult
) -> None:
    source = SideEffectsModel(bundled.content)
    qtmodeltester.check(source, force_py=True)
    proxy = SideEffectsFilter()
    proxy.setSourceModel(source)
    proxy.set_text("sick")
    qtmodeltester.check(proxy, force_py=True)


# Search box --------------------------------------------------------------


def test_typing_searches_after_a_pause_and_shows_results(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_box.searchRequested, timeout=WAIT_MS) as fired:
        window.search_box.setFocus()
        qtbot.keyClicks(window.search_box, "Tasigna")
    assert fired.args == ["Tasigna"]  # once, with the whole word: typing was debounced
    assert window.navigator.current == View.SEARCH.page_id
    assert window.pages.currentWidget() is window.search_panel
    assert result_ids(window)[0] == "nilotinib"
    first = window.search_panel.model.index(0, 0)
    drawn = drawn_document(window.search_panel.results, first)
    assert highlighted_words(drawn) == ["Tasigna"]  # the match, and only it, as drawn


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box


def test_arrows_move_and_enter_opens(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "imatinib")
    ids = result_ids(window)
    assert ids[0] == "imatinib" and len(ids) > 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_panel.results.currentIndex().row() == 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.navigator.current == "imatinib"
    assert window.reader.view.toPlainText().startswith("Imatinib")


def test_clicking_a_result_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "sick to my stomach")
    view = window.search_panel.results
    rect = view.visualRect(window.search_panel.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigator.current == "nausea-and-vomiting"


def test_glossary_result_opens_words_explained_at_the_term(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "TKI")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.reader.view.page is not None
    assert window.reader.view.page.id == "words-explained"
    assert window.reader.view.selected_text() == "Tyrosine kinase inhibitor (TKI)"


def test_no_results_says_so_and_offers_did_you_mean(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "chemotrepy")
    panel = window.search_panel
    assert panel.model.rowCount() == 0
    assert panel.heading.text() == "Nothing found for “chemotrepy”."
    [button] = panel.suggestion_buttons()
    assert button.text() == "chemotherapy"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "chemotherapy"
    assert result_ids(window)[0] == "chemotherapy"


def test_a_search_for_a_placeholder_shows_it_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    """User text is never read as a placeholder of the translated heading."""
    type_search(qtbot, window, "%2")
    heading = window.search_panel.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    count = window.search_panel.model.rowCount()
    assert count > 0
    assert heading.text() == f"Results for “%2”: {count}"


def test_markup_in_a_search_is_shown_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "<i>zzqx</i>")
    heading = window.search_panel.heading
    assert heading.text() == "Nothing found for “<i>zzqx</i>”."
    assert heading.textFormat() == Qt.TextFormat.PlainText  # shown as typed, not in italics


def test_a_corrected_typo_says_what_was_searched(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "imatinob")
    assert result_ids(window)[0] == "imatinib"
    assert window.search_panel.heading.text().endswith("(also searched for “imatinib”)")


def test_a_real_word_no_page_uses_is_named_not_replaced(qtbot: QtBot, window: MainWindow) -> None:
    """ "wizard" is left out and named, never searched as an unrelated word of the content."""
    type_search(qtbot, window, "wizard chemo")
    panel = window.search_panel
    assert result_ids(window)[0] == "chemotherapy"
    assert panel.heading.text() == "No page uses “wizard”. Pages that mention “chemo”:"


def test_a_word_of_the_synonyms_file_left_out_is_not_in_the_results_heading(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "hungry" means something only in its phrase ("not hungry"): beside "chemo" it is
    left out unnamed, and the heading says what the results are for."""
    type_search(qtbot, window, "hungry chemo")
    count = window.search_panel.model.rowCount()
    assert result_ids(window)[0] == "chemotherapy"
    assert window.search_panel.heading.text() == f"Results for “chemo”: {count}"


@pytest.mark.parametrize(
    ("typed", "heading"),
    [("sore throat", "No page uses “throat”. Pages that mention “sore”:"),
     ("low blood pressure", "No page uses “pressure”. Pages that mention “low blood”:"),
     ("pale skin", "No page uses “pale”. Pages that mention “skin”:")],
)  # fmt: skip
def test_results_for_the_other_words_say_so(
    qtbot: QtBot, window: MainWindow, typed: str, heading: str
) -> None:
    """ "sore throat" finds pages through "sore" only: the heading must not read as if it
    had found a sore throat, nor run the count into the sentence after it."""
    type_search(qtbot, window, typed)
    assert result_ids(window)
    assert window.search_panel.heading.text() == heading
    assert window.search_panel.suggestion_buttons() == []  # a real word: no respelling


def test_a_typo_no_page_uses_comes_with_suggestions(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "chemotrepy side effects")
    panel = window.search_panel
    heading = "No page uses “chemotrepy”. Pages that mention “side effects”:"
    assert panel.heading.text() == heading
    [button, *_others] = panel.suggestion_buttons()
    assert button.text() == "chemotherapy side effects"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "chemotherapy side effects"
    assert result_ids(window)[0] == "side-effects-chemotherapy"
    assert not panel.suggestions.isVisible()  # found whole


def test_a_medicine_no_page_covers_is_offered_no_other_medicine(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "prednisone")
    panel = window.search_panel
    assert result_ids(window) == []  # never searched as prednisolone, another medicine
    assert panel.heading.text() == "Nothing found for “prednisone”."
    assert panel.suggestion_buttons() == []  # nor offered it: a different medicine


def test_weight_loss_finds_nothing_rather_than_another_loss(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "loss" alone says nothing: "weight loss" once showed Hair loss."""
    type_search(qtbot, window, "weight loss")
    assert result_ids(window) == []
    assert window.search_panel.heading.text() == "Nothing found for “weight loss”."


@pytest.mark.parametrize(
    ("typed", "heading"),
    [("?!", "Type a word to search for."),
     ("x" * (MAX_QUERY_CHARS + 1), "That search is too long. Try a few words.")],
)  # fmt: skip
def test_a_query_that_cannot_be_searched_says_why(
    qtbot: QtBot, window: MainWindow, typed: str, heading: str
) -> None:
    type_search(qtbot, window, typed)
    assert window.search_panel.heading.text() == heading
    assert result_ids(window) == []


def test_the_heading_words_the_engines_reason(qtbot: QtBot) -> None:
    """The panel words the reason the engine gives; it does not guess it from the length."""

    class Refusing:
        def search(self, query: str, limit: int) -> None:
            raise QueryError(QueryProblem.TOO_LONG, limit=3)

    panel = SearchPanel(Refusing())  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.run("four")
    assert panel.heading.text() == "That search is too long. Try a few words."


def test_escape_goes_back_to_where_you_were(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.open("radiotherapy")
    type_search(qtbot, window, "fever")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.navigator.current == "radiotherapy"
    assert window.search_box.text() == ""


def test_back_returns_to_the_results(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "hair")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.navigator.current == "hair-loss"
    window.navigator.back()
    assert window.pages.currentWidget() is window.search_panel
    assert result_ids(window)[0] == "hair-loss"


# Side-effect list ----------------------------------------------------------


def open_side_effects(qtbot: QtBot, window: MainWindow) -> None:
    button = window.toolbar.widgetForAction(window.side_effects_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.navigator.current == View.SIDE_EFFECTS.page_id


def test_lists_every_side_effect_a_to_z(qtbot: QtBot, window: MainWindow) -> None:
    open_side_effects(qtbot, window)
    titles = window.side_effects.visible_titles()
    assert len(titles) == len(window.content.side_effects) == 17
    assert titles == sorted(titles, key=str.casefold)
    assert titles[0] == "Aching muscles (muscle aches)"


def test_filter_narrows_as_you_type_and_highlights(qtbot: QtBot, window: MainWindow) -> None:
    open_side_effects(qtbot, window)
    view = window.side_effects
    qtbot.keyClicks(view.filter_box, "sick")
    assert view.visible_titles() == ["Feeling or being sick (nausea and vomiting)"]
    row = view.proxy.index(0, 0)
    assert highlighted_words(drawn_document(view.list, row)) == ["sick"]  # as drawn
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, "TIRED")  # an everyday word, in capitals
    assert view.visible_titles() == ["Tiredness (fatigue)"]
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, "zzz")
    assert view.visible_titles() == []
    assert view.empty.isVisible()


def test_treatment_toggles_filter(qtbot: QtBot, window: MainWindow) -> None:
    open_side_effects(qtbot, window)
    view = window.side_effects
    qtbot.mouseClick(view.toggles["chemotherapy"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.toggles["immunotherapy"], Qt.MouseButton.LeftButton)
    assert view.toggles["chemotherapy"].text() == "Chemotherapy"  # unticked, in words too
    # CAR T-cell side effects, and the side effects the source names as their signs.
    assert sorted(view.visible_titles()) == [
        "Aching muscles (muscle aches)", "Cytokine release syndrome (CRS)",
        "Feeling dizzy (dizziness)", "Feeling or being sick (nausea and vomiting)", "Fever",
        "Headaches", "Infections", "Loose, watery poo (diarrhoea)", "Low blood cell counts",
        "Nervous system problems",
    ]  # fmt: skip
    assert not view.alphabet.buttons["B"].isEnabled()  # bleeding: immunotherapy only


def test_a_to_z_jumps_to_a_letter(qtbot: QtBot, window: MainWindow) -> None:
    open_side_effects(qtbot, window)
    view = window.side_effects
    qtbot.mouseClick(view.alphabet.buttons["H"], Qt.MouseButton.LeftButton)
    assert view.list.currentIndex().data() == "Hair loss"
    assert view.details.view.toPlainText().startswith("Hair loss")


def test_selecting_shows_details_and_links_to_the_treatment(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_side_effects(qtbot, window)
    view = window.side_effects
    assert view.select("infection")
    text = view.details.view.toPlainText()
    assert "Can come with: Immunotherapy, CAR T-cell therapy" in text
    assert "Other words for it: infection, catching something" in text
    assert "[4]" in text  # its citations
    click_link(qtbot, view.details.view, "#car-t-cell-therapy")
    assert window.navigator.current == "car-t-cell-therapy"
    assert window.pages.currentWidget() is window.reader


def test_home_buttons_open_the_side_effects_and_the_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.home.search_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.search_box
    qtbot.mouseClick(window.home.side_effects_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.side_effects
