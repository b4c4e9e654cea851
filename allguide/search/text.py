"""Folding and tokenising text so that case and accents never matter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

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


# Per language, how its shortened forms are written out; a language not here keeps them.
_WRITTEN_OUT: dict[str, Callable[[str], str]] = {"en": _english_written_out}


def typed_words(text: str, language: str) -> list[str]:
    """The folded words of typed text, with ``language``'s shortened forms written out."""
    write_out = _WRITTEN_OUT.get(language)
    return tokens(write_out(text) if write_out else text)
