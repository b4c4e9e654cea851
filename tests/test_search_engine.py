"""Search matching rules, each with its own examples, on both index backends."""

from __future__ import annotations

import json

import pytest

from allguide.cli import main
from allguide.content import LoadResult
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


@pytest.mark.parametrize("word", ["hungry", "tumor", "shark", "weak", "wizard"])
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
    assert "anaemia" in set(variants("anemia", "en"))
    assert "diarrhoea" in set(variants("diarrhea", "en"))
    assert "tumour" in set(variants("tumor", "en"))
    assert "centre" in set(variants("center", "en"))
    assert list(variants("anemia", "fr")) == []


def test_the_word_list_is_loaded_only_when_a_word_is_unknown(bundled: LoadResult) -> None:
    """Start-up is budgeted: building the engine and known words never load the list."""
    loaded: list[str] = []

    def loader(language: str) -> RealWordTest | None:
        loaded.append(language)
        return real_word_test(language)

    engine = SearchEngine.for_content(bundled.content, real_words=loader)
    for query in ["fever", "Tasigna", "sick to my stomach", "chemo", "sleepy", "time"]:
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
    ways = directions_in(["Not feeling like eating", "high temperature, temperature"], "en")
    assert ways["eating"] == {-1}
    assert ways["temperature"] == {1, 0}  # the second one plainly, after the comma
    assert direction_of(["eating", "lot"], "en") == 1
    assert direction_of(["low", "temperature"], "en") == -1
    assert direction_of(["more", "hair", "loss"], "en") == 0  # both ways: no way


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
    ("typed", "named"),
    [("prednisone", "prednisone"), ("mercaptopurine", "mercaptopurine"),
     ("daunorubicin", "daunorubicin"), ("thioguanine", "thioguanine"),
     ("etoposide", "etoposide"), ("nelarabine", "nelarabine"), ("clofarabine", "clofarabine"),
     ("intrathecal", "intrathecal"), ("6-MP", "6-mp"), ("6 MP", "6-mp"), ("6MP", "6mp"),
     ("mercaptopurin", "mercaptopurin")],
)  # fmt: skip
def test_a_medicine_no_page_covers_is_named_never_replaced(
    engine: SearchEngine, typed: str, named: str
) -> None:
    """ "prednisone" was searched as "prednisolone", a different medicine."""
    response = engine.search(typed)
    assert response.corrections == {}
    assert response.not_found == (named,)
    assert response.hits == ()


def test_a_medicine_no_page_covers_is_offered_the_near_name_only_as_a_suggestion(
    engine: SearchEngine,
) -> None:
    assert engine.search("prednisone").suggestions == ("prednisolone",)


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
    assert ending("numb", "numbness") == "ness"
    assert ending("ache", "aching") == "ing"
    assert ending("dizzy", "dizziness") == "ness"
    assert ending("cat", "catching") is None
    assert ending("red", "reduce") is None
    assert is_own_word("er", 322208, 5090)  # "number" is a word of its own, not numb + er
    assert not is_own_word("er", 1543, 175083)  # "sicker" is "sick" + er
    assert not is_own_word("s", 10**6, 1)  # a grammatical ending never makes another word


@pytest.mark.parametrize(("word", "never"), [("numb", "numbers"), ("cat", "catching")])
def test_a_finished_real_word_is_not_the_start_of_an_unrelated_word(
    engine: SearchEngine, word: str, never: str
) -> None:
    response = engine.search(word)
    assert response.hits == ()
    assert response.not_found == (word,)  # named, not completed into "never"
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
    assert engine.search("hungry hungry chemo").not_found == ("hungry",)
    assert engine.search("shark hungry shark").not_found == ("shark", "hungry")  # as typed


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
    ("word", "never", "why"),
    [("bar", "nausea-and-vomiting", "not the start of 'barf'"),
     ("art", "cytokine-release-syndrome", "not the start of 'arthralgia'")],
)  # fmt: skip
def test_a_real_word_is_not_the_start_of_a_synonym_word(
    engine: SearchEngine, word: str, never: str, why: str
) -> None:
    response = engine.search(word)
    assert never not in [hit.id for hit in response.hits], why
    assert response.not_found == (word,)


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
          "gene", "special care"]  # fmt: skip  # a word with some endings only: an OR in FTS5


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
    assert out[0].split() == ["SCORE", "KIND", "TITLE", "SNIPPET"]
    assert "Ponatinib" in out[1]


def test_search_command_no_results(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "chemotrepy"]) == 0
    assert capsys.readouterr().out == "No results for “chemotrepy”.\nDid you mean: chemotherapy?\n"


def test_search_command_names_words_no_page_uses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "chemotrepy side effects"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["(no page uses “chemotrepy”)", "Did you mean: chemotherapy side effects?"]
    assert out[2].split() == ["SCORE", "KIND", "TITLE", "SNIPPET"]
    assert "Side effects" in out[3]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["search", "   "], "allguide: error: Type a word to search for."),
     (["search", "a" * 300],
      "allguide: error: That search is too long. Use fewer than 200 letters."),
     (["search", "x", "--limit", "0"], "allguide: error: --limit must be between 1 and 1000"),
     (["search", "x", "--lang", "zz"], "allguide: error: unknown language 'zz' (available: en)")],
)  # fmt: skip
def test_search_command_bad_query(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert capsys.readouterr().err.strip() == message
