"""The two small additions content Markdown has: citations and page links.

``[^ref-1]`` cites a reference by id; ``[words](#page-id)`` links to another
page. Both are checked by validation and turned into ordinary Markdown links
before Qt renders the text.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterator

CITATION = re.compile(r"\[\^([a-z0-9-]+)\]")
PAGE_LINK = re.compile(r"\]\(#([a-z0-9-]+)\)")
_ANY_CITATION = re.compile(r"\[\^([^\]]*)\]")
_ANY_LINK = re.compile(r"\]\(([^)]*)\)")
# Anything an HTML parser could take for a tag, a comment, a declaration or a processing
# instruction: Qt's parser skips spaces after "<" (``< img``), so any "<" followed by
# optional space and a letter, "/", "!" or "?" counts.
_HTML = re.compile(r"<\s*[A-Za-z/!?][^>]*>?")
# An image, inline or reference style: ![words](address) or ![words][label] or ![label].
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?")
# A link reference definition: "[label]: address" at the start of a line (up to 3 spaces
# in), also inside block quotes and list items ("> [x]: a", "- [x]: a", "1. [x]: a"), and
# with escaped brackets in the label ("[a\]b]: a").
_LINK_DEFINITION = re.compile(
    r"^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*\[(?:\\.|[^\]\\])+\]:.*$", re.MULTILINE
)
PAGE_URL_PREFIX = "#"
WEB_SCHEME = "https://"
# Characters no address in our content has: they end or break Markdown around it.
_NOT_IN_URL = frozenset(' <>"\\`')


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a whole https address AllGuide can show as a link, or None."""
    if not url.startswith(WEB_SCHEME):
        return "must start with https://"
    if any(c in _NOT_IN_URL or c.isspace() or not c.isprintable() for c in url):
        return 'has a space, a control character or one of < > " \\ ` (not an address)'
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError as error:
        return f"is not an address: {error}"
    if not host:
        return "has no host name"
    return None


def cited_ids(markdown: str) -> Iterator[str]:
    """Reference ids cited in ``markdown``, in order, repeats included."""
    return (m.group(1) for m in CITATION.finditer(markdown))


def linked_ids(markdown: str) -> Iterator[str]:
    """Page ids linked from ``markdown``."""
    return (m.group(1) for m in PAGE_LINK.finditer(markdown))


def bad_markup(markdown: str) -> Iterator[tuple[str, str]]:
    """``(text, problem)`` for citations, links and HTML the reader could not show right.

    Images and link definitions are refused outright: content has no pictures, and
    an address may only appear where the validator sees it, inside ``(...)``.
    ``text`` is on one line, so that it can point at the line it is on.
    """
    images = [match.span() for match in _IMAGE.finditer(markdown)]
    for match in _IMAGE.finditer(markdown):
        image = " ".join(match.group().split())
        yield _first_line(match.group()), f"image '{image}': images are not allowed"
    for match in _LINK_DEFINITION.finditer(markdown):
        definition = match.group().strip()
        yield definition, f"'{definition}': link definitions are not allowed; use [words](address)"
    for match in _ANY_CITATION.finditer(markdown):
        if not CITATION.fullmatch(match.group()):
            yield match.group(), f"'{match.group()}' is not a citation: use [^ref-id] in lower case"
    for match in _ANY_LINK.finditer(markdown):
        if any(start <= match.start() < end for start, end in images):
            continue  # already refused as an image
        target = match.group(1)
        if PAGE_LINK.fullmatch(match.group()):
            continue
        if not target.startswith(WEB_SCHEME):
            yield (
                match.group(),
                f"link '({target})' must be (#page-id) or an https:// address",
            )
        elif (problem := url_problem(target)) is not None:
            yield match.group(), f"link '({target})' {problem}"
    for match in _HTML.finditer(markdown):
        yield match.group(), f"HTML '{match.group()}' is not allowed; use Markdown"


def is_inert_markdown(markdown: str) -> bool:
    """Whether ``markdown`` may go to a widget that renders Markdown with HTML (a QLabel's
    MarkdownText uses the GitHub dialect): it passed the validator's checks, and it holds
    no "<" (no HTML, comment or autolink at all) and no "![" (no image), whatever a
    parser might make of them. Anything else is shown as plain text."""
    return "<" not in markdown and "![" not in markdown and not any(bad_markup(markdown))


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def expand_citations(markdown: str, label_of: Callable[[str], str | None]) -> str:
    """Turn each ``[^id]`` into a link ``[[label]](#id)``; unknown ids are dropped."""

    def replace(match: re.Match[str]) -> str:
        label = label_of(match.group(1))
        return f"[[{label}]](#{match.group(1)})" if label is not None else ""

    return CITATION.sub(replace, markdown)
