"""Which side effects typed words find: the words shown, and the search words.

Built once from the content, as plain data. A side effect is found by the start of
any word it shows (its title, its everyday words), as a family types; and by the
search words that point to it in ``synonyms.yaml``, the same ones search uses: those
that ``finds:`` it, and those whose ``means:`` is its name or one of its everyday
words. Those phrases count only whole, as in search: little words aside, every word
of "spots on the skin" typed, in any order; "a cold" with its "a" (and then "cold",
inside it, is no chills); "not hungry" with its "not" ("hungry" is no loss of
appetite); the last word may still be being typed ("drows"). A phrase right after
"not", or right before "negative", is never matched ("not sleepy").
"""

from __future__ import annotations

from dataclasses import dataclass

from allguide.content.model import Content, SideEffect, Synonym
from allguide.search.text import tokens, typed_words
from allguide.search.words import LanguageWords, words_of


@dataclass(frozen=True)
class SearchPhrase:
    """One search word of synonyms.yaml, as written and as the words to find."""

    text: str
    words: tuple[str, ...]  # folded; without little words unless it is nothing without them
    whole: bool  # matched against every typed word, little ones too, in order ("a cold")
    in_order: bool  # "not hungry" keeps its order


@dataclass(frozen=True)
class EffectWords:
    """What a side effect is found by: the starts of its shown words, its search phrases."""

    shown: tuple[str, ...]  # folded words of its title and everyday words
    phrases: tuple[SearchPhrase, ...]


@dataclass(frozen=True)
class Match:
    """Whether typed words find a side effect, and the search words they matched."""

    found: bool
    phrases: tuple[str, ...] = ()  # as written in synonyms.yaml


@dataclass(frozen=True)
class _Found:
    effect: str
    phrase: str
    positions: frozenset[int]  # of the typed words the phrase covers


class EffectFinder:
    """The side effects typed words find, from a table built once from the content."""

    def __init__(self, content: Content) -> None:
        self.language = content.document.language if content.document else "en"
        # The content's own language's little words and negations (its search-words.yaml).
        self.search_words = words_of(content)
        self.little = self.search_words.stop_words
        self.words = effect_words(content, self.language, self.search_words)

    def find(self, text: str) -> dict[str, Match]:
        """Per side-effect id, whether ``text`` finds it.

        Every typed word but a little one must be the start of a word the side effect
        shows, or part of one of its search phrases typed whole. A phrase inside a longer
        one that was typed points nowhere of its own ("cold" in "a cold"). Little words
        typed alone must start shown words.
        """
        typed = typed_words(text, self.language)
        every = list(range(len(typed)))
        content = [i for i in every if typed[i] not in self.little] or every
        last = typed[-1] if typed else ""
        found: list[_Found] = []
        for effect, words in self.words.items():
            for phrase in words.phrases:
                where = every if phrase.whole else content
                start, end = _find(phrase, [typed[i] for i in where], last, self.search_words)
                if end:
                    found.append(_Found(effect, phrase.text, frozenset(where[start:end])))
        spans = {f.positions for f in found}
        kept = [f for f in found if not any(f.positions < span for span in spans)]
        matches: dict[str, Match] = {}
        for effect, words in self.words.items():
            mine = [f for f in kept if f.effect == effect]
            covered = set().union(*(f.positions for f in mine))
            ok = bool(content) and all(
                i in covered or any(w.startswith(typed[i]) for w in words.shown) for i in content
            )
            first_per_span: dict[frozenset[int], str] = {}
            for f in mine:
                first_per_span.setdefault(f.positions, f.phrase)
            phrases = tuple(dict.fromkeys(first_per_span.values())) if ok else ()
            matches[effect] = Match(ok, phrases)
        return matches


def effect_words(
    content: Content, language: str, search_words: LanguageWords
) -> dict[str, EffectWords]:
    """Per side-effect id, the words that find it."""
    table: dict[str, EffectWords] = {}
    for effect in content.side_effects:
        names = {tuple(tokens(name)) for name in _names(effect)}
        phrases = [
            _phrase(text, language, search_words)
            for synonym in content.synonyms
            if _points_to(synonym, effect.id, names)
            for text in synonym.words
        ]
        shown = tuple(w for name in (effect.title, *effect.everyday_words) for w in tokens(name))
        table[effect.id] = EffectWords(shown, tuple(p for p in phrases if p.words))
    return table


def _names(effect: SideEffect) -> tuple[str, ...]:
    return tuple(n for n in (effect.name, effect.medical_name, *effect.everyday_words) if n)


def _points_to(synonym: Synonym, effect_id: str, names: set[tuple[str, ...]]) -> bool:
    """True if the synonym finds the side effect, or means its name or an everyday word."""
    return effect_id in synonym.finds or any(tuple(tokens(m)) in names for m in synonym.means)


def _phrase(text: str, language: str, search_words: LanguageWords) -> SearchPhrase:
    """As search prepares it (allguide/search/phrases.py): little words aside, unless the
    phrase is nothing without them ("a cold", "how long")."""
    typed = tuple(typed_words(text, language))
    words = tuple(w for w in typed if w not in search_words.stop_words)
    whole = len(typed) > 1 and len(words) <= 1
    if whole or not words:
        words = typed
    in_order = whole or bool(search_words.not_before.intersection(words))
    return SearchPhrase(text, words, whole, in_order)


def _find(
    phrase: SearchPhrase, typed: list[str], still_typing: str, search_words: LanguageWords
) -> tuple[int, int]:
    """Where the phrase is in ``typed``, side by side (in order if it must be), not negated;
    (0, 0) if nowhere. The last typed word of all may be the start of the phrase's word.
    """
    size = len(phrase.words)
    for start in range(len(typed) - size + 1):
        window = typed[start : start + size]
        at_end = start + size == len(typed) and window[-1] == still_typing
        negated = _negated(typed, start, start + size, search_words)
        if _same(phrase, window, at_end) and not negated:
            return start, start + size
    return 0, 0


def _same(phrase: SearchPhrase, window: list[str], at_end: bool) -> bool:
    """True if ``window`` holds the phrase's words; its last may be a start (``at_end``)."""
    if phrase.in_order:
        *head, (last_word, last_typed) = zip(phrase.words, window, strict=True)
        ends = last_word == last_typed or (at_end and last_word.startswith(last_typed))
        return all(a == b for a, b in head) and ends
    left = list(phrase.words)
    for offset, word in enumerate(window):
        if word in left:
            left.remove(word)
            continue
        started = next((w for w in left if w.startswith(word)), None)
        if started is None or not (at_end and offset == len(window) - 1):
            return False
        left.remove(started)
    return True


def _negated(typed: list[str], start: int, end: int, search_words: LanguageWords) -> bool:
    """True if the words at ``start:end`` follow "not" or come before "negative" (in the
    content's language: "pas", "sin", "لا"…)."""
    before = start > 0 and typed[start - 1] in search_words.not_before
    after = end < len(typed) and typed[end] in search_words.not_after
    return before or after
