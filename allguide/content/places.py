"""Where each item of a content folder is written, for messages that compare two folders.

The loader keeps such a map for its own messages but hands back only the model; the
translation check (parity.py) reads the files of both folders again for their lines.
Only ``allguide validate`` and ``compile-content`` do that, never the app's start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any

from allguide.content.folder import content_files, display_name
from allguide.content.yamlfile import Path, YamlDocument, YamlFileError, parse_yaml, read_limited

DOCUMENT = "document"


@dataclass(frozen=True)
class Place:
    """One item (or the 'document' entry) in one parsed file."""

    file_name: str  # the bare name, "sections.yaml": the same file in every language
    doc: YamlDocument
    path: Path

    @property
    def file(self) -> str:
        """The file as messages name it: ``content/es/sections.yaml``."""
        return self.doc.name

    def line(self, keys: Path = ()) -> int:
        """The line of ``keys`` within the item (the item's own line if it has none)."""
        return self.doc.line_of((*self.path, *keys))

    def line_with(self, keys: Path, needle: str, occurrence: int = 0) -> int:
        """The line of the value at ``keys`` that shows ``needle`` (Markdown spans lines)
        for the ``occurrence``-th time from 0, else the value's own line."""
        line = self.line(keys)
        if not needle:
            return line
        seen = 0
        for number in range(line, len(self.doc.source_lines) + 1):
            seen += self.doc.source_lines[number - 1].count(needle)
            if seen > occurrence:
                return number
        return line

    def at(self, keys: Path = ()) -> str:
        """``file:line`` of ``keys``, to name the English place in a message."""
        return f"{self.file}:{self.line(keys)}"


@dataclass
class FolderPlaces:
    """Every item of a folder by kind and id (the first, as the loader keeps the first)."""

    prefix: str
    items: dict[tuple[str, str], Place] = field(default_factory=dict)
    document: Place | None = None
    # The first file holding each kind, and the file's parsed form by bare name.
    kind_places: dict[str, Place] = field(default_factory=dict)
    docs: dict[str, YamlDocument] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Traversable, prefix: str) -> FolderPlaces:
        """The places of ``folder``'s files; one that cannot be read again is left out
        (the loader reports it)."""
        places = cls(prefix)
        try:
            entries = content_files(folder)
        except OSError:
            return places
        for entry in entries:
            name = display_name(prefix, entry.name)
            try:
                doc = parse_yaml(read_limited(entry, name), name)
            except (YamlFileError, OSError):
                continue
            places.add(entry.name, doc)
        return places

    def add(self, file_name: str, doc: YamlDocument) -> None:
        self.docs[file_name] = doc
        if not isinstance(doc.data, dict):
            return
        for kind, items in doc.data.items():
            if kind == DOCUMENT:
                if self.document is None:
                    self.document = Place(file_name, doc, (DOCUMENT,))
                continue
            self.kind_places.setdefault(kind, Place(file_name, doc, (kind,)))
            if isinstance(items, list):
                for index, item in enumerate(items):
                    item_id = _id_of(item)
                    if item_id is not None:
                        self.items.setdefault((kind, item_id), Place(file_name, doc, (kind, index)))

    def item(self, kind: str, item_id: str) -> Place | None:
        return self.items.get((kind, item_id))

    def where_kind_goes(self, kind: str, file_name: str) -> tuple[str, int | None]:
        """Where an item of ``kind`` missing here belongs: the file of that name in this
        folder (as messages name it), at its ``kind:`` line if it has one."""
        doc = self.docs.get(file_name)
        line = None
        if doc is not None and isinstance(doc.data, dict) and kind in doc.data:
            line = doc.line_of((kind,))
        return display_name(self.prefix, file_name), line


def _id_of(item: Any) -> str | None:
    found = item.get("id") if isinstance(item, dict) else None
    return found if isinstance(found, str) else None
