"""What search indexes: one document per page a result can open."""

from __future__ import annotations

from dataclasses import dataclass

from allguide.content.model import Content
from allguide.search.text import plain


class Kind:
    """Values of SearchDocument.kind (and of ``kind`` in ``allguide search --json``)."""

    SECTION = "section"
    AGENT = "agent"
    SIDE_EFFECT = "side-effect"
    GLOSSARY = "glossary"


@dataclass(frozen=True)
class SearchDocument:
    """Three fields, weighted in that order: title, other names, body.

    ``names`` are all searched; only ``shown_names`` (brands with their source,
    everyday words, aliases: names the page shows) may appear in a result's
    snippet. A search-only name (an agent's other_names) is never shown there.
    """

    id: str
    kind: str
    title: str
    names: tuple[str, ...]
    body: str
    shown_names: tuple[str, ...] = ()


def documents_from(content: Content) -> list[SearchDocument]:
    docs = [
        SearchDocument(s.id, Kind.SECTION, s.title, (), plain(f"{s.summary}\n\n{s.body}"))
        for s in content.sections
    ]
    docs += [
        SearchDocument(
            a.id,
            Kind.AGENT,
            a.name,
            (*a.brand_names, *a.other_names),
            plain(f"{a.body}\n\n{a.approved_for}"),
            shown_names=a.brand_names,
        )
        for a in content.agents
    ]
    for e in content.side_effects:
        names = (e.medical_name, *e.everyday_words) if e.medical_name else e.everyday_words
        docs.append(SearchDocument(e.id, Kind.SIDE_EFFECT, e.title, names, plain(e.body), names))
    docs += [
        SearchDocument(g.id, Kind.GLOSSARY, g.term, g.aliases, plain(g.definition), g.aliases)
        for g in content.glossary
    ]
    return docs
