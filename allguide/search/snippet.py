"""A short extract around the first match, with the matched words marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from allguide.search.backends import Term
from allguide.search.text import WORD, fold_with_map

WIDTH = 150  # characters of context, about two lines of the results list


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class FoldedText:
    """A text and its folded form, so that a text searched again is not folded again."""

    text: str
    folded: str
    origin: list[int]  # for each folded character, the index of its original one

    @classmethod
    def of(cls, text: str) -> FoldedText:
        return cls(text, *fold_with_map(text))


def matches(text: str | FoldedText, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` a term matches, in original characters."""
    prepared = text if isinstance(text, FoldedText) else FoldedText.of(text)
    folded, origin = prepared.folded, prepared.origin
    spans = []
    for word in WORD.finditer(folded):
        token = word.group()
        for term in terms:
            if term.matches(token):
                start = origin[word.start()]
                end = origin[word.end() - 1] + 1
                if term.prefix and token != term.text:
                    end = origin[word.start() + len(term.text) - 1] + 1
                spans.append((start, end))
                break
    return spans


def make_snippet(body: FoldedText, names: FoldedText, terms: Sequence[Term]) -> Snippet:
    """From the body where it matches, else from the other names, else the body's start."""
    body_spans = matches(body, terms)
    if body_spans:
        return _window(body.text, body_spans)
    name_spans = matches(names, terms)
    if name_spans:
        return Snippet(names.text, tuple(name_spans))
    return _window(body.text, [])


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
