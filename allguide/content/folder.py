"""Which files of a content folder are content: one rule for the loader and the compiled form."""

from __future__ import annotations

from importlib.resources.abc import Traversable

CONTENT_SUFFIXES = (".yaml", ".yml")


def content_files(directory: Traversable) -> list[Traversable]:
    """The folder's content files, sorted by name (the order they are loaded in).

    OSError (a missing or unreadable folder) is the caller's to report.
    """
    return sorted(
        (e for e in directory.iterdir() if e.is_file() and e.name.endswith(CONTENT_SUFFIXES)),
        key=lambda e: e.name,
    )


def display_name(prefix: str, file_name: str) -> str:
    """How messages and LoadResult.files name a file: ``content/en/agents.yaml``."""
    return f"{prefix.rstrip('/')}/{file_name}" if prefix else file_name
