"""The facts of the source page are all in the bundled English content."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from allguide.content import LoadResult
from allguide.content.model import AgentKind, Content, Intensity, ReferenceOrigin


def all_text(content: Content) -> str:
    """Every word the content shows, squashed to one line for phrase checks."""
    parts: list[str] = []
    for s in content.sections:
        parts += [s.title, s.summary, s.body]
    for p in content.phases:
        parts += [p.name, p.duration.text, p.intensity_text, p.aim]
    for a in content.agents:
        parts += [a.name, a.body, a.approved_for, *a.brand_names, *a.other_names]
    for e in content.side_effects:
        parts += [e.name, e.medical_name, e.body, *e.everyday_words]
    for g in content.glossary:
        parts += [g.term, g.definition]
    return re.sub(r"\s+", " ", " ".join(parts))


@pytest.fixture(scope="module")
def content(bundled: LoadResult) -> Content:
    assert bundled.errors == []
    return bundled.content


@pytest.fixture(scope="module")
def text(content: Content) -> str:
    return all_text(content)


def test_document_date_source_and_disclaimer(content: Content) -> None:
    doc = content.document
    assert doc is not None
    assert doc.updated == dt.date(2025, 3, 20)
    assert doc.source.publisher == "Know ALL"
    assert doc.disclaimer == "This is information, not medical advice: ask your care team."
    assert doc.translation is None


def test_three_phases_with_hedged_durations_and_aims(content: Content) -> None:
    phases = sorted(content.phases, key=lambda p: p.order)
    assert [p.id for p in phases] == ["induction", "consolidation", "maintenance"]
    induction, consolidation, maintenance = phases
    assert (induction.duration.min_months, induction.duration.max_months) == (1, 2)
    assert (consolidation.duration.min_months, consolidation.duration.max_months) == (1, 2)
    assert (maintenance.duration.min_months, maintenance.duration.max_months) == (None, 24)
    assert induction.duration.text == "May last 1 or 2 months"
    assert maintenance.duration.text == "Can last up to 2 years"
    assert [p.intensity for p in phases] == [Intensity.HIGH, Intensity.HIGH, Intensity.LOWER]
    assert "complete remission" in induction.aim
    assert "coming back" in consolidation.aim
    assert "remission" in maintenance.aim


@pytest.mark.parametrize(
    "phrase",
    [
        "most common treatment for acute lymphoblastic leukaemia",
        "killing cells that divide quickly",
        "straight into the bloodstream",
        "your age and how fit you are",
        "This is called **complete remission**",
        "does not always mean the illness is cured",
        "in numbers so small that they do not show up on tests",
        "the side effects should be milder",
        "get back to normal activities",
        "chromosome 9 and chromosome 22",
        "BCR::ABL1",
        "Philadelphia-like",
        "currently being tested in clinical trials",
        "various kinases can be switched on",
        "typically go after cancer cells only if",
        "The most common side effects include",
        "is a menin inhibitor. In the US, it is approved",
        "KMT2A",
        "menin",
        "come back after several rounds of chemotherapy",
        "CD19",
        "gold standard",
        "when earlier chemotherapy did not work",
        "only given in specialist medical centres, by trained staff",
        "brain or spinal cord",
        "total body irradiation",
        "spongy part of the bone",
        "**donor**",
        "from the bone marrow or from the bloodstream",
        "likely to start soon after the diagnosis",
    ],
)
def test_source_statements_present(text: str, phrase: str, content: Content) -> None:
    assert content.document is not None
    assert phrase in text + " " + content.document.introduction.replace("\n", " ")


def test_every_agent_the_source_names(content: Content) -> None:
    by_section = {
        "chemotherapy-medicines": [
            "Asparaginase", "Vincristine", "Cyclophosphamide", "Cytarabine", "Doxorubicin",
            "Methotrexate", "Dexamethasone", "Prednisolone", "Hydrocortisone",
        ],
        "philadelphia-chromosome": ["Imatinib", "Dasatinib", "Ponatinib", "Nilotinib", "Bosutinib"],
        "philadelphia-like": ["Ruxolitinib"],
        "kmt2a-menin": ["Revumenib"],
        "immunotherapy": ["Blinatumomab", "Inotuzumab ozogamicin"],
        "car-t-cell-therapy": [
            "Tisagenlecleucel", "Brexucabtagene autoleucel", "Obecabtagene autoleucel",
        ],
    }  # fmt: skip
    for section, names in by_section.items():
        assert [a.name for a in content.agents_in(section)] == names
    steroids = {a.name for a in content.agents if a.kind is AgentKind.STEROID}
    assert steroids == {"Dexamethasone", "Prednisolone", "Hydrocortisone"}
    tkis = [a for a in content.agents if a.kind is AgentKind.TYROSINE_KINASE_INHIBITOR]
    assert len(tkis) == 6  # the five for BCR::ABL1 and ruxolitinib


def test_car_t_products_say_who_they_are_approved_for(content: Content) -> None:
    approved = {a.id: a.approved_for for a in content.agents if a.kind is AgentKind.CAR_T_CELL}
    assert "up to age 25" in approved["tisagenlecleucel"]
    assert approved["brexucabtagene-autoleucel"].startswith("Adults")
    assert "In the US" in approved["obecabtagene-autoleucel"]


@pytest.mark.parametrize(
    ("brand", "generic"),
    [("Gleevec", "imatinib"), ("Tasigna", "nilotinib"), ("Iclusig", "ponatinib"),
     ("Sprycel", "dasatinib"), ("Bosulif", "bosutinib"), ("Blincyto", "blinatumomab"),
     ("Besponsa", "inotuzumab-ozogamicin"), ("Kymriah", "tisagenlecleucel"),
     ("Tecartus", "brexucabtagene-autoleucel"), ("Aucatzyl", "obecabtagene-autoleucel"),
     ("Revuforj", "revumenib")],
)  # fmt: skip
def test_brand_names_are_cited(content: Content, brand: str, generic: str) -> None:
    agent = content.get(generic)
    assert agent is not None and brand in agent.brand_names  # type: ignore[attr-defined]
    assert agent.brand_citations  # type: ignore[attr-defined]


def test_side_effects_of_each_treatment(content: Content) -> None:
    def names(treatment: str) -> set[str]:
        return {e.medical_name or e.name for e in content.side_effects_of(treatment)}

    assert names("chemotherapy") == {
        "Nausea and vomiting", "Loss of appetite", "Fatigue", "Mouth ulcers", "Diarrhoea",
        "Hair loss", "Infertility", "Skin rashes",
    }  # fmt: skip
    assert names("immunotherapy") == {
        "Infections", "Headaches", "Fever", "Muscle aches", "Dizziness", "Bleeding",
        "Nausea and vomiting",
    }  # fmt: skip
    assert names("car-t-cell-therapy") == {
        "CRS",
        "Nervous system problems",
        "Infections",
        "Low blood cell counts",
    }


def test_crs_and_nervous_system_symptoms(content: Content) -> None:
    crs = content.get("cytokine-release-syndrome")
    nervous = content.get("nervous-system-problems")
    for symptom in [
        "fever", "chills", "difficulty breathing", "severe nausea", "vomiting", "diarrhoea",
        "severe muscle or joint pain", "feeling dizzy",
    ]:  # fmt: skip
        assert symptom in crs.body  # type: ignore[attr-defined]
    for symptom in [
        "headaches", "changes in consciousness", "confusion or agitation", "seizures",
        "trouble speaking and understanding", "loss of balance",
    ]:  # fmt: skip
        assert symptom in nervous.body  # type: ignore[attr-defined]


def test_all_eight_references_with_their_dates(content: Content) -> None:
    source = [r for r in content.references if r.origin is ReferenceOrigin.SOURCE]
    assert [r.label for r in source] == [str(n) for n in range(1, 9)]
    assert all(r.accessed == dt.date(2025, 3, 20) for r in source)
    published = {r.label: r.published for r in source}
    assert published == {
        "1": dt.date(2018, 5, 8), "2": dt.date(2021, 10, 8), "3": dt.date(2018, 10, 17),
        "4": dt.date(2018, 10, 17), "5": None, "6": None, "7": None, "8": dt.date(2019, 9, 30),
    }  # fmt: skip
    assert source[0].url.startswith("https://www.cancerresearchuk.org/")
    assert source[7].publisher == "NHS"


def test_citations_are_only_those_the_source_attaches(content: Content) -> None:
    """The source attaches only references 1 to 4 to its text; 5 to 8 are further reading."""
    attached = {"ref-1", "ref-2", "ref-3", "ref-4"}
    cited = {
        (item.id, ref)
        for items in (content.sections, content.phases, content.side_effects,
                      content.timeline_tracks, content.glossary)
        for item in items
        for ref in item.citations
    }  # fmt: skip
    assert {(owner, ref) for owner, ref in cited if ref not in attached} == set()
    further = {ref for s in content.sections for ref in s.further_reading}
    assert further == {"ref-3", "ref-5", "ref-6", "ref-7", "ref-8"}


def test_navigation_sections_present(content: Content) -> None:
    top = [s.title for s in content.children(None)]
    assert top[:7] == [
        "Chemotherapy", "Targeted treatment", "Immunotherapy", "CAR T-cell therapy",
        "Radiotherapy", "Stem cell transplant", "Side effects",
    ]  # fmt: skip
    assert "References" in top
    assert [s.id for s in content.children("chemotherapy-phases")] == [
        "phase-induction", "phase-consolidation", "phase-maintenance",
    ]  # fmt: skip
