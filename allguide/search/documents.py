"""What search indexes: one document per page a result can open."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from allguide.content.model import Content
from allguide.search.text import fold, plain


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


def documents_from(
    content: Content, original_names: Mapping[str, Sequence[str]] = MappingProxyType({})
) -> list[SearchDocument]:
    """One document per page; ``original_names``: more search-only names of a page (a
    translated medicine's name in the language it was translated from)."""
    docs = [
        SearchDocument(s.id, Kind.SECTION, s.title, (), plain(f"{s.summary}\n\n{s.body}"))
        for s in content.sections
    ]
    docs += [
        SearchDocument(
            a.id,
            Kind.AGENT,
            a.name,
            (*a.brand_names, *a.other_names, *original_names.get(a.id, ())),
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


def original_names(
    content: Content, original: Callable[[str], Content | None]
) -> dict[str, tuple[str, ...]]:
    """For a translation, each medicine's name in the language it was translated from,
    where it is written otherwise ("methotrexate" for Spanish "metotrexato"): a family
    may type the English name of a medicine, whatever the language of the app.

    ``original``: the content of a language, by its id (loaded only for a translation).
    Brand names are the same in every language, and so are other names (parity.py).
    """
    translation = content.document.translation if content.document else None
    if translation is None or not content.agents:
        return {}
    source = original(translation.of_language)
    if source is None:
        return {}
    names = {agent.id: agent.name for agent in source.agents}
    found: dict[str, tuple[str, ...]] = {}
    for agent in content.agents:
        name = names.get(agent.id)
        if name is not None and fold(name) not in {
            fold(n) for n in (agent.name, *agent.other_names)
        }:
            found[agent.id] = (name,)
    return found
