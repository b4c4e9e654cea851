"""Loading a language's content directory into the model, keeping all that is sound.

A broken file costs only itself; a broken item costs only itself. Every
problem comes back as a ContentError with file and line, never as an
exception, so the app can open with everything that did load.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from importlib.resources.abc import Traversable
from typing import Any

from allguide.content.crossrefs import Locations, check_cross_references, synonym_key
from allguide.content.errors import ContentError
from allguide.content.folder import CONTENT_SUFFIXES as CONTENT_SUFFIXES  # its old home
from allguide.content.folder import content_files, display_name
from allguide.content.model import (
    MAX_PARENT_DEPTH,
    Agent,
    AgentKind,
    Brand,
    Content,
    Document,
    Duration,
    GlossaryTerm,
    Intensity,
    Phase,
    Reference,
    ReferenceOrigin,
    SearchWords,
    Section,
    SideEffect,
    SourceAttribution,
    Synonym,
    TimelineTrack,
    TrackKind,
    Translation,
    WordEndings,
)
from allguide.content.result import LoadResult as LoadResult  # its old home
from allguide.content.schema import check_schema, where
from allguide.content.yamlfile import (
    MAX_MESSAGE,
    YamlDocument,
    YamlFileError,
    parse_yaml,
    read_limited,
)

DATE_KEYS = frozenset({"updated", "published", "accessed", "of_updated"})
# An id as a file that cannot be parsed still shows it: "- id: chemotherapy", "{id: x,".
_RAW_ID = re.compile(r"""(?<![\w-])id:\s*["']?([a-z0-9][a-z0-9-]*)["']?\s*(?:[,}#]|$)""")
RAW_SCAN_BYTES = 8 * 1024 * 1024  # how much of a refused file is scanned for its ids
DOCUMENT_KEY = "\0document"  # stands for the 'document' entry where ids are tracked


def load_content(directory: Traversable, display_prefix: str | None = None) -> LoadResult:
    """Load every YAML file in ``directory``; messages name files as ``prefix/name``."""
    prefix = display_prefix if display_prefix is not None else str(directory)
    errors: list[ContentError] = []
    files: list[str] = []
    builder = _Builder()
    try:
        entries = content_files(directory)
    except (FileNotFoundError, NotADirectoryError):
        entries = []
        errors.append(ContentError(prefix, None, "content folder not found"))
    except OSError as exc:  # there but unreadable (permissions, a broken disk)
        entries = []
        errors.append(ContentError(prefix, None, f"cannot be read: {exc.strerror or exc}"))
    for entry in entries:
        name = display_name(prefix, entry.name)
        files.append(name)
        text: str | None = None
        try:
            text = read_limited(entry, name)
            doc = parse_yaml(text, name)
        except YamlFileError as exc:
            errors.append(exc.error)
            builder.lose(raw_ids((text if text is not None else _raw_text(entry)).splitlines()))
            continue
        except OSError as exc:  # nothing to read: links to its ids are reported, not hidden
            errors.append(ContentError(name, None, f"cannot be read: {exc.strerror or exc}"))
            continue
        report = check_schema(doc)
        errors.extend(report.errors)
        builder.add_file(doc, report.is_spoiled)
    errors.extend(builder.errors)
    content = builder.content()
    if not entries and not errors:
        errors.append(ContentError(prefix, None, "no content files (*.yaml) in this folder"))
    elif entries and content.document is None and not builder.may_be_lost(DOCUMENT_KEY):
        errors.append(ContentError(prefix, None, "no file has the 'document' entry"))
    errors.extend(check_cross_references(content, builder.locations, builder.may_be_lost))
    for section_id in content.nested_too_deep():
        message = (
            f"{section_id}: more than {MAX_PARENT_DEPTH} levels of parent pages; "
            "shown at the top level"
        )
        errors.append(builder.locations.error(section_id, "parent", message))
    return LoadResult(content, errors, files)


def raw_ids(lines: Iterable[str]) -> set[str]:
    """The ids a file defines, read from its raw lines when it cannot be parsed.

    A 'document' entry counts as the id DOCUMENT_KEY.
    """
    found: set[str] = set()
    for line in lines:
        found.update(match.group(1) for match in _RAW_ID.finditer(line))
        if line.startswith("document:"):
            found.add(DOCUMENT_KEY)
    return found


def _raw_text(entry: Traversable) -> str:
    """As much of a refused file as is safe to scan, however it is encoded."""
    try:
        with entry.open("rb") as stream:
            return stream.read(RAW_SCAN_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _strings(item: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(item.get(key, ()))


def _section(item: dict[str, Any]) -> Section:
    return Section(
        id=item["id"],
        title=item["title"],
        body=item["body"],
        summary=item.get("summary", ""),
        parent=item.get("parent"),
        citations=_strings(item, "citations"),
        further_reading=_strings(item, "further_reading"),
        shows=item.get("shows", ""),
    )


def _phase(item: dict[str, Any]) -> Phase:
    duration = item["duration"]
    return Phase(
        id=item["id"],
        name=item["name"],
        order=item["order"],
        section=item["section"],
        duration=Duration(
            text=duration["text"],
            months=tuple(duration.get("months", ())),
            up_to_months=duration.get("up_to_months"),
        ),
        intensity=Intensity(item["intensity"]),
        intensity_text=item["intensity_text"],
        aim=item["aim"],
        citations=_strings(item, "citations"),
        agents=_strings(item, "agents"),
        side_effects=_strings(item, "side_effects"),
    )


def _agent(item: dict[str, Any]) -> Agent:
    return Agent(
        id=item["id"],
        name=item["name"],
        kind=AgentKind(item["kind"]),
        section=item["section"],
        body=item["body"],
        brands=tuple(Brand(b["name"], b["source"]) for b in item.get("brands", ())),
        other_names=_strings(item, "other_names"),
        approved_for=item.get("approved_for", ""),
        citations=_strings(item, "citations"),
    )


def _side_effect(item: dict[str, Any]) -> SideEffect:
    return SideEffect(
        id=item["id"],
        name=item["name"],
        treatments=_strings(item, "treatments"),
        body=item["body"],
        medical_name=item.get("medical_name", ""),
        everyday_words=_strings(item, "everyday_words"),
        citations=_strings(item, "citations"),
    )


def _glossary_term(item: dict[str, Any]) -> GlossaryTerm:
    return GlossaryTerm(
        id=item["id"],
        term=item["term"],
        definition=item["definition"],
        aliases=_strings(item, "aliases"),
        citations=_strings(item, "citations"),
    )


def _reference(item: dict[str, Any]) -> Reference:
    published = item.get("published")
    accessed = item.get("accessed")
    return Reference(
        id=item["id"],
        label=item["label"],
        origin=ReferenceOrigin(item["origin"]),
        publisher=item["publisher"],
        title=item["title"],
        url=item["url"],
        accessed=_date(accessed) if accessed else None,
        published=_date(published) if published else None,
    )


def _document(item: dict[str, Any]) -> Document:
    source = item["source"]
    translation = item.get("translation")
    return Document(
        language=item["language"],
        title=item["title"],
        updated=_date(item["updated"]),
        source=SourceAttribution(
            publisher=source["publisher"],
            title=source["title"],
            updated=_date(source["updated"]),
            note=source.get("note", ""),
        ),
        disclaimer=item["disclaimer"],
        introduction=item["introduction"],
        translation=(
            Translation(translation["of_language"], _date(translation["of_updated"]))
            if translation
            else None
        ),
    )


def _timeline_track(item: dict[str, Any]) -> TimelineTrack:
    return TimelineTrack(
        id=item["id"],
        name=item["name"],
        kind=TrackKind(item["kind"]),
        when=item["when"],
        sections=_strings(item, "sections"),
        citations=_strings(item, "citations"),
    )


def _synonym(item: dict[str, Any]) -> Synonym:
    return Synonym(
        words=_strings(item, "words"),
        means=_strings(item, "means"),
        finds=_strings(item, "finds"),
    )


def _word_lists(item: dict[str, Any], kind: type[Any]) -> dict[str, Any]:
    """A mapping's lists as tuples (pairs as tuples of two), its true/false values kept."""
    values: dict[str, Any] = {}
    for key, value in item.items():
        if key not in kind.__dataclass_fields__:
            raise KeyError(key)
        if isinstance(value, list):
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        values[key] = value
    return values


def _search_words(item: dict[str, Any]) -> SearchWords:
    values = _word_lists({k: v for k, v in item.items() if k != "endings"}, SearchWords)
    endings = WordEndings(**_word_lists(item.get("endings", {}), WordEndings))
    return SearchWords(**values, endings=endings)


# What building an entity from a schema-checked item could still raise if the schema
# and the builders ever disagree: reported at the item, never a traceback.
_BUILD_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)

# Top-level entries that are one mapping, not a list: at most one per language.
_SINGLE = frozenset({"document", "search_words"})

_BUILDERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "sections": _section,
    "phases": _phase,
    "agents": _agent,
    "side_effects": _side_effect,
    "glossary": _glossary_term,
    "references": _reference,
    "synonyms": _synonym,
    "timeline_tracks": _timeline_track,
}


class _Builder:
    """Collects entities from many files, remembering where each came from."""

    def __init__(self) -> None:
        self.groups: dict[str, list[Any]] = {kind: [] for kind in _BUILDERS}
        self.document: Document | None = None
        self.search_words: SearchWords | None = None
        self.locations = Locations()
        self.errors: list[ContentError] = []
        self.lost_ids: set[str] = set()

    def may_be_lost(self, entity_id: str) -> bool:
        """True if ``entity_id`` may be missing only because of an error already reported.

        Cross-references to it are then not reported again: one mistake, one message.
        Only the ids that a reported mistake cost are excused, so one broken file
        hides no mistake of another.
        """
        return entity_id in self.lost_ids

    def lose(self, entity_ids: Iterable[str]) -> None:
        """Excuse links to ``entity_ids``: an error already reported cost them."""
        self.lost_ids.update(entity_ids)

    def add_file(self, doc: YamlDocument, spoiled: Callable[[tuple[Any, ...]], bool]) -> None:
        if not isinstance(doc.data, dict) or spoiled(()):
            self.lose(raw_ids(doc.source_lines))
            return
        for key, value in doc.data.items():  # unknown top-level keys: already reported
            if key not in _SINGLE and key not in _BUILDERS:
                self._lose_group(doc, value)
        if "document" in doc.data:
            if spoiled(("document",)):
                self.lose([DOCUMENT_KEY])
            else:
                self._add_document(doc)
        if "search_words" in doc.data and not spoiled(("search_words",)):
            self._add_search_words(doc)
        for kind, build in _BUILDERS.items():
            items = doc.data.get(kind)
            if items is None:
                continue
            if not isinstance(items, list) or spoiled((kind,)):
                self._lose_group(doc, items)
                continue
            for index, item in enumerate(items):
                path = (kind, index)
                if spoiled(path) or not self._dates_are_real(doc, path, item):
                    self._lose(item)
                    continue
                try:
                    entity = build(item)
                except _BUILD_ERRORS as exc:  # the schema should have caught it: say where
                    self._cannot_use(doc, path, exc)
                    self._lose(item)
                    continue
                entity_id = getattr(entity, "id", None)  # synonyms have none
                if entity_id is not None:
                    first = self.locations.find(entity_id)
                    if first is not None:
                        self.errors.append(
                            ContentError(
                                doc.name,
                                doc.line_of((*path, "id")),
                                f"duplicate id '{entity_id}' (first used at {first}); ignored",
                            )
                        )
                        continue
                    self.locations.remember(entity_id, doc, path)
                else:  # a synonym, remembered by its place, for errors in its `finds`
                    self.locations.remember(synonym_key(len(self.groups[kind])), doc, path)
                self.groups[kind].append(entity)

    def _dates_are_real(self, doc: YamlDocument, path: tuple[Any, ...], value: Any) -> bool:
        """2025-02-30 passes the schema's pattern but not the calendar: say which key."""
        if isinstance(value, dict):
            results = [self._dates_are_real(doc, (*path, k), v) for k, v in value.items()]
            return all(results)
        if path and path[-1] in DATE_KEYS and isinstance(value, str):
            try:
                dt.date.fromisoformat(value)
            except ValueError as exc:
                self.errors.append(
                    ContentError(
                        doc.name,
                        doc.line_of(path),
                        f"{where(path)}: '{value}' is not a date: {exc}",
                    )
                )
                return False
        return True

    def _lose(self, item: object) -> None:
        """An item with no id costs no id: nothing could link to it."""
        entity_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(entity_id, str):
            self.lost_ids.add(entity_id)

    def _lose_group(self, doc: YamlDocument, value: object) -> None:
        """A whole group lost: its items' ids, or the raw ids of the file if it is no list."""
        if isinstance(value, list):
            for item in value:
                self._lose(item)
        else:
            self.lose(raw_ids(doc.source_lines))

    def _add_document(self, doc: YamlDocument) -> None:
        line = doc.line_of(("document",))
        if self.document is not None:
            self.errors.append(ContentError(doc.name, line, "a second 'document' entry; ignored"))
            return
        if not self._dates_are_real(doc, ("document",), doc.data["document"]):
            self.lose([DOCUMENT_KEY])
            return
        try:
            self.document = _document(doc.data["document"])
        except _BUILD_ERRORS as exc:
            self._cannot_use(doc, ("document",), exc)
            self.lose([DOCUMENT_KEY])
            return
        self.locations.remember(DOCUMENT_KEY, doc, ("document",))

    def _add_search_words(self, doc: YamlDocument) -> None:
        line = doc.line_of(("search_words",))
        if self.search_words is not None:
            message = "a second 'search_words' entry; ignored"
            self.errors.append(ContentError(doc.name, line, message))
            return
        try:
            self.search_words = _search_words(doc.data["search_words"])
        except _BUILD_ERRORS as exc:
            self._cannot_use(doc, ("search_words",), exc)

    def _cannot_use(self, doc: YamlDocument, path: tuple[Any, ...], exc: Exception) -> None:
        detail = f"{type(exc).__name__}: {exc}"[:MAX_MESSAGE]
        message = f"{where(path)}: cannot be used ({detail})"
        self.errors.append(ContentError(doc.name, doc.line_of(path), message))

    def content(self) -> Content:
        return Content(
            document=self.document,
            **{kind: tuple(items) for kind, items in self.groups.items()},
            search_words=self.search_words or SearchWords(),
        )
