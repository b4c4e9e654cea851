"""What loading a language's content gives: the model, its problems and the files read.

Its own small module, so the app can name it without importing the loader (and with
it YAML and JSON Schema) when the bundled content comes precompiled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allguide.content.errors import ContentError
from allguide.content.model import Content


@dataclass
class LoadResult:
    """What loaded, what went wrong, and which files were read."""

    content: Content
    errors: list[ContentError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors
