"""The search engine: one object, built once per language, asked as the user types."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from allguide.search.documents import Kind, SearchDocument, documents_from
from allguide.search.query import Planner, QueryError, QueryPlan
from allguide.search.real_words import RealWordTest, real_word_test
from allguide.search.snippet import FoldedText, Snippet, make_snippet
from allguide.search.stopwords import stopwords
from allguide.search.text import tokens
from allguide.search.vocabulary import Vocabulary

# Ranking tiers: a match in the title or name first, then in other names and
# synonyms, then in body text. Within a tier, BM25 decides.
TITLE, NAMES, BODY, LOOSE = 3, 2, 1, 0
TIER_SIZE = 100.0
MAX_RELEVANCE = 80.0
COVERAGE_BONUS = 15.0  # "Chemotherapy" before "Chemotherapy medicines" for "chemo"
KIND_BONUS = {Kind.SECTION: 4.0, Kind.AGENT: 3.0, Kind.SIDE_EFFECT: 3.0, Kind.GLOSSARY: 0.0}
# Fewer hits than this with every word: pages with some of the words follow, below them.
FILL_UP_TO = 5
# A page the synonyms file points to ranks with title matches, in the file's order
# (a warning sign before the milder page), below a title the query covers well.
POINTED = TITLE * TIER_SIZE + MAX_RELEVANCE + 5.0
RANK_STEP = 1.0

__all__ = ["QueryError", "SearchEngine", "SearchHit", "SearchResponse"]


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) in snippet
    score: float

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
    # Words no page uses: left out of the search, never replaced by unrelated ones.
    not_found: tuple[str, ...] = ()


class SearchEngine:
    """Matches everyday words, brand names, abbreviations and typos against the content."""

    def __init__(
        self,
        documents: Sequence[SearchDocument],
        synonyms: Sequence[Synonym] = (),
        language: str = "en",
        backend: str = "auto",
        real_words: Callable[[str], RealWordTest | None] = real_word_test,
    ) -> None:
        self._docs = list(documents)
        self._fields = [fields_of(doc) for doc in self._docs]
        self._title_words = [tokens(f[0]) for f in self._fields]
        # Body and names folded for snippets, on a document's first hit and then kept.
        self._folded: dict[int, tuple[FoldedText, FoldedText]] = {}
        self._stopwords = stopwords(language)
        self._position: dict[str, int] = {}  # page id → document, for the synonyms' "finds"
        for index, doc in enumerate(self._docs):
            self._position.setdefault(doc.id, index)
        self.backend: Backend = make_backend(self._docs, backend)
        words: set[str] = set()
        headline_words: set[str] = set()  # of titles and other names
        for title, names, body in self._fields:
            headline_words.update(tokens(f"{title} {names}"))
            words.update(tokens(body))
        words |= headline_words
        synonym_words = tokens(" ; ".join(w for s in synonyms for w in s.words))
        self._planner = Planner(
            Vocabulary(words, synonym_words, self._stopwords, headline_words),
            synonyms,
            self._stopwords,
            language,
            lambda: real_words(language),  # loaded on first need only: start-up is budgeted
        )

    @classmethod
    def for_content(
        cls,
        content: Content,
        backend: str = "auto",
        real_words: Callable[[str], RealWordTest | None] = real_word_test,
    ) -> SearchEngine:
        language = content.document.language if content.document else "en"
        return cls(documents_from(content), content.synonyms, language, backend, real_words)

    @property
    def size(self) -> int:
        return len(self._docs)

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
                if doc in in_title:
                    tier = NAMES if alternative.via_synonym else TITLE
                elif alternative.via_synonym or doc in in_names:
                    tier = NAMES
                else:
                    tier = BODY
                if alternative.partial:  # what is left of the query beside a phrase
                    tier -= 1
                score = self._score(doc, tier, relevance, terms, doc in in_title)
                if doc not in scores or score > scores[doc][0]:
                    scores[doc] = (score, alternative.terms)
        for pointer in query_plan.pointers:
            page = self._position.get(pointer.page)
            if page is None:  # a page of another language's synonyms file, say
                continue
            score = POINTED - RANK_STEP * pointer.rank
            if page not in scores or score > scores[page][0]:
                scores[page] = (score, query_plan.loose)
        if len(scores) < FILL_UP_TO and query_plan.loose:  # then pages with some of the words
            for doc, relevance in self.backend.match(query_plan.loose, require_all=False).items():
                score = LOOSE * TIER_SIZE + min(relevance, MAX_RELEVANCE)
                scores.setdefault(doc, (score, query_plan.loose))
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], self._docs[item[0]].title))
        hits = tuple(self._hit(doc, score, terms) for doc, (score, terms) in ranked[:limit])
        suggestions = self._suggest(query_plan) if query_plan.not_found or not hits else ()
        return SearchResponse(
            query, hits, suggestions, query_plan.corrections, tuple(query_plan.not_found)
        )

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

    def _hit(self, doc: int, score: float, terms: Sequence[Term]) -> SearchHit:
        document = self._docs[doc]
        folded = self._folded.get(doc)
        if folded is None:
            folded = FoldedText.of(document.body), FoldedText.of(", ".join(document.names))
            self._folded[doc] = folded
        snippet: Snippet = make_snippet(*folded, terms)
        return SearchHit(
            document.id, document.kind, document.title, snippet.text, snippet.spans, score
        )

    def _suggest(self, query_plan: QueryPlan) -> tuple[str, ...]:
        """Whole queries with a word no page uses replaced by a page's word that looks alike.

        A real word is only offered words that start with its letter: "hare" → "hair",
        never "shaking" → "having".
        """
        suggestions: list[str] = []
        vocabulary = self._planner.vocabulary
        for word in dict.fromkeys(query_plan.not_found):
            real = self._planner.is_real(word)
            for better in vocabulary.suggestions(word, for_real_word=real):
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
