"""From what a family typed to what the index is asked.

Every step works for any word, never for one query in particular:

1. fold the query and split it into words;
2. join two words typed apart that the content writes as one ("chemo therapy"),
   and split a word into two known words typed together ("stemcell");
3. a word no page uses is tried in its other spelling (US or UK); a real word
   of the language is otherwise left as typed, unless a word of the content is
   the same word with another ending ("pooing" → "poo", "leukemic" →
   "leukaemia"); any other word with one or two wrong letters is corrected;
4. find the phrases of the synonyms file (allguide.search.phrases);
5. leave out, and report, the words no page uses; search for the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from allguide.content.model import Synonym
from allguide.search.backends import Term
from allguide.search.phrases import NEGATION_BEFORE, Phrases
from allguide.search.real_words import RealWordTest
from allguide.search.spelling import variants
from allguide.search.text import typed_words
from allguide.search.vocabulary import MIN_PREFIX, Vocabulary

MAX_QUERY_CHARS = 200
MIN_JOINED = 5  # never two little words into a third
__all__ = [
    "MAX_QUERY_CHARS",
    "Alternative",
    "Planner",
    "Pointer",
    "QueryError",
    "QueryPlan",
    "QueryProblem",
]


class QueryProblem(Enum):
    """Why a query cannot be searched. The interface says it in the user's language."""

    EMPTY = "empty"  # no word in it: "", "   ", "?!"
    TOO_LONG = "too-long"  # more than QueryError.limit characters


class QueryError(ValueError):
    """A query that cannot be searched, and why: a reason to word, never a sentence.

    The core holds no interface text; the panel (self.tr) and the command word it.
    """

    def __init__(self, problem: QueryProblem, limit: int = MAX_QUERY_CHARS) -> None:
        super().__init__(f"{problem.value} query (limit {limit} characters)")
        self.problem = problem
        self.limit = limit  # the most characters a query may have


@dataclass(frozen=True)
class Alternative:
    """One way of reading the query: all ``terms`` must match."""

    terms: tuple[Term, ...]
    via_synonym: bool = False
    partial: bool = False  # only the words beside a phrase of the synonyms file
    # From a phrase whose last word was completed from the start typed ("chem" → "chemo"):
    # a guess, ranked below pages with every typed word.
    still_typing: bool = False


@dataclass(frozen=True)
class Pointer:
    """A page the synonyms file sends the query to; rank 0 is shown first."""

    page: str
    rank: int
    still_typing: bool = False  # only through a phrase word completed from its start


@dataclass
class QueryPlan:
    """What a query became, and the ways of reading it, for the engine to look up."""

    words: list[str]  # folded, as typed
    searched: list[str] = field(default_factory=list)  # after joining, splitting, correcting
    corrections: dict[str, str] = field(default_factory=dict)  # typed → searched
    not_found: list[str] = field(default_factory=list)  # words no page uses, left out
    alternatives: list[Alternative] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)
    loose: tuple[Term, ...] = ()  # any of these, when few pages have every word


def allowed_typos(word: str) -> int:
    """One wrong letter in short words, two in longer ones, none in very short ones."""
    if len(word) < 4 or word.isdigit():
        return 0
    return 1 if len(word) < 7 else 2


def check(query: str, language: str) -> list[str]:
    """The folded words of ``query``, or QueryError for an empty or absurd one."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(QueryProblem.TOO_LONG)
    words = typed_words(query, language)
    if not words:
        raise QueryError(QueryProblem.EMPTY)
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
        self._phrases = Phrases(synonyms, stopwords, language)

    def is_real(self, word: str) -> bool:
        """A word of the language's word-frequency list (loaded now if not yet)."""
        if not self._real_words_loaded:
            self._real_words = self._load_real_words()
            self._real_words_loaded = True
        return self._real_words is not None and self._real_words(word)

    def may_be_unfinished(self, word: str) -> bool:
        """Whether ``word`` may be the start of a longer word the user is still typing.

        Not when it is a whole word already, of the content or of the language:
        "time" is not the start of "timeline", "ALL" not that of "allogeneic".
        The word list is loaded only if the content does not know the word.
        """
        return not self.vocabulary.is_whole_word(word) and not self.is_real(word)

    def plan(self, query: str) -> QueryPlan:
        result = QueryPlan(check(query, self._language))
        searched = result.searched = self._rewrite(result.words, result.corrections)
        content = [i for i, w in enumerate(searched) if w not in self._stopwords]
        found = self._phrases.found_in(searched, content, self.may_be_unfinished)
        covered = {i for match in found for i in match.positions}
        not_found = (
            searched[i]
            for i in content
            if i not in covered and not self.vocabulary.in_index(searched[i])
        )
        result.not_found = list(dict.fromkeys(not_found))  # each once, in the order typed
        # Words no page uses cannot be found; a lone "not" means nothing to look for.
        missing = set(result.not_found) | NEGATION_BEFORE
        content_words = [searched[i] for i in content] or searched
        wanted = [w for w in content_words if w not in missing]
        if wanted:
            result.alternatives.append(Alternative(_terms(wanted)))
        # Per page, the best way a phrase points to it: a whole phrase before one still
        # being typed, then the file's order.
        ranks: dict[str, tuple[bool, int]] = {}
        for match in found:
            typing = match.completed
            rest = [searched[i] for i in content if i not in match.positions]
            rest = [w for w in rest if w not in missing]
            for meant in match.phrase.means:
                if rest:
                    result.alternatives.append(
                        Alternative(_terms([*meant, *rest]), True, still_typing=typing)
                    )
                result.alternatives.append(
                    Alternative(_terms(meant, exact=True), True, still_typing=typing)
                )
            if rest:  # "how long does maintenance last": maintenance, ranked a tier lower
                result.alternatives.append(
                    Alternative(_terms(rest), partial=True, still_typing=typing)
                )
            for rank, page in enumerate(match.phrase.synonym.finds):
                ranks[page] = min((typing, rank), ranks.get(page, (typing, rank)))
        result.pointers = [Pointer(page, rank, typing) for page, (typing, rank) in ranks.items()]
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
        if self.vocabulary.is_whole_word(word) or word.isdigit():  # of the synonyms file
            return None
        if self.vocabulary.knows(word) and not self.is_real(word):
            return None  # the start of a word of the synonyms file, still being typed
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


def _terms(words: Sequence[str], exact: bool = False) -> tuple[Term, ...]:
    return tuple(Term(w, prefix=not exact and len(w) >= MIN_PREFIX) for w in words)
