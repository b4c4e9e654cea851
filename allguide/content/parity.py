"""A translation checked against English, the content it is translated from.

A translation rewords the text and keeps everything else: the same ids in the same order,
the same structure (parents, sections, orders, kinds, durations, citations, brands,
references' labels and addresses), and in every text the same citation markers in the
same order, the same page links, the same numbers and the same brand names. Each
difference is a content problem of the translation: ``file:line: message`` at the
translated file, naming the English place where that helps.

Search words (``synonyms.yaml``, other names, everyday words, aliases) are each
language's own and are not compared. Run by ``allguide validate`` and
``compile-content`` only, never at the app's start (issue 10's budget).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from allguide.content.bundled import language_dir, load_bundled
from allguide.content.errors import ContentError
from allguide.content.model import (
    Agent,
    Brand,
    Content,
    Document,
    GlossaryTerm,
    Phase,
    Reference,
    Section,
    SideEffect,
    TimelineTrack,
)
from allguide.content.places import FolderPlaces, Place
from allguide.content.result import LoadResult
from allguide.content.textparity import text_differences
from allguide.content.yamlfile import MAX_MESSAGE

ORIGINAL = "en"  # every translation is made from the English content
Keys = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedLanguage:
    """A language folder as loaded: where from, how messages name it, what loaded."""

    folder: Traversable
    prefix: str
    result: LoadResult

    @property
    def language(self) -> str:
        """The folder's name is the language: ``resources/content/es``."""
        return self.folder.name


def bundled_language(language: str, result: LoadResult) -> LoadedLanguage:
    """A bundled language, named in messages as ``load_bundled`` names it."""
    return LoadedLanguage(language_dir(language), f"content/{language}", result)


def bundled_translation_problems(language: str, result: LoadResult) -> list[ContentError]:
    """How the bundled ``language`` (as loaded in ``result``) differs from bundled English."""
    if language == ORIGINAL:
        return []
    english = bundled_language(ORIGINAL, load_bundled(ORIGINAL, full_validation=True))
    return check_translation(english, bundled_language(language, result))


def translation_problems(languages: Sequence[LoadedLanguage]) -> list[list[ContentError]]:
    """For each of ``languages``, how it differs from English (nothing for English).

    English is the folder named ``en`` among them. A folder validated alone is compared
    only if its document says it is a translation and an ``en`` folder is beside it.
    """
    english = next((one for one in languages if one.language == ORIGINAL), None)
    found: list[list[ContentError]] = []
    for language in languages:
        original = english or _english_beside(language)
        if language.language == ORIGINAL or original is None:
            found.append([])
        else:
            found.append(check_translation(original, language))
    return found


def _english_beside(translation: LoadedLanguage) -> LoadedLanguage | None:
    folder = translation.folder
    document = translation.result.content.document
    if document is None or document.translation is None or not isinstance(folder, Path):
        return None
    beside = folder.parent / ORIGINAL
    if not beside.is_dir() or beside.resolve() == folder.resolve():
        return None
    from allguide.content.loader import load_content

    return LoadedLanguage(beside, str(beside), load_content(beside, display_prefix=str(beside)))


def check_translation(english: LoadedLanguage, translation: LoadedLanguage) -> list[ContentError]:
    """Every difference of ``translation`` from ``english``, in file and line order.

    Compared only once both load with no problem: a file that cannot be read would
    otherwise show again as every id in it missing (one mistake, one message).
    """
    if not translation.result.ok:
        return []
    if not english.result.ok:
        message = f"not compared with English: {english.prefix} has problems"
        return [ContentError(translation.prefix, None, message)]
    check = _Check(
        english.result.content,
        translation.result.content,
        FolderPlaces.read(english.folder, english.prefix),
        FolderPlaces.read(translation.folder, translation.prefix),
    )
    check.document(translation.language)
    for kind in KINDS:
        check.kind(kind)
    return sorted(check.errors, key=lambda error: (error.file, error.line or 0))


@dataclass(frozen=True)
class _Kind:
    """A top-level list of items with ids: its YAML key (the Content field), its name in
    messages, and how one item is compared with its English item."""

    key: str
    noun: str
    compare: Callable[[_Pair, Any, Any], None]


class _Check:
    def __init__(
        self, english: Content, ours: Content, english_places: FolderPlaces, places: FolderPlaces
    ) -> None:
        self.english, self.ours = english, ours
        self.english_places, self.places = english_places, places
        self.brand_names = tuple(name for agent in english.agents for name in agent.brand_names)
        self.errors: list[ContentError] = []

    def document(self, folder_language: str) -> None:
        ours, english = self.ours.document, self.english.document
        place, english_place = self.places.document, self.english_places.document
        if ours is None or english is None or place is None or english_place is None:
            return  # no document: the loader says so
        pair = _Pair(self, "document", place, english_place)
        if ours.language != folder_language:
            message = f"language is '{ours.language}', the folder is '{folder_language}'"
            pair.report(("language",), message)
        _document(pair, ours, english)

    def kind(self, kind: _Kind) -> None:
        ours = {item.id: item for item in getattr(self.ours, kind.key)}
        english = {item.id: item for item in getattr(self.english, kind.key)}
        for item_id in (i for i in english if i not in ours):
            self._missing(kind, item_id)
        for item_id in (i for i in ours if i not in english):
            place = self.places.item(kind.key, item_id)
            if place is not None:
                message = f"{kind.noun} '{item_id}' is not in English"
                self.errors.append(ContentError(place.file, place.line(("id",)), message))
        self._order(kind, [i for i in ours if i in english], [i for i in english if i in ours])
        for item_id, item in ours.items():
            place = self.places.item(kind.key, item_id)
            english_place = self.english_places.item(kind.key, item_id)
            if item_id in english and place is not None and english_place is not None:
                kind.compare(_Pair(self, item_id, place, english_place), item, english[item_id])

    def _missing(self, kind: _Kind, item_id: str) -> None:
        english_place = self.english_places.item(kind.key, item_id)
        file_name = english_place.file_name if english_place else f"{kind.key}.yaml"
        file, line = self.places.where_kind_goes(kind.key, file_name)
        said = f" ({english_place.at()})" if english_place else ""
        self.errors.append(ContentError(file, line, f"{kind.noun} '{item_id}' is missing{said}"))

    def _order(self, kind: _Kind, ours: list[str], english: list[str]) -> None:
        """The first item out of English's order (the tree and the lists show this order)."""
        for mine, theirs in zip(ours, english, strict=True):
            if mine != theirs:
                place = self.places.item(kind.key, mine)
                english_place = self.english_places.item(kind.key, theirs)
                if place is not None and english_place is not None:
                    message = (
                        f"{kind.noun} '{mine}' is out of English's order: English has "
                        f"'{theirs}' here ({english_place.at()})"
                    )
                    self.errors.append(ContentError(place.file, place.line(("id",)), message))
                return


@dataclass
class _Pair:
    """One translated item and its English item, compared field by field."""

    check: _Check
    owner: str
    place: Place
    english_place: Place

    def report(self, keys: Keys, message: str, line: int | None = None) -> None:
        line = line if line is not None else self.place.line(keys)
        self.check.errors.append(ContentError(self.place.file, line, f"{self.owner}: {message}"))

    def same(self, keys: Keys, ours: Any, english: Any) -> None:
        """A field the translation keeps exactly (an id, a number, a list of ids)."""
        if ours == english:
            return
        key, at = _key(keys), self.english_place.at(keys)
        if isinstance(ours, tuple) and isinstance(english, tuple):
            if len(ours) != len(english):
                n, m = len(ours), len(english)
                self.report(keys, f"{key} has {n} items, English has {m} ({at})")
                return
            for index, (mine, theirs) in enumerate(zip(ours, english, strict=True)):
                self.same((*keys, index), mine, theirs)
            return
        self.report(keys, f"{key} is {_shown(ours)}, English has {_shown(english)} ({at})")

    def text(self, keys: Keys, ours: str, english: str, *, optional: bool = False) -> None:
        """A translated text: compared only in what translation must not change."""
        key = _key(keys)
        if optional and bool(ours) != bool(english):
            if english:
                self.report(keys, f"{key} missing ({self.english_place.at(keys)})")
            else:
                self.report(keys, f"{key} is not in English")
            return
        for difference in text_differences(ours, english, self.check.brand_names):
            said = f" ({self.english_place.at(keys)})" if difference.names_english else ""
            line = self.place.line_with(keys, difference.within, difference.occurrence)
            self.report(keys, f"{key}: {difference.message}{said}", line)


def _key(keys: Keys) -> str:
    """``duration.months``, ``brands[1]``: a field as the schema's messages name it."""
    said = ""
    for key in keys:
        said += f"[{key}]" if isinstance(key, int) else (f".{key}" if said else key)
    return said


def _shown(value: Any) -> str:
    """A value as a message quotes it, cut short as other content messages are."""
    if value is None:
        return "none"
    if isinstance(value, Brand):
        return f"{_shown(value.name)} ({value.source})"
    if isinstance(value, enum.Enum):
        return f"'{value.value}'"
    if isinstance(value, str):
        cut = value if len(value) <= MAX_MESSAGE else value[: MAX_MESSAGE - 1] + "…"
        return f"'{cut}'"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _document(pair: _Pair, ours: Document, english: Document) -> None:
    """The translation says which English it follows: of_updated is English's date."""
    translation, updated = ours.translation, english.updated.isoformat()
    if translation is None:
        wanted = f"translation: {{of_language: {ORIGINAL}, of_updated: {updated}}}"
        pair.report((), f"no translation entry; add {wanted}")
    else:
        if translation.of_language != ORIGINAL:
            said = f"'{translation.of_language}', should be '{ORIGINAL}'"
            pair.report(("translation", "of_language"), f"translation.of_language is {said}")
        if translation.of_updated != english.updated:
            at = pair.english_place.at(("updated",))
            said = f"{translation.of_updated.isoformat()}, English is of {updated} ({at})"
            pair.report(("translation", "of_updated"), f"translation.of_updated is {said}")
    pair.same(("source", "updated"), ours.source.updated, english.source.updated)
    pair.text(("title",), ours.title, english.title)
    pair.text(("disclaimer",), ours.disclaimer, english.disclaimer)
    pair.text(("introduction",), ours.introduction, english.introduction)
    pair.text(("source", "publisher"), ours.source.publisher, english.source.publisher)
    pair.text(("source", "title"), ours.source.title, english.source.title)
    pair.text(("source", "note"), ours.source.note, english.source.note, optional=True)


def _section(pair: _Pair, ours: Section, english: Section) -> None:
    pair.same(("parent",), ours.parent, english.parent)
    pair.same(("shows",), ours.shows, english.shows)
    pair.same(("citations",), ours.citations, english.citations)
    pair.same(("further_reading",), ours.further_reading, english.further_reading)
    pair.text(("title",), ours.title, english.title)
    pair.text(("summary",), ours.summary, english.summary, optional=True)
    pair.text(("body",), ours.body, english.body)


def _phase(pair: _Pair, ours: Phase, english: Phase) -> None:
    pair.same(("order",), ours.order, english.order)
    pair.same(("section",), ours.section, english.section)
    pair.same(("duration", "months"), ours.duration.months, english.duration.months)
    up_to = ("duration", "up_to_months")
    pair.same(up_to, ours.duration.up_to_months, english.duration.up_to_months)
    pair.same(("intensity",), ours.intensity, english.intensity)
    pair.same(("citations",), ours.citations, english.citations)
    pair.same(("agents",), ours.agents, english.agents)
    pair.same(("side_effects",), ours.side_effects, english.side_effects)
    pair.text(("name",), ours.name, english.name)
    pair.text(("duration", "text"), ours.duration.text, english.duration.text)
    pair.text(("intensity_text",), ours.intensity_text, english.intensity_text)
    pair.text(("aim",), ours.aim, english.aim)


def _agent(pair: _Pair, ours: Agent, english: Agent) -> None:
    pair.same(("kind",), ours.kind, english.kind)
    pair.same(("section",), ours.section, english.section)
    pair.same(("brands",), ours.brands, english.brands)
    pair.same(("citations",), ours.citations, english.citations)
    pair.text(("name",), ours.name, english.name)
    pair.text(("body",), ours.body, english.body)
    pair.text(("approved_for",), ours.approved_for, english.approved_for, optional=True)


def _side_effect(pair: _Pair, ours: SideEffect, english: SideEffect) -> None:
    pair.same(("treatments",), ours.treatments, english.treatments)
    pair.same(("citations",), ours.citations, english.citations)
    pair.text(("name",), ours.name, english.name)
    pair.text(("medical_name",), ours.medical_name, english.medical_name, optional=True)
    pair.text(("body",), ours.body, english.body)


def _glossary_term(pair: _Pair, ours: GlossaryTerm, english: GlossaryTerm) -> None:
    pair.same(("citations",), ours.citations, english.citations)
    pair.text(("term",), ours.term, english.term)
    pair.text(("definition",), ours.definition, english.definition)


def _reference(pair: _Pair, ours: Reference, english: Reference) -> None:
    pair.same(("label",), ours.label, english.label)
    pair.same(("origin",), ours.origin, english.origin)
    pair.same(("url",), ours.url, english.url)
    pair.same(("published",), ours.published, english.published)
    pair.same(("accessed",), ours.accessed, english.accessed)
    pair.text(("publisher",), ours.publisher, english.publisher)
    pair.text(("title",), ours.title, english.title)


def _timeline_track(pair: _Pair, ours: TimelineTrack, english: TimelineTrack) -> None:
    pair.same(("kind",), ours.kind, english.kind)
    pair.same(("sections",), ours.sections, english.sections)
    pair.same(("citations",), ours.citations, english.citations)
    pair.text(("name",), ours.name, english.name)
    pair.text(("when",), ours.when, english.when)


KINDS = (
    _Kind("sections", "section", _section),
    _Kind("phases", "phase", _phase),
    _Kind("timeline_tracks", "timeline track", _timeline_track),
    _Kind("agents", "agent", _agent),
    _Kind("side_effects", "side effect", _side_effect),
    _Kind("glossary", "glossary term", _glossary_term),
    _Kind("references", "reference", _reference),
)
