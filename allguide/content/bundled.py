"""Where the bundled resources are, installed, editable, frozen or from a checkout."""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

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


def schema_text() -> str:
    """The published JSON Schema that every content file must satisfy."""
    return (resources_root() / "schema" / "allguide-content.schema.json").read_text("utf-8")
