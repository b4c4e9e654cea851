"""Where the bundled resources are (installed, editable, frozen or from a checkout),
and loading the bundled content: compiled when it can be, validated in full when not."""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

from allguide.content.compiled import (
    COMPILED_FILE,
    fingerprint,
    load_compiled,
    read_compiled_search_words,
    sha256_of,
)
from allguide.content.folder import content_files
from allguide.content.model import SearchWords
from allguide.content.result import LoadResult

DEFAULT_LANGUAGE = "en"


def resources_root() -> Traversable:
    """The ``resources/`` tree, as importlib.resources sees it."""
    try:
        return importlib.resources.files("allguide.resources")
    except ModuleNotFoundError:  # a bare checkout that was never installed
        return Path(__file__).resolve().parents[2] / "resources"


def content_root() -> Traversable:
    return resources_root() / "content"


def language_dir(language: str) -> Traversable:
    return content_root() / language


def available_languages() -> list[str]:
    """Languages with bundled content, English first."""
    found = sorted(
        entry.name
        for entry in content_root().iterdir()
        if entry.is_dir() and not entry.name.startswith(("_", "."))
    )
    return sorted(found, key=lambda lang: lang != DEFAULT_LANGUAGE)


def schema_file() -> Traversable:
    """The published JSON Schema that every content file must satisfy."""
    return resources_root() / "schema" / "allguide-content.schema.json"


def schema_text() -> str:
    return schema_file().read_text("utf-8")


def load_bundled(language: str, *, full_validation: bool = False) -> LoadResult:
    """The content shipped with AllGuide for ``language``.

    Read from its compiled form (compiled.py: no YAML or JSON Schema imported) when that
    is there and matches the content files; otherwise, or with ``full_validation``
    (``allguide validate``), every file is parsed and validated, as for ``--content DIR``.
    """
    folder = language_dir(language)
    prefix = f"content/{language}"
    result = load_compiled(folder, schema_file(), prefix) if not full_validation else None
    if result is None:
        from allguide.content.loader import load_content  # YAML and JSON Schema: only now

        result = load_content(folder, display_prefix=prefix)
    _search_words[language] = result.content.search_words
    return result


# Each bundled language's search words, as last loaded: what bundled_search_words answers
# without reading the language again (the app has loaded its language at start).
_search_words: dict[str, SearchWords] = {}


def bundled_search_words(language: str) -> SearchWords:
    """A bundled language's search words (search-words.yaml) alone, for a caller with no
    content at hand: decoded from compiled.json when that is current (its search words
    only, about 2 ms), else taken from a full load (which logs why); at once if the
    language was loaded already."""
    known = _search_words.get(language)
    if known is not None:
        return known
    folder = language_dir(language)
    try:
        text = (folder / COMPILED_FILE).read_text("utf-8")
        files = fingerprint(content_files(folder))
        return read_compiled_search_words(text, files, sha256_of(schema_file()))
    except Exception:  # missing, stale or damaged: the full load says why
        return load_bundled(language).content.search_words
