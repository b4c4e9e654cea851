"""Checks that every id the content points at exists and is of the right kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from allguide.content.errors import ContentError
from allguide.content.markup import WEB_SCHEME, bad_markup, cited_ids, linked_ids, url_problem
from allguide.content.model import (
    Agent,
    Content,
    GlossaryTerm,
    Reference,
    ReferenceOrigin,
    Section,
    SideEffect,
)
from allguide.content.yamlfile import Path, YamlDocument


@dataclass
class Locations:
    """Where each entity was read from, to point errors at the right line."""

    _places: dict[str, tuple[YamlDocument, Path]] = field(default_factory=dict)

    def remember(self, entity_id: str, doc: YamlDocument, path: Path) -> None:
        self._places[entity_id] = (doc, path)

    def find(self, entity_id: str) -> str | None:
        """``file:line`` of an entity, or None if it was never read."""
        place = self._places.get(entity_id)
        if place is None:
            return None
        doc, path = place
        return f"{doc.name}:{doc.line_of(path)}"

    def error(self, entity_id: str, key: str, message: str, within: str = "") -> ContentError:
        """An error at ``key`` of the entity; ``within`` points into a Markdown value."""
        doc, path = self._places[entity_id]
        line = doc.line_of((*path, key))
        if within:  # the raw line, whatever the scalar style (block, folded, quoted)
            line = doc.find_line(line, within) or line
        return ContentError(doc.name, line, message)


# Where the 'document' entry is remembered (loader.DOCUMENT_KEY is the same key).
DOCUMENT_KEY = "\0document"


def synonym_key(index: int) -> str:
    """Where the synonym at ``index`` is remembered: synonyms have no id of their own."""
    return f"\0synonyms[{index}]"


def check_cross_references(
    content: Content, places: Locations, may_be_lost: Callable[[str], bool] = lambda _id: False
) -> list[ContentError]:
    """Every parent, section, treatment, citation and page link must resolve.

    Ids for which ``may_be_lost`` is true are not reported: their loss was.
    """
    checker = _Checker(content, places, may_be_lost)
    return list(checker.run())


@dataclass
class _Checker:
    content: Content
    places: Locations
    may_be_lost: Callable[[str], bool]

    def __post_init__(self) -> None:
        self._order = {s.id: n for n, s in enumerate(self.content.sections)}

    def _missing(self, target: str, kind: type | None = None) -> bool:
        """True if ``target`` is not there (or not a ``kind``) for a reason not yet reported."""
        found = self.content.get(target)
        if found is None:
            return not self.may_be_lost(target)
        return kind is not None and not isinstance(found, kind)

    def run(self) -> Iterator[ContentError]:
        c = self.content
        if c.document is not None:  # the home page shows its introduction as Markdown
            intro = c.document.introduction
            yield from self._text(DOCUMENT_KEY, "introduction", intro, name="document")
        for section in c.sections:
            if section.parent is not None:
                yield from self._expect_section(section.id, "parent", section.parent)
            yield from self._cycle(section)
            yield from self._text(section.id, "body", section.body)
            yield from self._citations(section.id, "citations", section.citations)
            yield from self._citations(section.id, "further_reading", section.further_reading)
        for phase in c.phases:
            yield from self._expect_section(phase.id, "section", phase.section)
            yield from self._expect(phase.id, "agents", phase.agents, Agent)
            yield from self._expect(phase.id, "side_effects", phase.side_effects, SideEffect)
            yield from self._text(phase.id, "aim", phase.aim)
            yield from self._citations(phase.id, "citations", phase.citations)
        for agent in c.agents:
            yield from self._expect_section(agent.id, "section", agent.section)
            yield from self._text(agent.id, "body", agent.body)
            yield from self._citations(agent.id, "citations", agent.citations)
            yield from self._brands(agent)
        for effect in c.side_effects:
            for treatment in effect.treatments:
                yield from self._expect_section(effect.id, "treatments", treatment)
            yield from self._text(effect.id, "body", effect.body)
            yield from self._citations(effect.id, "citations", effect.citations)
        for track in c.timeline_tracks:
            for target in track.sections:
                yield from self._expect_section(track.id, "sections", target)
            yield from self._citations(track.id, "citations", track.citations)
        for term in c.glossary:
            yield from self._text(term.id, "definition", term.definition)
            yield from self._citations(term.id, "citations", term.citations)
        for reference in c.references:
            problem = url_problem(reference.url)
            # An address that is not https at all is the schema's to report, once.
            if problem is not None and reference.url.startswith(WEB_SCHEME):
                message = f"{reference.id}: url '{reference.url}' {problem}"
                yield self.places.error(reference.id, "url", message)
        for index, synonym in enumerate(c.synonyms):
            for page in synonym.finds:
                found = c.get(page)
                pages = (Section, Agent, SideEffect, GlossaryTerm)
                if not isinstance(found, pages) and not (found is None and self.may_be_lost(page)):
                    yield self.places.error(
                        synonym_key(index), "finds", f"synonyms: finds unknown page '{page}'"
                    )

    def _expect_section(self, owner: str, key: str, target: str) -> Iterator[ContentError]:
        if self._missing(target, Section):
            yield self.places.error(owner, key, f"{owner}: {key} '{target}' is not a known section")

    def _expect(
        self, owner: str, key: str, ids: Iterable[str], kind: type
    ) -> Iterator[ContentError]:
        for target in ids:
            if self._missing(target, kind):
                yield self.places.error(owner, key, f"{owner}: {key} '{target}' is not known")

    def _citations(self, owner: str, key: str, ids: Iterable[str]) -> Iterator[ContentError]:
        for ref in ids:
            if self._missing(ref, Reference):
                yield self.places.error(owner, key, f"{owner}: cites unknown reference '{ref}'")

    def _brands(self, agent: Agent) -> Iterator[ContentError]:
        """Each brand cites its own label, a source AllGuide added: the source page names none."""
        for brand in agent.brands:
            found = self.content.get(brand.source)
            if found is None and self.may_be_lost(brand.source):
                continue
            if not isinstance(found, Reference):
                problem = f"cites unknown reference '{brand.source}'"
            elif found.origin is not ReferenceOrigin.ADDED:
                problem = f"must cite a source AllGuide added (a letter), not '{brand.source}'"
            else:
                continue
            message = f"{agent.id}: brand '{brand.name}' {problem}"
            yield self.places.error(agent.id, "brands", message, within=brand.source)

    def _text(self, owner: str, key: str, markdown: str, name: str = "") -> Iterator[ContentError]:
        """Markdown the reader shows; ``name`` is what messages call ``owner`` if not its id."""
        who = name or owner
        for snippet, problem in bad_markup(markdown):
            yield self.places.error(owner, key, f"{who}: {problem}", within=snippet)
        for ref in dict.fromkeys(cited_ids(markdown)):  # each unknown id once
            if self._missing(ref, Reference):
                yield self.places.error(
                    owner, key, f"{who}: cites unknown reference '{ref}'", within=f"[^{ref}]"
                )
        for target in dict.fromkeys(linked_ids(markdown)):
            if self._missing(target):
                yield self.places.error(
                    owner, key, f"{who}: links to unknown page '#{target}'", within=f"(#{target})"
                )

    def _cycle(self, section: Section) -> Iterator[ContentError]:
        """One message per loop, at the first of its sections in file order."""
        loop = self.content.parent_loop(section.id)
        if loop and section.id == min(loop, key=self._order.__getitem__):
            names = " → ".join(loop)
            yield self.places.error(
                section.id, "parent", f"{section.id}: parents form a loop: {names}"
            )
