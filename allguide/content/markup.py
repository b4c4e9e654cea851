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
_ANY_CITATION = re.compile(r"\[\^([^\]]*)\]")
_ANY_LINK = re.compile(r"\]\(([^)]*)\)")
_HTML = re.compile(r"</?[A-Za-z][^>]*>")
PAGE_URL_PREFIX = "#"


def cited_ids(markdown: str) -> Iterator[str]:
    """Reference ids cited in ``markdown``, in order, repeats included."""
    return (m.group(1) for m in CITATION.finditer(markdown))


def linked_ids(markdown: str) -> Iterator[str]:
    """Page ids linked from ``markdown``."""
    return (m.group(1) for m in PAGE_LINK.finditer(markdown))


def bad_markup(markdown: str) -> Iterator[tuple[str, str]]:
    """``(text, problem)`` for citations, links and HTML the reader could not show right."""
    for match in _ANY_CITATION.finditer(markdown):
        if not CITATION.fullmatch(match.group()):
            yield match.group(), f"'{match.group()}' is not a citation: use [^ref-id] in lower case"
    for match in _ANY_LINK.finditer(markdown):
        target = match.group(1)
        if not (PAGE_LINK.fullmatch(match.group()) or target.startswith("https://")):
            yield (
                match.group(),
                f"link '({target})' must be (#page-id) or an https:// address",
            )
    for match in _HTML.finditer(markdown):
        yield match.group(), f"HTML '{match.group()}' is not allowed; use Markdown"


def expand_citations(markdown: str, label_of: Callable[[str], str | None]) -> str:
    """Turn each ``[^id]`` into a link ``[[label]](#id)``; unknown ids are dropped."""

    def replace(match: re.Match[str]) -> str:
        label = label_of(match.group(1))
        return f"[[{label}]](#{match.group(1)})" if label is not None else ""

    return CITATION.sub(replace, markdown)
