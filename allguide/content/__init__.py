"""The content core: model, safe loading and validation. Never imports Qt."""

from allguide.content.bundled import available_languages, language_dir
from allguide.content.errors import ContentError
from allguide.content.loader import LoadResult, load_content
from allguide.content.model import Content


def load_bundled(language: str) -> LoadResult:
    """Load the content shipped with AllGuide for ``language``."""
    return load_content(language_dir(language), display_prefix=f"content/{language}")


__all__ = [
    "Content",
    "ContentError",
    "LoadResult",
    "available_languages",
    "language_dir",
    "load_bundled",
    "load_content",
]
