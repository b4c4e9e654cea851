"""A language's search words (``search-words.yaml``), ready for search.

Which words are little, fillers or words for the person, which turn a phrase into its
opposite or say more or less of something, how shortened forms and signs are written
out, and how words take endings, are each language's own: content files beside
``synonyms.yaml`` (docs/content.md, "Search words"), never code. Here they are folded
as typed words are (text.fold) and made into sets and patterns, once per content.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from allguide.content.model import Content, SearchWords, WordEndings
from allguide.search.text import fold

_APOSTROPHES = "'’"


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


def _pairs(pairs: Iterable[tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
    return tuple((fold(first), fold(second)) for first, second in pairs)


@dataclass(frozen=True)
class Endings:
    """How the language's words take endings (model.WordEndings), folded."""

    same_word: frozenset[str] = frozenset()
    own_word: frozenset[str] = frozenset()
    other_word: frozenset[str] = frozenset()
    dropped_before: tuple[str, ...] = ()
    changed_before: tuple[tuple[str, str], ...] = ()
    doubled_before: bool = False
    taken_off: tuple[str, ...] = ()
    put_back: tuple[str, ...] = ()
    alike: bool = False
    listed_without: tuple[str, ...] = ()

    @classmethod
    def of(cls, endings: WordEndings) -> Endings:
        return cls(
            _folded(endings.same_word),
            _folded(endings.own_word),
            _folded(endings.other_word),
            tuple(fold(end) for end in endings.dropped_before),
            _pairs(endings.changed_before),
            endings.doubled_before,
            tuple(fold(end) for end in endings.taken_off),
            tuple(fold(letters) for letters in endings.put_back),
            endings.alike,
            tuple(fold(end) for end in endings.listed_without),
        )


class LanguageWords:
    """One language's search words as sets of folded words, and its rules for typed text."""

    def __init__(self, words: SearchWords) -> None:
        self.stop_words = _folded(words.stop_words)
        # Words for the person are fillers: never searched on their own.
        self.fillers = _folded((*words.fillers, *words.people))
        self.names = _folded(words.names)
        self.not_before = _folded(words.not_before)
        self.not_after = _folded(words.not_after)
        # Which way a test came out: says nothing alone, never named as missing.
        self.results = self.not_after | _folded(words.yes_after)
        self.more = _folded(words.more)
        self.less = _folded(words.less)
        self.more_less_after = words.more_less_after
        # Every word listed here is a word of the language, whatever its word list says
        # (pyspellchecker's Spanish list lacks "altos"): never a typo to correct.
        self.listed = (
            self.stop_words | self.fillers | self.names | self.not_before | self.results
        ) | (self.more | self.less)
        self.spellings = _pairs(words.spellings)
        self.endings = Endings.of(words.endings)
        self._shortened = {_key(typed): meant for typed, meant in words.shortened}
        self._signs = {sign: word for sign, word in words.signs}
        self._words = words

    @functools.cached_property
    def _patterns(self) -> tuple[re.Pattern[str] | None, ...]:
        """Compiled on the first text written out, not when the words are read."""
        return _patterns(self._words)

    def is_direction_word(self, word: str) -> bool:
        """A word that says more or less of something ("high", "low", "not")."""
        return word in self.more or word in self.less

    def write_out(self, text: str) -> str:
        """``text`` with shortened forms and signs written out, as the language says:
        "can't" → "can not", "son's" → "son", "Ph+" → "Ph positive"."""
        shortened, endings, signs = self._patterns
        if shortened is not None:
            text = shortened.sub(self._written_out, text)
        if endings is not None:
            text = endings.sub("", text)
        if signs is not None:
            text = signs.sub(lambda match: " " + self._signs[match.group()], text)
        return text

    def _written_out(self, match: re.Match[str]) -> str:
        typed = match.group()
        meant = self._shortened[_key(typed)]
        return meant[:1].upper() + meant[1:] if typed[:1].isupper() else meant


def _key(typed: str) -> str:
    return typed.casefold().replace("’", "'")


def _patterns(words: SearchWords) -> tuple[re.Pattern[str] | None, ...]:
    """The patterns of shortened forms, of endings after an apostrophe, and of signs."""
    shortened = endings = signs = None
    forms = sorted({_key(typed) for typed, _meant in words.shortened}, key=len, reverse=True)
    if forms:
        either = f"[{_APOSTROPHES}]"
        alternatives = "|".join(re.escape(form).replace("'", either) for form in forms)
        shortened = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    if words.apostrophe_endings:
        ends = "|".join(map(re.escape, words.apostrophe_endings))
        endings = re.compile(rf"(?<=\w)[{_APOSTROPHES}](?:{ends})\b", re.IGNORECASE)
    if words.signs:
        # Right after a name, not inside one: "Ph+", "CD19-", but not "Ph-like".
        marks = "|".join(re.escape(sign) for sign, _word in words.signs)
        signs = re.compile(rf"(?<=[^\W_])(?:{marks})(?![^\W_])")
    return shortened, endings, signs


@functools.cache
def _of(words: SearchWords) -> LanguageWords:
    return LanguageWords(words)


def words_of(content: Content) -> LanguageWords:
    """The search words of ``content``'s language (its search-words.yaml)."""
    return _of(content.search_words)


@functools.cache
def bundled_words(language: str) -> LanguageWords:
    """A bundled language's search words, for a caller with no content at hand."""
    from allguide.content.bundled import bundled_search_words

    return _of(bundled_search_words(language))
