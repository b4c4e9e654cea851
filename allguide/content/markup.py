"""The two small additions content Markdown has: citations and page links.

``[^ref-1]`` cites a reference by id; ``[words](#page-id)`` links to another
page. Both are checked by validation and turned into ordinary Markdown links
before Qt renders the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

CITATION = re.compile(r"\[\^([a-z0-9-]+)\]")
PAGE_LINK = re.compile(r"\]\(#([a-z0-9-]+)\)")
PAGE_URL_PREFIX = "#"


def cited_ids(markdown: str) -> Iterator[str]:
    """Reference ids cited in ``markdown``, in order, repeats included."""
    return (m.group(1) for m in CITATION.finditer(markdown))


def linked_ids(markdown: str) -> Iterator[str]:
    """Page ids linked from ``markdown``."""
    return (m.group(1) for m in PAGE_LINK.finditer(markdown))


def expand_citations(markdown: str, label_of: Callable[[str], str | None]) -> str:
    """Turn each ``[^id]`` into a link ``[[label]](#id)``; unknown ids are dropped."""

    def replace(match: re.Match[str]) -> str:
        label = label_of(match.group(1))
        return f"[[{label}]](#{match.group(1)})" if label is not None else ""

    return CITATION.sub(replace, markdown)


def line_offset(markdown: str, needle: str) -> int:
    """How many lines into ``markdown`` ``needle`` first appears (0 if absent)."""
    index = markdown.find(needle)
    return markdown.count("\n", 0, index) if index > 0 else 0
