"""From what a family typed to what the index is asked.

Every step works for any word, never for one query in particular:

1. fold the query and split it into words;
2. join two words typed apart that the content writes as one ("chemo therapy"),
   and split a word into two known words typed together ("stemcell");
3. a word the content does not know is tried in its other spelling (US or UK);
   a real word of the language is otherwise left as typed, unless a content
   word differs from it only at its end ("vomited" → "vomiting"); any other
   word with one or two wrong letters is corrected;
4. find the phrases of the synonyms file;
5. leave out, and report, the words no page uses; search for the rest.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from allguide.content.model import Synonym
from allguide.search.backends import Term
from allguide.search.real_words import RealWordTest
from allguide.search.spelling import variants
from allguide.search.text import tokens
from allguide.search.vocabulary import MIN_PREFIX, Vocabulary

MAX_QUERY_CHARS = 200
MIN_JOINED = 5  # "car t" → "cart", but never two little words into a third
# A phrase right after one of these, or right before one of those, means its opposite.
NEGATION_BEFORE = frozenset({"not", "no", "non", "never", "without"})
NEGATION_AFTER = frozenset({"negative", "neg"})
# Shortened forms, so that "can't wake" and "cant wake" both read "not wake",
# and "don't feel sick" is a negated "feel sick" (English; other languages: none yet).
_NOT = re.compile(
    r"\b(?:(ca)n['’]?t|(ca)nnot|(wo)n['’]?t"
    r"|(do|does|did|is|are|was|were|could|would|should|have|has|had|must|need)n['’]?t)\b",
    re.IGNORECASE,
)
_NOT_OF = {"ca": "can", "wo": "will"}
_SHORT = re.compile(r"(?<=\w)['’](s|re|ve|ll|d|m)\b", re.IGNORECASE)

__all__ = ["MAX_QUERY_CHARS", "Alternative", "Planner", "Pointer", "QueryError", "QueryPlan"]


class QueryError(ValueError):
    """A query that cannot be searched; the message says why, for the user."""


@dataclass(frozen=True)
class Alternative:
    """One way of reading the query: all ``terms`` must match."""

    terms: tuple[Term, ...]
    via_synonym: bool = False
    partial: bool = False  # only the words beside a phrase of the synonyms file


@dataclass(frozen=True)
class Pointer:
    """A page the synonyms file sends the query to; rank 0 is shown first."""

    page: str
    rank: int


@dataclass
class QueryPlan:
    words: list[str]  # folded, as typed
    searched: list[str] = field(default_factory=list)  # after joining, splitting, correcting
    corrections: dict[str, str] = field(default_factory=dict)  # typed → searched
    not_found: list[str] = field(default_factory=list)  # words no page uses, left out
    alternatives: list[Alternative] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)
    loose: tuple[Term, ...] = ()  # any of these, when nothing else matches


@dataclass(frozen=True)
class _Phrase:
    """A phrase of the synonyms file, as the words to look for.

    Little words do not count ("spots on the skin" is "spots skin"), and the
    words may come in any order ("speech slurred"), except that a phrase with
    "not" keeps its order, and one that would be a single word without its
    little words keeps them ("how long", not "long").
    """

    words: tuple[str, ...]  # folded
    synonym: Synonym
    means: tuple[tuple[str, ...], ...]  # folded
    whole: bool = False  # matched against every typed word, little ones too
    in_order: bool = False


@dataclass(frozen=True)
class _Match:
    phrase: _Phrase
    positions: frozenset[int]  # of the words it covers, in QueryPlan.searched


def allowed_typos(word: str) -> int:
    """One wrong letter in short words, two in longer ones, none in very short ones."""
    if len(word) < 4 or word.isdigit():
        return 0
    return 1 if len(word) < 7 else 2


def words_of(text: str) -> list[str]:
    """The folded words of typed text, shortened forms written out ("can't" → "can not")."""

    def written_out(match: re.Match[str]) -> str:
        verb = next(group for group in match.groups() if group)
        return f"{_NOT_OF.get(verb.lower(), verb)} not"

    return tokens(_SHORT.sub("", _NOT.sub(written_out, text)))


def check(query: str) -> list[str]:
    """The folded words of ``query``, or QueryError for an empty or absurd one."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"That search is too long. Use fewer than {MAX_QUERY_CHARS} letters.")
    words = words_of(query)
    if not words:
        raise QueryError("Type a word to search for.")
    return words


class Planner:
    """Plans queries against one vocabulary and synonyms file, in one language."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        synonyms: Sequence[Synonym],
        stopwords: frozenset[str],
        language: str,
        real_words: Callable[[], RealWordTest | None],
    ) -> None:
        self.vocabulary = vocabulary
        self._stopwords = stopwords
        self._language = language
        self._load_real_words = real_words
        self._real_words: RealWordTest | None = None
        self._real_words_loaded = False
        self._synonyms = tuple(synonyms)

    @functools.cached_property
    def _phrases(self) -> list[list[_Phrase]]:
        """Per synonym, its phrases as words: prepared on the first search, not at start-up."""
        prepared = []
        for synonym in self._synonyms:
            means = tuple(tuple(tokens(m)) for m in synonym.means)
            phrases = []
            for text in synonym.words:
                typed = tuple(words_of(text))
                words = tuple(w for w in typed if w not in self._stopwords)
                whole = len(typed) > 1 and len(words) <= 1
                if whole or not words:
                    words = typed
                if words:
                    in_order = whole or bool(NEGATION_BEFORE.intersection(words))
                    phrases.append(_Phrase(words, synonym, means, whole, in_order))
            prepared.append(phrases)
        return prepared

    def is_real(self, word: str) -> bool:
        """A word of the language's word-frequency list (loaded now if not yet)."""
        if not self._real_words_loaded:
            self._real_words = self._load_real_words()
            self._real_words_loaded = True
        return self._real_words is not None and self._real_words(word)

    def plan(self, query: str) -> QueryPlan:
        result = QueryPlan(check(query))
        searched = result.searched = self._rewrite(result.words, result.corrections)
        content = [i for i, w in enumerate(searched) if w not in self._stopwords]
        found = self._synonyms_in(searched, content)
        covered = {i for match in found for i in match.positions}
        result.not_found = [
            searched[i]
            for i in content
            if i not in covered and not self.vocabulary.in_index(searched[i])
        ]
        # Words no page uses cannot be found; a lone "not" means nothing to look for.
        missing = set(result.not_found) | NEGATION_BEFORE
        content_words = [searched[i] for i in content] or searched
        wanted = [w for w in content_words if w not in missing]
        if wanted:
            result.alternatives.append(Alternative(_terms(wanted)))
        ranks: dict[str, int] = {}
        for match in found:
            rest = [searched[i] for i in content if i not in match.positions]
            rest = [w for w in rest if w not in missing]
            for meant in match.phrase.means:
                if rest:
                    result.alternatives.append(Alternative(_terms([*meant, *rest]), True))
                result.alternatives.append(Alternative(_terms(meant, exact=True), True))
            if rest:  # "how long does maintenance last": maintenance, ranked a tier lower
                result.alternatives.append(Alternative(_terms(rest), partial=True))
            for rank, page in enumerate(match.phrase.synonym.finds):
                ranks[page] = min(rank, ranks.get(page, rank))
        result.pointers = [Pointer(page, rank) for page, rank in ranks.items()]
        result.loose = _terms(wanted)
        return result

    # Step 2 and 3: words as the content writes them ----------------------------

    def _rewrite(self, words: list[str], corrections: dict[str, str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            if index + 1 < len(words):
                joined = self._join(word, words[index + 1])
                if joined is not None:
                    corrections[f"{word} {words[index + 1]}"] = joined
                    out.append(joined)
                    index += 2
                    continue
            if word in self._stopwords or self.vocabulary.in_index(word):
                out.append(word)
            else:
                better = self._fix(word)
                if better is not None:
                    corrections[word] = better
                out.extend((better or word).split())
            index += 1
        return out

    def _join(self, first: str, second: str) -> str | None:
        """One word of the pages typed as two; or of the synonyms file, if a part is unknown.

        "car t" stays apart (both are words of the pages); "chemo therapy" is joined.
        """
        if first in self._stopwords or second in self._stopwords:
            return None
        joined = first + second
        if len(joined) < MIN_JOINED:
            return None
        vocabulary = self.vocabulary
        if joined in vocabulary.index.set:
            return joined
        parts_known = vocabulary.in_index(first) and vocabulary.in_index(second)
        return joined if vocabulary.is_whole_word(joined) and not parts_known else None

    def _fix(self, word: str) -> str | None:
        """What to search for instead of a ``word`` no page uses, or None to keep it."""
        spellings = [word, *variants(word, self._language)]
        for variant in spellings[1:]:
            if self.vocabulary.in_index(variant):
                return variant
        if self.vocabulary.knows(word) or word.isdigit():  # a word of the synonyms file
            return None
        parts = self.vocabulary.split(word)
        if self.is_real(word):  # never replaced by an unrelated word
            stems = (self.vocabulary.same_stem(w) for w in spellings)
            stem = next((stem for stem in stems if stem is not None), None)
            if stem is not None:
                return stem
            # A real compound the pages write apart: "lightheaded" → "light headed".
            whole_words = parts is not None and min(map(len, parts)) >= MIN_PREFIX
            if parts is not None and whole_words and not self._stopwords.intersection(parts):
                return " ".join(parts)
            return None
        if parts is not None:
            return " ".join(parts)
        return self.vocabulary.closest(word, allowed_typos(word))

    # Step 4: phrases of the synonyms file ------------------------------------

    @functools.cached_property
    def _phrase_index(self) -> tuple[dict[str, list[tuple[int, int]]], list[tuple[str, int, int]]]:
        """(synonym, phrase) positions by the phrase's first word; one-word phrases sorted."""
        by_first: dict[str, list[tuple[int, int]]] = defaultdict(list)
        single: list[tuple[str, int, int]] = []
        for synonym, phrases in enumerate(self._phrases):
            for position, phrase in enumerate(phrases):
                by_first[phrase.words[0]].append((synonym, position))
                if len(phrase.words) == 1:
                    single.append((phrase.words[0], synonym, position))
        return by_first, sorted(single)

    def _synonyms_in(self, searched: list[str], content: list[int]) -> list[_Match]:
        """For each synonym, its phrase found in the query that covers most, unless negated.

        ``content`` holds the positions of the words that are not little words.
        """
        by_first, single = self._phrase_index
        candidates = {place for word in set(searched) for place in by_first.get(word, ())}
        last = searched[content[-1]] if content else ""
        if len(last) >= MIN_PREFIX:  # still typing: "chem" for "chemo"
            start = bisect.bisect_left(single, (last,))
            while start < len(single) and single[start][0].startswith(last):
                candidates.add(single[start][1:])
                start += 1
        best: dict[int, _Match] = {}
        for synonym, position in sorted(candidates):  # the file's order
            phrase = self._phrases[synonym][position]
            where = range(len(searched)) if phrase.whole else content
            sequence = [searched[i] for i in where]
            span = _find(phrase.words, sequence, phrase.in_order)
            if span is None or _negated(sequence, *span):
                continue
            match = _Match(phrase, frozenset(where[span[0] : span[1]]))
            if synonym not in best or len(match.positions) > len(best[synonym].positions):
                best[synonym] = match
        return list(best.values())


def _terms(words: Sequence[str], exact: bool = False) -> tuple[Term, ...]:
    return tuple(Term(w, prefix=not exact and len(w) >= MIN_PREFIX) for w in words)


def _negated(words: list[str], start: int, end: int) -> bool:
    """True if the phrase at ``start:end`` is negated: "not sleepy", "Ph negative"."""
    before = start > 0 and words[start - 1] in NEGATION_BEFORE
    after = end < len(words) and words[end] in NEGATION_AFTER
    return before or after


def _find(phrase: Sequence[str], words: list[str], in_order: bool) -> tuple[int, int] | None:
    """Where ``phrase`` occurs in ``words``, side by side (in its order, if ``in_order``).

    The last typed word may be the start of a phrase word: the user is still typing.
    """
    size = len(phrase)
    if not size:
        return None
    for start in range(len(words) - size + 1):
        window = words[start : start + size]
        typing = start + size == len(words) and len(window[-1]) >= MIN_PREFIX
        if in_order:
            if list(window[:-1]) == list(phrase[:-1]) and (
                window[-1] == phrase[-1] or (typing and phrase[-1].startswith(window[-1]))
            ):
                return start, start + size
            continue
        left = list(phrase)
        for offset, word in enumerate(window):
            if word in left:
                left.remove(word)
                continue
            if not (typing and offset == size - 1):
                break
            started = next((p for p in left if p.startswith(word)), None)
            if started is None:
                break
            left.remove(started)
        else:
            return start, start + size
    return None
