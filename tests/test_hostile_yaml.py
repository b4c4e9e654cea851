"""YAML written by a clumsy editor or an attacker: always ``file:line: message``, never a
traceback, and the rest of the content still loads (issue 9, section 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from allguide.cli import main
from allguide.content import LoadResult
from allguide.ui.mainwindow import MainWindow
from tests.conftest import line_of

Edit = Callable[[str, str, str], Path]
Load = Callable[[], LoadResult]

TERM = "    term: Bone marrow\n"  # glossary.yaml, the first item (term-bone-marrow)
TERM_LINE = 5

# A value in one item that YAML cannot make: only that item is lost.
BAD_VALUES = {
    "int": ("!!int abc", "!!int: invalid literal"),
    "float": ("!!float x", "!!float: could not convert"),
    "timestamp": ("!!timestamp 2025-13-01", "!!timestamp: month must be in 1..12"),
    "binary": ("!!binary a", "!!binary: failed to decode base64"),
    "bool": ("!!bool maybe", "!!bool: 'maybe'"),
    "unknown-tag": ("!foo x", "!foo: could not determine a constructor"),
    "python-tag": ("!!python/object:os.system x", "could not determine a constructor"),
    "long-int": ("9" * 5000, "!!int: Exceeds the limit (4300 digits)"),
    "huge-hex": ("!!int 0x" + "f" * 6000, "!!int: a number longer than 64 bits"),
    "set": ("!!set x", "!!set: expected a mapping node"),
}

# A mistake the YAML reader or scanner meets: the file is lost, the others load.
BAD_FILES = {
    "form-feed": (TERM, "    term: Bone\x0cmarrow\n", TERM_LINE, "control character U+000C"),
    "nul": (TERM, "    term: Bone\x00marrow\n", TERM_LINE, "control character U+0000"),
    "escape": (TERM, "    term: Bone\x1bmarrow\n", TERM_LINE, "control character U+001B"),
    "tab": (TERM, "\tterm: Bone marrow\n", TERM_LINE, "found character '\\t'"),
    "two-documents": (TERM, TERM + "---\nglossary: []\n", TERM_LINE + 1, "another document"),
}


def messages(result: LoadResult) -> list[str]:
    return [str(error) for error in result.errors]


def validate(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["validate", str(folder)])
    return status, capsys.readouterr().err


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_value_yaml_cannot_make_costs_only_its_item(
    case: str, edit: Edit, load_copy: Load, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    value, fragment = BAD_VALUES[case]
    edit("glossary.yaml", TERM, f"    term: {value}\n")
    result = load_copy()
    found = messages(result)
    assert len(found) == 1, found  # reported once: not again as "should be text, not None"
    assert found[0].startswith(f"en/glossary.yaml:{TERM_LINE}: cannot read this value as ")
    assert fragment in found[0]
    assert len(found[0]) < 300  # a 6000-digit value is not quoted whole
    content = result.content
    assert content.get("term-bone-marrow") is None  # the broken item is left out ...
    assert content.get("term-complete-remission") is not None  # ... the rest of its file loads
    assert content.section("chemotherapy") is not None  # ... and so do the other files
    status, err = validate(content_copy, capsys)
    assert status == 1
    assert f"glossary.yaml:{TERM_LINE}: cannot read this value as " in err
    assert "Traceback" not in err


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_file_the_yaml_reader_refuses_costs_only_that_file(
    case: str, edit: Edit, load_copy: Load, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, line, fragment = BAD_FILES[case]
    edit("glossary.yaml", old, new)
    result = load_copy()
    found = messages(result)
    assert len(found) == 1, found  # links to the lost terms are not reported again
    assert found[0].startswith(f"en/glossary.yaml:{line}: YAML syntax error: ")
    assert fragment in found[0]
    assert result.content.glossary == ()
    assert result.content.section("chemotherapy") is not None
    assert len(result.content.agents) > 0
    status, err = validate(content_copy, capsys)
    assert status == 1
    assert f"glossary.yaml:{line}: YAML syntax error" in err
    assert "Traceback" not in err


def test_a_list_as_a_key_costs_only_its_item(
    edit: Edit, load_copy: Load, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit("glossary.yaml", TERM, TERM + "    ? [a, b]\n    : 1\n")
    result = load_copy()
    assert messages(result) == [f"en/glossary.yaml:{TERM_LINE + 1}: a key must be text"]
    assert result.content.get("term-bone-marrow") is None
    assert result.content.get("term-complete-remission") is not None
    status, err = validate(content_copy, capsys)
    assert (status, "Traceback" in err) == (1, False)
    assert f"glossary.yaml:{TERM_LINE + 1}: a key must be text" in err


def test_a_key_yaml_cannot_make_is_reported_once(edit: Edit, load_copy: Load) -> None:
    edit("glossary.yaml", TERM, TERM + "    !!int abc: 1\n")
    result = load_copy()
    assert messages(result) == [
        f"en/glossary.yaml:{TERM_LINE + 1}: cannot read this value as !!int: "
        "invalid literal for int() with base 10: 'abc'"
    ]
    assert result.content.get("term-complete-remission") is not None


def test_a_byte_order_mark_is_harmless(content_copy: Path, load_copy: Load) -> None:
    path = content_copy / "glossary.yaml"
    path.write_text("\ufeff" + path.read_text("utf-8"), "utf-8")
    result = load_copy()
    assert messages(result) == []
    assert result.content.get("term-bone-marrow") is not None


# Sizes without bounds (issue 9): each is refused at its line, costing only its item.
# (file, old text, new text, text on the reported line, message)
BOUNDS = {
    "up_to_months": (
        "phases.yaml",
        "      up_to_months: 24\n",
        "      up_to_months: 1000000000\n",
        "up_to_months: 1000000000",
        "phases[2].duration.up_to_months: 1000000000 is more than 120",
    ),
    "months": (
        "phases.yaml",
        "      months: [1, 2]\n    intensity: high\n    intensity_text: High doses of treatment\n"
        "    aim: >-\n      To bring",
        "      months: [1, 121]\n    intensity: high\n    intensity_text: High doses of treatment\n"
        "    aim: >-\n      To bring",
        "months: [1, 121]",
        "phases[0].duration.months[1]: 121 is more than 120",
    ),
    "order": (
        "phases.yaml",
        "    order: 3\n",
        "    order: 101\n",
        "order: 101",
        "phases[2].order: 101 is more than 100",
    ),
    "term": (
        "glossary.yaml",
        TERM,
        "    term: " + "B" * 201 + "\n",
        "term: BBB",
        "glossary[0].term: is longer than 200 characters",
    ),
    "alias": (
        "glossary.yaml",
        "    aliases: [marrow]\n",
        "    aliases: [" + "m" * 101 + "]\n",
        "aliases: [mmm",
        "glossary[0].aliases[0]: is longer than 100 characters",
    ),
    "definition": (
        "glossary.yaml",
        "    definition: The spongy part of the bone.",
        "    definition: " + "spongy " * 3000 + "The spongy part of the bone.",
        "definition: spongy spongy",
        "glossary[0].definition: is longer than 20000 characters",
    ),
    "ids": (
        "glossary.yaml",
        "    aliases: [marrow]\n",
        "    aliases: [marrow]\n    citations: [" + ", ".join(f"r{n}" for n in range(201)) + "]\n",
        "citations: [r0,",
        "glossary[0].citations: has more than 200 items",
    ),
}


@pytest.mark.parametrize("case", sorted(BOUNDS))
def test_a_number_or_size_out_of_bounds_is_refused_at_its_line(
    case: str, edit: Edit, load_copy: Load, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, old, new, needle, expected = BOUNDS[case]
    line = line_of(edit(name, old, new), needle)
    result = load_copy()
    found = messages(result)
    assert f"en/{name}:{line}: {expected}" in found, found
    assert all(len(message) < 300 for message in found)  # no enormous value quoted back
    assert result.content.section("chemotherapy") is not None
    status, err = validate(content_copy, capsys)
    assert (status, "Traceback" in err) == (1, False)
    assert f"{name}:{line}: {expected}" in err


def test_an_enormous_phase_length_costs_that_phase_and_the_timeline_still_opens(
    edit: Edit, load_copy: Load, build: Callable[..., MainWindow]
) -> None:
    path = edit("phases.yaml", "      up_to_months: 24\n", "      up_to_months: 1000000000\n")
    result = load_copy()
    assert (
        f"en/phases.yaml:{line_of(path, 'up_to_months: 1000000000')}: "
        "phases[2].duration.up_to_months: 1000000000 is more than 120"
    ) in messages(result)
    assert [phase.id for phase in result.content.phases] == ["induction", "consolidation"]
    window = build(result=result)
    window.grab()  # lays out and paints the current view without hanging


def test_a_top_level_list_longer_than_2000_items_is_refused(
    content_copy: Path, load_copy: Load
) -> None:
    path = content_copy / "extra.yaml"
    path.write_text("synonyms:\n" + "  - {words: [a], means: [b]}\n" * 2001, "utf-8")
    result = load_copy()
    assert "en/extra.yaml:1: synonyms: has more than 2000 items" in messages(result)
    assert result.content.section("chemotherapy") is not None
