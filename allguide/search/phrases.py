"""The phrases of the synonyms file, and where they occur in what was typed.

Little words do not count ("spots on the skin" is "spots skin"), and the words
of a phrase may come in any order, side by side ("speech slurred"), except that
a phrase with "not" keeps its order, and a phrase that would be a single word
without its little words keeps them ("how long", not "long"). A phrase right
after "not", or right before "negative", means its opposite and is not matched
(each language's own words for them: ``not_before``, ``not_after``).

The last word may be the start of a phrase word the user is still typing ("chem"
for "chemo"), unless it is a whole word already ("time" is not "timeline"). Such
a match is marked ``completed``: a guess, which the engine ranks low.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from allguide.content.model import Synonym
from allguide.search.endings import makes_another_word
from allguide.search.text import tokens, typed_words
from allguide.search.vocabulary import MIN_PREFIX
from allguide.search.words import LanguageWords, bundled_words


def __getattr__(name: str) -> frozenset[str]:
    """English's negations, as these names held them before each language had its own
    (search-words.yaml: ``not_before``, ``not_after``): for callers not yet moved."""
    if name == "NEGATION_BEFORE":
        return bundled_words("en").not_before
    if name == "NEGATION_AFTER":
        return bundled_words("en").not_after
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Phrase:
    """One of a synonym's ``words``, as the folded words to look for."""

    words: tuple[str, ...]
    synonym: Synonym
    means: tuple[tuple[str, ...], ...]  # folded
    whole: bool = False  # matched against every typed word, little ones too
    in_order: bool = False


@dataclass(frozen=True)
class PhraseMatch:
    phrase: Phrase
    positions: frozenset[int]  # of the typed words it covers
    completed: bool = False  # only with the last word completed from its start


class _Span(NamedTuple):
    start: int
    end: int
    completed: bool  # the last typed word is only the start of the phrase word


class Phrases:
    """A synonyms file's phrases, prepared on the first search (not at start-up)."""

    def __init__(self, synonyms: Sequence[Synonym], words: LanguageWords) -> None:
        self._synonyms = tuple(synonyms)
        self._stopwords = words.stop_words
        self._words = words

    def preparation(self) -> Iterator[None]:
        """The phrases prepared now, a piece per item, rather than on the first search."""
        self._prepared  # noqa: B018 - computed now, kept
        yield
        self._index  # noqa: B018
        self._phrase_words  # noqa: B018
        yield

    @functools.cached_property
    def _prepared(self) -> list[list[Phrase]]:
        """Per synonym, its phrases."""
        prepared = []
        for synonym in self._synonyms:
            means = tuple(tuple(tokens(m)) for m in synonym.means)
            phrases = []
            for text in synonym.words:
                typed = tuple(typed_words(text, self._words))
                words = tuple(w for w in typed if w not in self._stopwords)
                whole = len(typed) > 1 and len(words) <= 1
                if whole or not words:
                    words = typed
                if words:
                    in_order = whole or bool(self._words.not_before.intersection(words))
                    phrases.append(Phrase(words, synonym, means, whole, in_order))
            prepared.append(phrases)
        return prepared

    @functools.cached_property
    def _index(self) -> tuple[dict[str, list[tuple[int, int]]], list[tuple[str, int, int]]]:
        """(synonym, phrase) places by the phrase's first word; one-word phrases sorted."""
        by_first: dict[str, list[tuple[int, int]]] = defaultdict(list)
        single: list[tuple[str, int, int]] = []
        for synonym, phrases in enumerate(self._prepared):
            for place, phrase in enumerate(phrases):
                by_first[phrase.words[0]].append((synonym, place))
                if len(phrase.words) == 1:
                    single.append((phrase.words[0], synonym, place))
        return by_first, sorted(single)

    @functools.cached_property
    def _phrase_words(self) -> list[str]:
        """Every word of every phrase, sorted: which words a typed start can complete."""
        return sorted({word for phrases in self._prepared for p in phrases for word in p.words})

    def is_phrase(self, word: str) -> bool:
        """True if ``word`` alone is a phrase of the file ("puke"), not only part of one."""
        single = self._index[1]
        index = bisect.bisect_left(single, (word,))
        return index < len(single) and single[index][0] == word

    def _completes(self, start: str) -> bool:
        """True if a longer phrase word starts with ``start`` (and is not another word)."""
        words = self._phrase_words
        index = bisect.bisect_left(words, start)
        while index < len(words) and words[index].startswith(start):
            if self._starts(start, words[index]):
                return True
            index += 1
        return False

    def _starts(self, typed: str, word: str) -> bool:
        """Whether ``typed`` may be ``word`` still being typed: its start, unless an ending
        makes another word of it (endings.makes_another_word: "estéril", "esterilidad")."""
        return (
            word != typed
            and word.startswith(typed)
            and not makes_another_word(typed, word, self._words.endings)
        )

    def found_in(
        self, words: list[str], content: list[int], may_be_unfinished: Callable[[str], bool]
    ) -> list[PhraseMatch]:
        """For each synonym found in ``words``, the words its phrases cover (unless negated).

        ``content`` holds the positions of the words that are not little words. The
        last of them may be the start of a phrase word if ``may_be_unfinished`` says
        so; it is asked only when some phrase word starts with it.
        """
        by_first, single = self._index
        candidates = {place for word in set(words) for place in by_first.get(word, ())}
        last = words[content[-1]] if content else ""
        unfinished = (
            last
            if len(last) >= MIN_PREFIX and self._completes(last) and may_be_unfinished(last)
            else None
        )
        if unfinished is not None:  # still typing: "chem" for "chemo"
            start = bisect.bisect_left(single, (unfinished,))
            while start < len(single) and single[start][0].startswith(unfinished):
                if single[start][0] == unfinished or self._starts(unfinished, single[start][0]):
                    candidates.add(single[start][1:])
                start += 1
        best: dict[int, PhraseMatch] = {}
        for synonym, place in sorted(candidates):  # the file's order
            phrase = self._prepared[synonym][place]
            where = (
                range(len(words)) if phrase.whole else self._without_fillers(words, content, phrase)
            )
            sequence = [words[i] for i in where]
            span = _find(phrase.words, sequence, phrase.in_order, unfinished, self._starts)
            if span is None or self._negated(sequence, span.start, span.end):
                continue
            positions = frozenset(where[span.start : span.end])
            completed = span.completed
            if synonym in best:  # "floppy and sleepy": both words are the synonym's
                positions |= best[synonym].positions
                completed = completed and best[synonym].completed
            best[synonym] = PhraseMatch(phrase, positions, completed)
        return list(best.values())

    def _without_fillers(self, words: list[str], content: list[int], phrase: Phrase) -> list[int]:
        """The positions of ``content`` but fillers that are no word of ``phrase``: a filler
        typed inside a phrase does not break it ("se le cae mucho el pelo" is "se le cae
        el pelo"; "not very sleepy" is "not sleepy")."""
        fillers = self._words.fillers
        return [i for i in content if words[i] not in fillers or words[i] in phrase.words]

    def _negated(self, words: list[str], start: int, end: int) -> bool:
        """True if the phrase at ``start:end`` is negated: "not sleepy", "Ph negative"."""
        before = start > 0 and words[start - 1] in self._words.not_before
        after = end < len(words) and words[end] in self._words.not_after
        return before or after


def _find(
    phrase: Sequence[str],
    words: list[str],
    in_order: bool,
    unfinished: str | None,
    starts: Callable[[str, str], bool],
) -> _Span | None:
    """Where ``phrase`` occurs in ``words``, side by side (in its order, if ``in_order``).

    The last typed word may be the start of a phrase word if it is ``unfinished``, and
    ``starts`` (typed, phrase word) says it is.
    """
    size = len(phrase)
    if not size:
        return None
    for start in range(len(words) - size + 1):
        window = words[start : start + size]
        at_end = start + size == len(words) and window[-1] == unfinished
        if in_order:
            if list(window[:-1]) != list(phrase[:-1]):
                continue
            if window[-1] == phrase[-1]:
                return _Span(start, start + size, completed=False)
            if at_end and starts(window[-1], phrase[-1]):
                return _Span(start, start + size, completed=True)
            continue
        left = list(phrase)
        completed = False
        for offset, word in enumerate(window):
            if word in left:
                left.remove(word)
                continue
            if not (at_end and offset == size - 1):
                break
            started = next((p for p in left if starts(word, p)), None)
            if started is None:
                break
            left.remove(started)
            completed = True
        else:
            return _Span(start, start + size, completed)
    return None
