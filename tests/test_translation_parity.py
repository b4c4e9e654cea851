"""A translation is checked against English (allguide/content/parity.py): each difference in
ids, structure, citations, links, numbers or brand names is one ``file:line: message`` of
the translated file, from ``allguide validate`` and ``compile-content`` alike.

Translations are made here from copies of the English files, then broken one way at a time.
"""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from allguide.cli import main
from allguide.content import available_languages, language_dir, load_bundled
from allguide.content import bundled as bundled_module
from allguide.content.compile import compile_bundled
from allguide.content.parity import bundled_translation_problems

ENGLISH_UPDATED = "2025-03-20"
Edit = Callable[[str, str, str], Path]


def copy_yaml(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name.endswith(".yaml"):
            (target / entry.name).write_text(entry.read_text("utf-8"), "utf-8")
    return target


def replace_once(path: Path, old: str, new: str) -> Path:
    text = path.read_text("utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
    path.write_text(text.replace(old, new), "utf-8")
    return path


def line_of(path: Path, needle: str, after: int = 0) -> int:
    """The 1-based line of the first line after line ``after`` that holds ``needle``."""
    lines, needle = path.read_text("utf-8").split("\n"), needle.rstrip("\n")
    return next(n for n, line in enumerate(lines, 1) if n > after and needle in line)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """``content/en`` (the English files) and ``content/es``, a faithful "translation"."""
    content = tmp_path / "content"
    english = Path(str(language_dir("en")))
    copy_yaml(english, content / "en")
    es = copy_yaml(english, content / "es")
    translation = (
        f"  language: es\n  translation: {{of_language: en, of_updated: {ENGLISH_UPDATED}}}\n"
    )
    replace_once(es / "document.yaml", "  language: en\n", translation)
    return content


@pytest.fixture
def en(root: Path) -> Path:
    return root / "en"


@pytest.fixture
def es(root: Path) -> Path:
    return root / "es"


@pytest.fixture
def edit(es: Path) -> Edit:
    """Replace ``old`` with ``new`` (exactly once) in one file of the translation."""
    return lambda name, old, new: replace_once(es / name, old, new)


def validate(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """``allguide validate FOLDER``: its status and the problems it printed."""
    status = main(["validate", str(folder)])
    err = capsys.readouterr().err.splitlines()
    if status == 0:
        assert err == []
        return status, []
    assert err[-1] == f"{len(err) - 1} problem(s) found"
    return status, err[:-1]


# A faithful translation passes -------------------------------------------------------------


def test_a_faithful_translation_passes(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out] == ["ok (en)", "ok (es)"]


# Ids -----------------------------------------------------------------------------------------


def test_a_missing_id_is_named_with_its_english_place(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    track = "  - id: track-total-body-irradiation\n"
    text = (es / "phases.yaml").read_text("utf-8")
    start = text.index(track)
    end = text.index("\n  - id: ", start + 1) + 1
    (es / "phases.yaml").write_text(text[:start] + text[end:], "utf-8")
    line = line_of(es / "phases.yaml", "timeline_tracks:")
    english_line = line_of(en / "phases.yaml", track)
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/phases.yaml:{line}: timeline track 'track-total-body-irradiation' is missing "
            f"({en}/phases.yaml:{english_line})"
        ],
    )


def test_an_extra_id_is_named_where_it_is(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = "  - id: term-extra\n    term: Extra\n    definition: Words English has not.\n\n"
    edit("glossary.yaml", "  - id: term-bone-marrow\n", extra + "  - id: term-bone-marrow\n")
    line = line_of(es / "glossary.yaml", "id: term-extra")
    assert validate(root, capsys) == (
        1,
        [f"{es}/glossary.yaml:{line}: glossary term 'term-extra' is not in English"],
    )


def test_items_out_of_english_order(
    root: Path, en: Path, es: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tree and the lists show the file's order: a translation keeps English's."""
    path = es / "glossary.yaml"
    text = path.read_text("utf-8")
    first, second = text.index("  - id: term-bone-marrow\n"), text.index("  - id: term-complete")
    third = text.index("  - id: ", second + 1)
    path.write_text(text[:first] + text[second:third] + text[first:second] + text[third:], "utf-8")
    english_line = line_of(en / "glossary.yaml", "id: term-bone-marrow")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/glossary.yaml:{line_of(path, 'id: term-complete-remission')}: glossary term "
            f"'term-complete-remission' is out of English's order: English has 'term-bone-marrow' "
            f"here ({en}/glossary.yaml:{english_line})"
        ],
    )


# Structure -----------------------------------------------------------------------------------


def test_a_different_parent(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    item = "  - id: chemotherapy-phases\n"
    edit(
        "sections.yaml",
        f"{item}    parent: chemotherapy\n",
        f"{item}    parent: targeted-treatment\n",
    )
    line = line_of(es / "sections.yaml", "parent: targeted-treatment")
    english_line = line_of(en / "sections.yaml", item) + 1
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{line}: chemotherapy-phases: parent is 'targeted-treatment', "
            f"English has 'chemotherapy' ({en}/sections.yaml:{english_line})"
        ],
    )


def test_a_changed_list_length(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    full = "    treatments: [chemotherapy, immunotherapy, car-t-cell-therapy]\n"
    edit("side-effects.yaml", full, "    treatments: [chemotherapy, immunotherapy]\n")
    line = line_of(es / "side-effects.yaml", "treatments: [chemotherapy, immunotherapy]")
    english_line = line_of(en / "side-effects.yaml", full)
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/side-effects.yaml:{line}: nausea-and-vomiting: treatments has 2 items, "
            f"English has 3 ({en}/side-effects.yaml:{english_line})"
        ],
    )


def test_a_brand_left_out_of_the_list(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("agents.yaml", "      - {name: Enrylaze, source: label-enrylaze}\n", "")
    line = line_of(es / "agents.yaml", "    brands:")
    english_line = line_of(en / "agents.yaml", "    brands:")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/agents.yaml:{line}: asparaginase: brands has 4 items, "
            f"English has 5 ({en}/agents.yaml:{english_line})"
        ],
    )


def test_a_quoted_value_is_escaped_like_every_content_message(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    """A right-to-left override in a brand name would turn the rest of the line around:
    it is written as its escape."""
    brand = "      - {name: Oncaspar, source: label-oncaspar}\n"
    edit("agents.yaml", brand, brand.replace("Oncaspar", "Onc\u202easpar"))
    line = line_of(es / "agents.yaml", "source: label-oncaspar}")
    english_line = line_of(en / "agents.yaml", brand)
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/agents.yaml:{line}: asparaginase: brands[0] is 'Onc\\u202easpar' "
            "(label-oncaspar), English has 'Oncaspar' (label-oncaspar) "
            f"({en}/agents.yaml:{english_line})"
        ],
    )


def test_a_changed_duration_in_months(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    duration = "    duration:\n      text: Can last up to 2 years\n      up_to_months: "
    edit("phases.yaml", f"{duration}24\n", f"{duration}12\n")
    line = line_of(es / "phases.yaml", "up_to_months: 12")
    english_line = line_of(en / "phases.yaml", "      up_to_months: 24")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/phases.yaml:{line}: maintenance: duration.up_to_months is 12, "
            f"English has 24 ({en}/phases.yaml:{english_line})"
        ],
    )


# Text: citations, links, numbers, brand names ------------------------------------------------


def test_a_missing_citation(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("sections.yaml", "leukaemia (ALL).[^ref-1]\n", "leukaemia (ALL).\n")
    body = line_of(es / "sections.yaml", "body: |")  # chemotherapy is the first section
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{body}: chemotherapy: body: citations missing: [^ref-1] "
            f"({en}/sections.yaml:{body})"
        ],
    )


def test_a_moved_citation(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same markers in another order claim other words are supported: reported."""
    induction = "(#phase-induction), with high doses. May last 1 or 2 months.[^ref-"
    consolidation = "(#phase-consolidation), with high doses. May last 1 or 2 months.[^ref-"
    edit("sections.yaml", f"{induction}2]", f"{induction}1]")
    edit("sections.yaml", f"{consolidation}1]", f"{consolidation}2]")
    body = line_of(
        es / "sections.yaml", "body: |", line_of(es / "sections.yaml", "chemotherapy-phases")
    )
    first_changed = line_of(es / "sections.yaml", "[Induction](#phase-induction)")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{first_changed}: chemotherapy-phases: body: citations in another "
            f"order: marker 1 is [^ref-1], English has [^ref-2] ({en}/sections.yaml:{body})"
        ],
    )


def test_a_moved_citation_is_pointed_at_the_marker_out_of_place(
    root: Path, en: Path, es: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """English cites 2, 1, 2 and the translation 2, 2, 1: the second marker is out of
    place, on the consolidation line, not the first [^ref-2] of the text."""
    maintenance = "with lower doses. Can last up to 2 years.[^ref-"
    replace_once(en / "sections.yaml", f"{maintenance}1]", f"{maintenance}2]")
    consolidation = "(#phase-consolidation), with high doses. May last 1 or 2 months.[^ref-"
    replace_once(es / "sections.yaml", f"{consolidation}1]", f"{consolidation}2]")
    body = line_of(es / "sections.yaml", "body: |", line_of(es / "sections.yaml", "phases"))
    line = line_of(es / "sections.yaml", "[Consolidation](#phase-consolidation)")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{line}: chemotherapy-phases: body: citations in another "
            f"order: marker 2 is [^ref-2], English has [^ref-1] ({en}/sections.yaml:{body})"
        ],
    )


def test_a_long_list_of_differences_is_cut_short(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    numbers = " ".join(str(n) for n in range(30, 42))
    edit("sections.yaml", "such as cancer cells.\n", f"such as cancer cells. {numbers}\n")
    body = line_of(es / "sections.yaml", "body: |")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{body}: chemotherapy: body: numbers not in English: "
            "30, 31, 32, 33, 34, 35, 36, 37, 38, 39 and 2 more"
        ],
    )


def test_a_changed_address_is_quoted_cut_short(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reference's address is the same in every language; a long one is cut in the message."""
    url = "https://www.cancer.org/cancer/types/acute-lymphocytic-leukemia/treating/radiation-therapy.html"
    long_url = "https://example.org/" + "a" * 200
    edit("references.yaml", f"    url: {url}\n", f"    url: {long_url}\n")
    line = line_of(es / "references.yaml", long_url)
    english_line = line_of(en / "references.yaml", url)
    shown = long_url[:159] + "…"
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/references.yaml:{line}: ref-5: url is '{shown}', English has '{url}' "
            f"({en}/references.yaml:{english_line})"
        ],
    )


def test_an_extra_citation_is_pointed_at_its_line(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("sections.yaml", "such as cancer cells.\n", "such as cancer cells.[^ref-3]\n")
    line = line_of(es / "sections.yaml", "such as cancer cells.[^ref-3]")
    assert validate(root, capsys) == (
        1,
        [f"{es}/sections.yaml:{line}: chemotherapy: body: citations not in English: [^ref-3]"],
    )


def test_a_missing_link(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("sections.yaml", "in three [phases](#chemotherapy-phases).", "in three phases.")
    body = line_of(es / "sections.yaml", "body: |")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{body}: chemotherapy: body: links missing: "
            f"(#chemotherapy-phases) ({en}/sections.yaml:{body})"
        ],
    )


def test_a_changed_number(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    """A length of time said wrong: the number English has is missing, the other is extra."""
    edit(
        "phases.yaml",
        "      text: Can last up to 2 years\n",
        "      text: Can last up to 3 years\n",
    )
    line = line_of(es / "phases.yaml", "text: Can last up to 3 years")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/phases.yaml:{line}: maintenance: duration.text: numbers missing: 2 "
            f"({en}/phases.yaml:{line})",
            f"{es}/phases.yaml:{line}: maintenance: duration.text: numbers not in English: 3",
        ],
    )


def test_numbers_in_other_digits_are_named(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    """Translations keep the digits 0-9: a number in Arabic-Indic digits is not English's."""
    edit(
        "phases.yaml",
        "      text: Can last up to 2 years\n",
        "      text: Can last up to \u0662 years\n",
    )
    line = line_of(es / "phases.yaml", "text: Can last up to \u0662 years")
    assert validate(root, capsys)[1][1] == (
        f"{es}/phases.yaml:{line}: maintenance: duration.text: numbers not in English: "
        "\u0662 (write numbers with the digits 0-9)"
    )


def test_a_missing_brand_name(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("agents.yaml", "Rylaze[^label-rylaze],", "Rylase[^label-rylaze],")
    body = line_of(es / "agents.yaml", "body: |")  # asparaginase is the first agent
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/agents.yaml:{body}: asparaginase: body: brand names missing: Rylaze "
            f"({en}/agents.yaml:{body})"
        ],
    )


def test_a_missing_optional_text(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = (
        "    summary: The most common treatment for ALL. Medicines that kill fast-growing cells.\n"
    )
    edit("sections.yaml", summary, "")
    line = line_of(es / "sections.yaml", "id: chemotherapy")
    english_line = line_of(en / "sections.yaml", summary)
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/sections.yaml:{line}: chemotherapy: summary missing "
            f"({en}/sections.yaml:{english_line})"
        ],
    )


# The document --------------------------------------------------------------------------------


def test_a_wrong_of_updated(
    root: Path, en: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("document.yaml", f"of_updated: {ENGLISH_UPDATED}", "of_updated: 2025-01-02")
    line = line_of(es / "document.yaml", "of_updated: 2025-01-02")
    english_line = line_of(en / "document.yaml", "  updated:")
    assert validate(root, capsys) == (
        1,
        [
            f"{es}/document.yaml:{line}: document: translation.of_updated is 2025-01-02, "
            f"English is of {ENGLISH_UPDATED} ({en}/document.yaml:{english_line})"
        ],
    )


def test_the_document_names_its_folder_and_its_english(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("document.yaml", "  language: es\n", "  language: fr\n")
    edit("document.yaml", "of_language: en,", "of_language: fr,")
    path = es / "document.yaml"
    assert validate(root, capsys) == (
        1,
        [
            f"{path}:{line_of(path, 'language: fr')}: document: language is 'fr', "
            "the folder is 'es'",
            f"{path}:{line_of(path, 'translation:')}: document: translation.of_language is 'fr', "
            "should be 'en'",
        ],
    )


def test_a_translation_says_it_is_one(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(
        "document.yaml", f"  translation: {{of_language: en, of_updated: {ENGLISH_UPDATED}}}\n", ""
    )
    path = es / "document.yaml"
    assert validate(root, capsys) == (
        1,
        [
            f"{path}:{line_of(path, 'document:')}: document: no translation entry; add "
            f"translation: {{of_language: en, of_updated: {ENGLISH_UPDATED}}}"
        ],
    )


# When and where it runs ----------------------------------------------------------------------


def test_a_translation_with_problems_of_its_own_is_compared_once_they_are_fixed(
    root: Path, es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    """One mistake, one message: a lost item is not reported again as a missing id."""
    edit("phases.yaml", "    order: 2\n", "    order: second\n")
    edit("document.yaml", f"of_updated: {ENGLISH_UPDATED}", "of_updated: 2025-01-02")
    status, problems = validate(root, capsys)
    assert status == 1
    assert len(problems) == 1
    assert problems[0].startswith(f"{es}/phases.yaml:")
    assert "order" in problems[0]


def test_a_translation_is_not_compared_with_broken_english(
    root: Path, en: Path, es: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace_once(en / "phases.yaml", "    order: 2\n", "    order: second\n")
    status, problems = validate(root, capsys)
    assert status == 1
    assert problems[-1] == f"{es}: not compared with English: {en} has problems"


def test_a_translated_folder_alone_is_compared_with_the_english_beside_it(
    es: Path, edit: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("document.yaml", f"of_updated: {ENGLISH_UPDATED}", "of_updated: 2025-01-02")
    status, problems = validate(es, capsys)
    assert status == 1
    assert [p.split(": ", 2)[1] for p in problems] == ["document"]


def test_compile_content_refuses_a_translation_out_of_step(
    root: Path, es: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit("document.yaml", f"of_updated: {ENGLISH_UPDATED}", "of_updated: 2025-01-02")
    monkeypatch.setattr(bundled_module, "content_root", lambda: root)
    out, err = io.StringIO(), io.StringIO()
    assert compile_bundled(out=out, err=err) == 1
    line = line_of(es / "document.yaml", "of_updated: 2025-01-02")
    english_line = line_of(root / "en" / "document.yaml", "  updated:")
    assert err.getvalue().splitlines() == [
        f"content/es/document.yaml:{line}: document: translation.of_updated is 2025-01-02, "
        f"English is of {ENGLISH_UPDATED} (content/en/document.yaml:{english_line})",
        "content/es/compiled.json: not compiled: fix the problems above first",
    ]
    assert out.getvalue() == "content/en/compiled.json: written\n"
    assert not (es / "compiled.json").exists()


@pytest.mark.parametrize("language", available_languages())
def test_each_bundled_language_is_in_step_with_english(language: str) -> None:
    result = load_bundled(language, full_validation=True)
    assert result.ok
    assert [str(p) for p in bundled_translation_problems(language, result)] == []


def test_the_app_never_checks_parity_when_it_starts() -> None:
    """Start-up budget (issue 10): only validate and compile-content compare languages."""
    code = (
        "import sys, allguide.app, allguide.ui.mainwindow\n"
        "from allguide.content import available_languages, load_bundled\n"
        "for language in available_languages(): load_bundled(language)\n"
        "print(sorted(m for m in sys.modules if m.endswith(('parity', 'places'))))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert run.stdout.strip() == "[]"
