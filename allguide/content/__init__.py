"""The content core: model, safe loading and validation. Never imports Qt.

Importing it loads no YAML or JSON Schema: the bundled content usually comes
precompiled (compiled.py), and the loader is imported by the first full load.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable

from allguide.content.bundled import available_languages, language_dir, load_bundled
from allguide.content.errors import ContentError
from allguide.content.model import Content
from allguide.content.result import LoadResult


def load_content(directory: Traversable, display_prefix: str | None = None) -> LoadResult:
    """Load and fully validate every YAML file in ``directory`` (loader.load_content);
    messages name files as ``prefix/name``."""
    from allguide.content.loader import load_content as load

    return load(directory, display_prefix)


__all__ = [
    "Content",
    "ContentError",
    "LoadResult",
    "available_languages",
    "language_dir",
    "load_bundled",
    "load_content",
]
