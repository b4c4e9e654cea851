"""Folding and tokenising text so that case and accents never matter."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from allguide.content.markup import CITATION

WORD = re.compile(r"[^\W_]+")
_LINK = re.compile(r"\[([^\]]*)\]\((?:#|https?:)[^)]*\)")
_LIST_ITEM = re.compile(r"^\s*(?:[-+*]|\d+\.)\s+", re.MULTILINE)
_MARKS = re.compile(r"(\*\*|\*|__|`|^#+\s*)", re.MULTILINE)
_SPACE = re.compile(r"\s+")


# Letters that differ in typing but not in meaning, beyond case and accents (after
# casefold): the ligatures, typed either way ("cœur", "coeur"); and in Arabic, alef wasla
# (the other alef forms, أ إ آ, lose their mark with the accents), taa marbuta typed as
# haa, alef maqsura as yaa (and the Persian yaa and kaf of some keyboards), the tatweel
# that only stretches a word, and Arabic-Indic digits, written 0-9 as the content does.
# Tashkeel (harakat, shadda, sukun, tanween) are marks: they go with the accents.
_LETTERS = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ـ": None,
        **{chr(0x660 + n): str(n) for n in range(10)},
        **{chr(0x6F0 + n): str(n) for n in range(10)},
    }
)


def fold(text: str) -> str:
    """Text as search compares it, for the index and the query alike: no case, accents or
    marks, letters typed either way made one ("Dexaméthasone" → "dexamethasone", "cœur"
    → "coeur", "الحُمّى" → "الحمي"). Only what is compared: the content keeps its text."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text, and for each folded character the index of its original one."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in fold(char):  # may be empty, or longer: ß → ss
            folded.append(part)
            origin.append(index)
    return "".join(folded), origin


def tokens(text: str) -> list[str]:
    """The folded words of ``text``."""
    return WORD.findall(fold(text))


def plain(markdown: str) -> str:
    """Content Markdown as one line of readable text: no citations, links or marks."""
    text = CITATION.sub("", markdown)
    text = _LINK.sub(r"\1", text)
    text = _LIST_ITEM.sub("• ", text)  # keep list items apart once lines are joined
    text = _MARKS.sub("", text)
    return _SPACE.sub(" ", text).strip()


class WritesOut(Protocol):
    """A language's rules for typed text (search words: shortened forms, signs)."""

    def write_out(self, text: str) -> str:
        """``text`` with its shortened forms and signs written out: "can't" → "can not"."""
        ...


# What may join the words of one name typed without a space: "Solu-Medrol", "t(12;21)",
# "BCR::ABL1", "CD19/CD22". Not a space, nor a comma or a full stop between words.
_JOINERS = frozenset("-‐‑‒–/:;()[]+&")
_CLOSING = frozenset(")]")


@dataclass(frozen=True)
class TypedWord:
    """A folded word of typed text, where it was typed, and the name it is part of.

    Words typed together with joiners only ("Solu-Medrol") share a ``unit``.
    """

    word: str
    start: int
    end: int
    unit: int


@dataclass(frozen=True)
class Typed:
    """Typed text with ``language``'s shortened forms written out, and its words."""

    text: str
    words: tuple[TypedWord, ...]

    def span(self, first: int, last: int) -> str:
        """The text as typed from word ``first`` to word ``last``: "6-MP", "Solu-Medrol"."""
        return self.text[self.words[first].start : self.words[last].end]

    def unit_span(self, unit: int) -> str:
        """A name typed with joiners, its closing brackets too: "t(12;21)"."""
        places = [i for i, word in enumerate(self.words) if word.unit == unit]
        start, end = self.words[places[0]].start, self.words[places[-1]].end
        while end < len(self.text) and self.text[end] in _CLOSING:
            end += 1
        return self.text[start:end]


def typed_tokens(text: str, language: WritesOut) -> Typed:
    """The words of typed text (the language's shortened forms written out), as typed too."""
    text = language.write_out(text)
    folded, origin = fold_with_map(text)
    words: list[TypedWord] = []
    unit = -1
    previous_end = -1
    for match in WORD.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        gap = text[previous_end:start]
        if previous_end < 0 or not gap or not set(gap) <= _JOINERS:
            unit += 1
        words.append(TypedWord(match.group(), start, end, unit))
        previous_end = end
    return Typed(text, tuple(words))


def typed_words(text: str, language: str | WritesOut) -> list[str]:
    """The folded words of typed text, with the language's shortened forms written out.

    ``language``: its words (allguide.search.words), or a bundled language's id."""
    if isinstance(language, str):
        from allguide.search.words import bundled_words  # it imports this module

        language = bundled_words(language)
    return [typed.word for typed in typed_tokens(text, language).words]
