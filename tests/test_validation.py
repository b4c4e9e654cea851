"""Each kind of broken content file gets a ``file:line: message``, and the rest still loads."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from allguide.cli import main
from allguide.content import LoadResult, language_dir, load_content
from allguide.content.bundled import schema_text
from allguide.content.yamlfile import MAX_FILE_BYTES, parse_yaml
from tests.conftest import line_of

Edit = Callable[[str, str, str], Path]
EditItem = Callable[[str, str, str, str], Path]
Load = Callable[[], LoadResult]


def messages(result: LoadResult) -> list[str]:
    return [str(e) for e in result.errors]


def test_bundled_content_is_valid(bundled: LoadResult) -> None:
    assert messages(bundled) == []
    assert len(bundled.files) == 9  # the 8 files of the content, and search-words.yaml


def test_yaml_syntax_error_names_file_and_line(edit: Edit, load_copy: Load) -> None:
    path = edit("agents.yaml", "  - id: vincristine\n", "  - id: vincristine\n    name: [oops\n")
    result = load_copy()
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.file == "en/agents.yaml"
    assert error.line == line_of(path, "name: [oops") + 1  # where the parser noticed
    assert "YAML syntax error" in error.message
    # The other files still loaded.
    assert result.content.section("chemotherapy") is not None
    assert result.content.agents == ()


def test_wrong_type_points_at_the_value(edit: Edit, load_copy: Load) -> None:
    path = edit("sections.yaml", "    title: Radiotherapy\n", "    title: 42\n")
    result = load_copy()
    line = line_of(path, "title: 42")
    assert messages(result) == [
        f"en/sections.yaml:{line}: sections[12].title: should be text, not int"
    ]
    # Only that one section is lost; its children move up to the top level.
    assert result.content.section("radiotherapy") is None
    assert result.content.section("stem-cell-transplant") is not None
    top_level = [s.id for s in result.content.children(None)]
    assert "total-body-irradiation" in top_level


def test_missing_required_key(edit: Edit, load_copy: Load) -> None:
    path = edit("phases.yaml", "    intensity: lower\n", "")
    result = load_copy()
    line = line_of(path, "- id: maintenance")
    assert f"en/phases.yaml:{line}: phases[2]: missing required key 'intensity'" in messages(result)
    assert [p.id for p in result.content.phases] == ["induction", "consolidation"]


def test_unknown_key_points_at_the_key(edit: Edit, load_copy: Load) -> None:
    path = edit("agents.yaml", "    name: Dasatinib\n", "    name: Dasatinib\n    dose: 100mg\n")
    result = load_copy()
    [message] = messages(result)
    assert message.startswith(f"en/agents.yaml:{line_of(path, 'dose:')}: agents[10]: ")
    assert "unknown key 'dose'" in message


def test_unknown_top_level_key(content_copy: Path, load_copy: Load) -> None:
    (content_copy / "extra.yaml").write_text("sectoins:\n  - id: x\n", "utf-8")
    [message] = messages(load_copy())
    assert message.startswith("en/extra.yaml:1: unknown key 'sectoins'")


def test_duplicate_id(edit: Edit, load_copy: Load) -> None:
    path = edit("glossary.yaml", "  - id: term-donor\n", "  - id: term-bone-marrow\n")
    [message] = messages(load_copy())
    first = line_of(path, "id: term-bone-marrow")
    second = line_of(path, "term: Donor") - 1
    assert message == (
        f"en/glossary.yaml:{second}: duplicate id 'term-bone-marrow' "
        f"(first used at en/glossary.yaml:{first}); ignored"
    )


def test_duplicate_key(edit: Edit, load_copy: Load) -> None:
    path = edit("agents.yaml", "    name: Imatinib\n", "    name: Imatinib\n    name: Again\n")
    result = load_copy()
    assert messages(result) == [
        f"en/agents.yaml:{line_of(path, 'name: Again')}: duplicate key 'name'"
    ]


def test_unknown_citation_points_into_the_body(edit: Edit, load_copy: Load) -> None:
    path = edit("sections.yaml", "      back.[^ref-2]\n", "      back.[^ref-99]\n")
    [message] = messages(load_copy())
    assert message == (
        f"en/sections.yaml:{line_of(path, 'back.[^ref-99]')}: "
        "phase-induction: cites unknown reference 'ref-99'"
    )


def test_unknown_page_link(edit: Edit, load_copy: Load) -> None:
    path = edit("sections.yaml", "(#phase-maintenance), less", "(#phase-maintainance), less")
    [message] = messages(load_copy())
    assert message == (
        f"en/sections.yaml:{line_of(path, 'phase-maintainance')}: "
        "chemotherapy-phases: links to unknown page '#phase-maintainance'"
    )


def test_agent_in_unknown_section(edit: Edit, load_copy: Load) -> None:
    path = edit("agents.yaml", "    section: kmt2a-menin\n", "    section: kmt2a\n")
    [message] = messages(load_copy())
    assert message == (
        f"en/agents.yaml:{line_of(path, 'section: kmt2a')}: "
        "revumenib: section 'kmt2a' is not a known section"
    )


def test_side_effect_with_unknown_treatment(edit_item: EditItem, load_copy: Load) -> None:
    path = edit_item(
        "side-effects.yaml",
        "bleeding",
        "    treatments: [immunotherapy]",
        "    treatments: [immunotherapie]",
    )
    [message] = messages(load_copy())
    assert message == (
        f"en/side-effects.yaml:{line_of(path, 'immunotherapie')}: "
        "bleeding: treatments 'immunotherapie' is not a known section"
    )


def test_citation_field_to_unknown_reference(edit_item: EditItem, load_copy: Load) -> None:
    path = edit_item(
        "sections.yaml",
        "side-effects-car-t",
        "    parent: side-effects\n",
        "    parent: side-effects\n    citations: [ref-33]\n",
    )
    [message] = messages(load_copy())
    assert message == (
        f"en/sections.yaml:{line_of(path, 'ref-33')}: "
        "side-effects-car-t: cites unknown reference 'ref-33'"
    )


def test_brand_citing_an_unknown_source(edit_item: EditItem, load_copy: Load) -> None:
    path = edit_item("agents.yaml", "imatinib", "source: label-gleevec}", "source: label-nowhere}")
    [message] = messages(load_copy())
    assert message == (
        f"en/agents.yaml:{line_of(path, 'label-nowhere')}: "
        "imatinib: brand 'Gleevec' cites unknown reference 'label-nowhere'"
    )


def test_further_reading_to_unknown_reference(edit: Edit, load_copy: Load) -> None:
    path = edit(
        "sections.yaml", "    further_reading: [ref-6]\n", "    further_reading: [ref-66]\n"
    )
    [message] = messages(load_copy())
    assert message == (
        f"en/sections.yaml:{line_of(path, 'ref-66')}: "
        "stem-cell-transplant: cites unknown reference 'ref-66'"
    )


def test_parent_loop_is_reported_once_and_hides_nothing(edit: Edit, load_copy: Load) -> None:
    path = edit(
        "sections.yaml",
        "  - id: chemotherapy\n",
        "  - id: chemotherapy\n    parent: phase-induction\n",
    )
    result = load_copy()
    assert messages(result) == [
        f"en/sections.yaml:{line_of(path, 'parent: phase-induction')}: chemotherapy: parents "
        "form a loop: chemotherapy → phase-induction → chemotherapy-phases"
    ]
    top_level = [s.id for s in result.content.children(None)]
    assert {"chemotherapy", "chemotherapy-phases", "phase-induction"} <= set(top_level)


def test_impossible_date(edit: Edit, load_copy: Load) -> None:
    path = edit("references.yaml", "    published: 2019-09-30\n", "    published: 2019-02-30\n")
    [message] = messages(load_copy())
    assert message == (
        f"en/references.yaml:{line_of(path, '2019-02-30')}: references[7].published: "
        "'2019-02-30' is not a date: day is out of range for month"
    )


def test_badly_written_date(edit: Edit, load_copy: Load) -> None:
    path = edit(
        "document.yaml", "(ALL)\n  updated: 2025-03-20\n", "(ALL)\n  updated: 20 March 2025\n"
    )
    result = load_copy()
    assert messages(result)[0] == (
        f"en/document.yaml:{line_of(path, 'updated: 20 March')}: "
        "document.updated: '20 March 2025' is not a date written YYYY-MM-DD"
    )


def test_alias_bomb_is_refused(content_copy: Path, load_copy: Load) -> None:
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 12):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        bomb.append(f"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}]")
    (content_copy / "bomb.yaml").write_text("\n".join(bomb) + "\n", "utf-8")
    result = load_copy()
    [message] = messages(result)
    assert message == (
        "en/bomb.yaml:2: YAML syntax error: YAML aliases (*name) are not allowed in content files"
    )
    assert result.content.section("chemotherapy") is not None


def test_oversized_file_is_refused(content_copy: Path, load_copy: Load) -> None:
    (content_copy / "huge.yaml").write_text("# " + "x" * MAX_FILE_BYTES + "\n", "utf-8")
    [message] = messages(load_copy())
    assert message == "en/huge.yaml: file is larger than 128 KiB; refused"


def test_file_that_is_not_a_mapping(content_copy: Path, load_copy: Load) -> None:
    (content_copy / "list.yaml").write_text("- just\n- a list\n", "utf-8")
    [message] = messages(load_copy())
    assert message == "en/list.yaml:1: a content file must be a mapping of lists"


def test_missing_folder() -> None:
    result = load_content(Path("/nonexistent/allguide"), display_prefix="nowhere")
    assert messages(result) == ["nowhere: content folder not found"]


def test_missing_document_file(content_copy: Path, load_copy: Load) -> None:
    (content_copy / "document.yaml").unlink()
    result = load_copy()
    assert messages(result) == ["en: no file has the 'document' entry"]
    assert result.content.document is None
    assert len(result.content.sections) > 20


def test_parse_keeps_dates_as_text() -> None:
    doc = parse_yaml("when: 2025-03-20\n", "x.yaml")
    assert doc.data == {"when": "2025-03-20"}


# The published JSON Schema, as an editor would use it ---------------------


def test_schema_is_a_valid_json_schema() -> None:
    schema = json.loads(schema_text())
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_every_bundled_file_validates_against_the_published_schema() -> None:
    schema = json.loads(schema_text())
    for entry in language_dir("en").iterdir():
        if entry.name.endswith(".yaml"):
            data = parse_yaml(entry.read_text("utf-8"), entry.name).data
            jsonschema.validate(data, schema)


# The validate command -----------------------------------------------------


def test_validate_command_passes_on_bundled_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("ok (en): 9 files, 22 sections")


def test_validate_command_reports_file_line_and_exit_1(
    edit: Edit, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = edit("sections.yaml", "    title: Radiotherapy\n", "    title: [Radiotherapy\n")
    assert main(["validate", str(content_copy)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{path}:")
    assert err[-1] == "1 problem(s) found"


def test_validate_command_without_traceback_in_a_real_process(
    edit: Edit, content_copy: Path
) -> None:
    edit("phases.yaml", "    order: 2\n", "    order: two\n")
    run = subprocess.run(
        [sys.executable, "-m", "allguide", "validate", str(content_copy)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert f"{content_copy}/phases.yaml:" in run.stderr
    assert "phases[1].order: should be a whole number, not str" in run.stderr


def test_validate_command_on_a_folder_that_is_not_there(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "/nonexistent/content"]) == 2
    assert capsys.readouterr().err == "allguide: error: /nonexistent/content: not a folder\n"


# Harder breakages: each still one clear message, and the rest still loads ----


def test_deep_nesting_is_refused_without_a_traceback(content_copy: Path, load_copy: Load) -> None:
    (content_copy / "deep.yaml").write_text("sections: " + "[" * 1000 + "]" * 1000 + "\n")
    [message] = messages(load_copy())
    assert message == "en/deep.yaml:1: YAML syntax error: nesting is deeper than 32 levels"


def test_huge_file_is_refused_before_it_is_read(content_copy: Path, load_copy: Load) -> None:
    with (content_copy / "huge.yaml").open("wb") as stream:
        stream.truncate(2 * 1024**3)  # 2 GiB of nothing, sparse on disk: never read whole
    [message] = messages(load_copy())
    assert message == "en/huge.yaml: file is larger than 128 KiB; refused"


def test_file_that_is_not_utf8(content_copy: Path, load_copy: Load) -> None:
    (content_copy / "latin1.yaml").write_bytes("sections: []\n# caf\xe9\n".encode("latin-1"))
    [message] = messages(load_copy())
    assert message == "en/latin1.yaml: is not UTF-8 text (byte 18)"


def test_duplicate_key_loses_only_its_item(edit: Edit, load_copy: Load) -> None:
    edit("sections.yaml", "    title: Radiotherapy\n", "    title: Radiotherapy\n    title: X\n")
    result = load_copy()
    assert len(result.errors) == 1
    assert result.content.section("radiotherapy") is None
    assert result.content.section("chemotherapy") is not None
    assert len(result.content.sections) == 21


def test_line_of_a_mistake_in_a_folded_body(edit: Edit, load_copy: Load) -> None:
    path = edit(
        "phases.yaml", "      escaped the earlier rounds", "      escaped [the](#nowhere) rounds"
    )
    [message] = messages(load_copy())
    assert message.startswith(f"en/phases.yaml:{line_of(path, '(#nowhere)')}: maintenance: ")


def test_the_same_missing_citation_is_reported_once(edit: Edit, load_copy: Load) -> None:
    path = edit("references.yaml", "  - id: ref-2\n", "  - id: ref-twenty\n")
    result = load_copy()
    induction = [m for m in messages(result) if "phase-induction: cites unknown reference" in m]
    sections = (path.parent / "sections.yaml").read_text("utf-8").splitlines()
    start = sections.index("  - id: phase-induction")
    first = next(n for n in range(start, len(sections)) if "[^ref-2]" in sections[n]) + 1
    assert induction == [
        f"en/sections.yaml:{first}: phase-induction: cites unknown reference 'ref-2'"
    ]


def test_top_level_typo_is_one_message(edit: Edit, load_copy: Load) -> None:
    path = edit("sections.yaml", "sections:\n", "section:\n")
    line = path.read_text("utf-8").splitlines().index("section:") + 1
    [message] = messages(load_copy())
    assert message.startswith(f"en/sections.yaml:{line}: unknown key 'section'")


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("[^Ref-1]", "'[^Ref-1]' is not a citation: use [^ref-id] in lower case"),
        ("[words](phase-induction)", "link '(phase-induction)' must be (#page-id) or an https://"),
        ("[words](http://example.org)", "link '(http://example.org)' must be (#page-id)"),
        ("<b>bold</b>", "HTML '<b>' is not allowed; use Markdown"),
    ],
)
def test_markup_the_reader_cannot_show(edit: Edit, load_copy: Load, bad: str, problem: str) -> None:
    path = edit("sections.yaml", "      It works by killing", f"      {bad} It works by killing")
    found = messages(load_copy())
    assert found[0].startswith(f"en/sections.yaml:{line_of(path, bad)}: chemotherapy: {problem}")


def test_empty_folder(tmp_path: Path) -> None:
    assert messages(load_content(tmp_path, "empty")) == [
        "empty: no content files (*.yaml) in this folder"
    ]


# One broken file hides nothing of the others -----------------------------


def test_a_file_that_cannot_be_parsed_hides_no_other_mistake(edit: Edit, load_copy: Load) -> None:
    broken = edit("glossary.yaml", "  - id: term-donor\n", "  - id: term-donor\n    term: [oops\n")
    linked = edit("sections.yaml", "(#phase-maintenance), less", "(#phase-maintainance), less")
    found = messages(load_copy())
    assert len(found) == 2
    assert found[0].startswith(f"en/glossary.yaml:{line_of(broken, 'term: [oops') + 1}: ")
    assert found[1] == (
        f"en/sections.yaml:{line_of(linked, 'phase-maintainance')}: "
        "chemotherapy-phases: links to unknown page '#phase-maintainance'"
    )


def test_links_to_the_ids_of_an_unparsable_file_are_not_reported_again(
    edit: Edit, load_copy: Load
) -> None:
    edit("agents.yaml", "  - id: vincristine\n", "  - id: vincristine\n    name: [oops\n")
    edit("sections.yaml", "(#phase-maintenance), less", "(#imatinib), less")
    found = messages(load_copy())
    assert len(found) == 1  # imatinib was in the broken file: its loss is already reported
    assert "YAML syntax error" in found[0]


def test_a_file_that_is_not_utf8_silences_only_its_own_ids(
    content_copy: Path, edit: Edit, load_copy: Load
) -> None:
    extra = "sections:\n  - id: caf\xe9-page\n  - id: lost-page\n"
    (content_copy / "latin1.yaml").write_bytes(extra.encode("latin-1"))
    edit("sections.yaml", "(#phase-maintenance), less", "(#lost-page), less")
    edit("sections.yaml", "(#chemotherapy-phases)", "(#never-defined)")
    found = messages(load_copy())
    assert found[0] == "en/latin1.yaml: is not UTF-8 text (byte 21)"
    assert len(found) == 2 and "links to unknown page '#never-defined'" in found[1]


def test_a_file_of_the_wrong_shape_silences_only_its_own_ids(
    content_copy: Path, edit: Edit, load_copy: Load
) -> None:
    (content_copy / "extra.yaml").write_text("sections:\n  id: lost-page\n", "utf-8")
    edit("sections.yaml", "(#phase-maintenance), less", "(#lost-page), less")
    edit("sections.yaml", "(#chemotherapy-phases)", "(#never-defined)")
    found = messages(load_copy())
    assert len(found) == 2
    assert found[0].startswith("en/extra.yaml:1: sections: should be a list")
    assert "links to unknown page '#never-defined'" in found[1]


def test_validate_reports_every_mistake_of_a_multiply_broken_folder(
    edit: Edit, edit_item: EditItem, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agents = edit("agents.yaml", "  - id: vincristine\n", "  - id: vincristine\n    name: [oops\n")
    sections = edit("sections.yaml", "(#phase-maintenance), less", "(#phase-maintainance), less")
    phases = edit("phases.yaml", "    order: 2\n", "    order: two\n")
    glossary = edit("glossary.yaml", "  - id: term-donor\n", "  - id: term-bone-marrow\n")
    references = edit(
        "references.yaml", "    published: 2019-09-30\n", "    published: 2019-02-30\n"
    )
    effects = edit_item(
        "side-effects.yaml",
        "bleeding",
        "    treatments: [immunotherapy]",
        "    treatments: [immunotherapie]",
    )
    (content_copy / "latin1.yaml").write_bytes("sections: []\n# caf\xe9\n".encode("latin-1"))
    assert main(["validate", str(content_copy)]) == 1
    err = capsys.readouterr().err.splitlines()
    folder = str(content_copy)
    expected = [
        f"{agents}:{line_of(agents, 'name: [oops') + 1}: YAML syntax error",
        f"{folder}/latin1.yaml: is not UTF-8 text (byte 18)",
        f"{phases}:{line_of(phases, 'order: two')}: phases[1].order: should be a whole number",
        f"{references}:{line_of(references, '2019-02-30')}: references[7].published: "
        "'2019-02-30' is not a date",
        f"{glossary}:{line_of(glossary, 'term: Donor') - 1}: duplicate id 'term-bone-marrow'",
        f"{sections}:{line_of(sections, 'phase-maintainance')}: chemotherapy-phases: "
        "links to unknown page '#phase-maintainance'",
        f"{effects}:{line_of(effects, 'immunotherapie')}: bleeding: treatments "
        "'immunotherapie' is not a known section",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in err), f"missing: {start}\nin: {err}"
    assert err[-1] == f"{len(expected)} problem(s) found"


def test_an_unparsable_document_file_is_one_message(edit: Edit, load_copy: Load) -> None:
    path = edit("document.yaml", "document:\n", "document:\n  title: [oops\n")
    result = load_copy()
    [message] = messages(result)
    assert message.startswith(f"en/document.yaml:{line_of(path, '[oops') + 1}: YAML syntax error")
    assert result.content.document is None
