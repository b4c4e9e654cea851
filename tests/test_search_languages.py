"""Search in every language (issue 11, section 4): each language's own search words,
folding, real words never "corrected", English medicine names, through the real search.

The translators' reports are rows here: each fails if the behaviour it holds breaks.
"""

from __future__ import annotations

import ast
import dataclasses
import logging
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from unittest import mock

import pytest

from allguide.content import LoadResult, available_languages, language_dir, load_bundled
from allguide.content.bundled import bundled_search_words
from allguide.content.model import Content, SearchWords
from allguide.search import SearchEngine, SearchResponse
from allguide.search.direction import directions_in
from allguide.search.documents import Kind, SearchDocument
from allguide.search.text import fold, typed_words
from allguide.search.words import bundled_words, words_of
from tests.conftest import line_of

LANGUAGES = available_languages()
SEARCH_PACKAGE = Path(__file__).resolve().parents[1] / "allguide" / "search"


@cache
def engine(language: str) -> SearchEngine:
    return SearchEngine.for_content(load_bundled(language).content)


def search(language: str, query: str) -> SearchResponse:
    return engine(language).search(query, limit=5)


def found(language: str, query: str) -> list[str]:
    return [hit.id for hit in search(language, query).hits]


# The words are content, per language -----------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_own_search_words(language: str) -> None:
    words = load_bundled(language).content.search_words
    for name in ("stop_words", "fillers", "people", "not_before", "not_after", "more", "less"):
        assert getattr(words, name), f"{language}: no {name} in search-words.yaml"
    assert words.signs, f"{language}: '+' and '-' after a name are read in English only"


def words_listed_in_code() -> set[str]:
    """Every string of a literal set, list, tuple or dict of three or more strings in the
    search package: where a list of words would be (examples in prose are not)."""
    found: set[str] = set()
    for path in SEARCH_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
            if not isinstance(node, ast.Set | ast.List | ast.Tuple | ast.Dict) or not items:
                continue
            strings = [
                i.value for i in items if isinstance(i, ast.Constant) and type(i.value) is str
            ]
            if len(strings) >= 3:
                found.update(strings)
    return found


def test_no_word_list_is_left_in_the_code() -> None:
    """The lists moved to search-words.yaml: no list in the code holds their words."""
    english = load_bundled("en").content.search_words
    listed = {*english.stop_words, *english.fillers, *english.people, *english.more}
    listed |= {*english.less, *english.not_before, *english.not_after, *english.yes_after}
    listed |= {first for first, _second in english.spellings}
    listed = {word for word in listed if len(word) > 2}
    in_code = words_listed_in_code()
    assert listed and not listed & in_code, sorted(listed & in_code)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_search_words_are_the_files(language: str) -> None:
    """Read alone from compiled.json (for a caller with no content) they are the YAML's."""
    yaml = load_bundled(language, full_validation=True).content.search_words
    assert bundled_search_words(language) == yaml
    assert yaml != SearchWords()


def test_a_language_loaded_already_is_not_read_again_for_its_words() -> None:
    """The side-effect filter asks by language id: the app's own language costs nothing."""
    loaded = load_bundled("fr").content.search_words
    with mock.patch("allguide.content.bundled.fingerprint") as fingerprint:
        assert bundled_search_words("fr") == loaded
    fingerprint.assert_not_called()


def test_a_second_search_words_entry_is_reported_at_its_line(
    content_copy: Path, load_copy: Callable[[], LoadResult]
) -> None:
    path = content_copy / "zz-more-words.yaml"  # loaded after search-words.yaml
    path.write_text("search_words:\n  fillers: [zzqx]\n", "utf-8")
    messages = [str(error) for error in load_copy().errors]
    assert messages == ["en/zz-more-words.yaml:1: a second 'search_words' entry; ignored"]


def test_an_unknown_list_is_reported_at_its_line(
    content_copy: Path, load_copy: Callable[[], LoadResult]
) -> None:
    path = content_copy / "search-words.yaml"
    text = path.read_text("utf-8").replace("  fillers:\n", "  filers:\n", 1)
    path.write_text(text, "utf-8")
    [message] = [str(error) for error in load_copy().errors]
    assert message.startswith(f"en/search-words.yaml:{line_of(path, 'filers:')}: ")
    assert "'filers'" in message


# Folding: one function for the pages and the query ----------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [("nauseas", "náuseas"), ("nausees", "Nausées"), ("coeur", "cœur"), ("COEUR", "Cœur"),
     ("soeur", "sœur"), ("ex aequo", "ex æquo"),
     ("الى", "إلى"), ("احمد", "أحمد"), ("امنه", "آمنة"), ("الوصل", "ٱلوصل"),  # alef forms
     ("حمه", "حمة"), ("الحمي", "الحمى"),  # taa marbuta and haa, alef maqsura and yaa
     ("الحمى", "الحُمّى"), ("شديدا", "شديدًا"), ("الم", "ألمْ"),  # harakat, shadda, tanween, sukun
     ("حمى", "حـــمى"),  # tatweel
     ("3 اشهر", "٣ أشهر"), ("12", "۱۲")],  # Arabic-Indic digits
)  # fmt: skip
def test_what_differs_only_in_typing_is_folded_alike(typed: str, written: str) -> None:
    assert fold(typed) == fold(written)


@pytest.mark.parametrize("backend", ["fts5", "python"])
@pytest.mark.parametrize(
    ("written", "typed"),
    [("Mal au cœur", "coeur"), ("Mal au coeur", "cœur"), ("حُمّى شديدة", "حمي"),
     ("إلى الطبيب", "الي"), ("كل ٣ أشهر", "3")],
)  # fmt: skip
def test_the_index_and_the_query_fold_alike_and_the_page_keeps_its_text(
    backend: str, written: str, typed: str
) -> None:
    page = SearchDocument("page", Kind.SECTION, "Page", (), written)
    pages = [page, SearchDocument("other", Kind.SECTION, "Other", (), "nothing")]
    hits = SearchEngine(pages, backend=backend, real_words=lambda _language: None).search(typed)
    [hit] = hits.hits
    assert hit.snippet == written  # only what is compared is folded
    [(start, end)] = hit.highlights
    assert fold(written[start:end]) == fold(typed) or fold(written[start:end]).startswith(
        fold(typed)
    )


def test_arabic_queries_typed_either_way_find_the_same_pages() -> None:
    assert found("ar", "الحمي")[:1] == found("ar", "الحُمّى")[:1] == ["fever"]


@pytest.mark.parametrize(
    ("language", "typed"), [("es", "nauseas"), ("fr", "nausees"), ("fr", "vomissement")]
)
def test_accents_never_matter(language: str, typed: str) -> None:
    assert found(language, typed)[:1] == ["nausea-and-vomiting"]


# Each language's words at work: the translators' reports --------------------------


@dataclasses.dataclass(frozen=True)
class Leads:
    """In ``language``, ``query`` finds ``first`` first (if given) and never ``never``."""

    language: str
    query: str
    first: str = ""
    never: tuple[str, ...] = ()
    why: str = ""


LEADS = [
    # Words of more or less, after the word too: a low temperature is no fever.
    Leads("es", "temperatura baja", never=("fever",), why="direction words were English only"),
    Leads("es", "temperatura alta", first="fever"),
    Leads("fr", "température basse", never=("fever",)),
    Leads("fr", "fièvre élevée", first="fever"),
    Leads("ar", "حرارة منخفضة", never=("fever",)),
    Leads("ar", "حرارة مرتفعة", first="fever"),
    Leads("fr", "mange beaucoup", never=("loss-of-appetite",), why="the opposite"),
    Leads("es", "recuento alto", never=("low-blood-counts",), why="'Recuentos bajos…'"),
    Leads("fr", "taux élevé", never=("low-blood-counts",), why="'Taux bas…'"),
    Leads("ar", "صفائح مرتفعة", never=("low-blood-counts",)),
    # Negations: a sign's phrase after one is not matched.
    Leads("es", "no está somnoliento", never=("nervous-system-problems",)),
    Leads("es", "somnoliento", first="nervous-system-problems"),
    Leads("fr", "pas somnolent", never=("nervous-system-problems",)),
    Leads("fr", "très somnolent", first="nervous-system-problems"),
    Leads("ar", "مش نعسان", never=("nervous-system-problems",)),
    Leads("ar", "نعسان", first="nervous-system-problems"),
    # Words for the person: never a medicine approved for children.
    Leads("fr", "avoir des enfants plus tard", first="infertility", never=("tisagenlecleucel",),
          why="'enfants' was searched alone"),
    Leads("fr", "mon fils a de la fièvre", first="fever", never=("tisagenlecleucel",)),
    Leads("es", "mi hijo tiene fiebre", first="fever", never=("tisagenlecleucel",)),
    Leads("ar", "ابني عنده حمى", first="fever", never=("tisagenlecleucel",)),
    # Which way a test came out, in the language's own words.
    Leads("es", "Ph+", first="philadelphia-chromosome"),  # the page, as en, fr, ar
    Leads("fr", "Ph+", first="philadelphia-chromosome"),
    Leads("ar", "Ph+", first="philadelphia-chromosome"),
    *(Leads(language, "Ph-", never=("philadelphia-chromosome", "term-philadelphia-chromosome"),
            why="'Ph-' read as 'Ph+'") for language in ("es", "fr", "ar")),
    # Real words stay themselves, even while typed.
    Leads("fr", "chambre stérile", never=("infertility",), why="not 'stérilité'"),
    Leads("fr", "stérile", never=("infertility",)),
    Leads("es", "habitación estéril", never=("infertility", "dexamethasone"),
          why="not 'esteroide', nor 'esterilidad'"),
    Leads("es", "estéril", never=("infertility", "dexamethasone", "prednisolone")),
    # "œ" folded.
    Leads("fr", "mal au coeur", first="nausea-and-vomiting"),
    Leads("fr", "mal au cœur", first="nausea-and-vomiting"),
]  # fmt: skip


@pytest.mark.parametrize("case", LEADS, ids=[f"{c.language}: {c.query}" for c in LEADS])
def test_words_lead_where_they_must_in_every_language(case: Leads) -> None:
    results = found(case.language, case.query)
    if case.first:
        assert results[:1] == [case.first], (case.why, results)
    for page in case.never:
        assert page not in results, (case.why, results)


@pytest.mark.parametrize(
    ("language", "query", "searched"),
    [("es", "mi hijo tiene fiebre", "fiebre"), ("fr", "mon fils a de la fièvre", "fievre"),
     ("ar", "ابني عنده حمى", "حمي"), ("es", "a mi hija le duele la cabeza", "duele cabeza"),
     ("fr", "ma fille a mal à la tête", "mal tete")],
)  # fmt: skip
def test_words_for_the_person_are_neither_searched_nor_named(
    language: str, query: str, searched: str
) -> None:
    response = search(language, query)
    assert response.searched_for == tuple(searched.split())
    assert response.not_found == ()


@pytest.mark.parametrize(
    ("language", "text", "word", "ways"),
    [("en", "high temperature", "temperature", {1}),
     ("en", "temperature high", "temperature", {0}),
     ("es", "temperatura alta", "temperatura", {1}),
     ("fr", "température basse", "temperature", {-1}),
     ("fr", "forte fièvre", "fievre", {1}), ("ar", "حرارة مرتفعة", "حراره", {1}),
     ("ar", "ارتفاع الحرارة", "الحراره", {1})],
)  # fmt: skip
def test_a_word_of_more_or_less_counts_where_the_language_puts_it(
    language: str, text: str, word: str, ways: set[int]
) -> None:
    """Before the word in every language; after it too where adjectives follow the noun."""
    assert directions_in([text], bundled_words(language))[word] == ways


def test_a_little_word_of_spanish_is_not_searched() -> None:
    """ "le" was searched as a word of its own."""
    response = search("es", "le duele la cabeza")
    assert "le" not in response.searched_for
    assert response.hits[0].id == "headache"


def test_a_filler_inside_a_phrase_does_not_break_it() -> None:
    """ "cae" is matched to "caída" through the phrase "se le cae el pelo", "mucho" or not."""
    for query in ("se le cae el pelo", "se le cae mucho el pelo"):
        response = search("es", query)
        assert response.hits[0].id == "hair-loss"
        assert response.unsearched == (), query  # "cae" understood, not left out


def test_a_filler_before_a_phrase_does_not_undo_its_negation() -> None:
    assert "nervous-system-problems" not in found("en", "not very sleepy")
    assert found("en", "very sleepy")[:1] == ["nervous-system-problems"]


@pytest.mark.parametrize(
    ("language", "typed", "words"),
    [("en", "Ph- ALL", ["ph", "negative", "all"]), ("es", "Ph+", ["ph", "positivo"]),
     ("es", "CD19-", ["cd19", "negativo"]), ("fr", "Ph-", ["ph", "negatif"]),
     ("ar", "Ph+", ["ph", "موجب"]), ("fr", "Ph-like", ["ph", "like"])],
)  # fmt: skip
def test_a_sign_is_read_in_each_language(language: str, typed: str, words: list[str]) -> None:
    assert typed_words(typed, language) == words


# A real word of the language is never "corrected" into another word ---------------


@pytest.mark.parametrize(
    ("language", "word"),
    [("es", "estéril"), ("fr", "stérile"), ("es", "casa"), ("fr", "gênée"), ("ar", "عادي"),
     ("ar", "ثلاثون")],
)  # fmt: skip
def test_a_real_word_stays_itself(language: str, word: str) -> None:
    assert search(language, word + " ").corrections == {}


@pytest.mark.parametrize(
    ("language", "typed", "searched"),
    [("es", "completas", "completa"), ("fr", "cerveaux", "cerveau"), ("fr", "cancers", "cancer"),
     ("ar", "أدويته", "ادويه"), ("ar", "اختبارات", "اختبار"),
     ("es", "metotrexto", "metotrexato"), ("fr", "dexamétazone", "dexamethasone")],
)  # fmt: skip
def test_another_ending_or_a_typo_is_still_found(language: str, typed: str, searched: str) -> None:
    response = search(language, typed + " ")
    assert response.corrections == {fold(typed): searched}
    assert response.searched_for == (searched,)


def sample_of_real_words(language: str, size: int = 1500) -> list[str]:
    """Common words of the language's word list, spread over it."""
    path = Path(str(Path(language_dir(language)).parents[1] / "words" / f"{language}.txt"))
    lines = path.read_text("utf-8").splitlines()[1:]
    words = [word for word, count in (line.rsplit(" ", 1) for line in lines) if int(count) >= 500]
    words = [word for word in words if word.isalpha() and len(word) >= 4]
    return words[:: max(1, len(words) // size)]


def spanish_plurals() -> list[str]:
    """Plurals of common Spanish words, which its word list often lacks ("manos")."""
    return [word + "s" for word in sample_of_real_words("es") if word[-1] in "aeo"]


@pytest.mark.parametrize(
    ("language", "words"),
    [*((lang, sample_of_real_words) for lang in LANGUAGES if lang != "en"),
     ("es", lambda _language: spanish_plurals())],
    ids=[*(lang for lang in LANGUAGES if lang != "en"), "es-plurals"],
)  # fmt: skip
def test_a_real_word_changes_only_by_its_own_endings(
    language: str, words: Callable[[str], list[str]]
) -> None:
    """Over common words of the language: a correction only ever takes off an ending the
    language lists (a plural), never makes another word of it by likeness or as a typo
    ("estéril" is not "esteroide"; "manos" not "años")."""
    searcher = engine(language)
    endings = words_of(load_bundled(language).content).endings
    wrong = []
    for word in words(language):
        for typed, searched in searcher._planner.plan(word + " ").corrections.items():
            bases = {typed[: -len(end)] for end in endings.taken_off if typed.endswith(end)}
            forms = bases | {base + letter for base in bases for letter in endings.put_back}
            if searched not in forms and searched.replace(" ", "") != typed:
                wrong.append(f"{typed} → {searched}")
    assert wrong == []


# An English medicine or brand name finds the medicine in every language -----------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "page"),
    [("Blincyto", "blinatumomab"), ("methotrexate", "methotrexate"),
     ("cyclophosphamide", "cyclophosphamide"), ("doxorubicin", "doxorubicin"),
     ("inotuzumab ozogamicin", "inotuzumab-ozogamicin"), ("Kymriah", "tisagenlecleucel")],
)  # fmt: skip
def test_an_english_name_finds_the_medicine(language: str, name: str, page: str) -> None:
    assert found(language, name)[:1] == [page]


def without_english_names(content: Content) -> Content:
    """The content without synonyms, other names and English names in its text."""
    english = {agent.id: agent.name for agent in load_bundled("en").content.agents}

    def unnamed(text: str, agent_id: str) -> str:
        return re.sub(re.escape(english[agent_id]), "", text, flags=re.IGNORECASE)

    agents = tuple(
        dataclasses.replace(
            agent,
            other_names=(),
            body=unnamed(agent.body, agent.id),
            approved_for=unnamed(agent.approved_for, agent.id),
        )
        for agent in content.agents
    )
    return dataclasses.replace(content, synonyms=(), agents=agents)


@pytest.mark.parametrize(
    ("language", "name"),
    [("es", "cyclophosphamide"), ("ar", "methotrexate"), ("ar", "imatinib")],
)
def test_english_names_come_from_the_english_content(language: str, name: str) -> None:
    """Not from each translator's synonyms or text: from the English pages, by id."""
    content = without_english_names(load_bundled(language).content)
    with_english = SearchEngine.for_content(content)
    assert [hit.id for hit in with_english.search(name).hits][:1] == [name]
    # The page shows its own names only: the English name is searched, never shown.
    assert name not in with_english.search(name).hits[0].snippet.casefold()
    alone = SearchEngine.for_content(content, original=lambda _language: None)
    assert name not in [hit.id for hit in alone.search(name).hits][:1]


def test_english_content_loads_no_other_content(caplog: pytest.LogCaptureFixture) -> None:
    asked: list[str] = []

    def original(language: str) -> Content | None:
        asked.append(language)
        return None

    with caplog.at_level(logging.WARNING):
        SearchEngine.for_content(load_bundled("en").content, original=original)
    assert asked == []


# Callers with only a language's id -------------------------------------------------


def test_callers_with_a_language_id_get_that_languages_words() -> None:
    from allguide.search import phrases
    from allguide.search.stopwords import stopwords

    assert stopwords("es") == bundled_words("es").stop_words
    assert "le" in stopwords("es") and "the" in stopwords("en")
    assert bundled_words("en").not_before == phrases.NEGATION_BEFORE  # the side-effect filter
    assert stopwords("xx") == frozenset()  # no such language: no words
