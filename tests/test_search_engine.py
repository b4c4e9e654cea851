"""Search matching rules, each with its own examples, on both index backends."""

from __future__ import annotations

import json

import pytest

from allguide.cli import main
from allguide.content import LoadResult
from allguide.content.bundled import available_languages
from allguide.search import QueryError, QueryProblem, SearchEngine
from allguide.search import backends as backends_module
from allguide.search.direction import direction_of, directions_in
from allguide.search.documents import Kind, SearchDocument
from allguide.search.endings import ending, is_own_word
from allguide.search.medical_words import MEDICAL_WORDS
from allguide.search.query import MAX_QUERY_CHARS
from allguide.search.real_words import LANGUAGES, RealWordTest, real_word_test
from allguide.search.spelling import variants
from allguide.search.text import fold, plain, tokens, typed_words
from allguide.search.words import bundled_words

AVAILABLE = ", ".join(available_languages())  # English first


@pytest.fixture(scope="module", params=["fts5", "python"])
def engine(request: pytest.FixtureRequest, bundled: LoadResult) -> SearchEngine:
    return SearchEngine.for_content(bundled.content, backend=request.param)


def top(engine: SearchEngine, query: str, n: int = 1) -> list[str]:
    return [hit.id for hit in engine.search(query).hits[:n]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tiredness", "fatigue"),
        ("exhausted", "fatigue"),
        ("chemo", "chemotherapy"),
        ("sick to my stomach", "nausea-and-vomiting"),
        ("throwing up", "nausea-and-vomiting"),
        ("the runs", "diarrhoea"),
        ("fits", "nervous-system-problems"),
        ("radiation", "radiotherapy"),
        ("dex", "dexamethasone"),
        ("relapse", None),  # finds pages about leukaemia that has come back
    ],
)
def test_everyday_words_and_synonyms(engine: SearchEngine, query: str, expected: str) -> None:
    hits = engine.search(query).hits
    assert hits, f"nothing found for {query!r}"
    if expected is not None:
        assert hits[0].id == expected
    else:
        assert any("come back" in h.snippet for h in hits)


@pytest.mark.parametrize(
    ("brand", "generic"),
    [("Tasigna", "nilotinib"), ("Iclusig", "ponatinib"), ("Gleevec", "imatinib"),
     ("glivec", "imatinib"), ("Blincyto", "blinatumomab"), ("Kymriah", "tisagenlecleucel"),
     ("Oncaspar", "asparaginase"), ("Ara-C", "cytarabine")],
)  # fmt: skip
def test_brand_names_find_the_generic(engine: SearchEngine, brand: str, generic: str) -> None:
    hit = engine.search(brand).hits[0]
    assert hit.id == generic
    assert brand.lower() in hit.snippet.lower()  # the snippet shows why it matched


def test_generic_finds_its_page_which_names_the_brand(engine: SearchEngine) -> None:
    assert top(engine, "nilotinib") == ["nilotinib"]


@pytest.mark.parametrize(
    ("typo", "expected"),
    [("imatinob", "imatinib"), ("imatnib", "imatinib"), ("nilotinub", "nilotinib"),
     ("vincristin", "vincristine"), ("dexamethazone", "dexamethasone"),
     ("chemotherapie", "chemotherapy"), ("cyclophosphamid", "cyclophosphamide")],
)  # fmt: skip
def test_one_or_two_wrong_letters(engine: SearchEngine, typo: str, expected: str) -> None:
    response = engine.search(typo)
    assert response.hits[0].id == expected


def test_correction_is_reported(engine: SearchEngine) -> None:
    assert engine.search("imatinob").corrections == {"imatinob": "imatinib"}


@pytest.mark.parametrize(
    "query", ["DEXAMETHASONE", "Dexaméthasone", "dexaméthasone", "DEXAMÉTHASONE"]
)
def test_case_and_accents_do_not_matter(engine: SearchEngine, query: str) -> None:
    assert top(engine, query) == ["dexamethasone"]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("vinc", "vincristine"), ("blina", "blinatumomab"), ("tisa", "tisagenlecleucel"),
     ("hair lo", "hair-loss")],
)  # fmt: skip
def test_prefixes_match_while_typing(engine: SearchEngine, prefix: str, expected: str) -> None:
    assert top(engine, prefix) == [expected]


@pytest.mark.parametrize(
    ("abbreviation", "expected"),
    [("TKI", "term-tyrosine-kinase-inhibitor"), ("SCT", "stem-cell-transplant"),
     ("BMT", "stem-cell-transplant"), ("CRS", "cytokine-release-syndrome"),
     ("TBI", "total-body-irradiation")],
)  # fmt: skip
def test_abbreviations(engine: SearchEngine, abbreviation: str, expected: str) -> None:
    assert expected in top(engine, abbreviation, 2)


def test_ranking_title_first_then_names_then_body(engine: SearchEngine) -> None:
    hits = engine.search("imatinib").hits
    assert hits[0].id == "imatinib"  # its name
    assert hits[0].score > hits[1].score
    fever = engine.search("fever").hits
    assert fever[0].id == "fever"  # the title, before CRS where fever is a symptom
    assert "cytokine-release-syndrome" in [h.id for h in fever[1:]]
    chemo = engine.search("chemo").hits
    assert chemo[0].id == "chemotherapy"  # the whole title, before longer ones


# Real words, words joined or split, other spellings --------------------------


@pytest.mark.parametrize("word", ["tumor", "shark", "wizard", "pale"])
def test_a_real_word_is_never_replaced_by_an_unrelated_one(engine: SearchEngine, word: str) -> None:
    """ "shaking" once became "having" and showed infertility: a real word stays as typed."""
    response = engine.search(f"{word} chemo")
    assert word not in response.corrections
    assert response.not_found == (word,)  # named, so the user knows it was left out
    assert top(engine, f"{word} chemo") == ["chemotherapy"]  # what is known is searched


@pytest.mark.parametrize(
    ("query", "word"),
    [("hare loss", "hare"), ("eating a lost", None), ("hair all gone", "gone"),
     ("pins and needles", None), ("shark", "shark")],
)  # fmt: skip
def test_a_real_word_no_page_uses_gets_no_respelling(
    engine: SearchEngine, query: str, word: str | None
) -> None:
    """A real word is not a typo: no "hair all gene", "pain and needles" or "hair loss"
    for "hare loss" (the heading says the word was not found, and what was searched)."""
    response = engine.search(query)
    assert response.corrections == {}
    if word is not None:
        assert word in response.not_found
    assert response.suggestions == ()


def test_a_typo_no_page_uses_gets_suggestions_beside_the_other_words(
    engine: SearchEngine,
) -> None:
    response = engine.search("chemotrepy side effects")
    assert response.not_found == ("chemotrepy",)
    assert response.searched_for == ("side", "effects")
    assert response.suggestions[:1] == ("chemotherapy side effects",)


@pytest.mark.parametrize(
    ("word", "searched"),
    [("transplanted", "transplant"), ("leukemic", "leukaemia"), ("chromosomal", "chromosome"),
     ("pooing", "poo"), ("donors", "donor"), ("sicker", "sick")],
)  # fmt: skip
def test_a_real_word_becomes_its_content_form_when_only_its_end_differs(
    engine: SearchEngine, word: str, searched: str
) -> None:
    assert engine.search(word).corrections[word] == searched


@pytest.mark.parametrize(
    ("query", "searched", "expected"),
    [("chemo therapy", "chemotherapy", "chemotherapy"),
     ("radio therapy", "radiotherapy", "radiotherapy"),
     ("sideeffects", "side effects", "side-effects"),
     ("bonemarrow", "bone marrow", "term-bone-marrow"),
     ("stemcell", "stem cell", "stem-cell-transplant"),
     ("hairloss", "hair loss", "hair-loss"),
     ("lightheaded", "light headed", "dizziness")],
)  # fmt: skip
def test_words_joined_or_split_differently(
    engine: SearchEngine, query: str, searched: str, expected: str
) -> None:
    response = engine.search(query)
    assert list(response.corrections.values()) == [searched]
    assert expected in [hit.id for hit in response.hits[:2]]


def test_car_t_typed_apart_finds_car_t_cell_therapy(engine: SearchEngine) -> None:
    assert "car-t-cell-therapy" in top(engine, "car t", 2)
    assert engine.search("car t").corrections == {}  # both are words of the pages


@pytest.mark.parametrize(
    ("word", "searched"),
    [("leukemia", "leukaemia"), ("centers", "centres"), ("specialised", "specialist")],
)  # fmt: skip
def test_the_other_spelling_of_a_content_word(
    engine: SearchEngine, word: str, searched: str
) -> None:
    assert engine.search(word).corrections == {word: searched}


def test_spelling_variants_one_difference_at_a_time() -> None:
    english = bundled_words("en").spellings
    assert "anaemia" in set(variants("anemia", english))
    assert "diarrhoea" in set(variants("diarrhea", english))
    assert "tumour" in set(variants("tumor", english))
    assert "centre" in set(variants("center", english))
    assert list(variants("anemia", bundled_words("fr").spellings)) == []


def test_the_word_list_is_loaded_only_when_a_word_is_unknown(bundled: LoadResult) -> None:
    """Start-up is budgeted: building the engine and known words never load the list.

    It is loaded for a word the pages do not know, or to weigh several words by how
    common they are in the language (pages with some of the words of a query).
    """
    loaded: list[str] = []

    def loader(language: str) -> RealWordTest | None:
        loaded.append(language)
        return real_word_test(language)

    engine = SearchEngine.for_content(bundled.content, real_words=loader)
    for query in ["fever", "Tasigna", "chemo", "sleepy", "time", "hair loss", "temperature"]:
        engine.search(query)
    assert loaded == []
    engine.search("shark")
    assert loaded == ["en"]


def test_a_typed_start_of_a_synonym_word_asks_the_word_list(bundled: LoadResult) -> None:
    """ "thro" may be "thrombocytopenia" still being typed, unless it is a real word."""
    loaded: list[str] = []

    def loader(language: str) -> RealWordTest | None:
        loaded.append(language)
        return real_word_test(language)

    SearchEngine.for_content(bundled.content, real_words=loader).search("thro")
    assert loaded == ["en"]


def test_without_a_word_list_typos_are_still_corrected(bundled: LoadResult) -> None:
    engine = SearchEngine.for_content(bundled.content, real_words=lambda _language: None)
    assert engine.search("imatinob").corrections == {"imatinob": "imatinib"}


@pytest.mark.parametrize(
    ("language", "word", "non_word"),
    [("en", "shaking", "imatinob"), ("es", "medicina", "medicinaq"),
     ("fr", "médicament", "médicamentz"), ("ar", "دواء", "ززززق")],
)  # fmt: skip
def test_real_words_of_each_language(language: str, word: str, non_word: str) -> None:
    test = real_word_test(language)
    assert test is not None
    assert test(fold(word)), word
    assert not test(fold(non_word)), non_word


def test_every_supported_language_is_tested_and_no_other() -> None:
    tested = {"en", "es", "fr", "ar"}  # the rows of test_real_words_of_each_language
    assert tested == LANGUAGES
    assert real_word_test("zz") is None


def test_a_real_word_is_not_another_word_that_starts_alike(engine: SearchEngine) -> None:
    response = engine.search("sore throat")
    assert response.corrections == {}  # not "throw" (as in "throw up")
    assert response.not_found == ("throat",)


def test_few_pages_with_every_word_are_followed_by_pages_with_some(
    engine: SearchEngine,
) -> None:
    results = top(engine, "what are the side effects of blinatumomab", 5)
    assert results[0] == "blinatumomab"  # the only page with every word
    assert "side-effects-immunotherapy" in results


# Fillers, opposites, medicines no page covers, finished words ------------------


@pytest.mark.parametrize("query", ["out", "lots", "very", "zzqxv out", "passed over"])
def test_a_filler_word_is_never_searched_on_its_own(engine: SearchEngine, query: str) -> None:
    """ "passed out" once found Hair loss ("fall out") and Tiredness ("worn out")."""
    response = engine.search(query)
    assert response.hits == ()
    assert response.searched_for == ()


def test_all_is_the_illness_in_capitals_or_alone_and_a_filler_beside_other_words(
    engine: SearchEngine,
) -> None:
    assert engine.search("ALL treatment").searched_for == ("all", "treatment")
    assert engine.search("all treatment").searched_for == ("treatment",)
    assert engine.search("hair all gone").searched_for == ("hair",)
    assert engine.search("all").hits == engine.search("ALL").hits != ()


@pytest.mark.parametrize("query", ["eating a lot", "eating lots", "eats loads"])
def test_a_filler_is_never_corrected_nor_named(engine: SearchEngine, query: str) -> None:
    response = engine.search(query)
    assert set(response.corrections) <= {"eats"}  # "eats" → "eat": the same word
    assert response.not_found == ()
    assert response.suggestions == ()  # never "eating a lost"


def test_which_way_a_word_is_used() -> None:
    """A word right after a word of less (or more) is used that way, within its clause."""
    english = bundled_words("en")
    ways = directions_in(["Not feeling like eating", "high temperature, temperature"], english)
    assert ways["eating"] == {-1}
    assert ways["temperature"] == {1, 0}  # the second one plainly, after the comma
    assert direction_of(["eating", "lot"], english) == 1
    assert direction_of(["low", "temperature"], english) == -1
    assert direction_of(["more", "hair", "loss"], english) == 0  # both ways: no way


def test_a_page_that_says_only_the_opposite_is_left_out() -> None:
    pages = [
        SearchDocument("less", Kind.SIDE_EFFECT, "Not feeling like eating", (), "Not eating."),
        SearchDocument("food", Kind.SECTION, "Food", (), "Eating well helps."),
    ]
    engine = SearchEngine(pages, real_words=lambda _language: None)
    assert [hit.id for hit in engine.search("eating a lot").hits] == ["food"]
    assert {hit.id for hit in engine.search("eating").hits} == {"less", "food"}
    assert {hit.id for hit in engine.search("not eating").hits} == {"less", "food"}


@pytest.mark.parametrize(
    "typed",
    ["prednisone", "mercaptopurine", "daunorubicin", "thioguanine", "etoposide", "nelarabine",
     "clofarabine", "intrathecal", "6-MP", "6 MP", "6MP", "mercaptopurin", "Prednisone",
     "Solu-Medrol", "Medrol", "Rayos", "Deltasone", "methylprednisolone"],
)  # fmt: skip
def test_a_medicine_no_page_covers_is_named_as_typed_never_replaced(
    engine: SearchEngine, typed: str
) -> None:
    """ "prednisone" was searched as "prednisolone", a different medicine; "Rayos" as
    "rays"; "Solu-Medrol" found hydrocortisone through "solu" (of Solu-Cortef). The name is
    reported as typed, not folded ("6-MP", not "6-mp")."""
    response = engine.search(typed)
    assert response.corrections == {}
    assert response.not_found == (typed,)
    assert response.hits == ()


@pytest.mark.parametrize(
    "typed", ["prednisone", "daunorubicin", "daunorubicn", "Deltasone", "prednisone chemo"]
)
def test_a_medicine_no_page_covers_is_offered_no_other_medicine(
    engine: SearchEngine, typed: str
) -> None:
    """ "Did you mean prednisolone" for prednisone, or doxorubicin for daunorubicin (or a
    typo of it), offers a different medicine: no page covers it, and that is all."""
    assert engine.search(typed).suggestions == ()


def test_the_medicines_no_page_covers_are_used_by_no_page(bundled: LoadResult) -> None:
    """If a page comes to cover one, its name moves to that page (or synonyms.yaml)."""
    engine = SearchEngine.for_content(bundled.content)
    used = engine._planner.vocabulary.index.set
    names = {fold(n) for a in bundled.content.agents for n in (*a.brand_names, *a.other_names)}
    names |= {fold(w) for s in bundled.content.synonyms for w in s.words if s.means or s.finds}
    offenders = [name for name in MEDICAL_WORDS if set(tokens(name)) <= used]
    offenders += [name for name in MEDICAL_WORDS if fold(name) in names - {"intrathecal"}]
    assert offenders == []
    assert "pegaspargase" not in {fold(n) for n in MEDICAL_WORDS}  # a form of asparaginase


def test_a_finished_word_completes_only_to_its_own_endings() -> None:
    english = bundled_words("en").endings
    assert ending("numb", "numbness", english) == "ness"
    assert ending("ache", "aching", english) == "ing"
    assert ending("dizzy", "dizziness", english) == "ness"
    assert ending("stop", "stopped", english) == "ed"
    assert ending("cat", "catching", english) is None
    assert ending("red", "reduce", english) is None
    assert is_own_word("er", 322208, 5090, english)  # "number" is a word of its own
    assert not is_own_word("er", 1543, 175083, english)  # "sicker" is "sick" + er
    assert not is_own_word("s", 10**6, 1, english)  # a grammatical ending: never another


@pytest.mark.parametrize(
    ("typed", "never"), [("numb", "numbers"), ("numb ", "numbers"), ("cat ", "catching")]
)
def test_a_finished_real_word_is_not_the_start_of_an_unrelated_word(
    engine: SearchEngine, typed: str, never: str
) -> None:
    """A space after a word finishes it; "numb", even while typed, is not on its way to
    "number" (a word of its own by the rule of endings)."""
    response = engine.search(typed)
    assert response.hits == ()
    assert response.not_found == (typed.strip(),)  # named, not completed into "never"
    assert never in engine._planner.vocabulary.index.set  # the word it once completed to


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("chemot", "chemotherapy"), ("infect", "infection"), ("tired", "fatigue")],
)  # fmt: skip
def test_a_start_or_a_word_with_its_endings_still_finds(
    engine: SearchEngine, typed: str, expected: str
) -> None:
    assert top(engine, typed) == [expected]


def test_a_word_of_the_synonyms_file_is_not_respelled(engine: SearchEngine) -> None:
    """ "allo" once became "alo" (ll → l) and found alopecia."""
    response = engine.search("allo")
    assert response.corrections == {}
    assert top(engine, "allo") == ["stem-cell-transplant"]


def test_a_phrase_inside_a_longer_phrase_is_the_longer_ones(engine: SearchEngine) -> None:
    """ "a cold" (an infection) is not "cold" (chills); "not responding to treatment" is
    not the sign "not responding"."""
    assert top(engine, "a cold", 5)[:1] == ["infection"]
    assert "nervous-system-problems" not in top(engine, "not responding to treatment", 5)


# A final review of search: each test failed before its fix ----------------------


@pytest.mark.parametrize("query", ["temperature after chemo", "temperature on chemo"])
def test_a_page_headed_by_a_word_asked_for_is_not_pushed_down_by_a_synonym(
    engine: SearchEngine, query: str
) -> None:
    """ "chemo" is on many pages: ranking by the share of the query once filled the top
    five with chemotherapy pages and left out Fever, the page "temperature" heads."""
    assert "fever" in top(engine, query, 5)


@pytest.mark.parametrize(
    ("query", "signs"),
    [("drowsy after stem cell transplant", {"nervous-system-problems", "fatigue"}),
     ("bruises after stem cell transplant", {"bleeding", "low-blood-counts"})],
)  # fmt: skip
def test_a_warning_sign_a_phrase_points_to_stays_in_the_top_five(
    engine: SearchEngine, query: str, signs: set[str]
) -> None:
    """Pages with more of the other words ("stem cell transplant") once pushed the signs
    a phrase points to out of the top five."""
    assert signs <= set(top(engine, query, 5))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("temp", "fever"), ("tempe", "fever"), ("temper", "fever"), ("tempera", "fever"),
     ("fat", "fatigue"), ("inf", "infection"), ("radio", "radiotherapy"), ("nose", "bleeding"),
     ("con", None), ("ste", None), ("fee", None), ("leu", None), ("cat", "infection")],
)  # fmt: skip
def test_a_real_word_still_being_typed_is_the_start_of_a_longer_word(
    engine: SearchEngine, typed: str, expected: str | None
) -> None:
    """Typing "temperature" once flickered "No page uses 'temp'", then "tempe", "temper"…:
    a last word that finds nothing as it is is searched as the start of a longer one."""
    response = engine.search(typed)
    assert response.not_found == ()
    assert response.hits
    if expected is not None:
        assert response.hits[0].id == expected


@pytest.mark.parametrize("typed", ["temper ", "temper chemo", "nose ", "fat "])
def test_a_word_with_a_space_after_it_is_finished(engine: SearchEngine, typed: str) -> None:
    """Only the last word may still be being typed: "temper chemo" is not "temperature"."""
    assert "fever" not in top(engine, typed, 5) and "bleeding" not in top(engine, typed, 5)
    assert "fatigue" not in top(engine, typed, 5)


def test_a_sign_after_a_name_says_which_way_a_test_came_out() -> None:
    assert typed_words("Ph+", "en") == ["ph", "positive"]
    assert typed_words("Ph- ALL", "en") == ["ph", "negative", "all"]
    assert typed_words("Ph-like", "en") == ["ph", "like"]  # inside a name: a hyphen
    assert typed_words("CD19+ cells", "en") == ["cd19", "positive", "cells"]
    assert typed_words("Ph+", "fr") == ["ph", "positif"]  # each language's own word
    assert typed_words("Ph- LAL", "fr") == ["ph", "negatif", "lal"]


def test_ph_negative_is_not_ph_positive(engine: SearchEngine) -> None:
    """ "Ph-" once gave what "Ph+" gives: the Philadelphia chromosome pages."""
    assert "philadelphia-chromosome" in top(engine, "Ph+", 5)
    minus = top(engine, "Ph-", 5)
    assert "philadelphia-chromosome" not in minus
    assert "term-philadelphia-chromosome" not in minus


@pytest.mark.parametrize("query", ["Ph-like", "BCR-ABL1-like", "Ph like ALL"])
def test_a_phrase_inside_a_longer_one_ranks_below_it(engine: SearchEngine, query: str) -> None:
    """ "BCR-ABL1" inside "BCR-ABL1-like" once put the BCR::ABL1 page first."""
    assert top(engine, query) == ["philadelphia-like"]


@pytest.mark.parametrize("query", ["high platelets", "raised neutrophils", "high haemoglobin"])
def test_a_page_pointed_to_is_left_out_if_its_title_says_the_other_way(
    engine: SearchEngine, query: str
) -> None:
    """ "platelets" points to Low blood cell counts; "high platelets" is not low counts."""
    assert "low-blood-counts" not in top(engine, query, 5)


@pytest.mark.parametrize("query", ["low platelets", "platelets", "neutrophils"])
def test_a_page_pointed_to_the_same_way_stays(engine: SearchEngine, query: str) -> None:
    assert "low-blood-counts" in top(engine, query, 5)


@pytest.mark.parametrize(
    ("query", "expected", "never"),
    [("fever not going down", "fever", "hair-loss"),
     ("lost a lot of blood", "bleeding", "loss-of-appetite"),
     ("headache won't go away", "headache", "targeted-treatment"),
     ("not able to speak", "nervous-system-problems", "infertility")],
)  # fmt: skip
def test_a_common_word_of_another_name_does_not_outrank_the_symptom(
    engine: SearchEngine, query: str, expected: str, never: str
) -> None:
    """ "going" of "going bald", "lost" of "lost appetite", "go" and "able" are common
    words: they once put Hair loss, Loss of appetite, Targeted treatment and Fertility
    problems first. Words that say more or less are left out of the name bonus, and
    each word counts by how rare it is in the language too."""
    results = top(engine, query, 5)
    assert results[0] == expected
    assert never not in results


def test_how_common_a_word_is_weighs_it() -> None:
    engine = SearchEngine([SearchDocument("a", Kind.SECTION, "A", (), "x")])
    planner = engine._planner
    assert planner.commonness("going") < 0.5 < planner.commonness("blood") < 1.0
    assert planner.commonness("fever") == planner.commonness("zzqx") == 1.0


@pytest.mark.parametrize("word", ["outside", "headstrong", "hairline", "bloodline"])
def test_a_real_word_is_split_only_into_words_the_pages_put_side_by_side(
    engine: SearchEngine, word: str
) -> None:
    """ "outside" was searched as "out side" and showed the side-effects pages."""
    response = engine.search(word)
    assert response.corrections == {}
    assert response.not_found == (word,)
    assert response.hits == ()


@pytest.mark.parametrize(
    ("typed", "named"),
    [("Solu-Zzqx", "Solu-Zzqx"), ("t(12;21)", "t(12;21)"), ("Zzqx-Cortef", "Zzqx-Cortef")],
)  # fmt: skip
def test_a_name_typed_with_joiners_is_one_unit(
    engine: SearchEngine, typed: str, named: str
) -> None:
    """A part no page uses that is no word: none of the name is searched ("solu" once
    found hydrocortisone through Solu-Cortef, "t" of "t(12;21)" the CAR T pages)."""
    response = engine.search(typed)
    assert response.not_found == (named,)
    assert response.hits == ()
    assert response.suggestions == ()


def test_a_compound_with_a_real_word_no_page_uses_searches_the_rest(
    engine: SearchEngine,
) -> None:
    response = engine.search("chemo-induced nausea")
    assert response.not_found == ("induced",)
    assert top(engine, "chemo-induced nausea") == ["nausea-and-vomiting"]


@pytest.mark.parametrize(
    ("query", "not_found"),
    [("weight loss", ("weight",)), ("losing weight", ("weight",)),
     ("high heart rate", ("heart", "rate")), ("t 12", ("12",))],
)  # fmt: skip
def test_a_word_that_says_nothing_alone_is_not_searched_alone(
    engine: SearchEngine, query: str, not_found: tuple[str, ...]
) -> None:
    """ "weight loss" once showed Hair loss through "loss", "high heart rate" Fever
    through "high": once the other words are left out, nothing is searched."""
    response = engine.search(query)
    assert response.not_found == not_found
    assert response.hits == ()


@pytest.mark.parametrize(
    "query", ["not neutropenic", "not sleepy", "not hot", "not confused", "hungry chemo"]
)
def test_a_word_of_the_synonyms_file_is_never_named_nor_respelled(
    engine: SearchEngine, query: str
) -> None:
    """ "not neutropenic" offered "not european"; "not sleepy" said no page uses "sleepy".
    Outside its phrase such a word is left out unnamed, and said to be (unsearched)."""
    response = engine.search(query)
    assert response.not_found == ()
    assert response.suggestions == ()
    assert response.corrections == {}
    if response.hits:
        assert response.unsearched == ("hungry",)
        assert response.searched_for == ("chemo",)


@pytest.mark.parametrize(
    "person", ["child", "my child", "son", "daughter", "baby", "toddler", "kid", "husband",
               "wife", "mum", "dad", "my son's"],
)  # fmt: skip
def test_a_word_for_the_person_is_a_filler(engine: SearchEngine, person: str) -> None:
    """ "my child is drowsy" is "drowsy"; "child" alone is neither searched nor named."""
    assert top(engine, f"{person} is drowsy", 5) == top(engine, "drowsy", 5)
    response = engine.search(person)
    assert response.hits == ()
    assert response.not_found == ()


@pytest.mark.parametrize("query", ["baby", "my baby", "baby is sleepy", "babies"])
def test_baby_never_leads_to_infertility(engine: SearchEngine, query: str) -> None:
    assert "infertility" not in top(engine, query, 5)


# Snippets ------------------------------------------------------------------------


def test_a_search_only_name_is_never_shown_in_the_snippet(bundled: LoadResult) -> None:
    """other_names are searched, never shown: a page found only through one shows the start
    of its body ("Oncovin" once showed "Oncovin, Vincasar, Vincasar PFS, Marqibo, …")."""
    engine = SearchEngine.for_content(bundled.content)
    checked = 0
    for agent in bundled.content.agents:
        body = fold(plain(agent.body))
        for name in agent.other_names:
            if fold(name) in body or name in agent.brand_names:
                continue
            [hit] = [h for h in engine.search(name).hits if h.id == agent.id]
            assert fold(name) not in fold(hit.snippet), (name, hit.snippet)
            checked += 1
    assert checked > 10
    [oncovin] = engine.search("Oncovin").hits[:1]
    assert oncovin.snippet.startswith("Vincristine is one of the chemotherapy medicines")
    assert oncovin.highlights == ()


def test_a_word_no_page_uses_is_named_once(engine: SearchEngine) -> None:
    assert engine.search("wizard wizard chemo").not_found == ("wizard",)
    assert engine.search("shark wizard shark").not_found == ("shark", "wizard")  # as typed


def test_stem_cell_therapy_finds_stem_cell_transplant_first(engine: SearchEngine) -> None:
    """Two of its three words are the title: before a page with the three words apart."""
    results = top(engine, "stem cell therapy", 5)
    assert set(results[:2]) == {"stem-cell-transplant", "term-stem-cell-transplant"}
    assert results.index("radiotherapy") > 1


def test_steroid_therapy_finds_the_steroids_not_other_therapies(engine: SearchEngine) -> None:
    """ "therapy" in a title ("CAR T-cell therapy") is not most of the query: the steroid
    pages come first, the overview of the medicines before each medicine."""
    results = top(engine, "steroid therapy", 5)
    assert results[0] == "chemotherapy-medicines"
    assert set(results[1:4]) == {"dexamethasone", "prednisolone", "hydrocortisone"}


@pytest.mark.parametrize(
    ("typed", "never", "why"),
    [("bar ", "nausea-and-vomiting", "not the start of 'barf'"),
     ("art ", "cytokine-release-syndrome", "not the start of 'arthralgia'"),
     ("bar chemo", "nausea-and-vomiting", "a word before another is finished")],
)  # fmt: skip
def test_a_finished_real_word_is_not_the_start_of_a_synonym_word(
    engine: SearchEngine, typed: str, never: str, why: str
) -> None:
    response = engine.search(typed)
    assert never not in [hit.id for hit in response.hits], why
    assert response.not_found == (typed.split()[0],)


def test_a_word_still_being_typed_ranks_below_the_pages_that_have_it(
    engine: SearchEngine,
) -> None:
    """ "thro": "throwing up" is on the nausea page; "thrombocytopenia" (low blood counts),
    a synonym the user may be typing, is offered below it."""
    results = top(engine, "thro", 5)
    assert results[0] == "nausea-and-vomiting"
    assert "low-blood-counts" in results[1:]


def test_shortened_forms_are_written_out_in_english_only() -> None:
    """In French "dont" is a word ("ce dont il a besoin"), not "do not"."""
    assert typed_words("ce dont il a besoin", "fr") == ["ce", "dont", "il", "a", "besoin"]
    assert typed_words("l'enfant n'a pas", "fr") == ["l", "enfant", "n", "a", "pas"]
    assert typed_words("dont", "en") == ["do", "not"]


def test_a_french_engine_searches_dont_as_typed() -> None:
    page = SearchDocument("besoins", Kind.SECTION, "Besoins", (), "Ce dont votre enfant a besoin.")
    engine = SearchEngine([page], language="fr", real_words=lambda _language: None)
    assert [hit.id for hit in engine.search("dont").hits] == ["besoins"]


def test_two_swapped_letters_are_one_typo(engine: SearchEngine) -> None:
    assert engine.search("fevre").corrections == {"fevre": "fever"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("can't wake him", "nervous-system-problems"), ("cant wake", "nervous-system-problems"),
     ("won't eat", "loss-of-appetite"), ("doesn't want to eat", "loss-of-appetite")],
)  # fmt: skip
def test_shortened_forms_are_read_whole(engine: SearchEngine, query: str, expected: str) -> None:
    assert top(engine, query) == [expected]
    assert engine.search(query).not_found == ()


def test_a_negated_phrase_is_not_its_meaning(engine: SearchEngine) -> None:
    """ "not sleepy" does not find what "sleepy" finds, and a lone "not" finds nothing."""
    assert engine.search("not sleepy").hits == ()
    assert engine.search("isn't sleepy").hits == ()


@pytest.mark.parametrize(
    "query", ["slurred speech", "speech slurred", "spots purple small", "floppy and sleepy"]
)
def test_a_phrase_in_another_order_still_matches_whole(engine: SearchEngine, query: str) -> None:
    response = engine.search(query)
    assert response.hits and response.not_found == ()


def test_little_words_that_make_a_phrase_are_kept(engine: SearchEngine) -> None:
    """ "how long" is a topic (the phases); "long" alone is not."""
    assert top(engine, "how long is chemo") == ["chemotherapy-phases"]
    assert "chemotherapy-phases" not in top(engine, "long term side effects", 5)


def test_a_real_word_gets_no_far_fetched_suggestion(engine: SearchEngine) -> None:
    response = engine.search("purple spots on legs")
    assert response.not_found == ("legs",)
    assert response.suggestions == ()  # never "less" or "lets"


def test_no_results_offers_did_you_mean(engine: SearchEngine) -> None:
    response = engine.search("chemotrepy")
    assert response.hits == ()
    assert "chemotherapy" in response.suggestions
    assert engine.search("xqzzyv").suggestions == ()


@pytest.mark.parametrize(
    ("query", "problem"),
    [("", QueryProblem.EMPTY), ("   ", QueryProblem.EMPTY), ("?!…", QueryProblem.EMPTY),
     ("x" * (MAX_QUERY_CHARS + 1), QueryProblem.TOO_LONG)],
)  # fmt: skip
def test_empty_or_absurd_query(engine: SearchEngine, query: str, problem: QueryProblem) -> None:
    """The core says why, as a reason to word: the interface words it, translated."""
    with pytest.raises(QueryError) as raised:
        engine.search(query)
    assert raised.value.problem is problem
    assert raised.value.limit == MAX_QUERY_CHARS


def test_highlights_point_at_the_match(engine: SearchEngine) -> None:
    hit = engine.search("hair").hits[0]
    start, end = hit.highlights[0]
    assert hit.snippet[start:end].lower() == "hair"


AGREED = ["tiredness", "Tasigna", "imatinob", "vinc", "TKI", "sick to my stomach",
          "steroid therapy", "stem cell therapy", "what are the side effects of chemo",
          "gene", "special care",  # a word with some endings only: an OR in FTS5
          "fever not going down", "temperature after chemo", "temp"]  # fmt: skip


def test_both_backends_agree(bundled: LoadResult) -> None:
    """The pure-Python index scores as FTS5's bm25() does: the same order, the same scores."""
    fts = SearchEngine.for_content(bundled.content, backend="fts5")
    python = SearchEngine.for_content(bundled.content, backend="python")
    for query in AGREED:
        scored = [[(h.id, round(h.score, 6)) for h in e.search(query).hits] for e in (fts, python)]
        assert scored[0] == scored[1], query


def test_falls_back_to_python_without_fts5(
    bundled: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backends_module, "fts5_available", lambda: False)
    engine = SearchEngine.for_content(bundled.content)
    assert engine.backend.name == "python"
    assert top(engine, "Tasigna") == ["nilotinib"]


def test_text_helpers() -> None:
    assert fold("Dexaméthasone ÉTÉ") == "dexamethasone ete"
    assert tokens("BCR::ABL1 and T-cells") == ["bcr", "abl1", "and", "t", "cells"]
    assert plain("**Hi** [there](#x).[^ref-1]\n\n- one\n- two") == "Hi there. • one • two"
    written_out = ["can", "not", "wake", "my", "son", "dad"]
    assert typed_words("Can't wake my son’s dad", "en") == written_out
    assert typed_words("dont, wont, cannot", "en") == ["do", "not", "will", "not", "can", "not"]
    assert typed_words("red dot", "en") == ["red", "dot"]  # no "n't" there


# The search command ------------------------------------------------------


def test_search_command_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "tiredness", "--json", "--limit", "3"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert 1 <= len(results) <= 3
    for result in results:
        assert {"id", "kind", "title", "snippet", "score"} <= set(result)
    assert results[0]["id"] == "fatigue"
    assert results[0]["kind"] == "side-effect"
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)


def test_search_command_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Iclusig"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["RANK", "KIND", "TITLE", "SNIPPET"]
    assert out[1].split()[:3] == ["1", "agent", "Ponatinib"]


@pytest.mark.parametrize("query", ["kymriah car t", "does chemo cause hair loss"])
def test_the_score_is_the_sort_key(
    engine: SearchEngine, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pages with more of the query first: the score shown (and in --json) follows that
    order, and the table numbers the ranks ("kymriah car t" once showed 111.4 above 227.5)."""
    scores = [hit.score for hit in engine.search(query).hits]
    assert len(scores) > 3 and scores == sorted(scores, reverse=True)
    assert main(["search", query, "--limit", "3"]) == 0
    ranks = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert ranks == ["1", "2", "3"]


def test_search_command_no_results(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "chemotrepy"]) == 0
    assert capsys.readouterr().out == "No results for “chemotrepy”.\nDid you mean: chemotherapy?\n"


def test_search_command_says_what_was_searched_when_a_word_is_left_out_unnamed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ "hungry" means something only in its phrase ("not hungry"): not named, not searched."""
    assert main(["search", "hungry chemo", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "(searched only for “chemo”)"
    assert "Chemotherapy" in out[2]


def test_search_command_names_words_no_page_uses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "chemotrepy side effects"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["(no page uses “chemotrepy”)", "Did you mean: chemotherapy side effects?"]
    assert out[2].split() == ["RANK", "KIND", "TITLE", "SNIPPET"]
    assert "Side effects" in out[3]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["search", "   "], "allguide: error: Type a word to search for."),
     (["search", "a" * 300],
      "allguide: error: That search is too long. Use fewer than 200 letters."),
     (["search", "x", "--limit", "0"], "allguide: error: --limit must be between 1 and 1000"),
     (["search", "x", "--lang", "zz"],
      "allguide: error: unknown language 'zz' (available: " + AVAILABLE + ")")],
)  # fmt: skip
def test_search_command_bad_query(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert capsys.readouterr().err.strip() == message
