"""Composes the Markdown of each reader page from the content.

Content bodies are Markdown already; this adds the headings, the facts at a
glance, lists of what is inside a section, and the sources, all through
``tr()`` so that the words around the content are translated too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, QObject, Qt

from allguide.content.markup import expand_citations, linked_ids, url_problem
from allguide.content.model import (
    Agent,
    AgentKind,
    Content,
    GlossaryTerm,
    Reference,
    ReferenceOrigin,
    Section,
    SideEffect,
)
from allguide.content.terms import TermMarker
from allguide.languages import Language
from allguide.ui.dates import format_date
from allguide.ui.navigator import View
from allguide.ui.wording import fill, join_list


@dataclass(frozen=True)
class Page:
    """What the reader shows for one page id."""

    id: str
    title: str
    markdown: str
    tree_id: str  # the navigation row that stands for this page
    focus_text: str = ""  # text to select and scroll to, e.g. one reference
    # Every paragraph right to left (Arabic), even one that starts with a Latin name or a
    # reference's English title, which would otherwise be laid out left to right.
    right_to_left: bool = False


IN_ENGLISH = "in-english:"  # before a page id: that page in the English original


class PageBuilder(QObject):
    """Builds a Page for any id in the content.

    For a translation (``english`` gives the English content, loaded on first need),
    every page says it is one and links to ``IN_ENGLISH`` + its id: the same page in
    English, with the interface still in the family's language. A page the translation
    lacks is shown in English with a note, never as a blank.
    """

    def __init__(
        self,
        content: Content,
        locale: QLocale,
        parent: QObject | None = None,
        *,
        english: Callable[[], Content | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._locale = locale
        self._english = english
        self._english_pages: PageBuilder | None = None
        self._references_page = next(
            (s.id for s in content.sections if s.shows == "references"), ""
        )
        self._glossary_page = next((s.id for s in content.sections if s.shows == "glossary"), "")
        self._term_marker: TermMarker | None = None  # built with the first page

    def build(self, page_id: str) -> Page | None:
        """The page for ``page_id``, or None if the content (and English) has no such id."""
        return self._translated(page_id)

    @property
    def _right_to_left(self) -> bool:
        document = self._content.document
        language = Language.parse(document.language) if document is not None else None
        return language is not None and language.right_to_left

    def _translated(self, page_id: str) -> Page | None:
        translation = self._content.document.translation if self._content.document else None
        if translation is None or self._english is None:
            return self._page(page_id)
        if page_id.startswith(IN_ENGLISH):
            return self._in_english(page_id.removeprefix(IN_ENGLISH), shown_on_request=True)
        page = self._page(page_id)
        if page is None:
            return self._in_english(page_id, shown_on_request=False)
        note = fill(
            self.tr("This page is a translation of the English version of %1."),
            format_date(translation.of_updated, self._locale),
        )
        show = self.tr("Show in English")  # named first: lupdate misses tr() in f-strings
        link = f"[{_escape(show)}](#{IN_ENGLISH}{page_id})"
        return replace(page, markdown=f"{self._aside(note)} {link}\n\n{page.markdown}")

    def _in_english(self, page_id: str, *, shown_on_request: bool) -> Page | None:
        """``page_id`` from the English content, said to be in English, in this language."""
        if self._english_pages is None:
            english = self._english() if self._english is not None else None
            if english is None:
                return None
            # The interface's locale: its notes and labels are in the family's language.
            self._english_pages = PageBuilder(english, self._locale, self)
        page = self._english_pages.build(page_id)
        if page is None:
            return None
        if shown_on_request:
            note = self.tr("Shown in English, the version this page was translated from.")
            translation = self.tr("Show the translation")
            back = f" [{_escape(translation)}](#{page_id})"
        else:
            note = self.tr("This page has not been translated yet, so it is shown in English.")
            back = ""
        id_shown = IN_ENGLISH + page_id if shown_on_request else page_id
        markdown = f"{self._aside(note)}{back}\n\n{page.markdown}"
        return replace(page, id=id_shown, markdown=markdown)

    def _page(self, page_id: str) -> Page | None:
        """A page of this builder's own content, in its writing direction."""
        page = self._page_of(page_id)
        return replace(page, right_to_left=self._right_to_left) if page is not None else None

    def _page_of(self, page_id: str) -> Page | None:
        entity = self._content.get(page_id)
        if isinstance(entity, Section):
            return self._section(entity)
        if isinstance(entity, Agent):
            return self._agent(entity)
        if isinstance(entity, SideEffect):
            return self._side_effect(entity)
        if isinstance(entity, Reference) and self._references_page:
            page = self._page_of(self._references_page)
            assert page is not None
            return Page(page.id, page.title, page.markdown, page.tree_id, reference_key(entity))
        if isinstance(entity, GlossaryTerm) and self._glossary_page:
            page = self._page_of(self._glossary_page)
            assert page is not None
            return Page(page.id, page.title, page.markdown, page.tree_id, entity.term)
        return None

    def reference_tooltips(self) -> dict[str, str]:
        """What hovering a citation shows: the start of the reference's entry."""
        return {r.id: reference_key(r) + "." for r in self._content.references}

    def definition(self, term_id: str) -> Page | None:
        """What a marked word shows in place: the term, its plain definition with the
        source's citations, where the words come from, and a link to its full entry."""
        term = self._content.get(term_id)
        if not isinstance(term, GlossaryTerm):
            return None
        parts = [f"**{_escape(term.term)}**", self._markdown(term.definition)]
        source = self._content.document.source if self._content.document else None
        if source is not None:
            origin = fill(self.tr("From %1, “%2”."), source.publisher, source.title)
            parts.append(self._aside(origin))
        glossary = self._content.section(self._glossary_page)
        if glossary is not None:
            more = fill(self.tr("More in “%1”"), glossary.title)
            parts.append(f"[{_escape(more)}](#{term.id})")
        return Page(term.id, term.term, _join(parts), "", right_to_left=self._right_to_left)

    def missing(self, page_id: str) -> Page:
        """Shown instead of a page that is not in the content, rather than nothing at all."""
        title = self.tr("This page is not available")
        text = fill(
            self.tr(
                "The page “%1” could not be loaded. Its content file may be missing or have a "
                "mistake in it. Everything else in AllGuide still works."
            ),
            page_id,
        )
        home = self.tr("Go to the home page")
        link = f"[{_escape(home)}](#{View.HOME.page_id})"
        return Page(page_id, title, f"# {_escape(title)}\n\n{_escape(text)}\n\n{link}\n", "")

    # Pages -------------------------------------------------------------

    def _section(self, section: Section) -> Page:
        parts = [f"# {_escape(section.title)}"]
        phase = self._content.phase_for(section.id)
        if phase is not None:
            facts = [
                (self.tr("How long"), _escape(phase.duration.text)),
                (self.tr("How strong"), _escape(phase.intensity_text)),
            ]
            # Only what the content itself ties to the phase; the source ties none yet.
            facts.append((self.tr("Medicines in this phase"), self._links(phase.agents)))
            facts.append((self.tr("Side effects in this phase"), self._links(phase.side_effects)))
            parts.append(self._facts(facts))
        parts.append(self._body(section.id, section.body))
        parts.append(self._contents_of(section))
        if section.shows == "glossary":
            parts.append(self._glossary())
        if section.shows == "references":
            parts.append(self._references())
        parts.append(self._sources(section.citations))
        parts.append(self._further_reading(section.further_reading))
        return Page(section.id, section.title, _join(parts), section.id)

    def _agent(self, agent: Agent) -> Page:
        facts = [(self.tr("Kind of medicine"), _escape(self._kind_name(agent.kind)))]
        if agent.brands:
            facts.append((self.tr("Brand names"), self._brand_list(agent)))
        # other_names are search words only: a name worth telling is in the body, with its source.
        if agent.approved_for:
            facts.append((self.tr("Approved for"), _escape(agent.approved_for)))
        section = self._content.section(agent.section)
        if section is not None:
            facts.append((self.tr("Part of"), f"[{_escape(section.title)}](#{section.id})"))
        parts = [
            f"# {_escape(agent.name)}",
            self._facts(facts),
            self._body(agent.id, agent.body),
            self._sources(agent.citations),
        ]
        return Page(agent.id, agent.name, _join(parts), agent.id)

    def _side_effect(self, effect: SideEffect) -> Page:
        facts = []
        if effect.everyday_words:
            words = join_list(effect.everyday_words)
            facts.append((self.tr("Other words for it"), _escape(words)))
        treatments = [self._content.section(t) for t in effect.treatments]
        links = [f"[{_escape(s.title)}](#{s.id})" for s in treatments if s is not None]
        if links:
            facts.append((self.tr("Can come with"), join_list(links)))
        parts = [
            f"# {_escape(effect.title)}",
            self._facts(facts),
            self._body(effect.id, effect.body),
            self._sources(effect.citations),
        ]
        return Page(effect.id, effect.title, _join(parts), self._linking_section(effect.id))

    def _linking_section(self, page_id: str) -> str:
        """The first section that links to ``page_id``: where it lives in the tree."""
        return next((s.id for s in self._content.sections if page_id in linked_ids(s.body)), "")

    # Pieces ------------------------------------------------------------

    def _links(self, ids: tuple[str, ...]) -> str:
        """Links to the pages of ``ids`` that loaded, by their names."""
        links = []
        for page_id in ids:
            entity = self._content.get(page_id)
            name = getattr(entity, "title", None) or getattr(entity, "name", None)
            if name:
                links.append(f"[{_escape(str(name))}](#{page_id})")
        return join_list(links)

    def _aside(self, text: str) -> str:
        """``text`` set apart, as literal Markdown: italic, but bold in a right-to-left
        language, whose script has no italic (an oblique face without Arabic letters
        drew them unjoined)."""
        mark = "**" if self._locale.textDirection() == Qt.LayoutDirection.RightToLeft else "*"
        return f"{mark}{_escape(text)}{mark}"

    def _body(self, page_id: str, body: str) -> str:
        """A page's own words, with the first use of each glossary word marked so the
        reader can explain it in place. Not on "Words explained" itself, and not a word
        whose definition points to this very page: the page explains it already."""
        if page_id == self._glossary_page:
            return self._markdown(body)
        if self._term_marker is None:
            self._term_marker = TermMarker(self._content.glossary)
        explained_here = (
            t.id for t in self._content.glossary if page_id in linked_ids(t.definition)
        )
        return self._markdown(self._term_marker.mark(body.strip(), skip=explained_here))

    def _markdown(self, body: str) -> str:
        return expand_citations(body.strip(), self._label_of)

    def _label_of(self, reference_id: str) -> str | None:
        reference = self._content.reference(reference_id)
        return _escape(reference.label) if reference is not None else None

    def _citation_marks(self, ids: tuple[str, ...]) -> str:
        return "".join(f"[^{i}]" for i in ids)

    def _facts(self, facts: list[tuple[str, str]]) -> str:
        """A short 'at a glance' block: one bold label and its value per line."""
        # "%1:" is translated: French puts a space before the colon ("Durée :").
        colon = self.tr("%1:")
        lines = [
            f"**{fill(colon, _escape(label))}** {self._markdown(value)}"  # the template is ours
            for label, value in facts
            if value
        ]
        return "  \n".join(lines)

    def _contents_of(self, section: Section) -> str:
        entries = [
            (child.id, child.title, _escape(child.summary))
            for child in self._content.children(section.id)
        ]
        entries += [
            (agent.id, agent.name, self._brand_list(agent))
            for agent in self._content.agents_in(section.id)
        ]
        if not entries:
            return ""
        lines = []
        for page_id, title, tail in entries:
            lines.append(f"- [{_escape(title)}](#{page_id})" + (f": {tail}" if tail else ""))
        heading = self.tr("In this section")  # named first: lupdate misses tr() in f-strings
        return f"## {_escape(heading)}\n\n" + "\n".join(lines)

    def _brand_list(self, agent: Agent) -> str:
        """Each brand name with the marker of its own label source, as Markdown."""
        return join_list(
            _escape(brand.name) + self._markdown(f"[^{brand.source}]") for brand in agent.brands
        )

    def _sources(self, citations: tuple[str, ...]) -> str:
        if not citations:
            return ""
        label = self.tr("Sources:")
        return f"{self._aside(label)} " + self._markdown(self._citation_marks(citations))

    def _further_reading(self, references: tuple[str, ...]) -> str:
        if not references:
            return ""
        label = self.tr("More on this topic, from the source page’s references:")
        return f"{self._aside(label)} " + self._markdown(self._citation_marks(references))

    def _glossary(self) -> str:
        terms = sorted(self._content.glossary, key=lambda t: t.term.casefold())
        blocks = []
        for term in terms:
            block = f"### {_escape(term.term)}\n\n{self._markdown(term.definition)}"
            if term.aliases:
                also = fill(self.tr("Also called: %1"), join_list(term.aliases))
                block += f"\n\n{self._aside(also)}"
            blocks.append(block)
        return "\n\n".join(blocks)

    def _references(self) -> str:
        source = [r for r in self._content.references if r.origin is ReferenceOrigin.SOURCE]
        added = [r for r in self._content.references if r.origin is ReferenceOrigin.ADDED]
        from_source = self.tr("The source page’s references")
        parts = [f"## {_escape(from_source)}"]
        parts += [self._reference(r) for r in source]
        if added:
            added_heading = self.tr("Sources AllGuide added")
            parts.append(f"## {_escape(added_heading)}")
            parts += [self._reference(r) for r in added]
        return "\n\n".join(parts)

    def _reference(self, reference: Reference) -> str:
        dates = []
        if reference.published:
            published = format_date(reference.published, self._locale)
            dates.append(fill(self.tr("Published %1."), published))
        if reference.accessed:
            accessed = format_date(reference.accessed, self._locale)
            dates.append(fill(self.tr("Accessed %1."), accessed))
        return (
            f"**{_escape(reference.label)}.** {_escape(reference.publisher)}. "
            f"{self._aside(reference.title + '.')} {_escape(' '.join(dates))}  \n"
            f"{_address(reference.url)}"
        )

    def _kind_name(self, kind: AgentKind) -> str:
        names = {
            AgentKind.CHEMOTHERAPY: self.tr("Chemotherapy"),
            AgentKind.STEROID: self.tr("Steroid"),
            AgentKind.TYROSINE_KINASE_INHIBITOR: self.tr("Tyrosine kinase inhibitor (TKI)"),
            AgentKind.MENIN_INHIBITOR: self.tr("Menin inhibitor"),
            AgentKind.ANTIBODY: self.tr("Antibody (immunotherapy)"),
            AgentKind.CAR_T_CELL: self.tr("CAR T-cell therapy"),
        }
        return names[kind]


def reference_key(reference: Reference) -> str:
    """The text that starts a reference's entry, to find it on the page."""
    return f"{reference.label}. {reference.publisher}. {reference.title}"


_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
# Line breaks and runs of ASCII spaces become one space; a no-break space stays one (French
# writes "titre : sous-titre" with one, and a page must show the text it was given).
_BREAKING_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def _escape(text: str) -> str:
    """Content text as literal Markdown: every ASCII punctuation mark escaped, on one line.

    Markdown lets a backslash escape any of them, so no field can open a link,
    an image, emphasis or a heading, whatever it holds.
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", _BREAKING_SPACE.sub(" ", text).strip(" "))


def _address(url: str) -> str:
    """A reference's address: a link only when it is a whole https address, else inert text."""
    if url_problem(url) is None:
        return f"<{url}>"  # nothing in it can end the autolink: url_problem refused < > and spaces
    return _escape(url)


def _join(parts: list[str]) -> str:
    return "\n\n".join(part for part in parts if part) + "\n"
