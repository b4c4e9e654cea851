"""``allguide validate --readability``: each page's figure per language, as textstat gives it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from allguide.cli import main
from allguide.content import available_languages, load_bundled
from allguide.content.readability import (
    MAX_WORDS_PER_SENTENCE,
    PLAIN_SCORE,
    Band,
    Formula,
    Issue,
    Page,
    PageKind,
    band_of,
    formula_for,
    measure,
    measure_text,
    scorer,
    sentences_of,
)

textstat = pytest.importorskip("textstat.textstat", reason="the dev extra's textstat")

ENGLISH = (
    "Chemotherapy is the most common treatment for acute lymphoblastic leukaemia. "
    "It works by killing cells that divide quickly, such as cancer cells. "
    "You may have one medicine, or several at the same time."
)
SPANISH = (
    "La quimioterapia es el tratamiento más común de la leucemia linfoblástica aguda. "
    "Funciona matando las células que se dividen rápido, como las células del cáncer. "
    "Puede recibir un medicamento, o varios a la vez."
)
FRENCH = (
    "La chimiothérapie est le traitement le plus courant de la leucémie aiguë "
    "lymphoblastique. Elle agit en tuant les cellules qui se divisent vite, comme les "
    "cellules cancéreuses. Vous pouvez recevoir un seul médicament, ou plusieurs à la fois."
)


def page(*texts: str) -> Page:
    return Page(PageKind.SECTION, "a-page", "A page", texts)


def figure(language: str, *texts: str) -> float | None:
    formula = formula_for(language)
    return measure_text(page(*texts), formula, scorer(formula, language)).score


def textstat_for(language: str) -> object:
    stats = textstat.textstatistics()
    stats.set_rounding(False)
    stats.set_lang(language)
    return stats


def test_each_language_has_its_published_formula() -> None:
    assert formula_for("en") is Formula.FLESCH
    assert formula_for("es") is Formula.FERNANDEZ_HUERTA
    assert formula_for("fr") is Formula.KANDEL_MOLES
    assert formula_for("ar") is Formula.LETTERS_PER_WORD


@pytest.mark.parametrize(
    ("language", "text", "method", "textstat_language"),
    [
        ("en", ENGLISH, "flesch_reading_ease", "en_GB"),
        ("es", SPANISH, "fernandez_huerta", "es"),
        ("fr", FRENCH, "flesch_reading_ease", "fr"),
    ],
)
def test_the_figure_is_textstats(
    language: str, text: str, method: str, textstat_language: str
) -> None:
    expected = getattr(textstat_for(textstat_language), method)(text)
    assert figure(language, text) == pytest.approx(expected)


def test_english_figure_is_fleschs_formula() -> None:
    """Six one-syllable words in one sentence: 206.835 - 1.015 * 6 - 84.6 * 1."""
    assert figure("en", "The cat sat on the mat.") == pytest.approx(116.145)


def test_french_figure_uses_kandel_and_moles_coefficients() -> None:
    """Kandel-Moles: 207 - 1.015 * words a sentence - 73.6 * syllables a word."""
    stats = textstat_for("fr")
    words, sentences = stats.lexicon_count(FRENCH), stats.sentence_count(FRENCH)
    syllables = stats.syllable_count(FRENCH)
    published = 207 - 1.015 * words / sentences - 73.6 * syllables / words
    assert figure("fr", FRENCH) == pytest.approx(published)


def test_spanish_figure_is_fernandez_huerta() -> None:
    """Fernández-Huerta: 206.84 - 60 * syllables a word - 1.02 * words a sentence."""
    stats = textstat_for("es")
    words, sentences = stats.lexicon_count(SPANISH), stats.sentence_count(SPANISH)
    syllables = stats.syllable_count(SPANISH)
    published = 206.84 - 60 * syllables / words - 1.02 * words / sentences
    assert figure("es", SPANISH) == pytest.approx(published)


def test_our_markup_changes_no_figure() -> None:
    marked = (
        "Chemotherapy is the most common treatment for acute lymphoblastic "
        "leukaemia.[^ref-1]\n\nIt works by killing cells that divide quickly, such as "
        "[cancer cells](#term-cancer).[^ref-2] You may have **one medicine**, or several at "
        "the same time.[^ref-1]"
    )
    assert figure("en", marked) == pytest.approx(figure("en", ENGLISH))
    assert sentences_of(marked) == sentences_of(ENGLISH)


def test_list_items_and_headings_are_sentences_of_their_own() -> None:
    markdown = "Given in three phases:\n\n1. [Induction](#a), with high doses\n2. Maintenance"
    assert sentences_of(markdown) == [
        "Given in three phases:",
        "Induction, with high doses",
        "Maintenance",
    ]
    assert sentences_of("## What it is\nA medicine\nthat kills cells.") == [
        "What it is",
        "A medicine that kills cells.",
    ]


def test_arabic_gets_plain_counts_and_no_formula() -> None:
    """Letters per word and words per sentence; short-vowel marks are not letters."""
    text = "ذَهَبَ الولد إلى المدرسة. كتب الدرس؟ نعم."
    measured = measure_text(page(text), Formula.LETTERS_PER_WORD, None)
    assert measured.score is None and measured.band is None
    assert (measured.words, measured.sentences) == (7, 3)
    assert measured.letters_per_word == pytest.approx((3 + 5 + 3 + 7 + 3 + 5 + 3) / 7)
    assert measured.figure == measured.letters_per_word
    assert measured.longest_sentence == "ذَهَبَ الولد إلى المدرسة."
    assert measured.longest_sentence_words == 4


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (95.0, Band.VERY_EASY),
        (90.0, Band.VERY_EASY),
        (89.9, Band.EASY),
        (75.0, Band.FAIRLY_EASY),
        (60.0, Band.STANDARD),
        (59.9, Band.FAIRLY_DIFFICULT),
        (30.0, Band.DIFFICULT),
        (29.9, Band.VERY_CONFUSING),
        (-4.0, Band.VERY_CONFUSING),
    ],
)
def test_fleschs_bands(score: float, band: Band) -> None:
    assert band_of(score) is band


def test_hard_pages_and_long_sentences_are_flagged() -> None:
    easy = measure_text(
        page("The cat sat on the mat."), Formula.FLESCH, scorer(Formula.FLESCH, "en")
    )
    assert easy.issues == ()
    hard = "Lymphoblastic leukaemia necessitates multidisciplinary immunological intervention."
    measured = measure_text(page(hard), Formula.FLESCH, scorer(Formula.FLESCH, "en"))
    assert measured.score is not None and measured.score < PLAIN_SCORE
    assert measured.issues == (Issue.HARD,)
    long = " ".join(["word"] * int(MAX_WORDS_PER_SENTENCE + 1)) + "."
    assert measure_text(page(long), Formula.LETTERS_PER_WORD, None).issues == (
        Issue.LONG_SENTENCES,
    )


def test_worst_pages_come_first() -> None:
    result = measure(load_bundled("en").content, "en")
    worst = result.worst(5)
    assert len(worst) == 5
    scores = [p.score for p in result.pages if p.score is not None]
    assert [p.score for p in worst] == sorted(scores)[:5]


def expected_pages(language: str) -> list[tuple[str, str]]:
    """Every page a family reads, by kind and id, read from the content itself."""
    c = load_bundled(language).content
    return [
        ("home", "home"),
        *(("section", s.id) for s in c.sections),
        *(("phase", p.id) for p in c.phases),
        *(("medicine", a.id) for a in c.agents),
        *(("side effect", e.id) for e in c.side_effects),
        *(("glossary", t.id) for t in c.glossary),
    ]


def tables(out: str) -> dict[str, list[str]]:
    """Each language's table rows, by language."""
    found: dict[str, list[str]] = {}
    language = None
    for line in out.splitlines():
        if line.startswith("Readability ("):
            language = line.split("(", 1)[1].split(")", 1)[0]
            found[language] = []
        elif language is not None:
            found[language].append(line)
    return found


def test_validate_lists_every_page_of_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--readability"]) == 0
    out = tables(capsys.readouterr().out)
    assert sorted(out) == sorted(available_languages())
    for language, rows in out.items():
        cells = [re.split(r"\s{2,}", row) for row in rows[2:] if row[:1] not in " 0123456789"]
        listed = [(cell[0], cell[1]) for cell in cells if cell != [""]]
        assert listed == expected_pages(language), language
        assert rows[1].startswith("KIND")


def test_validate_readability_of_one_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--readability", "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert list(tables(out)) == ["es"]
    assert "Fernández-Huerta" in out


def test_lang_without_readability_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "es"]) == 2
    assert "--readability" in capsys.readouterr().err


BLOCK_TEXTSTAT = (
    "import sys; sys.modules['textstat'] = None; sys.modules['textstat.textstat'] = None; "
    "from allguide.cli import main; sys.exit(main(sys.argv[1:]))"
)


def without_textstat(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_TEXTSTAT, *argv],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_without_textstat_one_line_says_how_to_get_it() -> None:
    run = without_textstat("validate", "--readability")
    assert run.returncode == 3, run.stderr
    assert run.stderr.splitlines() == [
        "allguide: readability needs textstat, a developer tool: "
        "pip install -e '.[dev]' (or pip install 'textstat==0.7.4')"
    ]
    assert "Readability (" not in run.stdout


def test_arabic_needs_no_textstat() -> None:
    run = without_textstat("validate", "--readability", "--lang", "ar")
    assert run.returncode == 0, run.stderr
    assert "Readability (ar)" in run.stdout


def test_the_module_imports_neither_qt_nor_textstat() -> None:
    """textstat only when measuring (PyInstaller must not bundle it), and never Qt."""
    code = (
        "import sys, allguide.content.readability; "
        "bad = sorted(m for m in sys.modules "
        "if m.startswith(('PySide6', 'shiboken6', 'textstat', 'pyphen'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
