"""Words explained in place: a glossary word on a page shows its meaning beside it
(issue 14, section 3), by click, tap or keyboard, in every reader and language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from allguide.content import load_bundled
from allguide.content.terms import TERM_PREFIX
from allguide.languages import Language
from allguide.ui.mainwindow import MainWindow
from allguide.ui.reader.term_card import TermCard
from tests.gui import click_link, link_position

PAGE = "phase-induction"  # its first glossary words: bone marrow, complete remission
MARROW = f"#{TERM_PREFIX}term-bone-marrow"


def term_links(view: QTextBrowser) -> list[tuple[str, QTextCharFormat]]:
    """(words, format) of each glossary mark on the page shown."""
    found = []
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            if look.anchorHref().startswith(f"#{TERM_PREFIX}"):
                found.append((fragment.text(), look))
            fragments += 1
        block = block.next()
    return found


def open_card(qtbot: QtBot, view: QTextBrowser, href: str, owner: object) -> TermCard:
    click_link(qtbot, view, href)
    card = owner.term_card  # type: ignore[attr-defined]
    assert isinstance(card, TermCard)
    qtbot.waitUntil(card.isVisible)
    return card


def test_a_marked_word_looks_unlike_a_link_and_follows_the_theme(
    build: Callable[..., MainWindow],
) -> None:
    window = build()
    window.navigator.open(PAGE)
    marks = term_links(window.reader.view)
    assert [words for words, _ in marks][:2] == ["bone marrow", "complete remission"]
    for _, look in marks:
        assert look.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        # No colour written into the page: the text's own, in whatever theme is shown.
        assert not look.hasProperty(QTextCharFormat.Property.ForegroundBrush)


def test_clicking_a_word_shows_its_meaning_beside_it(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.navigator.open(PAGE)
    view = window.reader.view
    word = view.viewport().mapToGlobal(link_position(view, MARROW))
    card = open_card(qtbot, view, MARROW, window.reader)
    text = card.view.toPlainText()
    assert text.startswith("Bone marrow\n")
    assert "The spongy part of the bone. Normal blood cells grow there." in text
    assert "From Know ALL, “Treatment”." in text
    assert "More in “Words explained”" in text
    assert window.navigator.current == PAGE  # the family stays on the page
    # Beside the word: just below it (or above, near the screen's end), wholly on screen.
    assert abs(card.geometry().top() - word.y()) < 4 * view.fontMetrics().height() or (
        card.geometry().bottom() < word.y()
    )
    screen = QGuiApplication.screenAt(word) or window.screen()
    assert screen.availableGeometry().contains(card.geometry())
    assert card.view.verticalScrollBar().maximum() == 0, "the card is as tall as its text"


def test_the_cards_link_opens_the_full_entry_and_closes_the_card(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.navigator.open(PAGE)
    card = open_card(qtbot, window.reader.view, MARROW, window.reader)
    click_link(qtbot, card.view, "#term-bone-marrow")
    assert not card.isVisible()
    assert window.reader.view.page is not None
    assert window.reader.view.page.id == "words-explained"
    assert window.reader.view.selected_text() == "Bone marrow"


def test_a_citation_in_the_card_opens_its_reference(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.navigator.open(PAGE)
    card = open_card(
        qtbot, window.reader.view, f"#{TERM_PREFIX}term-complete-remission", window.reader
    )
    assert "[2]" in card.view.toPlainText()
    click_link(qtbot, card.view, "#ref-2")
    assert not card.isVisible()
    assert window.navigator.current == "ref-2"


def test_the_keyboard_opens_and_escape_closes_the_card(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.navigator.open(PAGE)
    view = window.reader.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    # Tab from the top of the page to the first link that is a glossary word.
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref().startswith(f"#{TERM_PREFIX}"):
            break
        anchor = QTextCursor(view.textCursor())
        anchor.setPosition(view.textCursor().selectionStart() + 1)
        if anchor.charFormat().anchorHref().startswith(f"#{TERM_PREFIX}"):
            break
    else:
        raise AssertionError("Tab never reached a glossary word")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    card = window.reader.term_card
    assert card is not None
    qtbot.waitUntil(card.isVisible)
    assert card.view.hasFocus(), "the card takes the keys: Tab reaches its links"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert window.navigator.current == PAGE


def test_the_close_button_closes_the_card(qtbot: QtBot, build: Callable[..., MainWindow]) -> None:
    window = build()
    window.navigator.open(PAGE)
    card = open_card(qtbot, window.reader.view, MARROW, window.reader)
    assert card.close_button.accessibleName() == "Close"
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()


def test_words_explained_itself_marks_no_words(build: Callable[..., MainWindow]) -> None:
    window = build()
    window.navigator.open("words-explained")
    assert term_links(window.reader.view) == []


def test_a_word_is_not_marked_on_the_page_its_definition_points_to(
    build: Callable[..., MainWindow],
) -> None:
    window = build()
    window.navigator.open("cytokine-release-syndrome")
    words = [w.casefold() for w, _ in term_links(window.reader.view)]
    assert "cytokine release syndrome" not in words
    assert "car t-cell" in words


def test_the_side_effect_list_explains_words_too(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.side_effects_action.trigger()
    assert window.side_effects.select("fever")
    details = window.side_effects.details
    card = open_card(qtbot, details.view, f"#{TERM_PREFIX}term-immunotherapy", details)
    assert card.view.toPlainText().startswith("Immunotherapy\n")


def test_a_kiosk_explains_words_on_a_tap(qtbot: QtBot, build: Callable[..., MainWindow]) -> None:
    window = build(kiosk=True)
    window.navigator.open(PAGE)
    card = open_card(qtbot, window.reader.view, MARROW, window.reader)
    assert "The spongy part of the bone." in card.view.toPlainText()
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()


@pytest.mark.parametrize("language", [Language.SPANISH, Language.FRENCH, Language.ARABIC])
def test_a_translation_explains_its_own_words(
    qtbot: QtBot, build_in: Callable[..., MainWindow], language: Language
) -> None:
    window = build_in(language, kiosk=False)
    window.navigator.open(PAGE)
    marks = term_links(window.reader.view)
    assert marks, "no glossary word marked on the page"
    href = marks[0][1].anchorHref()
    card = open_card(qtbot, window.reader.view, href, window.reader)
    term = load_bundled(language.value).content.get(href.removeprefix(f"#{TERM_PREFIX}"))
    assert term is not None
    assert card.view.toPlainText().startswith(term.term + "\n")  # type: ignore[attr-defined]
    assert card.page is not None
    assert card.page.right_to_left is language.right_to_left
    # The card's own words are in the family's language too (an English line inside
    # Arabic would also come out in the wrong order).
    text = card.view.toPlainText()
    assert "From " not in text and "More in" not in text
    assert card.close_button.text() != "Close"
    assert not card.view.accessibleName().startswith("Meaning of")


def test_the_card_stays_on_screen_near_the_screens_edge(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.navigator.open(PAGE)
    page = window.page_builder.definition("term-bone-marrow")
    assert page is not None
    card = TermCard({}, window.reader)
    area = (QGuiApplication.primaryScreen()).availableGeometry()
    corner = QRect(area.right() - 5, area.bottom() - 5, 4, 4)
    card.show_for(page, corner)
    qtbot.waitUntil(card.isVisible)
    assert area.contains(card.geometry())
    assert card.geometry().bottom() < corner.top(), "shown above a word at the bottom"
    card.close()


def test_a_screen_reader_is_told_what_the_card_is(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    from PySide6.QtGui import QAccessible

    window = build()
    window.navigator.open(PAGE)
    card = open_card(qtbot, window.reader.view, MARROW, window.reader)
    text = QAccessible.queryAccessibleInterface(card.view)
    assert text is not None
    assert text.text(QAccessible.Text.Name) == "Meaning of “Bone marrow”"
    button = QAccessible.queryAccessibleInterface(card.close_button)
    assert button is not None and button.text(QAccessible.Text.Name) == "Close"


def test_the_screenshots_show_a_word_explained(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    """``allguide screenshots --view word-explained`` draws the card over the page."""
    from allguide.screenshots import close_popups, with_popups
    from allguide.ui.views import VIEWS

    window = build()
    plain = window.grab().toImage()
    VIEWS["word-explained"](window)
    card = window.reader.term_card
    assert card is not None and card.isVisible()
    shot = with_popups(window)
    corner = window.mapFromGlobal(card.geometry().center())
    assert shot.pixelColor(corner) == card.grab().toImage().pixelColor(card.rect().center())
    assert plain.size() == shot.size()
    close_popups()
    assert not card.isVisible()


def test_in_arabic_the_card_lines_up_with_the_words_right_edge(
    qtbot: QtBot, build_in: Callable[..., MainWindow]
) -> None:
    """Right to left, a card reads from its right edge: that edge is at the word's."""
    window = build_in(Language.ARABIC, kiosk=False)
    window.navigator.open(PAGE)
    term_id, _ = window.reader.view.marked_words()[0]
    area = window.screen().availableGeometry()
    word = QRect(area.center().x(), area.top() + 100, 60, 17)  # room on either side
    window.reader.explain(term_id, word)
    card = window.reader.term_card
    assert card is not None and card.isVisible()
    assert abs(card.geometry().right() - word.right()) <= 1


def test_at_a_kiosk_the_card_is_made_for_fingers(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    """Made after the window was fitted for touch, the card is fitted too: a button a
    finger can hit, no hover tooltips, dragging scrolls it."""
    from PySide6.QtWidgets import QScroller

    from allguide.ui.kiosk.touch import TOUCH_SIDE

    window = build(kiosk=True)
    window.navigator.open(PAGE)
    card = open_card(qtbot, window.reader.view, MARROW, window.reader)
    assert card.close_button.height() >= TOUCH_SIDE
    assert QScroller.hasScroller(card.view.viewport())
    assert not card.view._hover_tooltips  # a tap on a citation opens it instead
    assert card.view.verticalScrollBar().maximum() == 0


def test_a_new_text_size_while_the_card_is_open_keeps_all_of_it_in_view(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    window.navigator.open(PAGE)
    card = open_card(qtbot, window.reader.view, MARROW, window.reader)
    before = card.size()
    font = card.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(font)  # what the text size does, for every widget
    qtbot.waitUntil(lambda: card.size() != before)
    assert card.width() > before.width() and card.height() > before.height()
    assert card.view.verticalScrollBar().maximum() == 0
