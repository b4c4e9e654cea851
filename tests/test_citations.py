"""Every citation marker sits where the source attaches that reference, and nowhere else.

A marker claims that the cited reference supports the words it follows
(docs/content.md, "Citations"). The source page attaches only its references
1 to 4, each to a few passages; the tables below say which, and every numbered
marker in the content must be one of them. A marker on a heading covers the
statements under it, and one at the end of a list each item of the list
(docs/content.md, "How far a marker reaches"): so reference 3 follows each side
effect of chemotherapy and CAR T-cell therapy, and reference 1 each common
medicine. Letters (sources AllGuide added)
may follow only the names AllGuide added: brand names and other names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from allguide.content import LoadResult
from allguide.content.model import Agent, Content, Reference, ReferenceOrigin
from allguide.ui.reader.page_builder import PageBuilder
from tests.conftest import line_of

Load = Callable[[], LoadResult]
Edit = Callable[[str, str, str], Path]  # the conftest fixture: one exact replacement

# The source's passages that carry a reference marker, in the source's words.
PASSAGES: dict[str, tuple[str, str]] = {
    "chemotherapy": (
        "ref-1",
        "Chemotherapy is the most common form of treatment [...] such as your age and "
        "fitness levels.1",
    ),
    "consolidation": ("ref-1", "May last 1 or 2 months. The consolidation phase [...] tests.1"),
    "maintenance": ("ref-1", "Maintenance is a less intense treatment phase [...] activities.1"),
    "common-agents": (
        "ref-1",
        "Common chemotherapy agents used include: Asparaginase [...] Steroids such as "
        "dexamethasone, prednisolone, and hydrocortisone taken before or alongside chemotherapy1",
    ),
    "induction": ("ref-2", "May last 1 or 2 months. The aim of the induction phase [...] body.2"),
    "tyrosine-kinase-inhibitors": (
        "ref-3",
        "Leukemia cells with this change are sensitive to treatment by tyrosine kinase "
        "inhibitors such as3: Imatinib, Dasatinib, Ponatinib, Nilotinib, Bosutinib",
    ),
    "two-main-immunotherapy-agents": (
        "ref-3",
        "The two main immunotherapeutic agents you may be treated with are3: Blinatumomab, "
        "Inotuzumab ozogamicin3",
    ),
    "side-effects": (
        "ref-3",
        "Side effects3 (the heading: the introduction, the chemotherapy list, the CAR "
        "T-cell therapy list and its signs)",
    ),
    "immunotherapy": ("ref-4", "Immunotherapy can be considered [...] kill leukemia cells.4"),
    "tisagenlecleucel": (
        "ref-4",
        "Tisagenlecleucel is a CAR T-cell product that can be used to treat acute lymphoblastic "
        "leukemia,4 (not the approval that follows the marker)",
    ),
    "immunotherapy-side-effects": (
        "ref-4",
        "Immunotherapy may increase the risk of infection along with: Headaches [...] Feeling "
        "and being sick4",
    ),
}

CHEMOTHERAPY_AGENTS = [
    "asparaginase", "vincristine", "cyclophosphamide", "cytarabine", "doxorubicin", "methotrexate",
]  # fmt: skip
STEROIDS = ["dexamethasone", "prednisolone", "hydrocortisone"]
TKIS = ["imatinib", "dasatinib", "ponatinib", "nilotinib", "bosutinib"]
CHEMOTHERAPY_SIDE_EFFECTS = [
    "nausea-and-vomiting", "loss-of-appetite", "fatigue", "mouth-ulcers", "diarrhoea",
    "hair-loss", "infertility", "skin-rashes",
]  # fmt: skip
IMMUNOTHERAPY_SIDE_EFFECTS = {
    "infection": "Immunotherapy may increase the risk of infection",
    "headache": "Immunotherapy may cause headaches",
    "fever": "Immunotherapy may cause a fever",
    "muscle-aches": "Immunotherapy may cause aching muscles",
    "dizziness": "Immunotherapy may make you feel dizzy",
    "bleeding": "Immunotherapy may cause bleeding",
    "nausea-and-vomiting": "Immunotherapy may also make you feel sick or be sick",
}
CAR_T_SIGNS = {
    "nausea-and-vomiting": "can be signs of [cytokine release syndrome]",
    "diarrhoea": "can be a sign of [cytokine release syndrome]",
    "fever": "can be a sign of [cytokine release syndrome]",
    "muscle-aches": "can be a sign of [cytokine release syndrome]",
    "dizziness": "can be a sign of [cytokine release syndrome]",
    "headache": "can be a sign of [nervous system problems]",
}

# Every numbered marker in the content: (item id, words of the sentence it follows, passage).
ATTACHED: list[tuple[str, str, str]] = [
    ("chemotherapy", "Chemotherapy is the most common treatment for acute", "chemotherapy"),
    ("chemotherapy", "such as your age and how fit you are", "chemotherapy"),
    ("chemotherapy-phases", "May last 1 or 2 months", "induction"),  # 1. Induction
    ("chemotherapy-phases", "May last 1 or 2 months", "consolidation"),  # 2. Consolidation
    ("chemotherapy-phases", "Can last up to 2 years", "maintenance"),  # 3. Maintenance
    ("phase-induction", "It may last 1 or 2 months", "induction"),
    ("phase-induction", "This is called **complete remission**", "induction"),
    ("phase-induction", "the normal blood cells in the bone marrow can grow back", "induction"),
    ("phase-induction", "or in other parts of the body", "induction"),
    ("phase-consolidation", "It may last 1 or 2 months", "consolidation"),
    ("phase-consolidation", "stop the leukaemia from coming back", "consolidation"),
    ("phase-consolidation", "they do not show up on tests", "consolidation"),
    ("phase-maintenance", "It can last up to 2 years", "maintenance"),
    ("phase-maintenance", "escaped the earlier rounds of treatment", "maintenance"),
    ("phase-maintenance", "get back to normal activities", "maintenance"),
    ("chemotherapy-medicines", "used for ALL include the ones listed below", "common-agents"),
    ("chemotherapy-medicines", "taken before or alongside chemotherapy", "common-agents"),
    # The marker at the end of the list covers each item of the list.
    *[(a, "is one of the chemotherapy medicines commonly used", "common-agents")
      for a in CHEMOTHERAPY_AGENTS],
    *[(a, "are taken before or alongside chemotherapy", "common-agents") for a in STEROIDS],
    ("philadelphia-chromosome", "**tyrosine kinase inhibitors** (TKIs), such as these:",
     "tyrosine-kinase-inhibitors"),
    *[(a, "have the Philadelphia chromosome (BCR::ABL1)", "tyrosine-kinase-inhibitors")
      for a in TKIS],
    ("term-tyrosine-kinase-inhibitor", "Philadelphia chromosome can be treated with them",
     "tyrosine-kinase-inhibitors"),
    ("immunotherapy", "The two main immunotherapy medicines you may be given are",
     "two-main-immunotherapy-agents"),
    ("blinatumomab", "is one of the two main immunotherapy medicines you may be",
     "two-main-immunotherapy-agents"),
    ("inotuzumab-ozogamicin", "is one of the two main immunotherapy medicines",
     "two-main-immunotherapy-agents"),
    ("side-effects", "This may cause side effects", "side-effects"),
    # The heading's marker covers each statement under it; the list's items included.
    ("side-effects-chemotherapy", "The side effects usually linked with chemotherapy are:",
     "side-effects"),
    *[(e, "one of the side effects usually linked with chemotherapy", "side-effects")
      for e in CHEMOTHERAPY_SIDE_EFFECTS],
    ("side-effects-car-t", "The most common side effects include:", "side-effects"),
    ("infection", "among the most common side effects of CAR T-cell therapy", "side-effects"),
    ("cytokine-release-syndrome", "is one of the most common side effects of CAR T-cell",
     "side-effects"),
    ("cytokine-release-syndrome", "Its signs (symptoms) include:", "side-effects"),
    ("nervous-system-problems", "among the most common side effects of CAR T-cell",
     "side-effects"),
    ("nervous-system-problems", "They can show up as:", "side-effects"),
    ("low-blood-counts", "among the most common side effects of CAR T-cell", "side-effects"),
    *[(e, words, "side-effects") for e, words in CAR_T_SIGNS.items()],
    ("side-effects-chemotherapy", "so the side effects should be less", "maintenance"),
    ("immunotherapy", "find and kill leukaemia cells", "immunotherapy"),
    ("term-immunotherapy", "immune system find and kill leukaemia cells", "immunotherapy"),
    ("term-complete-remission", "does not always mean the illness is cured", "induction"),
    ("term-cytokine-release-syndrome", "Its signs include fever, chills and difficulty",
     "side-effects"),
    ("tisagenlecleucel", "is a CAR T-cell product that can be used to treat ALL",
     "tisagenlecleucel"),
    ("side-effects-immunotherapy", "may increase the risk of [infection](#infection)",
     "immunotherapy-side-effects"),
    ("side-effects-immunotherapy", "[Feeling or being sick](#nausea-and-vomiting)",
     "immunotherapy-side-effects"),
    *[(e, words, "immunotherapy-side-effects") for e, words in IMMUNOTHERAPY_SIDE_EFFECTS.items()],
]  # fmt: skip

# Items whose `citations:` list is true of everything they say (docs/content.md, rule 2).
WHOLE_ITEM: dict[str, tuple[str, ...]] = {
    "induction": ("induction",),  # the phase: length, strength, aim
    "consolidation": ("consolidation",),
    "maintenance": ("maintenance",),
    "track-steroids": ("common-agents",),  # "taken before or alongside chemotherapy"
}

# Names AllGuide added that are not brands: (item, added source) -> the words it supports.
ADDED_NAMES = {("cytarabine", "mesh-cytarabine"): "also called Ara-C or cytosine arabinoside"}

FURTHER_READING_ONLY = {"ref-5", "ref-6", "ref-7", "ref-8"}

MARKER = re.compile(r"\[\^([a-z0-9-]+)\]")
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


def cited_sentences(markdown: str) -> Iterator[tuple[str, str]]:
    """``(reference id, sentence)`` for each marker: the words it follows, on one line.

    Markers right after one another share one sentence; a list is one "sentence"
    up to the colon that opens it.
    """
    text = re.sub(r"\s+", " ", markdown)
    start, sentence = 0, ""
    for match in MARKER.finditer(text):
        words = text[start : match.start()].strip()
        if words:
            sentence = SENTENCE_END.split(words)[-1]
        start = match.end()
        yield match.group(1), sentence


def markdown_fields(content: Content) -> Iterator[tuple[str, str, str]]:
    """``(item id, field, text)`` of every text that could hold a marker."""
    for s in content.sections:
        yield from ((s.id, "title", s.title), (s.id, "summary", s.summary), (s.id, "body", s.body))
    for a in content.agents:
        yield from ((a.id, "body", a.body), (a.id, "approved_for", a.approved_for))
    for e in content.side_effects:
        yield e.id, "body", e.body
    for g in content.glossary:
        yield g.id, "definition", g.definition
    for p in content.phases:
        yield from ((p.id, "aim", p.aim), (p.id, "duration", p.duration.text))
    for t in content.timeline_tracks:
        yield t.id, "when", t.when


def markers(content: Content) -> Iterator[tuple[str, str, str, str]]:
    """``(item id, field, reference id, sentence)`` of every inline marker."""
    for item_id, field, text in markdown_fields(content):
        for ref, sentence in cited_sentences(text):
            yield item_id, field, ref, sentence


def origin(content: Content, ref: str) -> ReferenceOrigin:
    reference = content.reference(ref)
    assert reference is not None, ref
    return reference.origin


@pytest.fixture(scope="module")
def content(bundled: LoadResult) -> Content:
    assert bundled.errors == []
    return bundled.content


def test_the_tables_name_only_references_1_to_4() -> None:
    assert {ref for ref, _words in PASSAGES.values()} == {"ref-1", "ref-2", "ref-3", "ref-4"}
    assert {passage for _item, _words, passage in ATTACHED} == set(PASSAGES)


def test_every_numbered_marker_is_where_the_source_attaches_it(content: Content) -> None:
    """Each marker of 1 to 8 matches exactly one row of ATTACHED, and every row is used."""
    unexplained, used = [], set()
    for item_id, field, ref, sentence in markers(content):
        if origin(content, ref) is not ReferenceOrigin.SOURCE:
            continue
        rows = [
            row
            for row in ATTACHED
            if row[0] == item_id and row[1] in sentence and PASSAGES[row[2]][0] == ref
        ]
        if len(rows) != 1:
            unexplained.append(f"{item_id}.{field}: [^{ref}] after {sentence!r}")
        used.update(rows)
    assert unexplained == []
    assert [row for row in ATTACHED if row not in used] == []  # the table is not stale


def test_citations_lists_only_where_the_reference_supports_the_whole_item(
    content: Content,
) -> None:
    found = {
        item.id: item.citations
        for group in (content.sections, content.agents, content.side_effects, content.glossary,
                      content.phases, content.timeline_tracks)
        for item in group
        if item.citations
    }  # fmt: skip
    expected = {
        item_id: tuple(PASSAGES[passage][0] for passage in passages)
        for item_id, passages in WHOLE_ITEM.items()
        if content.get(item_id) is not None
    }
    assert found == expected


def test_references_the_source_does_not_attach_are_further_reading_only(
    content: Content,
) -> None:
    cited = {ref for _item, _field, ref, _sentence in markers(content)}
    assert cited & FURTHER_READING_ONLY == set()
    further = {ref for s in content.sections for ref in s.further_reading}
    assert further >= FURTHER_READING_ONLY
    assert all(origin(content, ref) is ReferenceOrigin.SOURCE for ref in further)


def test_added_sources_follow_only_the_names_allguide_added(content: Content) -> None:
    """A letter follows a brand of its own label, or an added name; never the source's words."""
    wrong = []
    for item_id, field, ref, sentence in markers(content):
        if origin(content, ref) is not ReferenceOrigin.ADDED:
            continue
        agent = content.get(item_id)
        own = agent.brands if isinstance(agent, Agent) else ()
        brands = [b.name for b in own if b.source == ref]
        added = ADDED_NAMES.get((item_id, ref), "\0")
        if field != "body" or not (any(b in sentence for b in brands) or added in sentence):
            wrong.append(f"{item_id}.{field}: [^{ref}] after {sentence!r}")
    assert wrong == []


def test_no_numbered_reference_is_cited_for_a_name_allguide_added(content: Content) -> None:
    names = {b.name for a in content.agents for b in a.brands}
    names |= set(ADDED_NAMES.values())
    for item_id, _field, ref, sentence in markers(content):
        if origin(content, ref) is ReferenceOrigin.SOURCE:
            assert not [n for n in names if n in sentence], (item_id, ref, sentence)


# Every brand the content shows, each checked against its label (DailyMed or the
# European Medicines Agency) before it was added: a brand missing here fails.
BRANDS = [
    ("Oncaspar", "asparaginase"), ("Rylaze", "asparaginase"), ("Asparlas", "asparaginase"),
    ("Spectrila", "asparaginase"), ("Enrylaze", "asparaginase"),
    ("Frindovyx", "cyclophosphamide"),
    ("Trexall", "methotrexate"), ("Xatmep", "methotrexate"), ("Jylamvo", "methotrexate"),
    ("Orapred", "prednisolone"),
    ("Solu-Cortef", "hydrocortisone"), ("Cortef", "hydrocortisone"),
    ("Gleevec", "imatinib"), ("Glivec", "imatinib"), ("Imkeldi", "imatinib"),
    ("Sprycel", "dasatinib"), ("Phyrago", "dasatinib"), ("Iclusig", "ponatinib"),
    ("Tasigna", "nilotinib"), ("Danziten", "nilotinib"), ("Cavhanza", "nilotinib"),
    ("Bosulif", "bosutinib"), ("Jakafi", "ruxolitinib"), ("Jakavi", "ruxolitinib"),
    ("Revuforj", "revumenib"), ("Blincyto", "blinatumomab"),
    ("Besponsa", "inotuzumab-ozogamicin"), ("Kymriah", "tisagenlecleucel"),
    ("Tecartus", "brexucabtagene-autoleucel"), ("Aucatzyl", "obecabtagene-autoleucel"),
]  # fmt: skip


def test_every_brand_shown_is_one_that_was_checked(content: Content) -> None:
    shown = sorted((b.name, a.id) for a in content.agents for b in a.brands)
    assert shown == sorted(BRANDS)


@pytest.mark.parametrize(("brand", "generic"), BRANDS)
def test_each_brand_cites_its_own_label_page(content: Content, brand: str, generic: str) -> None:
    agent = content.get(generic)
    assert isinstance(agent, Agent)
    [source] = [b.source for b in agent.brands if b.name == brand]
    reference = content.reference(source)
    assert isinstance(reference, Reference)
    assert reference.origin is ReferenceOrigin.ADDED
    assert brand in reference.title
    assert reference.url in (
        f"https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query={brand.upper()}",
        f"https://www.ema.europa.eu/en/medicines/human/EPAR/{brand.lower()}",
    )


def test_brands_and_added_sources_one_to_one(content: Content) -> None:
    """No shared portal home page: each brand its own source, and no added source unused."""
    sources = [b.source for a in content.agents for b in a.brands]
    assert len(sources) == len(set(sources))
    added = {r.id for r in content.references if r.origin is ReferenceOrigin.ADDED}
    inline = {ref for _item, _field, ref, _sentence in markers(content)}
    assert added == set(sources) | (inline & added)
    assert {ref for _item, ref in ADDED_NAMES} <= inline


# Older names with no current label to point at: searched (other_names), never shown.
SEARCH_ONLY_NAMES = [
    ("Adriamycin", "doxorubicin"), ("Oncovin", "vincristine"), ("Cytoxan", "cyclophosphamide"),
    ("Endoxan", "cyclophosphamide"), ("Decadron", "dexamethasone"), ("Cytosar", "cytarabine"),
    ("Erwinase", "asparaginase"), ("Erwinaze", "asparaginase"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "generic"), SEARCH_ONLY_NAMES)
def test_older_names_are_searched_but_not_shown_as_brands(
    content: Content, name: str, generic: str
) -> None:
    brands = {b.name for a in content.agents for b in a.brands}
    assert name not in brands  # no current label under that name to point at
    agent = content.get(generic)
    assert isinstance(agent, Agent)
    assert name in agent.other_names


@pytest.mark.usefixtures("qapp")
def test_the_page_shows_each_brand_with_its_own_marker(content: Content) -> None:
    builder = PageBuilder(content, QLocale("en"))
    imatinib = builder.build("imatinib")
    assert imatinib is not None
    label = {r.id: r.label for r in content.references}
    gleevec, glivec = label["label-gleevec"], label["label-glivec"]
    assert (
        f"**Brand names:** Gleevec[[{gleevec}]](#label-gleevec), Glivec[[{glivec}]](#label-glivec)"
        in imatinib.markdown
    )
    assert "Sources:" not in imatinib.markdown  # no page-wide claim
    listing = builder.build("philadelphia-chromosome")
    assert listing is not None
    assert f"(#imatinib): Gleevec[[{gleevec}]](#label-gleevec)" in listing.markdown
    blinatumomab = builder.build("blinatumomab")
    assert blinatumomab is not None
    assert blinatumomab.markdown.count("[[3]](#ref-3)") == 1
    assert "Sources:" not in blinatumomab.markdown


# Validation: a brand must cite a source AllGuide added ------------------------


def test_a_brand_citing_a_numbered_reference_is_refused(edit: Edit, load_copy: Load) -> None:
    path = edit(
        "agents.yaml", "{name: Tasigna, source: label-tasigna}", "{name: Tasigna, source: ref-3}"
    )
    assert [str(e) for e in load_copy().errors] == [
        f"en/agents.yaml:{line_of(path, 'Tasigna, source: ref-3')}: nilotinib: brand 'Tasigna' "
        "must cite a source AllGuide added (a letter), not 'ref-3'"
    ]


def test_a_brand_citing_an_unknown_source_is_refused(edit: Edit, load_copy: Load) -> None:
    path = edit(
        "agents.yaml",
        "{name: Sprycel, source: label-sprycel}",
        "{name: Sprycel, source: label-sprycle}",
    )
    assert [str(e) for e in load_copy().errors] == [
        f"en/agents.yaml:{line_of(path, 'label-sprycle')}: dasatinib: brand 'Sprycel' "
        "cites unknown reference 'label-sprycle'"
    ]
