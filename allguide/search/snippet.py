"""A short extract around the first match, with the matched words marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from allguide.search.backends import Term
from allguide.search.documents import SearchDocument
from allguide.search.text import WORD, fold_with_map

WIDTH = 150  # characters of context, about two lines of the results list


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]


def matches(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` a term matches, in original characters."""
    folded, origin = fold_with_map(text)
    spans = []
    for word in WORD.finditer(folded):
        for term in terms:
            token = word.group()
            if token == term.text or (term.prefix and token.startswith(term.text)):
                start = origin[word.start()]
                end = origin[word.end() - 1] + 1
                if term.prefix and token != term.text:
                    end = origin[word.start() + len(term.text) - 1] + 1
                spans.append((start, end))
                break
    return spans


def make_snippet(document: SearchDocument, terms: Sequence[Term]) -> Snippet:
    """From the body where it matches, else from the other names, else the body's start."""
    body_spans = matches(document.body, terms)
    if body_spans:
        return _window(document.body, body_spans)
    names = ", ".join(document.names)
    name_spans = matches(names, terms)
    if name_spans:
        return Snippet(names, tuple(name_spans))
    return _window(document.body, [])


def _window(text: str, spans: list[tuple[int, int]]) -> Snippet:
    first = spans[0][0] if spans else 0
    start = max(0, first - WIDTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + WIDTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    kept = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return Snippet(prefix + text[start:end] + suffix, kept)
