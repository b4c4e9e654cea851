"""Search matching rules, each with its own examples, on both index backends."""

from __future__ import annotations

import json

import pytest

from allguide.cli import main
from allguide.content import LoadResult
from allguide.search import QueryError, QueryProblem, SearchEngine
from allguide.search import backends as backends_module
from allguide.search.documents import Kind, SearchDocument
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


def test_a_real_word_is_offered_alike_words_only_as_suggestions(engine: SearchEngine) -> None:
    response = engine.search("hare loss")
    assert response.corrections == {}
    assert response.not_found == ("hare",)
    assert response.suggestions == ("hair loss",)  # offered, never searched silently
    assert engine.search("shark").suggestions == ()  # nothing alike starting with its letter


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
          "steroid therapy", "stem cell therapy", "what are the side effects of chemo"]  # fmt: skip


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
    assert main(["search", "hare loss"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["(no page uses “hare”)", "Did you mean: hair loss?"]
    assert out[2].split() == ["SCORE", "KIND", "TITLE", "SNIPPET"]
    assert "Hair loss" in out[3]


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
