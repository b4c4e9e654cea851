"""Folding and tokenising text so that case and accents never matter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from allguide.content.markup import CITATION

WORD = re.compile(r"[^\W_]+")
_LINK = re.compile(r"\[([^\]]*)\]\((?:#|https?:)[^)]*\)")
_LIST_ITEM = re.compile(r"^\s*(?:[-+*]|\d+\.)\s+", re.MULTILINE)
_MARKS = re.compile(r"(\*\*|\*|__|`|^#+\s*)", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Text without case or accents: "Dexaméthasone" → "dexamethasone"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
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


# English shortened forms written out, so that "can't wake" and "cant wake" both
# read "can not wake", and "don't feel sick" is "feel sick" after a "not". Only for
# English: in French "dont" is a word of its own ("ce dont j'ai besoin").
_NOT = re.compile(
    r"\b(?:(ca)n['’]?t|(ca)nnot|(wo)n['’]?t"
    r"|(do|does|did|is|are|was|were|could|would|should|have|has|had|must|need)n['’]?t)\b",
    re.IGNORECASE,
)
_NOT_OF = {"ca": "can", "wo": "will"}
_SHORT = re.compile(r"(?<=\w)['’](s|re|ve|ll|d|m)\b", re.IGNORECASE)


def _english_written_out(text: str) -> str:
    """ "can't" → "can not", "dont" → "do not", "son's" → "son"."""

    def not_written_out(match: re.Match[str]) -> str:
        verb = next(group for group in match.groups() if group)
        return f"{_NOT_OF.get(verb.lower(), verb)} not"

    return _SHORT.sub("", _NOT.sub(not_written_out, text))


# A sign right after a name says which way a test came out: "Ph+" is "Ph positive",
# "Ph-" is "Ph negative" (then never read as "Ph+"). Not inside a name ("Ph-like").
_SIGN = re.compile(r"(?<=[^\W_])([+-])(?![^\W_])")
_SIGN_WORDS = {"+": " positive", "-": " negative"}


def _english_signs(text: str) -> str:
    return _SIGN.sub(lambda match: _SIGN_WORDS[match.group(1)], text)


# Per language, how its shortened forms are written out; a language not here keeps them.
_WRITTEN_OUT: dict[str, Callable[[str], str]] = {
    "en": lambda text: _english_signs(_english_written_out(text))
}
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


def typed_tokens(text: str, language: str) -> Typed:
    """The words of typed text (``language``'s shortened forms written out), as typed too."""
    write_out = _WRITTEN_OUT.get(language)
    if write_out:
        text = write_out(text)
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


def typed_words(text: str, language: str) -> list[str]:
    """The folded words of typed text, with ``language``'s shortened forms written out."""
    return [typed.word for typed in typed_tokens(text, language).words]
