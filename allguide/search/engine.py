"""The search engine: one object, built once per language, asked as the user types."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from allguide.content.model import Content, Synonym
from allguide.search.backends import (
    NAMES_FIELD,
    TITLE_FIELD,
    Backend,
    Term,
    fields_of,
    make_backend,
)
from allguide.search.direction import direction_of, directions_in
from allguide.search.documents import Kind, SearchDocument, documents_from, original_names
from allguide.search.query import (
    Alternative,
    Concept,
    Planner,
    QueryError,
    QueryPlan,
    QueryProblem,
)
from allguide.search.real_words import RealWordTest, WordLists, real_word_test
from allguide.search.snippet import FoldedText, Snippet, make_snippet
from allguide.search.text import tokens
from allguide.search.vocabulary import Vocabulary
from allguide.search.words import LanguageWords, bundled_words, words_of

# Ranking tiers: a match in the title or name first, then in other names and
# synonyms, then in body text. Within a tier, BM25 decides.
TITLE, NAMES, BODY, LOOSE = 3, 2, 1, 0
TIER_SIZE = 100.0
MAX_RELEVANCE = 80.0
COVERAGE_BONUS = 15.0  # "Chemotherapy" before "Chemotherapy medicines" for "chemo"
KIND_BONUS = {Kind.SECTION: 4.0, Kind.AGENT: 3.0, Kind.SIDE_EFFECT: 3.0, Kind.GLOSSARY: 0.0}
# Fewer hits than this with every word: pages with some of the words follow, below them,
# unless most of the query is in their title or another name ("stem cell therapy" finds
# "Stem cell transplant"): that ranks beside every word in the body.
FILL_UP_TO = 5
MOST, HALF = 0.5, 0.5  # more than MOST of the query, at least HALF of the title
# A page the synonyms file points to ranks with title matches, in the file's order
# (a warning sign before the milder page), below a title the query covers well.
POINTED = TITLE * TIER_SIZE + MAX_RELEVANCE + 5.0
RANK_STEP = 1.0
# Pointed to only through a word still being typed ("exhaus" for "exhausted"): a
# guess, so below every page with all the typed words.
POINTED_WHILE_TYPING = BODY * TIER_SIZE - RANK_STEP
# When pages are ranked by how much of the query they have (SearchEngine._coverage), the
# pages a phrase points to and the titles of each thing asked for come first ("temperature
# after chemo": Fever among the chemotherapy pages); then the share; then the score. One
# number, the sort key, is each hit's score: these scales keep the three apart.
ANCHORED, COVERED = 1_000_000.0, 10_000.0
# A thing asked for that heads more pages than this is too general to put them first
# ("side effects"); and a very common word is no thing asked for ("going": "going bald").
MAX_ANCHORED, MIN_ANCHOR_COMMONNESS = 2, 0.5

__all__ = ["QueryError", "QueryProblem", "SearchEngine", "SearchHit", "SearchResponse"]


def _bundled_content(language: str) -> Content | None:
    """The bundled content of ``language``, if it loads."""
    from allguide.content.bundled import load_bundled

    result = load_bundled(language)
    return result.content if result.content.document is not None else None


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) in snippet
    score: float  # the sort key: a higher score ranks first

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
            "score": round(self.score, 3),
        }


@dataclass(frozen=True)
class SearchResponse:
    """What was found, and what the query became on the way."""

    query: str
    hits: tuple[SearchHit, ...]
    # Whole queries to offer ("Did you mean …"), when a word was not found.
    suggestions: tuple[str, ...] = ()
    # Typed words → what was searched instead: a typo, the other spelling, words
    # joined ("chemo therapy" → "chemotherapy") or split ("stemcell" → "stem cell").
    corrections: dict[str, str] = field(default_factory=dict)
    # Words no page uses, as typed: left out of the search, never replaced by unrelated ones.
    not_found: tuple[str, ...] = ()
    # The words searched for: with words left out, the hits match only these.
    searched_for: tuple[str, ...] = ()
    # Words left out without being named, as typed: a word of the synonyms file outside
    # its phrases ("hungry" beside "chemo"), a word that only says more or less.
    unsearched: tuple[str, ...] = ()


class SearchEngine:
    """Matches everyday words, brand names, abbreviations and typos against the content."""

    def __init__(
        self,
        documents: Sequence[SearchDocument],
        synonyms: Sequence[Synonym] = (),
        language: str = "en",
        backend: str = "auto",
        real_words: Callable[[str], RealWordTest | None] = real_word_test,
        words: LanguageWords | None = None,
    ) -> None:
        """``words``: the language's search words (words_of its content); by default,
        those of the bundled ``language``."""
        self._docs = list(documents)
        self._fields = [fields_of(doc) for doc in self._docs]
        self._title_words = [tokens(f[0]) for f in self._fields]
        # Per document, the words of its title and of each other name without little
        # words: filled on a document's first partial match.
        self._headlines: dict[int, tuple[tuple[str, ...], ...]] = {}
        # Body and shown names folded for snippets, on a document's first hit and then kept.
        self._folded: dict[int, tuple[FoldedText, FoldedText]] = {}
        # Per document, the ways (more, less) each word is used in it: on first need.
        self._directions: dict[int, dict[str, frozenset[int]]] = {}
        self._language = language
        self._words = words if words is not None else bundled_words(language)
        self._stopwords = self._words.stop_words
        self._position: dict[str, int] = {}  # page id → document, for the synonyms' "finds"
        for index, doc in enumerate(self._docs):
            self._position.setdefault(doc.id, index)
        self.backend: Backend = make_backend(self._docs, backend)
        index_words = {w for fields in self._fields for text in fields for w in tokens(text)}
        synonym_words = tokens(" ; ".join(w for s in synonyms for w in s.words))
        self._synonym_texts = [w for s in synonyms for w in (*s.words, *s.means)]
        self._pairs: frozenset[tuple[str, str]] | None = None
        self._real_words = real_words
        self._preparation: Iterator[None] | None = None
        self._prepared = False
        self._planner = Planner(
            Vocabulary(index_words, synonym_words, self._stopwords, self._words.endings),
            synonyms,
            self._words,
            lambda: real_words(language),  # loaded on first need only: start-up is budgeted
            self._side_by_side,
        )

    @classmethod
    def for_content(
        cls,
        content: Content,
        backend: str = "auto",
        real_words: Callable[[str], RealWordTest | None] = real_word_test,
        original: Callable[[str], Content | None] = _bundled_content,
    ) -> SearchEngine:
        """Search over ``content``, with its language's search words. A translation's
        medicines are also found by their names in the language it was translated from
        (English: "methotrexate" finds Spanish "Metotrexato"), that content taken from
        ``original`` (the bundled one by default, read once, for its names only)."""
        language = content.document.language if content.document else "en"
        return cls(
            documents_from(content, original_names(content, original)),
            content.synonyms,
            language,
            backend,
            real_words,
            words_of(content),
        )

    @property
    def size(self) -> int:
        return len(self._docs)

    # Getting ready before the first search ------------------------------------

    @property
    def prepared(self) -> bool:
        """Whether everything a first search needs is loaded (by prepare_step or prepare)."""
        return self._prepared

    def prepare_step(self) -> bool:
        """Load the next small piece of what a first search needs; True while more is left.

        The phrases, the medicines' names, the words side by side, and the
        language's word list (mapped from its built file in one piece; read from
        pyspellchecker's list in many when that file is missing), so that an idle
        turn of a window can take one piece at a time. A search
        made before they are all done loads what it needs itself, as without
        them; a piece that a search loaded already costs nothing.
        """
        if self._preparation is None:
            self._preparation = self._pieces()
        return next(self._preparation, False) is None

    def prepare(self) -> None:
        """Everything a first search needs, now."""
        while self.prepare_step():
            pass

    def _pieces(self) -> Iterator[None]:
        yield from self._planner.preparation()
        self._side_by_side("", "")
        yield
        if not self._planner.has_word_list and isinstance(self._real_words, WordLists):
            load = self._real_words.loading(self._language)
            while load.step():
                yield
        self._planner.load_word_list()  # the list loaded above, or now by another loader
        yield
        self._prepared = True

    def search(self, query: str, limit: int = 20) -> SearchResponse:
        """Best hits first. Raises QueryError for an empty or absurd query."""
        query_plan = self._planner.plan(query)
        scores: dict[int, tuple[float, tuple[Term, ...]]] = {}
        for alternative in query_plan.alternatives:
            terms = alternative.terms
            found = self.backend.match(terms, require_all=True)
            if not found:
                continue
            in_title = self.backend.match(terms, require_all=True, field=TITLE_FIELD)
            in_names = self.backend.match(terms, require_all=True, field=NAMES_FIELD)
            for doc, relevance in found.items():
                tier = _tier(alternative, doc in in_title, doc in in_names)
                score = self._score(doc, tier, relevance, terms, doc in in_title)
                if doc not in scores or score > scores[doc][0]:
                    scores[doc] = (score, alternative.terms)
        pointed: set[int] = set()
        for pointer in query_plan.pointers:
            page = self._position.get(pointer.page)
            if page is None:  # a page of another language's synonyms file, say
                continue
            if not pointer.still_typing:
                pointed.add(page)
            top = POINTED_WHILE_TYPING if pointer.still_typing else POINTED
            score = top - RANK_STEP * pointer.rank
            if page not in scores or score > scores[page][0]:
                scores[page] = (score, query_plan.loose)
        coverage = self._coverage(query_plan.concepts)
        if coverage is not None:  # pages with some of the things asked for, too
            for doc, score in self._partial_scores(query_plan.loose).items():
                if doc in coverage and doc not in scores:
                    scores[doc] = (score, query_plan.loose)
        elif len(scores) < FILL_UP_TO and query_plan.loose:  # then pages with some of the words
            # Not a page with only "increase" for "increased appetite": a word that says
            # more or less of something is no topic of its own.
            topical = self.backend.match(query_plan.free, False) if query_plan.direction else None
            for doc, score in self._partial_scores(query_plan.loose).items():
                if topical is not None and query_plan.free and doc not in topical:
                    continue
                if doc not in scores or score > scores[doc][0]:
                    scores[doc] = (score, query_plan.loose)
        if query_plan.direction:  # a page about the other way, pointed to or not
            for doc in list(scores):
                if self._says_the_opposite(doc, query_plan) or (
                    doc in pointed and self._headed_the_other_way(doc, query_plan.direction)
                ):
                    del scores[doc]
        anchored = self._anchored(query_plan, pointed, scores) if coverage is not None else set()

        def sort_key(doc: int, score: float) -> float:
            """The score, behind the anchored pages and the share of the query a page has."""
            covered = coverage.get(doc, 0.0) if coverage is not None else 0.0
            return score + COVERED * covered + ANCHORED * (doc in anchored)

        ranked = sorted(
            ((sort_key(doc, score), doc, terms) for doc, (score, terms) in scores.items()),
            key=lambda item: (-item[0], self._docs[item[1]].title),
        )
        hits = tuple(self._hit(doc, key, terms) for key, doc, terms in ranked[:limit])
        suggestions = self._suggest(query_plan) if query_plan.typos else ()
        return SearchResponse(
            query,
            hits,
            suggestions,
            query_plan.corrections,
            tuple(query_plan.not_found),
            tuple(query_plan.sought),
            tuple(query_plan.unsearched),
        )

    def _anchored(
        self, query_plan: QueryPlan, pointed: set[int], scores: Mapping[int, object]
    ) -> set[int]:
        """The pages that each thing asked for points to, or heads: never pushed down.

        A phrase's pages (a warning sign), and the pages that have a thing asked for
        in their title or another name ("temperature": Fever), unless more than
        MAX_ANCHORED pages do ("chemo" heads three) or it is a very common word.
        """
        anchored = set(pointed)
        for concept in query_plan.concepts:
            if not concept.phrase:
                [[term]] = concept.readings
                if self._planner.says_little(term.text):
                    continue
            heads: set[int] = set()
            for reading in concept.readings:
                heads.update(self.backend.match(reading, True, TITLE_FIELD))
                heads.update(self.backend.match(reading, True, NAMES_FIELD))
            heads &= scores.keys()
            if not heads or len(heads) > MAX_ANCHORED:
                continue
            if not concept.phrase:
                [[term]] = concept.readings
                if self._planner.commonness(term.text) < MIN_ANCHOR_COMMONNESS:
                    continue
            anchored |= heads
        return anchored

    def _side_by_side(self, first: str, second: str) -> bool:
        """True if the content or the synonyms have ``first`` right before ``second``."""
        if self._pairs is None:  # on the first real word typed as two ("lightheaded")
            texts = [text for fields in self._fields for text in fields]
            texts += self._synonym_texts
            self._pairs = frozenset(
                pair for text in texts for pair in itertools.pairwise(tokens(text))
            )
        return (first, second) in self._pairs

    def _coverage(self, concepts: Sequence[Concept]) -> dict[int, float] | None:
        """Per page, the share of what the query asks for that it has, rarer things counting more.

        Only for a query with a phrase of the synonyms file and something else: a
        synonym's meaning ("chemo": chemotherapy) is on many pages, and the pages
        that have it and more of the query ("does chemo cause hair loss": Hair
        loss) rank first. The pages a phrase points to share the best share among
        them, so that a warning sign is never below the milder page.
        """
        if len(concepts) < 2 or not any(concept.phrase for concept in concepts):
            return None
        having: list[set[int]] = []
        for concept in concepts:
            docs = {self._position[p] for p in concept.pages if p in self._position}
            for reading in concept.readings:
                docs.update(self.backend.match(reading, require_all=True))
            having.append(docs)
        weights = [self._idf(len(docs)) for docs in having]
        # A phrase of the synonyms file is a known topic: it counts at least as much as any
        # other word ("how do car t cells work": CAR T before pages on how other things work).
        heaviest = max(weights)
        weights = [
            heaviest if concept.phrase else weight
            for concept, weight in zip(concepts, weights, strict=True)
        ]
        total = sum(weights) or 1.0
        shares: dict[int, float] = defaultdict(float)
        for docs, weight in zip(having, weights, strict=True):
            for doc in docs:
                shares[doc] += weight / total
        for concept in concepts:
            group = [self._position[p] for p in concept.pages if p in self._position]
            best = max((shares[doc] for doc in group), default=0.0)
            for doc in group:
                shares[doc] = best
        return dict(shares)

    def _says_the_opposite(self, doc: int, query_plan: QueryPlan) -> bool:
        """True if the page uses a typed word only the other way ("not feel like eating")."""
        opposite = frozenset({-query_plan.direction})
        directions = self._directions_of(doc)
        for term in query_plan.free:
            ways = frozenset().union(*(w for word, w in directions.items() if term.matches(word)))
            if ways == opposite:
                return True
        return False

    def _headed_the_other_way(self, doc: int, direction: int) -> bool:
        """True if a page's title says the other way: "Low blood cell counts" for "high"."""
        return direction_of(self._title_words[doc], self._words) == -direction

    def _directions_of(self, doc: int) -> dict[str, frozenset[int]]:
        directions = self._directions.get(doc)
        if directions is None:
            document = self._docs[doc]
            texts = [document.title, *document.names, document.body]
            directions = self._directions[doc] = directions_in(texts, self._words)
        return directions

    def _score(
        self, doc: int, tier: int, relevance: float, terms: Sequence[Term], in_title: bool
    ) -> float:
        score = tier * TIER_SIZE + min(relevance, MAX_RELEVANCE)
        score += KIND_BONUS.get(self._docs[doc].kind, 0.0)
        if in_title:
            title_words = self._title_words[doc]
            covered = sum(1 for w in title_words if any(t.matches(w) for t in terms))
            score += COVERAGE_BONUS * covered / len(title_words)
        return score

    def _partial_scores(self, terms: tuple[Term, ...]) -> dict[int, float]:
        """Pages with some of ``terms``, scored for the share of a title or name they cover.

        A page needs a word that says something of its own: never only one that
        says more or less ("increased"). Each word counts by how rare it is in
        the pages and in the language: a very common word ("going", "go")
        counts little. A title or other name that holds most of the query
        (words that say more or less left out) gets a bonus for the share of it
        the query covers, like the full-match coverage bonus; if the query
        covers half of it or more, the page ranks beside pages with every word
        in the body: "stem cell therapy" finds "Stem cell transplant" before
        "Radiotherapy", which has the three words apart. "therapy" is not most
        of "steroid therapy": "CAR T-cell therapy" gets no bonus over the pages
        about steroids; "going" is not most of "fever not going down": "going
        bald" gets none.
        """
        planner = self._planner
        topical = tuple(t for t in dict.fromkeys(terms) if not planner.says_little(t.text))
        if not topical:
            return {}
        single = len(topical) == 1
        commonness = {
            t: 1.0 if single else planner.commonness(t.text) for t in dict.fromkeys(terms)
        }
        # A page with only very common words of the query is about something else
        # ("keep the remission going"), unless the query has no other words.
        telling = [t for t in topical if commonness[t] >= MIN_ANCHOR_COMMONNESS] or topical
        relevance: dict[int, float] = defaultdict(float)
        having: set[int] = set()
        for term, weight in commonness.items():
            found = self.backend.match((term,), require_all=False)
            if term in telling:
                having.update(found)
            for doc, score in found.items():
                relevance[doc] += weight * score
        scores: dict[int, float] = {}
        for doc in having:
            kind = KIND_BONUS.get(self._docs[doc].kind, 0.0)
            scores[doc] = LOOSE * TIER_SIZE + min(relevance[doc], MAX_RELEVANCE) + kind
        headline_hits = set(self.backend.match(topical, False, TITLE_FIELD))
        headline_hits |= set(self.backend.match(topical, False, NAMES_FIELD))
        if not headline_hits:
            return scores
        weights = [self._rarity(term) * commonness[term] for term in topical]
        for doc in headline_hits & scores.keys():
            covered, query_share = max(
                _coverage(words, topical, weights) for words in self._headline_words(doc)
            )
            if query_share <= MOST:
                continue
            if covered >= HALF:
                scores[doc] += (BODY - LOOSE) * TIER_SIZE
            scores[doc] += COVERAGE_BONUS * covered
        return scores

    def _rarity(self, term: Term) -> float:
        """How much a word says: BM25's inverse document frequency."""
        return self._idf(self.backend.document_count(term))

    def _idf(self, count: int) -> float:
        """How much something found on ``count`` pages says: BM25's inverse document frequency."""
        return math.log(1 + (len(self._docs) - count + 0.5) / (count + 0.5))

    def _headline_words(self, doc: int) -> tuple[tuple[str, ...], ...]:
        """The words of a document's title and of each of its other names, little ones left out."""
        words = self._headlines.get(doc)
        if words is None:
            document = self._docs[doc]
            names = (document.title, *document.names)
            words = tuple(
                tuple(w for w in tokens(name) if w not in self._stopwords) or tuple(tokens(name))
                for name in names
            )
            self._headlines[doc] = words
        return words

    def _hit(self, doc: int, score: float, terms: Sequence[Term]) -> SearchHit:
        document = self._docs[doc]
        folded = self._folded.get(doc)
        if folded is None:
            folded = FoldedText.of(document.body), FoldedText.of(", ".join(document.shown_names))
            self._folded[doc] = folded
        snippet: Snippet = make_snippet(*folded, terms)
        return SearchHit(
            document.id, document.kind, document.title, snippet.text, snippet.spans, score
        )

    def _suggest(self, query_plan: QueryPlan) -> tuple[str, ...]:
        """Whole queries with a typo replaced by a page's word that looks alike.

        Only for a typo (a word of no language): a real word no page uses gets no
        respelling ("lot" is not "lost", "pins" not "pain"), and a medicine no
        page covers is never offered another ("daunorubicin" is not doxorubicin;
        "prednisone" is not prednisolone), nor is a typo nearer to one.
        """
        suggestions: list[str] = []
        vocabulary = self._planner.vocabulary
        for word in dict.fromkeys(query_plan.typos):
            for better in vocabulary.suggestions(word):
                if self._planner.nearer_a_medicine(word, better):
                    continue
                words = [better if w == word else w for w in query_plan.searched]
                suggestion = " ".join(words)
                if suggestion not in suggestions and self._finds_something(suggestion):
                    suggestions.append(suggestion)
        return tuple(suggestions[:3])

    def _finds_something(self, query: str) -> bool:
        query_plan = self._planner.plan(query)
        return bool(query_plan.pointers) or any(
            self.backend.match(a.terms, True) for a in query_plan.alternatives
        )


def _tier(alternative: Alternative, in_title: bool, in_names: bool) -> int:
    """Where a reading of the query matched: the title, other names or synonyms, the body."""
    if alternative.still_typing:  # a phrase word completed from its start: a guess
        return LOOSE
    if in_title:
        tier = NAMES if alternative.via_synonym else TITLE
    elif alternative.via_synonym or in_names:
        tier = NAMES
    else:
        tier = BODY
    if alternative.partial:  # what is left of the query beside a phrase
        tier -= 1
    return tier


def _coverage(
    words: Sequence[str], terms: Sequence[Term], weights: Sequence[float]
) -> tuple[float, float]:
    """(share of ``words`` some term matches, weighted share of ``terms`` found in them)."""
    total = sum(weights)
    if not words or not total:
        return 0.0, 0.0
    covered = sum(1 for w in words if any(t.matches(w) for t in terms))
    found = sum(
        weight for t, weight in zip(terms, weights, strict=True) if any(map(t.matches, words))
    )
    return covered / len(words), found / total
