"""A translated page says it is one and shows the English original in one click; a page
the translation lacks is shown in English with a note, never as a blank (issue 11)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from allguide.app import build_window, english_original
from allguide.content import LoadResult, load_bundled
from allguide.content.model import Content
from allguide.ui.mainwindow import MainWindow
from allguide.ui.reader.page_builder import IN_ENGLISH, PageBuilder
from tests.gui import click_link

PAGE = "phase-induction"


def spanish() -> LoadResult:
    result = load_bundled("es")
    if result.content.document is None or result.errors:
        pytest.skip("no Spanish content bundled")
    return result


@pytest.fixture
def window(qtbot: QtBot, user_settings_dir: Path) -> Callable[[LoadResult], MainWindow]:
    def make(result: LoadResult) -> MainWindow:
        built = build_window(result, "es", persistent=False)
        qtbot.addWidget(built)
        built.show()
        qtbot.waitExposed(built)
        return built

    return make


def shown_text(window: MainWindow) -> str:
    return window.reader.view.toPlainText()


def test_a_translated_page_says_so_and_shows_the_english_in_one_click(
    qtbot: QtBot, window: Callable[[LoadResult], MainWindow]
) -> None:
    result = spanish()
    shown = window(result)
    shown.navigator.open(PAGE)
    spanish_text = shown_text(shown)
    assert "translation of the English version of 20 de marzo de 2025" in spanish_text
    click_link(qtbot, shown.reader.view, f"#{IN_ENGLISH}{PAGE}")
    assert shown.navigator.current == IN_ENGLISH + PAGE
    english_text = shown_text(shown)
    english = load_bundled("en").content.section(PAGE)
    assert english is not None and english.title in english_text
    assert "Shown in English" in english_text
    assert shown.tree.currentIndex().data() == result.content.section(PAGE).title  # type: ignore[union-attr]
    click_link(qtbot, shown.reader.view, f"#{PAGE}")  # back to the translation
    assert shown.navigator.current == PAGE and shown_text(shown) == spanish_text
    shown.navigator.back()
    assert shown.navigator.current == IN_ENGLISH + PAGE  # it is a step in the history


def without(result: LoadResult, section_id: str) -> LoadResult:
    content: Content = result.content
    kept = tuple(s for s in content.sections if s.id != section_id)
    return dataclasses.replace(result, content=dataclasses.replace(content, sections=kept))


def test_a_page_the_translation_lacks_is_shown_in_english_with_a_note(
    qtbot: QtBot, window: Callable[[LoadResult], MainWindow]
) -> None:
    shown = window(without(spanish(), PAGE))
    shown.navigator.open(PAGE)
    text = shown_text(shown)
    assert "has not been translated yet" in text
    english = load_bundled("en").content.section(PAGE)
    assert english is not None and english.title in text
    assert "could not be loaded" not in text  # not the page-missing notice


def test_every_paragraph_of_an_arabic_page_runs_right_to_left(
    qtbot: QtBot, user_settings_dir: Path
) -> None:
    """Even a reference whose entry starts with an English title: Qt would lay that
    paragraph out left to right by its first letter."""
    from PySide6.QtCore import Qt

    result = load_bundled("ar")
    if result.content.document is None or result.errors:
        pytest.skip("no Arabic content bundled")
    shown = build_window(result, "ar", persistent=False)
    qtbot.addWidget(shown)
    references = next(s.id for s in result.content.sections if s.shows == "references")
    shown.navigator.open(references)
    document = shown.reader.view.document()
    block = document.begin()
    directions = set()
    while block.isValid():
        directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    shown.navigator.open(IN_ENGLISH + references)  # the English original stays left to right
    assert shown.reader.view.document().begin().next().blockFormat().layoutDirection() != (
        Qt.LayoutDirection.RightToLeft
    )


def test_an_arabic_page_opened_through_a_link_runs_right_to_left_too(
    qtbot: QtBot, user_settings_dir: Path
) -> None:
    """A citation opens the references page by the reference's id; a page the translation
    lacks comes in English, left to right, with its note in the family's words."""
    from allguide.ui.i18n import interface_locale

    result = load_bundled("ar")
    if result.content.document is None or result.errors:
        pytest.skip("no Arabic content bundled")
    shown = build_window(result, "ar", persistent=False)
    qtbot.addWidget(shown)
    reference = result.content.references[0].id
    page = shown.page_builder.build(reference)
    assert page is not None and page.right_to_left and page.id != reference
    fallback = PageBuilder(
        without(result, PAGE).content, interface_locale("ar"), english=english_original
    ).build(PAGE)
    assert fallback is not None and not fallback.right_to_left
    assert fallback.markdown.startswith("**")  # the Arabic note in bold, never italic


def test_switching_language_on_the_english_original_opens_the_page_in_the_new_one(
    qtbot: QtBot, user_settings_dir: Path
) -> None:
    from allguide.languages import Language
    from allguide.ui.language.switch import carry_over

    spanish_window = build_window(spanish(), "es", persistent=False)
    qtbot.addWidget(spanish_window)
    spanish_window.navigator.open(IN_ENGLISH + PAGE)
    french = load_bundled("fr")
    french_window = build_window(french, "fr", persistent=False)
    qtbot.addWidget(french_window)
    carry_over(spanish_window, french_window)
    assert french_window.navigator.current == PAGE
    assert french_window.language is Language.FRENCH
    assert "could not be loaded" not in french_window.reader.view.toPlainText()
