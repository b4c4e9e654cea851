"""The side-effect list's filter knows the search words that point to each side effect.

"drowsy", "fits", "bruising", "spots" and "confused" are not shown on any side effect,
but synonyms.yaml points them at one: typed into the filter box, they find it, and the
row says which word matched (allguide/ui/side_effects/words.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.side_effects.view import SideEffectsView
from allguide.ui.side_effects.words import EffectFinder
from tests.drawn import drawn_document, highlighted_words, lines

NERVOUS = "Nervous system problems"
TIRED = "Tiredness (fatigue)"
BLEEDING = "Bleeding"
LOW_COUNTS = "Low blood cell counts"


def open_side_effects(qtbot: QtBot, window: MainWindow) -> SideEffectsView:
    button = window.toolbar.widgetForAction(window.side_effects_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.navigator.current == View.SIDE_EFFECTS.page_id
    return window.side_effects


def type_filter(qtbot: QtBot, view: SideEffectsView, text: str) -> list[str]:
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, text)
    return sorted(view.visible_titles())


def drawn_row(view: SideEffectsView, title: str) -> tuple[list[str], list[str]]:
    """The lines the list draws for the row titled ``title``, and its highlighted words."""
    [row] = [r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == title]
    document = drawn_document(view.list, view.proxy.index(row, 0))
    return lines(document), highlighted_words(document)


@pytest.mark.parametrize(
    ("typed", "titles"),
    [("drowsy", [NERVOUS, TIRED]), ("bruising", [BLEEDING, LOW_COUNTS]),
     ("fits", [NERVOUS]), ("confused", [NERVOUS]),
     ("spots", [BLEEDING, LOW_COUNTS, "Skin rashes"]),
     ("drows", [NERVOUS, TIRED])],
)  # fmt: skip
def test_a_search_word_finds_its_side_effects(
    qtbot: QtBot, window: MainWindow, typed: str, titles: list[str]
) -> None:
    view = open_side_effects(qtbot, window)
    assert type_filter(qtbot, view, typed) == sorted(titles)
    assert not view.empty.isVisible()


def test_the_row_says_which_search_word_matched(qtbot: QtBot, window: MainWindow) -> None:
    view = open_side_effects(qtbot, window)
    type_filter(qtbot, view, "drowsy")
    text, marked = drawn_row(view, NERVOUS)
    assert text[-1] == "drowsy"  # the "also matched" line, as drawn
    assert marked == ["drowsy"]


def test_a_shown_word_still_finds_by_its_start(qtbot: QtBot, window: MainWindow) -> None:
    view = open_side_effects(qtbot, window)
    assert type_filter(qtbot, view, "tire") == [TIRED]
    assert type_filter(qtbot, view, "sick") == ["Feeling or being sick (nausea and vomiting)"]


@pytest.mark.parametrize(
    ("typed", "never"),
    [("hungry", "Not feeling like eating (loss of appetite)"),  # "not hungry" is the phrase
     ("not sleepy", NERVOUS), ("not sleepy", TIRED),  # the opposite
     ("a cold", "Fever"), ("a cold", "Cytokine release syndrome (CRS)"),  # an infection
     ("pregnant", "Fertility problems (infertility)"),
     ("baby", "Fertility problems (infertility)")],
)  # fmt: skip
def test_a_word_finds_no_side_effect_of_the_opposite_or_another_meaning(
    qtbot: QtBot, window: MainWindow, typed: str, never: str
) -> None:
    view = open_side_effects(qtbot, window)
    assert never not in type_filter(qtbot, view, typed)


def test_a_cold_is_an_infection_and_cold_is_chills(qtbot: QtBot, window: MainWindow) -> None:
    view = open_side_effects(qtbot, window)
    assert type_filter(qtbot, view, "a cold") == ["Infections"]
    assert type_filter(qtbot, view, "cold") == ["Cytokine release syndrome (CRS)", "Fever"]


def test_the_words_are_built_once_from_the_content(bundled: LoadResult) -> None:
    """Plain data: every side effect has its table; each phrase comes from synonyms.yaml."""
    finder = EffectFinder(bundled.content)
    assert set(finder.words) == {e.id for e in bundled.content.side_effects}
    written = {w for s in bundled.content.synonyms for w in s.words}
    assert {p.text for w in finder.words.values() for p in w.phrases} <= written
    assert "drowsy" in {p.text for p in finder.words["nervous-system-problems"].phrases}


def test_the_filter_reads_not_in_the_contents_own_language() -> None:
    """ "pas de fièvre" is no fever: the filter takes French negations from the French
    content's search words, not English's."""
    from allguide.content import load_bundled

    french = load_bundled("fr")
    if french.content.document is None or french.errors:
        pytest.skip("no French content bundled")
    finder = EffectFinder(french.content)
    assert finder.find("fièvre")["fever"].found
    assert not finder.find("sans fièvre")["fever"].found
    assert not finder.find("pas de fièvre")["fever"].found
