"""Typed, immutable content model shared by every view.

Plain dataclasses with no Qt, so the content can be loaded, validated and
searched headless. Every entity has an ``id`` that is the same in every
language; translations differ only in their text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

MAX_PARENT_DEPTH = 12  # content uses 3 levels; a deeper chain is shown flattened


class Intensity(StrEnum):
    """How hard a treatment phase is on the body, in the source's own terms."""

    HIGH = "high"
    LOWER = "lower"


class AgentKind(StrEnum):
    """What sort of medicine or product an agent is."""

    CHEMOTHERAPY = "chemotherapy"
    STEROID = "steroid"
    TYROSINE_KINASE_INHIBITOR = "tyrosine-kinase-inhibitor"
    MENIN_INHIBITOR = "menin-inhibitor"
    ANTIBODY = "antibody"
    CAR_T_CELL = "car-t-cell"


class ReferenceOrigin(StrEnum):
    """Whether a reference is one of the source page's own, or added by AllGuide."""

    SOURCE = "source"
    ADDED = "added"


@dataclass(frozen=True)
class SourceAttribution:
    """Where the content comes from."""

    publisher: str
    title: str
    updated: dt.date
    note: str = ""


@dataclass(frozen=True)
class Translation:
    """For translated content: which English version it was made from."""

    of_language: str
    of_updated: dt.date


@dataclass(frozen=True)
class Document:
    """Facts about the content as a whole, shown on every screen."""

    language: str
    title: str
    updated: dt.date
    source: SourceAttribution
    disclaimer: str
    introduction: str
    translation: Translation | None = None


@dataclass(frozen=True)
class Section:
    """A page of the reader; sections form a tree through ``parent``."""

    id: str
    title: str
    body: str
    summary: str = ""
    parent: str | None = None
    citations: tuple[str, ...] = ()
    # References on the topic that the source lists but does not attach to its text.
    further_reading: tuple[str, ...] = ()
    shows: str = ""


@dataclass(frozen=True)
class Duration:
    """How long a phase may last: the source's words, and the months they name.

    ``months`` are the lengths the source names ("may last 1 or 2 months": (1, 2));
    ``up_to_months`` is the limit it gives ("can last up to 2 years": 24). Neither
    is a minimum or a norm: the source gives none.
    """

    text: str
    months: tuple[int, ...] = ()
    up_to_months: int | None = None

    @property
    def reach_months(self) -> int:
        """The furthest the source says the phase may go on, in months."""
        return max((*self.months, self.up_to_months or 0))


@dataclass(frozen=True)
class Phase:
    """A phase of chemotherapy, for the timeline and the phase pages."""

    id: str
    name: str
    order: int
    section: str
    duration: Duration
    intensity: Intensity
    intensity_text: str
    aim: str
    citations: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    side_effects: tuple[str, ...] = ()


class TrackKind(StrEnum):
    """Who a timeline track is for, as the source says: the chart heads each group apart."""

    # Among the common chemotherapy agents (steroids, "taken before or alongside chemotherapy").
    ALONGSIDE_CHEMOTHERAPY = "alongside-chemotherapy"
    # Treatments the source describes for some patients only.
    SOME_PATIENTS = "some-patients"


@dataclass(frozen=True)
class TimelineTrack:
    """A treatment shown beside the phases, placed only as the source places it."""

    id: str
    name: str
    kind: TrackKind
    when: str
    sections: tuple[str, ...]
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Brand:
    """A brand name of a medicine, and the source AllGuide added that states it (its label)."""

    name: str
    source: str  # id of a Reference whose origin is ADDED


@dataclass(frozen=True)
class Agent:
    """A medicine or cell product the source names."""

    id: str
    name: str
    kind: AgentKind
    section: str
    body: str
    brands: tuple[Brand, ...] = ()
    other_names: tuple[str, ...] = ()  # search words only: older names, abbreviations
    approved_for: str = ""
    citations: tuple[str, ...] = ()

    @property
    def brand_names(self) -> tuple[str, ...]:
        """The brand names alone, for what needs only the words (search finds a medicine
        by its brand). The page shows each Brand with the label source that states it."""
        return tuple(brand.name for brand in self.brands)


@dataclass(frozen=True)
class SideEffect:
    """A side effect, with the everyday words families use for it."""

    id: str
    name: str
    treatments: tuple[str, ...]
    body: str
    medical_name: str = ""
    everyday_words: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """Everyday name first, the medical word after."""
        medical = self.medical_name
        if not medical or medical.lower() == self.name.lower():
            return self.name
        if not medical.isupper():  # "Tiredness (fatigue)", but "(CRS)"
            medical = medical[0].lower() + medical[1:]
        return f"{self.name} ({medical})"


@dataclass(frozen=True)
class GlossaryTerm:
    """A word the content uses, explained plainly."""

    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    """A numbered reference of the source page, or a source AllGuide added."""

    id: str
    label: str
    origin: ReferenceOrigin
    publisher: str
    title: str
    url: str
    accessed: dt.date | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Synonym:
    """For search only, never shown: ``words`` a family may type.

    ``means``: the content's words for the same thing, searched as well.
    ``finds``: ids of pages those words must also lead to, in this order: a
    warning sign the words could mean before the milder page, or a topic's page.
    """

    words: tuple[str, ...]
    means: tuple[str, ...] = ()
    finds: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordEndings:
    """How a language's words take endings, for search (``search_words.endings``).

    A finished word also finds itself with an ending of ``same_word`` ("bruise":
    "bruising"), or of ``own_word`` unless the longer word is much more common (then
    it is a word of its own: "number" is not "numb" + er); an ending of ``other_word``
    always makes another word, even of a word still being typed (Spanish "estéril" is
    not "esterilidad"). Before an ending, a word may
    lose a last letter of ``dropped_before`` ("ache": "aching"), change one as
    ``changed_before`` says (pairs: "dizzy": "dizziness"), or double a last consonant
    (``doubled_before``: "stop": "stopped"). A real word no page uses is the word of the
    pages it becomes without an ending of ``taken_off``, a letter of ``put_back`` added
    ("pooing": "poo", "aching": "ache"); with ``alike``, also a word of the pages that
    starts with the same five letters and differs by at most three ("leukemic":
    "leukaemia"), a guess safe only where the language's words allow it. A word its
    word list lacks is still a real word if the list has it without an ending of
    ``listed_without`` (Spanish "manos": "mano"; the list lacks many plurals).
    """

    same_word: tuple[str, ...] = ()
    own_word: tuple[str, ...] = ()
    other_word: tuple[str, ...] = ()
    dropped_before: tuple[str, ...] = ()
    changed_before: tuple[tuple[str, ...], ...] = ()
    doubled_before: bool = False
    taken_off: tuple[str, ...] = ()
    put_back: tuple[str, ...] = ()
    alike: bool = False
    listed_without: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchWords:
    """A language's own words for search, never shown (``search-words.yaml``).

    Each list holds words as typed; search folds them. ``stop_words``: little words
    a search need not insist on. ``fillers``: words that say little alone ("out",
    "very"), and ``people``, words for the person ("my child"): never searched alone.
    ``names``: fillers that are also a name in the content ("all": ALL).
    ``not_before``: words that turn what follows into its opposite ("not sleepy");
    ``not_after`` and ``yes_after``: which way a test came out ("Ph negative").
    ``more`` and ``less``: words that say more or less of something ("high", "low"),
    up to ``more_less_after`` words after the word they are about too (0 in English,
    "low temperature"; where adjectives follow, Spanish "temperatura baja", more).
    ``signs``: a sign after a name and the word it stands for (pairs: "+", "positive").
    ``shortened``: shortened forms and what they stand for (pairs: "can't", "can not");
    ``apostrophe_endings``: what is dropped after an apostrophe ("son's": "son").
    ``spellings``: letter groups of two spellings of one word (pairs: "ae", "e").
    """

    stop_words: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    yes_after: tuple[str, ...] = ()
    more: tuple[str, ...] = ()
    less: tuple[str, ...] = ()
    more_less_after: int = 0
    signs: tuple[tuple[str, ...], ...] = ()
    shortened: tuple[tuple[str, ...], ...] = ()
    apostrophe_endings: tuple[str, ...] = ()
    spellings: tuple[tuple[str, ...], ...] = ()
    endings: WordEndings = WordEndings()


@dataclass(frozen=True)
class Content:
    """Everything loaded for one language."""

    document: Document | None
    sections: tuple[Section, ...] = ()
    phases: tuple[Phase, ...] = ()
    agents: tuple[Agent, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    references: tuple[Reference, ...] = ()
    synonyms: tuple[Synonym, ...] = ()
    timeline_tracks: tuple[TimelineTrack, ...] = ()
    search_words: SearchWords = SearchWords()
    _by_id: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)
    # Each section in a parent loop: the loop, and where in it the section is.
    _loops: dict[str, tuple[tuple[str, ...], int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _children: dict[str | None, list[Section]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _nested_too_deep: list[str] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = self._by_id
        for group in (
            self.sections,
            self.phases,
            self.agents,
            self.side_effects,
            self.glossary,
            self.references,
            self.timeline_tracks,
        ):
            for entity in group:
                index.setdefault(entity.id, entity)
        self._find_parent_loops()
        self._place_sections()

    def _find_parent_loops(self) -> None:
        """Every parent loop, in one walk: each section is followed up its parents once.

        Work stays linear in the number of sections, however deep the chain of parents.
        """
        done: set[str] = set()
        for section in self.sections:
            path: list[str] = []
            on_path: dict[str, int] = {}
            current: str | None = section.id
            while current is not None and current not in done and current not in on_path:
                on_path[current] = len(path)
                path.append(current)
                found = self.section(current)
                current = found.parent if found else None
            if current is not None and current in on_path:  # came back to this walk: a loop
                loop = tuple(path[on_path[current] :])
                for place, member in enumerate(loop):
                    self._loops[member] = (loop, place)
            done.update(path)

    def get(self, entity_id: str) -> object | None:
        """The entity with this id, of any kind, or None."""
        return self._by_id.get(entity_id)

    def section(self, section_id: str) -> Section | None:
        found = self._by_id.get(section_id)
        return found if isinstance(found, Section) else None

    def reference(self, reference_id: str) -> Reference | None:
        found = self._by_id.get(reference_id)
        return found if isinstance(found, Reference) else None

    def _place_sections(self) -> None:
        """The tree, once (children() is asked for every page), at most MAX_PARENT_DEPTH deep.

        A section deeper than that is shown at the top level, so that no view has to
        walk (or recurse through) an endless chain of parents.
        """
        depth: dict[str, int] = {}
        cut_above: dict[str, bool] = {}
        shown: dict[str, str | None] = {}
        for section in self.sections:
            chain: list[Section] = []
            on_chain: set[str] = set()  # a repeated id cannot walk in circles
            current: Section | None = section
            while current is not None and current.id not in depth and current.id not in on_chain:
                chain.append(current)
                on_chain.add(current.id)
                parent = self._natural_parent(current)
                current = self.section(parent) if parent is not None else None
            for member in reversed(chain):
                parent = self._natural_parent(member)
                level = depth.get(parent, 0) + 1 if parent is not None else 0
                below_cut = parent is not None and cut_above.get(parent, False)
                if level > MAX_PARENT_DEPTH:
                    if not below_cut:  # one message for a whole chain that is too deep
                        self._nested_too_deep.append(member.id)
                    parent, level, below_cut = None, 0, True
                depth[member.id] = level
                cut_above[member.id] = below_cut
                shown[member.id] = parent
        for section in self.sections:
            self._children.setdefault(shown.get(section.id), []).append(section)

    def nested_too_deep(self) -> list[str]:
        """The first section of each chain of parents deeper than MAX_PARENT_DEPTH."""
        return list(self._nested_too_deep)

    def parent_loop(self, section_id: str) -> list[str]:
        """The sections of the parent loop ``section_id`` is in, from it on; [] if none."""
        found = self._loops.get(section_id)
        if found is None:
            return []
        loop, place = found
        return [*loop[place:], *loop[:place]]

    def _natural_parent(self, section: Section) -> str | None:
        """The parent a section names, if it loaded and the two are in no loop."""
        if section.parent is None or self.section(section.parent) is None:
            return None
        if section.id in self._loops:
            return None
        return section.parent

    def children(self, parent_id: str | None) -> Iterator[Section]:
        """Sections directly under ``parent_id``, in file order.

        The top level (None) also takes sections whose parent failed to load, whose
        parents form a loop, or that are nested too deep, so that no mistake hides the
        pages beneath it.
        """
        return iter(self._children.get(parent_id, ()))

    def orphan_agents(self) -> Iterator[Agent]:
        """Agents whose section failed to load; shown at the top level instead."""
        return (a for a in self.agents if self.section(a.section) is None)

    def agents_in(self, section_id: str) -> Iterator[Agent]:
        return (a for a in self.agents if a.section == section_id)

    def phase_for(self, section_id: str) -> Phase | None:
        return next((p for p in self.phases if p.section == section_id), None)

    def side_effects_of(self, treatment_id: str) -> Iterator[SideEffect]:
        return (e for e in self.side_effects if treatment_id in e.treatments)
