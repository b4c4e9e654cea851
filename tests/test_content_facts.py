"""The facts of the source page are all in the bundled English content."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from allguide.content import LoadResult
from allguide.content.markup import linked_ids
from allguide.content.model import (
    Agent,
    AgentKind,
    Content,
    Intensity,
    ReferenceOrigin,
    SideEffect,
)
from allguide.ui.roles import ItemRole
from allguide.ui.side_effects.model import SideEffectsFilter, SideEffectsModel


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
    # "May last 1 or 2 months"; "can last up to 2 years": no minimum, no usual length.
    assert (induction.duration.months, induction.duration.up_to_months) == ((1, 2), None)
    assert (consolidation.duration.months, consolidation.duration.up_to_months) == ((1, 2), None)
    assert (maintenance.duration.months, maintenance.duration.up_to_months) == ((), 24)
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
        "the side effects should be less during this phase",
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


def squashed(content: Content, item_id: str, field: str) -> str:
    """One field of one item, on one line."""
    return re.sub(r"\s+", " ", str(getattr(content.get(item_id), field)))


# The source's qualifiers, kept on the page that retells them: (id, field, words).
QUALIFIERS = [
    # "Common chemotherapy agents used include": not a closed list; steroids among them.
    ("chemotherapy-medicines", "body", "The common chemotherapy medicines used for ALL include"),
    ("chemotherapy-medicines", "body", "Steroids are among these common medicines"),
    ("dexamethasone", "body", "It is one of the medicines commonly used for ALL"),
    ("prednisolone", "body", "It is one of the medicines commonly used for ALL"),
    ("hydrocortisone", "body", "It is one of the medicines commonly used for ALL"),
    # Radiation "can be used to treat cancer"; two places named, not "two ways" only.
    ("radiotherapy", "summary", "which can be used to treat cancer"),
    ("radiotherapy", "body", "High doses of targeted radiation can be used to treat cancer"),
    ("radiotherapy", "body", "It may also be given to the"),
    # "swapping specific genetic material".
    ("philadelphia-chromosome", "body", "when specific pieces of genetic material swap places"),
    ("term-philadelphia-chromosome", "definition", "when specific genetic material swaps"),
    # "engineered to specifically kill leukemic cells".
    ("car-t-cell-therapy", "body", "changed (engineered) to specifically kill leukaemia cells"),
    ("car-t-cell-therapy", "summary", "changed to specifically kill leukaemia cells"),
    ("term-car-t-cells", "definition", "changed (engineered) to specifically kill"),
    # "very likely to revolutionise the treatment of this disease".
    ("blinatumomab", "body", "It is very likely to revolutionise"),
    # "some subtypes ..., including 'Philadelphia-like'": not Philadelphia-like only.
    ("philadelphia-like", "title", "Philadelphia-like ALL and some other subtypes"),
    ("philadelphia-like", "body", "In some kinds (subtypes) of ALL, various kinases"),
    ("philadelphia-like", "body", "This includes a subtype called **Philadelphia-like** ALL"),
    ("philadelphia-like", "body", "In these subtypes, tyrosine kinase inhibitors can also"),
    ("ruxolitinib", "body", "In some kinds (subtypes) of ALL, including Philadelphia-like ALL"),
    ("ruxolitinib", "body", "It is currently being tested in clinical trials"),
    # Its brands exist, but not for ALL: say so where they are named.
    ("ruxolitinib", "body", "Jakafi and Jakavi are not approved for treating ALL"),
    # Revumenib: approved in the US, returned or no longer responding.
    ("kmt2a-menin", "summary", "approved in the US when leukaemia with KMT2A changes has come"),
    ("kmt2a-menin", "summary", "back or no longer responds to treatment"),
    # "Immunotherapy may increase the risk of infection".
    ("side-effects-immunotherapy", "summary", "May increase the risk of infection"),
    ("side-effects-immunotherapy", "body", "may increase the risk of [infection]"),
    ("infection", "body", "Immunotherapy may increase the risk of infection"),
    # "the side effects should be less during this phase".
    ("phase-maintenance", "body", "So the side effects should be less during this phase"),
    ("side-effects-chemotherapy", "body", "so the side effects should be less"),
    # Side effects that "may" happen: "This may result in side effects".
    ("side-effects-chemotherapy", "body", "[Chemotherapy](#chemotherapy) may cause side effects"),
    # "traditional side effects associated with treatment are": not a complete list.
    ("side-effects-chemotherapy", "body", "The side effects usually linked with chemotherapy are:"),
    *[(e, "body", "This is one of the side effects usually linked with chemotherapy.")
      for e in ("nausea-and-vomiting", "loss-of-appetite", "fatigue", "mouth-ulcers",
                "diarrhoea", "hair-loss", "infertility", "skin-rashes")],
    # "confusion or agitation": restless and agitated, not "upset" (which reads as sad).
    ("nervous-system-problems", "body",
     "feeling muddled (confusion), or restless and agitated (agitation)"),
    # Immunotherapy "aims to encourage" the immune system: an aim, not a promise.
    ("term-immunotherapy", "definition", "which aims to help the patient's immune system"),
    ("immunotherapy", "summary", "Antibody medicines that aim to help the immune system"),
    ("immunotherapy", "body", "It aims to help the body's own defences"),
    # "typically target cancer cells only if certain genetic changes are present".
    ("targeted-treatment", "summary",
     "Medicines that typically go after cancer cells only if they have certain gene changes"),
    # Subtypes: some treatments are used for some subtypes, not "only".
    ("term-subtype", "definition", "Some treatments are used for some subtypes."),
    # "gold standard": the treatment others are measured against, not the first for everyone.
    ("blinatumomab", "body", "the gold standard (what others are compared with)"),
    # A brand only where we are sure of it: a page without one is not brand-less.
    ("chemotherapy-medicines", "body",
     "Where we are sure of a brand name, the medicine's page lists it, with its source."),
    # Letters support brand names, other names and facts about them (not approved for ALL).
    ("references", "body", "for brand names, other names and facts about them"),
    # Hard words explained on first use.
    ("cytokine-release-syndrome", "body", "- chills (feeling cold and shivery)"),
]  # fmt: skip


@pytest.mark.parametrize(("item_id", "field", "words"), QUALIFIERS)
def test_the_source_qualifiers_are_kept(
    content: Content, item_id: str, field: str, words: str
) -> None:
    assert words in squashed(content, item_id, field)


@pytest.mark.parametrize(
    "hardened",
    [
        "well-known",  # the source: "traditional side effects associated with treatment"
        "in two ways",  # radiotherapy: the source names two places, not the only two ways
        "for some patients",  # steroids are among the common agents
        "milder",  # the source: side effects "should be less"
        "Not being able to have children",  # the side effect is fertility problems
        "Here too",  # ruxolitinib: "some subtypes", not Philadelphia-like only
        "change the way this illness",  # blinatumomab: "revolutionise"
        "known side effect",  # reads as the complete list; the source: "traditional"
        "restless or upset",  # "upset" reads as sad; the source: "agitation"
        "which helps the patient's immune system",  # the source: "aims to encourage"
        "medicines that help the immune system kill",
        "Medicines that go after leukaemia cells",  # drops "typically"
        "used only for some subtypes",  # the source: treatments for some subtypes
        "the best usual treatment",  # "gold standard" is not the first treatment for all
        "Each medicine's page lists its brand names",  # pages without one look brand-less
        "only for the brand names and other names",  # letters also support facts about brands
        "Two of these forms",  # asparaginase: the sentence names every brand listed
    ],
)
def test_no_hardened_or_narrowed_wording(text: str, hardened: str) -> None:
    assert hardened not in text


def test_the_source_note_says_what_letters_support(content: Content) -> None:
    """Letters K and L support a fact about brands (not approved for ALL), not only names."""
    assert content.document is not None
    note = " ".join(content.document.source.note.split())
    assert "Brand names, other names of medicines and facts about them" in note
    assert "Brand names and other names of medicines come from" not in note


def test_asparaginase_names_every_brand_it_lists_each_with_its_label(content: Content) -> None:
    """It "comes in more than one form": the sentence names exactly the brands listed, each
    with the label that states it, and those labels name more than one form."""
    agent = content.get("asparaginase")
    assert isinstance(agent, Agent)
    named = [f"{b.name}[^{b.source}]" for b in agent.brands]
    listed = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]
    sentence = f"It comes in more than one form, sold under brand names such as {listed}."
    assert sentence in squashed(content, "asparaginase", "body")
    forms: set[str] = set()
    for brand in agent.brands:
        reference = content.reference(brand.source)
        assert reference is not None
        forms.add(reference.title.split("(", 1)[1].split(")", 1)[0].split(",")[0])
    assert len(forms) > 1, forms


def test_fertility_problems_title_and_may(content: Content) -> None:
    infertility = content.get("infertility")
    assert isinstance(infertility, SideEffect)
    assert infertility.title == "Fertility problems (infertility)"
    assert "Chemotherapy may cause fertility problems (infertility)." in infertility.body
    listing = content.section("side-effects-chemotherapy")
    assert listing is not None
    assert "[Fertility problems (infertility)](#infertility)" in listing.body


def test_every_side_effect_says_may_or_can(content: Content) -> None:
    """The source lists side effects that "may" happen: each page keeps that hedge."""
    for effect in content.side_effects:
        body = re.sub(r"\s+", " ", effect.body)
        for treatment in ("Chemotherapy", "Immunotherapy"):
            mentions = [s for s in re.split(r"(?<=[.:\]])\s", body) if s.startswith(treatment)]
            assert all(" may " in sentence for sentence in mentions), (effect.id, mentions)
        if "chemotherapy" in effect.treatments:
            assert body.startswith("Chemotherapy may "), effect.id
        signs = re.findall(r"After CAR T-cell therapy, [^.]*", body)
        assert all(" can be " in sign for sign in signs), effect.id


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
    # The most common side effects of CAR T-cell therapy, and the side effects
    # that the source names as their signs (CRS; nervous system problems).
    assert names("car-t-cell-therapy") == {
        "CRS", "Nervous system problems", "Infections", "Low blood cell counts",
        "Fever", "Nausea and vomiting", "Diarrhoea", "Muscle aches", "Dizziness", "Headaches",
    }  # fmt: skip


# Side effects that the source names as a sign of a CAR T-cell side effect, and which.
SIGN_OF = {
    "fever": "cytokine-release-syndrome",
    "nausea-and-vomiting": "cytokine-release-syndrome",
    "diarrhoea": "cytokine-release-syndrome",
    "muscle-aches": "cytokine-release-syndrome",
    "dizziness": "cytokine-release-syndrome",
    "headache": "nervous-system-problems",
}


@pytest.mark.parametrize(("effect_id", "sign_of"), SIGN_OF.items())
def test_signs_after_car_t_link_to_what_they_are_a_sign_of(
    content: Content, effect_id: str, sign_of: str
) -> None:
    effect = content.get(effect_id)
    assert isinstance(effect, SideEffect)
    assert "car-t-cell-therapy" in effect.treatments
    assert "After CAR T-cell therapy, " in effect.body
    assert set(linked_ids(effect.body)) == {sign_of}


@pytest.mark.usefixtures("qapp")
def test_car_t_filter_of_the_side_effect_list_shows_the_signs(content: Content) -> None:
    """Ticking only CAR T-cell therapy in the side-effect list shows the signs of CRS too."""
    proxy = SideEffectsFilter()
    proxy.setSourceModel(SideEffectsModel(content))
    proxy.set_treatments({"car-t-cell-therapy"})
    shown = {proxy.index(row, 0).data(ItemRole.ID) for row in range(proxy.rowCount())}
    assert {"nausea-and-vomiting", "dizziness", "muscle-aches"} <= shown
    assert {"diarrhoea", "fever", "headache", "cytokine-release-syndrome"} <= shown
    assert "bleeding" not in shown  # immunotherapy only


def test_crs_and_nervous_system_symptoms(content: Content) -> None:
    crs = content.get("cytokine-release-syndrome")
    nervous = content.get("nervous-system-problems")
    for symptom in [
        "fever", "chills", "difficulty breathing", "severe nausea", "vomiting", "diarrhoea",
        "severe muscle or joint pain", "feeling dizzy",
    ]:  # fmt: skip
        assert symptom in crs.body  # type: ignore[attr-defined]
    for symptom in [
        "headaches", "changes in consciousness", "(confusion)", "(agitation)", "seizures",
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
