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
5. leave out, and report as typed, the words no page uses; leave out filler
   words (the language's search words: fillers and words for the person) beside
   other words, and without a report the words of the synonyms file and the
   words that say more or less; a name
   typed with joiners ("Solu-Medrol", "t(12;21)") is one unit: with a part no
   page uses that is no word of the language, none of it is searched; words
   that say nothing alone (more or less, one letter) are not searched once
   the other words are left out; search for the rest. A finished word is
   searched with its own endings only ("numb" → "numbness", never "numbers"),
   a word still being typed as the start of any word; the last word, unless a
   space follows it, also as the start of a longer word when it finds nothing
   as it is ("temp" while typing "temperature").
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum

from allguide.content.model import Synonym
from allguide.search.backends import Term
from allguide.search.direction import direction_of
from allguide.search.endings import ending, is_own_word, makes_another_word
from allguide.search.medical_words import MEDICAL_WORDS
from allguide.search.phrases import PhraseMatch, Phrases
from allguide.search.real_words import RealWordTest
from allguide.search.spelling import variants
from allguide.search.text import WORD, Typed, fold, tokens, typed_tokens
from allguide.search.vocabulary import MIN_PREFIX, Vocabulary
from allguide.search.words import LanguageWords

MAX_QUERY_CHARS = 200
MIN_JOINED = 5  # never two little words into a third
# A word this common (per million words of the language's list, as "not") says next to
# nothing; one this rare or rarer says all a word can (Planner.commonness).
COMMON_PER_MILLION, RARE_PER_MILLION, MIN_COMMONNESS = 10_000.0, 100.0, 0.05
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
    not_found: list[str] = field(default_factory=list)  # words no page uses, left out, as typed
    medicines: list[str] = field(default_factory=list)  # of not_found: names of medicines
    # Of ``searched``: words no page uses that are no word of the language (typos), for
    # "Did you mean"; never a real word, a medicine's name or a part of a name.
    typos: list[str] = field(default_factory=list)
    # Words left out unnamed, as typed: of the synonyms file outside their phrase ("hungry"
    # of "hungry chemo"), or saying only more or less; the hits do not match them.
    unsearched: list[str] = field(default_factory=list)
    sought: list[str] = field(default_factory=list)  # the words searched for
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


def check(query: str, words: LanguageWords) -> Typed:
    """The words of ``query`` (in the language of ``words``), or QueryError for an empty or
    absurd one."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(QueryProblem.TOO_LONG)
    typed = typed_tokens(query, words)
    if not typed.words:
        raise QueryError(QueryProblem.EMPTY)
    return typed


@dataclass
class _Missing:
    """Words left out because no page uses them, and what to say about them."""

    positions: set[int] = field(default_factory=set)  # of the searched words
    named: list[str] = field(default_factory=list)  # as typed, once each, in the order typed
    medicines: list[str] = field(default_factory=list)
    typos: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # of the synonyms file; more or less

    def name(self, typed: str, medicine: bool = False, typo: str | None = None) -> None:
        if typed.casefold() in (n.casefold() for n in self.named):
            return
        self.named.append(typed)
        if medicine:
            self.medicines.append(typed)
        if typo is not None:
            self.typos.append(typo)


class Planner:
    """Plans queries against one vocabulary and synonyms file, in one language."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        synonyms: Sequence[Synonym],
        words: LanguageWords,
        real_words: Callable[[], RealWordTest | None],
        side_by_side: Callable[[str, str], bool] = lambda _first, _second: True,
    ) -> None:
        self.vocabulary = vocabulary
        self._side_by_side = side_by_side
        self._commonness: dict[str, float] = {}
        self._words = words
        self._stopwords = words.stop_words
        self._fillers = words.fillers
        self._filler_names = words.names
        self._load_real_words = real_words
        self._real_words: RealWordTest | None = None
        self._real_words_loaded = False
        self._phrases = Phrases(synonyms, words)

    @functools.cached_property
    def _medicines(self) -> tuple[frozenset[str], tuple[tuple[tuple[str, ...], str], ...]]:
        """Medicine names of one word; and those of several, with the name to report."""
        single = frozenset(fold(name) for name in MEDICAL_WORDS if len(tokens(name)) == 1)
        several = tuple(
            (tuple(tokens(name)), fold(name)) for name in MEDICAL_WORDS if len(tokens(name)) > 1
        )
        return single, several

    def preparation(self) -> Iterator[None]:
        """What plans need on first use, one small piece per item (SearchEngine.prepare_step).

        The word list is left to the engine, which may load it in pieces.
        """
        self._medicines  # noqa: B018 - computed now, kept
        yield
        yield from self._phrases.preparation()

    @property
    def has_word_list(self) -> bool:
        """Whether the word list was asked for (loaded, or known to be missing)."""
        return self._real_words_loaded

    def load_word_list(self) -> None:
        """Ask for the word list now (SearchEngine.prepare_step), not on the first search."""
        self._word_list()

    def _word_list(self) -> RealWordTest | None:
        if not self._real_words_loaded:
            self._real_words = self._load_real_words()
            self._real_words_loaded = True
        return self._real_words

    def is_medicine(self, word: str) -> bool:
        """A name of a medicine or a medical word that no page covers (medical_words)."""
        return word in self._medicines[0]

    def is_real(self, word: str) -> bool:
        """A word of the language's word-frequency list (loaded now if not yet), a medicine's
        name, or a word of the language's search words (never a typo)."""
        if self.is_medicine(word) or word in self._words.listed:
            return True
        words = self._word_list()
        if words is None:
            return False
        return (
            words(word)
            or any(  # a plural the list lacks: Spanish "manos", "mano"
                words(word[: -len(end)])
                for end in self._words.endings.listed_without
                if word.endswith(end) and len(word) - len(end) >= MIN_PREFIX
            )
        )

    def commonness(self, word: str) -> float:
        """How much ``word`` says by how rare it is in the language: 1.0 for a rare word,
        little for a very common one ("going", "lost"); 1.0 without a word list.

        Pages that use a very common word say little about a query; "fever not
        going down" is not about "going bald". Loads the word list on first need.
        """
        weight = self._commonness.get(word)
        if weight is None:
            words = self._word_list()
            share = words.per_million(word) if words is not None else 0.0
            weight = 1.0
            if share > RARE_PER_MILLION:
                span = math.log(COMMON_PER_MILLION / RARE_PER_MILLION)
                weight = max(MIN_COMMONNESS, math.log(COMMON_PER_MILLION / share) / span)
            self._commonness[word] = weight = min(1.0, weight)
        return weight

    def may_be_unfinished(self, word: str) -> bool:
        """Whether ``word`` may be the start of a longer word the user is still typing.

        Not when it is a whole word already, of the content or of the language:
        "time" is not the start of "timeline", "ALL" not that of "allogeneic".
        The word list is loaded only if the content does not know the word.
        """
        return not self.vocabulary.is_whole_word(word) and not self.is_real(word)

    def says_little(self, word: str) -> bool:
        """A word that only says more or less, or which way a test came out, or one letter."""
        words = self._words
        return len(word) == 1 or word in words.results or words.is_direction_word(word)

    def plan(self, query: str) -> QueryPlan:
        typed = check(query, self._words)
        result = QueryPlan([word.word for word in typed.words])
        searched, origins = self._rewrite(result.words, result.corrections)
        result.searched = searched
        content = [i for i, w in enumerate(searched) if w not in self._stopwords]
        filler = self._fillers_in(query, searched, content)
        found = self._phrases.found_in(searched, content, self.may_be_unfinished)
        typing = self._still_typing(query, searched, content, found)
        if typing is not None:  # "nose" while typing "nosebleed": a phrase word it starts
            found = self._phrases.found_in(searched, content, lambda _word: True)
        if filler != set(content):  # a filler beside other words is no phrase ("hair all gone")
            found = [m for m in found if not m.positions <= filler]
        covered = {i for match in found for i in match.positions}
        missing = self._left_out(typed, searched, origins, content, covered, filler, typing)
        if missing.positions:  # a name with a part no page uses is not searched at all
            found = [m for m in found if not m.positions & missing.positions]
            covered = {i for match in found for i in match.positions}
        left_out = filler | missing.positions
        # A negation is nothing to look for.
        left_out |= {i for i in content if searched[i] in self._words.not_before}
        content_words = [i for i in content if i not in left_out] if content else []
        if not content:  # only little words: search them as typed
            content_words = [i for i in range(len(searched)) if i not in left_out]
        # What is left once the other words are left out says nothing alone: "loss" of
        # "weight loss", "high" of "high heart rate", "t" of "t(12;21)".
        left_alone = (missing.named or missing.unnamed) and not found
        if left_alone and all(self.says_little(searched[i]) for i in content_words):
            content_words = []
        result.not_found = missing.named
        result.medicines = missing.medicines
        result.typos = missing.typos
        result.unsearched = missing.unnamed
        # A phrase inside a longer one found too points nowhere: the longer one says what is
        # meant ("a cold" is no chill); what it means is still searched ("car t" in "nerve
        # problems after car t"), a tier lower than the longer one ("ph" in "ph like").
        inner = {id(m) for m in found if any(m.positions < o.positions for o in found)}
        wanted = [searched[i] for i in content_words]
        result.sought = list(dict.fromkeys(wanted))
        if wanted:
            result.alternatives.append(Alternative(self._terms(wanted, typing=typing)))
        # Per page, the best way a phrase points to it: a whole phrase before one still
        # being typed, then the file's order.
        ranks: dict[str, tuple[bool, int]] = {}
        for match in found:
            still = match.completed
            lower = id(match) in inner
            rest = [searched[i] for i in content_words if i not in match.positions]
            # A word that says only more or less is no topic of its own ("high platelets").
            topical = [w for w in rest if not self.says_little(w)]
            for meant in match.phrase.means:
                if rest:
                    terms = self._terms([*meant, *rest], typing=typing)
                    result.alternatives.append(Alternative(terms, True, lower, still))
                result.alternatives.append(
                    Alternative(self._terms(meant, exact=True), True, lower, still)
                )
            if topical:  # "how long does maintenance last": maintenance, ranked a tier lower
                result.alternatives.append(
                    Alternative(self._terms(rest, typing=typing), partial=True, still_typing=still)
                )
            if lower:
                continue
            for rank, page in enumerate(match.phrase.synonym.finds):
                ranks[page] = min((still, rank), ranks.get(page, (still, rank)))
        result.pointers = [Pointer(page, rank, still) for page, (still, rank) in ranks.items()]
        result.loose = self._terms(wanted, typing=typing)
        result.concepts = self._concepts(searched, found, inner, content_words, covered, typing)
        result.direction = direction_of((searched[i] for i in content), self._words)
        free = self._terms(
            [
                searched[i]
                for i in content_words
                if i not in covered and not self._words.is_direction_word(searched[i])
            ],
            typing=typing,
        )
        # What a phrase means is a topic too: "low temp" is about a low "temperature",
        # so a page that says only "high temperature" is about the other way.
        meanings = (
            self._terms([w for w in meant if not self._words.is_direction_word(w)], True)
            for match in found
            if id(match) not in inner
            for meant in match.phrase.means
        )
        result.free = tuple(dict.fromkeys(free + tuple(t for terms in meanings for t in terms)))
        return result

    def _still_typing(
        self, query: str, searched: list[str], content: list[int], found: list[PhraseMatch]
    ) -> str | None:
        """The last word, if it may be the start of a longer one although it is a real word.

        Only while no space follows it ("temp" on the way to "temperature"; "temp "
        is finished), and only if as a finished word it finds nothing: no page uses
        it or one of its own endings, and no phrase found holds it. Never a little
        word, a filler, a medicine's name, or one that says only more or less.
        """
        if not content or content[-1] != len(searched) - 1 or not WORD.match(query[-1:]):
            return None
        word = searched[-1]
        if (
            len(word) < MIN_PREFIX
            or word.isdigit()
            or word in self._fillers
            or self.says_little(word)
            or self.is_medicine(word)
            or any(content[-1] in match.positions for match in found)
            or word in self.vocabulary.index.set
            or self._phrases.is_phrase(word)
            or self.may_be_unfinished(word)  # searched as a start anyway
            or self._forms(word)
        ):
            return None
        return word

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
        typed: Typed,
        searched: list[str],
        origins: list[tuple[int, int]],
        content: list[int],
        covered: set[int],
        filler: set[int],
        typing: str | None,
    ) -> _Missing:
        """Positions not searched for: medicines' names and words no page uses.

        Each is named once, as typed, in the order typed; not a word of the
        synonyms file (it means something only in its phrase), nor a word that
        says more or less or which way a test came out. A name typed with
        joiners with a part no page uses that is no word of the language
        ("Solu-Medrol", "t(12;21)") is left out whole, and named whole.
        """
        missing = _Missing()
        loose = [i for i in content if i not in covered and i not in filler]
        names = self._medicine_names(searched, loose)
        units = [typed.words[first].unit for first, _last in origins]
        sizes = Counter(word.unit for word in typed.words)
        # Per position left out: (as typed, a medicine's name, a typo); "" says nothing.
        reasons: dict[int, tuple[str, bool, bool]] = {}
        dead: set[int] = set()  # names typed with joiners, a part of which no page uses
        for i in loose:
            word = searched[i]
            if i in names:
                places = [p for p in loose if names.get(p) == names[i]]
                name = typed.span(origins[places[0]][0], origins[places[-1]][1])
                reasons[i] = (name, True, False)
                continue
            medicine = self.is_medicine(word)
            if not medicine and self._findable(word, still_typing=word == typing):
                continue
            if not medicine and (
                self.vocabulary.is_whole_word(word)  # means something only in its phrase
                or word in self._words.results
                or self._words.is_direction_word(word)
            ):
                reasons[i] = ("", False, False)
                continue
            real = self.is_real(word)
            if medicine or not real:
                dead.add(units[i])
            reasons[i] = (typed.span(*origins[i]), medicine, not real)
        dead = {unit for unit in dead if sizes[unit] > 1}
        for i, word in enumerate(searched):
            if units[i] in dead:
                if word in self._stopwords:
                    continue
                missing.positions.add(i)
                in_unit = [reasons[p] for p in reasons if units[p] == units[i]]
                missing.name(typed.unit_span(units[i]), any(r[1] for r in in_unit))
            elif i in reasons:
                missing.positions.add(i)
                text, medicine, typo = reasons[i]
                if text:
                    missing.name(text, medicine, word if typo and not medicine else None)
                elif (said := typed.span(*origins[i])) not in missing.unnamed:
                    missing.unnamed.append(said)
        return missing
        return missing

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

    def _findable(self, word: str, still_typing: bool = False) -> bool:
        """Whether searching ``word`` can find a page: a page uses it, or a word it starts.

        A finished word starts only its own forms ("numb": "numbness", never "numbers");
        a real word still being typed, any word but another word of its own ("number").
        """
        vocabulary = self.vocabulary
        if word in vocabulary.index.set:
            return True
        if not vocabulary.in_index(word):
            return False
        if still_typing:
            return bool(self._completions(word))
        return self.may_be_unfinished(word) or bool(self._forms(word))

    def _concepts(
        self,
        searched: list[str],
        found: list[PhraseMatch],
        inner: set[int],
        wanted: list[int],
        covered: set[int],
        typing: str | None,
    ) -> list[Concept]:
        """The things the query asks for: each phrase found, and each other word searched."""
        concepts = []
        for match in found:
            own = [searched[i] for i in sorted(match.positions) if i in wanted]
            readings = [self._terms(meant) for meant in match.phrase.means]
            if own and not match.phrase.whole:  # "a cold" is not any page with "cold"
                readings.append(self._terms(own, typing=typing))
            pages = () if id(match) in inner else match.phrase.synonym.finds
            concepts.append(Concept(tuple(readings), pages, phrase=True))
        for i in wanted:
            if i not in covered:
                concepts.append(Concept(((self._term(searched[i], typing=typing),),)))
        return concepts

    def _terms(
        self, words: Sequence[str], exact: bool = False, typing: str | None = None
    ) -> tuple[Term, ...]:
        return tuple(self._term(w, exact, typing) for w in words)

    def _term(self, word: str, exact: bool = False, typing: str | None = None) -> Term:
        """A word still being typed matches any word it starts; a finished one, its own forms.

        ``typing`` is a real word still being typed (Planner._still_typing): it
        matches the longer words it starts that are not words of their own.
        """
        if exact or len(word) < MIN_PREFIX or word.isdigit():
            return Term(word)
        if word == typing:
            return self._whole_or_start(word, self._completions(word))
        if self.may_be_unfinished(word):
            return Term(word, prefix=True)
        return self._whole_or_start(word, self._forms(word))

    def _whole_or_start(self, word: str, longer: tuple[str, ...]) -> Term:
        """``word`` or one of ``longer``: a start, if they are every longer word of the pages."""
        index = self.vocabulary.index
        if len(longer) == len(index.starting_with(word)) - (word in index.set):
            return Term(word, prefix=True)  # every longer word is one of them: the same
        return Term(word, forms=longer)

    def _forms(self, word: str) -> tuple[str, ...]:
        """The words of the pages that are ``word`` with another ending (allguide.search.endings).

        The pages' own words keep every ending; for another real word, a longer word
        much more common than it is a word of its own ("number" for "numb").
        """
        own_word = word in self.vocabulary.index.set
        return tuple(
            longer
            for longer in self.vocabulary.index.starting_with(word)
            if longer != word
            and ending(word, longer, self._words.endings) is not None
            and (own_word or not self._word_of_its_own(word, longer))
        )

    def _completions(self, word: str) -> tuple[str, ...]:
        """The longer words of the pages a real word still being typed may become.

        Any word it starts ("temp": "temperature"), but not one that the rule of
        endings makes a word of its own ("numb" is not on its way to "number").
        """
        return tuple(
            longer
            for longer in self.vocabulary.index.starting_with(word)
            if longer != word and not self._word_of_its_own(word, longer)
        )

    def _word_of_its_own(self, word: str, longer: str) -> bool:
        """True if ``longer`` looks like ``word`` with an ending but is a word of its own."""
        if makes_another_word(word, longer, self._words.endings):
            return True
        added = ending(word, longer, self._words.endings)
        words = self._word_list()
        return (
            added is not None
            and words is not None
            and is_own_word(
                added, words.frequency(longer), words.frequency(word), self._words.endings
            )
        )

    # Step 2 and 3: words as the content writes them ----------------------------

    def _rewrite(
        self, words: list[str], corrections: dict[str, str]
    ) -> tuple[list[str], list[tuple[int, int]]]:
        """The words to search, and for each the first and last typed word it comes from."""
        out: list[str] = []
        origins: list[tuple[int, int]] = []
        index = 0
        while index < len(words):
            word = words[index]
            if index + 1 < len(words):
                joined = self._join(word, words[index + 1])
                if joined is not None:
                    corrections[f"{word} {words[index + 1]}"] = joined
                    out.append(joined)
                    origins.append((index, index + 1))
                    index += 2
                    continue
            if (
                word in self._stopwords
                or word in self._fillers  # never corrected: "lots" is not "lot", nor "lost"
                or self.vocabulary.in_index(word)
            ):
                parts = [word]
            else:
                better = self._fix(word)
                if better is not None:
                    corrections[word] = better
                parts = (better or word).split()
            out.extend(parts)
            origins.extend([(index, index)] * len(parts))
            index += 1
        return out, origins

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
        spellings = [word, *variants(word, self._words.spellings)]
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
            # synonyms file), not "pins" → "pin" (only part of "pin prick spots"); never a
            # little word (Arabic "آليات", mechanisms, is not "إلى", to).
            if (
                stem is not None
                and stem not in self._stopwords
                and (self.vocabulary.in_index(stem) or self._phrases.is_phrase(stem))
            ):
                return stem
            # A real compound the pages or the synonyms write apart, side by side:
            # "lightheaded" → "light headed"; never "outside" → "out side".
            if (
                parts is not None
                and min(map(len, parts)) >= MIN_PREFIX
                and not self._stopwords.intersection(parts)
                and self._side_by_side(*parts)
            ):
                return " ".join(parts)
            return None
        if parts is not None:
            return " ".join(parts)
        closest = self.vocabulary.closest(word, allowed_typos(word))
        if closest is not None and self.nearer_a_medicine(word, closest):
            return None  # "mercaptopurin": a typo of a medicine no page covers
        return closest

    def nearer_a_medicine(self, word: str, content_word: str) -> bool:
        """True if a medicine's name is at least as near to ``word`` as ``content_word``."""
        from rapidfuzz import process  # on first need (vocabulary.py's docstring)
        from rapidfuzz.distance import OSA

        distance = OSA.distance(word, content_word)
        names = sorted(self._medicines[0])
        found = process.extractOne(word, names, scorer=OSA.distance, score_cutoff=distance)
        return found is not None
