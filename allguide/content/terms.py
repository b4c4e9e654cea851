"""Marks the glossary's words where a page first uses them, so the reader can explain
them in place.

Marking is automatic: no body names its glossary words. Each term and each of its
aliases (which mean the same thing: the glossary's rule) is looked for as a whole
word, everyday case ignored except in an abbreviation ("CR" is not "cr"). Only the
first use of each term on a page is marked, and never inside a link, a citation, a
heading, an address or code, so nothing the content already says is changed.

A mark is an ordinary Markdown link to ``TERM_PREFIX`` + the term's id; the reader
shows the definition for it instead of leaving the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from allguide.content.model import GlossaryTerm

TERM_PREFIX = "term:"  # a mark's link is "#term:<glossary id>"
# Bounds for a glossary far beyond any real one (content may be hostile): spellings
# past these are not looked for, so no page can take long to mark.
MAX_SPELLINGS = 10_000
MAX_PER_WORD = 64  # spellings that start with the same word
_WORD = re.compile(r"[^\W_]+")  # letters and digits: "_" is Markdown's emphasis
_NOT_AFTER = r"(?<![^\W_]|[-!])(?<![^\W_][*_])(?<![^\W_][*_]{2})(?<![^\W_][*_]{3})"
_NOT_BEFORE = r"(?![^\W_]|-)(?![*_]{1,3}[^\W_])"

# Text a mark must never go into: a heading, a link (its words and address, or its
# label), a citation, an autolink, code. Each is looked for on its own, and a word in
# any of them is left alone: leaving one too many unmarked costs nothing, and one
# construct cannot hide another ("<[^>CR](#a)" is both an autolink and a link).
_PROTECTED = [
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        r"\\.",  # an escaped character
        r"^[ \t]{0,3}#{1,6}[ \t].*$",  # a heading
        r"^.*\n[ \t]{0,3}(?:=+|-+)[ \t]*$",  # a heading underlined with = or -
        r"^[ \t]{0,3}(?:```|~~~)[\s\S]*?(?:^[ \t]{0,3}(?:```|~~~)|\Z)",  # a fenced code block
        r"^(?: {4}|\t)(?![ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]).*$",  # an indented code line
        r"\[\^[^\]]*\]",  # a citation
        # a link: its words (brackets inside them paired) and its address or label
        r"\[(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*\](?:\([^)]*\)|\[[^\]]*\])",
        r"<[^>\n]*>",  # an autolink (content has no HTML)
        r"(`+)(?:(?!\1)[^\n]|\n(?![ \t]*\n))*?\1",  # code, within a paragraph
    )
]
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_ARABIC_MARKS = re.compile(r"[\u064B-\u0652\u0670]")  # short vowels, shadda, sukun
_MARKS_AFTER = "[\u064b-\u0652\u0670]*"
# Arabic joins "and", "so", "with", "like" and "for" to the next word (وبالعلاج).
_ARABIC_PREFIX = "(?:[وف]?(?:[بكل](?!ل))?)"
_ARABIC_ARTICLE = "ال"
# "for the" drops the article's alef: ل + العلاج = للعلاج.
_ARABIC_FOR_THE = "(?:[وف]?لل)"
# Arabic word endings for the plural and the feminine: مثبط, مثبطات; الموجّه, الموجّهة.
_ARABIC_ENDING = "(?:ات|ة)?"
# Latin scripts: a plural that only adds an ending (donors, donantes, subtypes).
_PLURAL = "(?:e?s)?"


@dataclass(frozen=True)
class TermMark:
    """Where a page first uses a glossary word: ``start`` and ``end`` in its Markdown."""

    term_id: str
    start: int
    end: int


@dataclass
class _Spelling:
    """One way a term is written, compiled on first need."""

    term_id: str
    words: str
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The spelling as a whole word, compiled the first time a page has its word."""
        if self._pattern is None:
            # Whole words only: not half of "marrowbone", nor "CR" in "CR-like"; not after
            # "!", which would make the mark an image; nor inside emphasis that starts or
            # ends within a word ("bone*SCT*"), which a link beside it would undo.
            self._pattern = re.compile(rf"{_NOT_AFTER}(?:{_pattern(self.words)}){_NOT_BEFORE}")
        return self._pattern


class TermMarker:
    """Finds and marks the glossary's words in a page's Markdown.

    Each word of a page is looked up by its plain form (``_keys``) among the spellings
    that start with it, so the time a page takes grows with the page, not with the
    glossary: a glossary of thousands of terms costs a page no more than a short one.
    """

    def __init__(self, glossary: Iterable[GlossaryTerm]) -> None:
        self._starting_with: dict[str, list[_Spelling]] = {}
        count = 0
        for term in glossary:
            for words in _spellings(term):
                if count == MAX_SPELLINGS:
                    break
                count += 1
                spelling = _Spelling(term.id, words)
                self._starting_with.setdefault(_spelling_key(words), []).append(spelling)
        for spellings in self._starting_with.values():
            # Longest first: "bone marrow transplant" wins over "bone marrow".
            spellings.sort(key=lambda spelling: -len(spelling.words))
            del spellings[MAX_PER_WORD:]

    def marks(self, markdown: str, *, skip: Iterable[str] = ()) -> Iterator[TermMark]:
        """The first use of each term in ``markdown`` outside links, citations and
        headings, in order; terms in ``skip`` are left alone."""
        if not self._starting_with:
            return
        done = set(skip)
        protected = [m.span() for pattern in _PROTECTED for m in pattern.finditer(markdown)]
        resume = 0
        for word in _WORD.finditer(markdown):
            if word.start() < resume:
                continue
            found = self._longest_at(markdown, word)
            if found is None:
                continue
            spelling, end = found
            resume = end
            if spelling.term_id in done or _overlaps((word.start(), end), protected):
                continue
            done.add(spelling.term_id)
            yield TermMark(spelling.term_id, word.start(), end)

    def _longest_at(self, markdown: str, word: re.Match[str]) -> tuple[_Spelling, int] | None:
        """The longest spelling written at ``word``, and where it ends."""
        best: tuple[_Spelling, int] | None = None
        for key in _keys(word.group()):
            for spelling in self._starting_with.get(key, ()):
                match = spelling.pattern.match(markdown, word.start())
                if match is not None and (best is None or match.end() > best[1]):
                    best = (spelling, match.end())
        return best

    def mark(self, markdown: str, *, skip: Iterable[str] = ()) -> str:
        """``markdown`` with each term's first use made a link to ``TERM_PREFIX`` + id."""
        parts: list[str] = []
        end = 0
        for found in self.marks(markdown, skip=skip):
            words = markdown[found.start : found.end]
            parts += [markdown[end : found.start], f"[{words}](#{TERM_PREFIX}{found.term_id})"]
            end = found.end
        parts.append(markdown[end:])
        return "".join(parts)


def _spelling_key(words: str) -> str:
    """The plain form of a spelling's first word, as ``_keys`` gives it for a page's."""
    first = _ARABIC_MARKS.sub("", _WORD.findall(words)[0] if _WORD.search(words) else words)
    if _ARABIC_LETTER.match(first):
        return _arabic_core(first.removeprefix(_ARABIC_ARTICLE))
    return _latin_core(first)


def _keys(word: str) -> set[str]:
    """The plain forms a page's word may have as a spelling's first word: case and a
    plural ending ignored; in Arabic also short vowels, joined prefixes and the article."""
    plain = _ARABIC_MARKS.sub("", word)
    if not _ARABIC_LETTER.match(plain):
        return {_latin_core(plain)}
    keys = set()
    for joined in ("", "و", "ف"):
        for particle in ("", "ب", "ك", "ل"):
            for article in ("", _ARABIC_ARTICLE, "ل"):  # "ل": for the (لل)
                prefix = joined + particle + article
                if plain.startswith(prefix) and len(plain) > len(prefix):
                    keys.add(_arabic_core(plain[len(prefix) :]))
    return keys


def _latin_core(word: str) -> str:
    """ "Donors" and "donor", "inhibidores" and "inhibidor": one form."""
    return word.casefold().removesuffix("s").removesuffix("e")


def _arabic_core(word: str) -> str:
    """ "مثبطات" and "مثبط", "الموجّهة" and "الموجّه": one form."""
    for ending in ("ات", "ة"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def term_id_of(fragment: str) -> str | None:
    """The glossary id a mark's link fragment names, or None for any other link."""
    return fragment.removeprefix(TERM_PREFIX) if fragment.startswith(TERM_PREFIX) else None


def _spellings(term: GlossaryTerm) -> list[str]:
    """The term, its abbreviation in brackets, and its aliases: "Tyrosine kinase
    inhibitor (TKI)" is looked for as "Tyrosine kinase inhibitor" and as "TKI"."""
    spellings = []
    name, bracket, rest = term.term.partition(" (")
    spellings.append(name.strip())
    if bracket and rest.endswith(")"):
        spellings.append(rest[:-1].strip())
    own_words = {word.casefold() for word in name.split()}
    for alias in term.aliases:
        alias = alias.strip()
        shortened = {word.casefold() for word in alias.split()} <= own_words
        if shortened and not _is_abbreviation(alias):
            continue  # "moelle" for "moelle osseuse" is also "moelle épinière", the spinal cord
        spellings.append(alias)
    unique: dict[str, str] = {}
    for spelling in spellings:
        if spelling:
            unique.setdefault(spelling.casefold(), spelling)
    return list(unique.values())


def _pattern(words: str) -> str:
    """A regular expression for ``words``: any run of spaces or a line break between
    words, case ignored unless they are an abbreviation, and in Arabic the joined
    prefixes and optional short vowels."""
    words = _ARABIC_MARKS.sub("", words)
    pieces = [_word_pattern(word) for word in words.split()]
    pattern = r"\s+".join(pieces)
    if _ARABIC_LETTER.match(words):
        first = words.split()[0]
        if first.startswith(_ARABIC_ARTICLE):
            without = r"\s+".join([_word_pattern(first[2:]), *pieces[1:]])
            pattern = f"(?:{_ARABIC_PREFIX}{pattern}|{_ARABIC_FOR_THE}{without})"
        else:
            pattern = f"{_ARABIC_PREFIX}{pattern}"
        return pattern
    if _is_abbreviation(words):
        return pattern
    if len(pieces) > 1:  # Spanish and French put the plural on the first word
        pattern = r"\s+".join([pieces[0] + _PLURAL, *pieces[1:]])
    if pattern.endswith("s") and len(words) > 3:
        pattern += "?"  # the singular too: "CAR T-cell therapy" uses "CAR T-cells"
    return f"(?i:{pattern}){_PLURAL}"


def _word_pattern(word: str) -> str:
    """One word, with Arabic short vowels allowed after each letter, and an Arabic
    word's plural or feminine ending."""
    pattern = "".join(
        re.escape(c) + (_MARKS_AFTER if _ARABIC_LETTER.match(c) else "") for c in word
    )
    return pattern + _ARABIC_ENDING if _ARABIC_LETTER.match(word) else pattern


def _is_abbreviation(words: str) -> bool:
    """ "CR", "TKI", "BCR::ABL1", "CAR T": no lower-case letter, so case matters."""
    return any(c.isupper() for c in words) and not any(c.islower() for c in words)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` shares a character with any of ``spans``."""
    start, end = span
    return any(start < other_end and other_start < end for other_start, other_end in spans)
