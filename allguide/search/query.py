"""From what a family typed to what the index is asked.

Every step works for any word, never for one query in particular:

1. fold the query and split it into words;
2. join two words typed apart that the content writes as one ("chemo therapy"),
   and split a word into two known words typed together ("stemcell");
3. a word of the synonyms file is kept as typed ("allo" is not respelled
   "alo"); a word no page uses is tried in its other spelling (US or UK); a
   real word of the language, or a medicine's name (allguide.search.medical_words),
   is otherwise left as typed, unless a word of the content is the same word
   with another ending ("pooing" → "poo", "leukemic" → "leukaemia"); any other
   word with one or two wrong letters is corrected, unless a medicine's name
   is nearer;
4. find the phrases of the synonyms file (allguide.search.phrases); a phrase
   inside a longer one found too points to no page of its own ("a cold" is not
   "cold", the chills);
5. leave out, and report, the words no page uses; leave out filler words
   (allguide.search.fillers) beside other words; search for the rest. A
   finished word is searched with its own endings only ("numb" → "numbness",
   never "numbers"), a word still being typed as the start of any word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from allguide.content.model import Synonym
from allguide.search.backends import Term
from allguide.search.direction import direction_of, is_direction_word
from allguide.search.endings import ending, is_own_word
from allguide.search.fillers import filler_names, fillers
from allguide.search.medical_words import MEDICAL_WORDS
from allguide.search.phrases import NEGATION_BEFORE, PhraseMatch, Phrases
from allguide.search.real_words import RealWordTest
from allguide.search.spelling import variants
from allguide.search.text import WORD, fold, tokens, typed_words
from allguide.search.vocabulary import MIN_PREFIX, Vocabulary

MAX_QUERY_CHARS = 200
MIN_JOINED = 5  # never two little words into a third
__all__ = [
    "MAX_QUERY_CHARS",
    "Alternative",
    "Concept",
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


@dataclass(frozen=True)
class Concept:
    """One thing the query asks for: a typed word, or a phrase of the synonyms file.

    A page has it if it has every term of one of its ``readings`` (the word; the
    phrase's meanings, or its own words), or if the phrase points to it (``pages``).
    """

    readings: tuple[tuple[Term, ...], ...]
    pages: tuple[str, ...] = ()
    phrase: bool = False


@dataclass
class QueryPlan:
    """What a query became, and the ways of reading it, for the engine to look up."""

    words: list[str]  # folded, as typed
    searched: list[str] = field(default_factory=list)  # after joining, splitting, correcting
    corrections: dict[str, str] = field(default_factory=dict)  # typed → searched
    not_found: list[str] = field(default_factory=list)  # words no page uses, left out
    medicines: list[str] = field(default_factory=list)  # of not_found: names of medicines
    sought: list[str] = field(default_factory=list)  # the words searched for, as typed
    alternatives: list[Alternative] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)
    loose: tuple[Term, ...] = ()  # any of these, when few pages have every word
    concepts: list[Concept] = field(default_factory=list)
    # +1 if the query says more of something ("a lot"), -1 less ("not", "low"), else 0;
    # with the typed words a page must not use only the other way (allguide.search.direction).
    direction: int = 0
    free: tuple[Term, ...] = ()


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
        self._fillers = fillers(language)
        self._filler_names = filler_names(language)
        self._load_real_words = real_words
        self._real_words: RealWordTest | None = None
        self._real_words_loaded = False
        self._phrases = Phrases(synonyms, stopwords, language)

    @functools.cached_property
    def _medicines(self) -> tuple[frozenset[str], tuple[tuple[tuple[str, ...], str], ...]]:
        """Medicine names of one word; and those of several, with the name to report."""
        single = frozenset(fold(name) for name in MEDICAL_WORDS if len(tokens(name)) == 1)
        several = tuple(
            (tuple(tokens(name)), fold(name)) for name in MEDICAL_WORDS if len(tokens(name)) > 1
        )
        return single, several

    def _word_list(self) -> RealWordTest | None:
        if not self._real_words_loaded:
            self._real_words = self._load_real_words()
            self._real_words_loaded = True
        return self._real_words

    def is_medicine(self, word: str) -> bool:
        """A name of a medicine or a medical word that no page covers (medical_words)."""
        return word in self._medicines[0]

    def is_real(self, word: str) -> bool:
        """A word of the language's word-frequency list (loaded now if not yet), or a medicine's."""
        if self.is_medicine(word):
            return True
        words = self._word_list()
        return words is not None and words(word)

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
        filler = self._fillers_in(query, searched, content)
        found = self._phrases.found_in(searched, content, self.may_be_unfinished)
        # A filler alone is no phrase ("hair all gone" is not about ALL).
        found = [m for m in found if not m.positions <= filler]
        # A phrase inside a longer one found too points nowhere: the longer one says what is
        # meant ("a cold" is no chill); what it means is still searched ("car t" in "nerve
        # problems after car t").
        inner = {id(m) for m in found if any(m.positions < o.positions for o in found)}
        covered = {i for match in found for i in match.positions}
        left_out = self._left_out(searched, content, covered, filler, result)
        left_out |= {i for i in content if searched[i] in NEGATION_BEFORE}  # nothing to look for
        content_words = [i for i in content if i not in left_out] if content else []
        if not content:  # only little words: search them as typed
            content_words = [i for i in range(len(searched)) if i not in left_out]
        wanted = [searched[i] for i in content_words]
        result.sought = list(dict.fromkeys(wanted))
        if wanted:
            result.alternatives.append(Alternative(self._terms(wanted)))
        # Per page, the best way a phrase points to it: a whole phrase before one still
        # being typed, then the file's order.
        ranks: dict[str, tuple[bool, int]] = {}
        for match in found:
            typing = match.completed
            rest = [searched[i] for i in content_words if i not in match.positions]
            for meant in match.phrase.means:
                if rest:
                    result.alternatives.append(
                        Alternative(self._terms([*meant, *rest]), True, still_typing=typing)
                    )
                result.alternatives.append(
                    Alternative(self._terms(meant, exact=True), True, still_typing=typing)
                )
            if rest:  # "how long does maintenance last": maintenance, ranked a tier lower
                result.alternatives.append(
                    Alternative(self._terms(rest), partial=True, still_typing=typing)
                )
            if id(match) in inner:
                continue
            for rank, page in enumerate(match.phrase.synonym.finds):
                ranks[page] = min((typing, rank), ranks.get(page, (typing, rank)))
        result.pointers = [Pointer(page, rank, typing) for page, (typing, rank) in ranks.items()]
        result.loose = self._terms(wanted)
        result.concepts = self._concepts(searched, found, inner, content_words, covered)
        result.direction = direction_of((searched[i] for i in content), self._language)
        result.free = self._terms(
            [
                searched[i]
                for i in content_words
                if i not in covered and not is_direction_word(searched[i], self._language)
            ]
        )
        return result

    def _fillers_in(self, query: str, searched: list[str], content: list[int]) -> set[int]:
        """Positions of filler words: never searched on their own (allguide.search.fillers).

        A word typed in capitals is a name, not a filler (ALL); fillers alone are
        nothing to search, except one that is also a name ("all").
        """
        capitals = {fold(w) for w in WORD.findall(query) if len(w) > 1 and w.isupper()}
        filler = {
            i for i in content if searched[i] in self._fillers and searched[i] not in capitals
        }
        if len(filler) == len(content):
            filler = {i for i in filler if searched[i] not in self._filler_names}
        return filler

    def _left_out(
        self,
        searched: list[str],
        content: list[int],
        covered: set[int],
        filler: set[int],
        result: QueryPlan,
    ) -> set[int]:
        """Positions not searched for: fillers, medicines' names and words no page uses.

        The last two are reported in ``result.not_found``, each once, in the order typed.
        """
        loose = [i for i in content if i not in covered and i not in filler]
        named = self._medicine_names(searched, loose)
        left_out = filler | set(named)
        missing: list[str] = []
        medicines: list[str] = []
        for i in loose:
            word = named.get(i) or searched[i]
            if i in named or not self._findable(word):
                left_out.add(i)
                if i not in named or named[i] not in missing:  # a name of several words once
                    missing.append(word)
                if i in named or self.is_medicine(word):
                    medicines.append(word)
        result.not_found = list(dict.fromkeys(missing))
        result.medicines = list(dict.fromkeys(medicines))
        return left_out

    def _medicine_names(self, searched: list[str], loose: list[int]) -> dict[int, str]:
        """Positions of medicines' names of several words ("6 mp"), with the name."""
        names: dict[int, str] = {}
        for words, name in self._medicines[1]:
            size = len(words)
            for start in range(len(loose) - size + 1):
                places = loose[start : start + size]
                if [searched[i] for i in places] == list(words):
                    names.update(dict.fromkeys(places, name))
        return names

    def _findable(self, word: str) -> bool:
        """Whether searching ``word`` can find a page: a page uses it, or a word it starts.

        A finished word starts only its own forms ("numb": "numbness", never "numbers").
        """
        vocabulary = self.vocabulary
        if word in vocabulary.index.set:
            return True
        if not vocabulary.in_index(word):
            return False
        return self.may_be_unfinished(word) or bool(self._forms(word))

    def _concepts(
        self,
        searched: list[str],
        found: list[PhraseMatch],
        inner: set[int],
        wanted: list[int],
        covered: set[int],
    ) -> list[Concept]:
        """The things the query asks for: each phrase found, and each other word searched."""
        concepts = []
        for match in found:
            own = [searched[i] for i in sorted(match.positions) if i in wanted]
            readings = [self._terms(meant) for meant in match.phrase.means]
            if own and not match.phrase.whole:  # "a cold" is not any page with "cold"
                readings.append(self._terms(own))
            pages = () if id(match) in inner else match.phrase.synonym.finds
            concepts.append(Concept(tuple(readings), pages, phrase=True))
        for i in wanted:
            if i not in covered:
                concepts.append(Concept(((self._term(searched[i]),),)))
        return concepts

    def _terms(self, words: Sequence[str], exact: bool = False) -> tuple[Term, ...]:
        return tuple(self._term(w, exact) for w in words)

    def _term(self, word: str, exact: bool = False) -> Term:
        """A word still being typed matches any word it starts; a finished one, its own forms."""
        if exact or len(word) < MIN_PREFIX or word.isdigit():
            return Term(word)
        if self.may_be_unfinished(word):
            return Term(word, prefix=True)
        forms = self._forms(word)
        longer = self.vocabulary.index.starting_with(word)
        if len(forms) == len(longer) - (word in self.vocabulary.index.set):
            return Term(word, prefix=True)  # every longer word is one of its forms: the same
        return Term(word, forms=forms)

    def _forms(self, word: str) -> tuple[str, ...]:
        """The words of the pages that are ``word`` with another ending (allguide.search.endings).

        The pages' own words keep every ending; for another real word, a longer word
        much more common than it is a word of its own ("number" for "numb").
        """
        forms = []
        own_word = word in self.vocabulary.index.set
        for longer in self.vocabulary.index.starting_with(word):
            added = ending(word, longer) if longer != word else None
            if added is None:
                continue
            if not own_word:
                words = self._word_list()
                if words is not None and is_own_word(
                    added, words.frequency(longer), words.frequency(word)
                ):
                    continue
            forms.append(longer)
        return tuple(forms)

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
            if (
                word in self._stopwords
                or word in self._fillers  # never corrected: "lots" is not "lot", nor "lost"
                or self.vocabulary.in_index(word)
            ):
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
        # A word of the synonyms file, before any respelling: "allo" is not "alo".
        if self.vocabulary.is_whole_word(word) or word.isdigit():
            return None
        if self.is_medicine(word):  # a real medicine is never another one
            return None
        spellings = [word, *variants(word, self._language)]
        for variant in spellings[1:]:
            if self.vocabulary.in_index(variant):
                return variant
        if self.vocabulary.knows(word) and not self.is_real(word):
            return None  # the start of a word of the synonyms file, still being typed
        parts = self.vocabulary.split(word)
        if self.is_real(word):  # never replaced by an unrelated word
            stems = (self.vocabulary.same_stem(w) for w in spellings)
            stem = next((stem for stem in stems if stem is not None), None)
            # Only a word that can find something: "puked" → "puke" (a phrase of the
            # synonyms file), not "pins" → "pin" (only part of "pin prick spots").
            if stem is not None and (
                self.vocabulary.in_index(stem) or self._phrases.is_phrase(stem)
            ):
                return stem
            # A real compound the pages write apart: "lightheaded" → "light headed".
            whole_words = parts is not None and min(map(len, parts)) >= MIN_PREFIX
            if parts is not None and whole_words and not self._stopwords.intersection(parts):
                return " ".join(parts)
            return None
        if parts is not None:
            return " ".join(parts)
        closest = self.vocabulary.closest(word, allowed_typos(word))
        if closest is not None and self._nearer_a_medicine(word, closest):
            return None  # "mercaptopurin": a typo of a medicine no page covers
        return closest

    def _nearer_a_medicine(self, word: str, content_word: str) -> bool:
        """True if a medicine's name is at least as near to ``word`` as ``content_word``."""
        distance = OSA.distance(word, content_word)
        names = sorted(self._medicines[0])
        found = process.extractOne(word, names, scorer=OSA.distance, score_cutoff=distance)
        return found is not None
