"""Glossary words are marked where a page first uses them (allguide/content/terms.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from allguide.content.bundled import load_bundled
from allguide.content.model import Content, GlossaryTerm
from allguide.content.terms import TERM_PREFIX, TermMarker, term_id_of
from allguide.ui.reader.browser import MARKDOWN_FEATURES

MARK = re.compile(r"\[([^\[\]]*)\]\(#" + re.escape(TERM_PREFIX) + r"([a-z0-9-]+)\)")


def glossary(*terms: tuple[str, str, tuple[str, ...]]) -> list[GlossaryTerm]:
    return [GlossaryTerm(id, term, "A definition.", aliases) for id, term, aliases in terms]


MARROW = ("term-marrow", "Bone marrow", ("marrow",))
TRANSPLANT = ("term-sct", "Stem cell transplant", ("SCT", "bone marrow transplant"))
REMISSION = ("term-cr", "Complete remission", ("CR",))
TKI = ("term-tki", "Tyrosine kinase inhibitor (TKI)", ())
CAR_T = ("term-car-t", "CAR T-cells", ())


def marked(markdown: str, *terms: tuple[str, str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(words, term id) of each mark in ``markdown`` once marked."""
    return MARK.findall(TermMarker(glossary(*terms)).mark(markdown))


def unmarked(markdown: str) -> str:
    return MARK.sub(r"\1", markdown)


def test_only_the_first_use_of_a_term_is_marked() -> None:
    text = "Cells grow in the bone marrow. Later, the Bone Marrow is checked."
    assert marked(text, MARROW) == [("bone marrow", "term-marrow")]


def test_an_alias_counts_as_a_use_of_its_term() -> None:
    text = "A bone marrow transplant is a stem cell transplant."
    assert marked(text, TRANSPLANT) == [("bone marrow transplant", "term-sct")]


def test_an_alias_of_the_terms_own_words_is_not_looked_for_alone() -> None:
    """French "moelle" (for "moelle osseuse") is also the spinal cord, "moelle épinière":
    a card about bone marrow there would mislead."""
    moelle = ("term-bone-marrow", "Moelle osseuse", ("moelle", "tuétano"))
    assert marked("le cerveau ou la moelle épinière", moelle) == []
    assert marked("la moelle osseuse", moelle) == [("moelle osseuse", "term-bone-marrow")]
    assert marked("el tuétano", moelle) == [("tuétano", "term-bone-marrow")]


def test_the_longest_words_win_where_two_terms_start_together() -> None:
    text = "A bone marrow transplant replaces cells made in the bone marrow."
    assert marked(text, MARROW, TRANSPLANT) == [
        ("bone marrow transplant", "term-sct"),
        ("bone marrow", "term-marrow"),
    ]


def test_words_in_links_citations_headings_and_code_are_left_alone() -> None:
    text = (
        "# Bone marrow\n\n"
        "See [bone marrow](#bone-marrow) and [^ref-1], `bone marrow`, <https://x.org/marrow>.\n\n"
        "Here the bone marrow grows."
    )
    out = TermMarker(glossary(MARROW)).mark(text)
    assert MARK.findall(out) == [("bone marrow", "term-marrow")]
    assert out.index(f"#{TERM_PREFIX}") > out.index("Here the")
    assert unmarked(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Wow!bone marrow",  # a mark after "!" would be an image
        "```\nbone marrow\n```",  # a fenced code block
        "Text.\n\n    bone marrow in code",  # an indented code line
        "Bone marrow\n===========",  # a heading underlined
        "Bone marrow\n---",
        "[bone marrow][label]",  # a link by its label
    ],
)
def test_markdown_that_would_break_or_show_the_mark_is_left_alone(text: str) -> None:
    assert marked(text, MARROW) == []


def test_emphasis_with_underscores_is_no_part_of_a_word() -> None:
    assert marked("_bone marrow_", MARROW) == [("bone marrow", "term-marrow")]


def test_a_list_item_indented_under_another_is_still_marked() -> None:
    assert marked("- Cells\n    - the bone marrow", MARROW) == [("bone marrow", "term-marrow")]


def test_escaped_brackets_open_no_link_that_would_hide_a_word() -> None:
    text = r"A \[note\] about the bone marrow."
    assert marked(text, MARROW) == [("bone marrow", "term-marrow")]


def test_a_term_across_a_line_break_is_found() -> None:
    assert marked("samples of bone\nmarrow here", MARROW) == [("bone\nmarrow", "term-marrow")]


def test_only_whole_words_are_marked() -> None:
    assert marked("marrowbone and bonemarrow", MARROW) == []
    # Nor half of a hyphenated word: "CAR T" in "CAR T-cell therapy" is not a whole word.
    assert marked("non-CR and CR-like", REMISSION) == []


def test_an_abbreviation_keeps_its_case_but_words_do_not() -> None:
    assert marked("cr is not an abbreviation; CR is.", REMISSION) == [("CR", "term-cr")]
    assert marked("COMPLETE REMISSION", REMISSION) == [("COMPLETE REMISSION", "term-cr")]


def test_a_bracketed_abbreviation_in_the_term_is_looked_for_alone() -> None:
    assert marked("Imatinib is a TKI.", TKI) == [("TKI", "term-tki")]
    assert marked("Two tyrosine kinase inhibitors.", TKI) == [
        ("tyrosine kinase inhibitors", "term-tki")
    ]


def test_a_plural_on_the_first_word_is_found() -> None:
    """Spanish and French put the plural on the first word of a term."""
    inhibitor = ("term-tki", "Inhibidor de la tirosina quinasa (ITQ)", ())
    assert marked("Los inhibidores de la tirosina quinasa (ITQ).", inhibitor) == [
        ("inhibidores de la tirosina quinasa", "term-tki")
    ]
    targeted = ("term-targeted", "Traitement ciblé", ())
    assert marked("Des traitements ciblés.", targeted) == [("traitements ciblés", "term-targeted")]


def test_a_plural_term_is_found_in_the_singular() -> None:
    assert marked("CAR T-cell therapy uses CAR T-cells.", CAR_T) == [("CAR T-cell", "term-car-t")]


def test_arabic_joined_prefixes_the_article_and_short_vowels() -> None:
    cells = ("term-car-t", "خلايا CAR T", ())
    assert marked("العلاج بخلايا CAR T.", cells) == [("بخلايا CAR T", "term-car-t")]
    radio = ("term-radio", "العلاج الإشعاعي", ())
    assert marked("يُعطى للعلاج الإشعاعي.", radio) == [("للعلاج الإشعاعي", "term-radio")]
    assert marked("والعلاجُ الإشعاعيُّ", radio) == [("والعلاجُ الإشعاعيُّ", "term-radio")]
    inhibitor = ("term-menin", "مثبط المينين", ())
    assert marked("مثبطات المينين أدوية.", inhibitor) == [("مثبطات المينين", "term-menin")]


def test_skipped_terms_are_not_marked() -> None:
    marker = TermMarker(glossary(MARROW, REMISSION))
    out = marker.mark("bone marrow and CR", skip=["term-marrow"])
    assert MARK.findall(out) == [("CR", "term-cr")]


def test_a_mark_link_names_its_term() -> None:
    assert term_id_of(f"{TERM_PREFIX}term-cr") == "term-cr"
    assert term_id_of("term-cr") is None  # a page link to the glossary entry is a page link


LANGUAGES = ["en", "es", "fr", "ar"]


@pytest.fixture(scope="module", params=LANGUAGES)
def content(request: pytest.FixtureRequest) -> Content:
    return load_bundled(request.param).content


def bodies(content: Content) -> list[tuple[str, str]]:
    pages = [*content.sections, *content.agents, *content.side_effects]
    return [(page.id, page.body) for page in pages]


def test_every_glossary_word_is_marked_somewhere_in_every_language(content: Content) -> None:
    """A term no page uses in any form would never be explained in place: its spellings
    (term, bracketed abbreviation, aliases) miss how the pages write it."""
    marker = TermMarker(content.glossary)
    found = {mark.term_id for _, body in bodies(content) for mark in marker.marks(body)}
    assert {term.id for term in content.glossary} - found == set()


def test_marking_changes_no_word_of_any_page(content: Content) -> None:
    marker = TermMarker(content.glossary)
    for page_id, body in bodies(content):
        out = marker.mark(body)
        assert unmarked(out) == body, page_id
        ids = [term_id for _, term_id in MARK.findall(out)]
        assert len(ids) == len(set(ids)), f"{page_id}: a term marked twice"


def test_a_huge_glossary_is_bounded_and_still_marks_its_first_terms() -> None:
    """Content may be hostile: spellings past MAX_SPELLINGS, or past MAX_PER_WORD that
    start with the same word, are not looked for, so no page takes long to mark
    (benchmarks/term_marking.py prints the times)."""
    from allguide.content import terms

    many = [
        GlossaryTerm(
            f"t{i}", f"word{i}", "A definition.", tuple(f"the w{i}x{a}" for a in range(200))
        )
        for i in range(2000)
    ]
    marker = TermMarker(many)
    assert sum(len(s) for s in marker._starting_with.values()) <= terms.MAX_SPELLINGS
    assert len(marker._starting_with[terms._spelling_key("the")]) == terms.MAX_PER_WORD
    assert MARK.findall(marker.mark("Here word0 and word5 show.")) == [
        ("word0", "t0"),
        ("word5", "t5"),
    ]
    assert MARK.findall(marker.mark("word1999")) == []  # past the bound: not looked for


WORDS = ["bone", "marrow", "CR", "cr", "complete", "remission", "transplant", "SCT", "stem", "cell"]
PUNCTUATION = [
    " ",
    "\n",
    ". ",
    "[",
    "]",
    "(",
    ")",
    "#",
    "`",
    "*",
    "\\",
    "-",
    "[^",
    "](#a)",
    "<",
    ">",
]


def shown(markdown: str) -> str:
    """What the reader shows of ``markdown``: its text, as Qt lays it out."""
    document = QTextDocument()
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    return document.toPlainText()


def _words(text: str) -> str:
    return text.replace("*", "").replace("_", "")


@given(st.lists(st.sampled_from(WORDS + PUNCTUATION), max_size=40))
@hypothesis_settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_marking_never_changes_what_the_reader_shows(qapp: object, pieces: list[str]) -> None:
    """The page reads the same with its marks: none becomes an image, code or a broken
    link, and no term is marked twice. (Stray emphasis marks that pair up differently
    beside a link in broken Markdown, "**SCT*", are not counted: no word changes.)"""
    text = "".join(pieces)
    out = TermMarker(glossary(MARROW, TRANSPLANT, REMISSION)).mark(text)
    assert _words(shown(out)) == _words(shown(text))
    ids = [term_id for _, term_id in MARK.findall(out)]
    assert len(ids) == len(set(ids))
