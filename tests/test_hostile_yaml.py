"""YAML written by a clumsy editor or an attacker: always ``file:line: message``, never a
traceback, and the rest of the content still loads (issue 9, section 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from allguide.cli import main
from allguide.content import Content, LoadResult, language_dir, load_content, loader, yamlfile
from allguide.content.model import MAX_PARENT_DEPTH
from allguide.content.schema import MAX_FILE_ERRORS, TOO_MANY_ERRORS, SchemaReport
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
    "timestamp-form": ("!!timestamp 2020-13-40x", "!!timestamp: not written the way this tag"),
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


# Content work stays roughly linear (issue 9). Figures: benchmarks/content_scaling.py.
# Each size below took far more than 30 s before (quadratic or worse) and takes well
# under a second now; the tests assert what must happen, not how fast.


def chain_of_sections(count: int, loop: bool = False) -> str:
    """``count`` sections, each the parent of the next (the first the last's, if ``loop``)."""
    lines = ["sections:"]
    for index in range(count):
        parent = f"s{index - 1}" if index else (f"s{count - 1}" if loop else "")
        lines.append(
            f"  - {{id: s{index}, title: t, body: b" + (f", parent: {parent}}}" if parent else "}")
        )
    return "\n".join(lines) + "\n"


def tree_of(content: Content) -> dict[str, tuple[str | None, int]]:
    """Each section reached from the top: its parent in the tree and its depth."""
    found: dict[str, tuple[str | None, int]] = {}
    pending: list[tuple[str | None, int]] = [(None, -1)]
    while pending:
        parent, depth = pending.pop()
        for section in content.children(parent):
            assert section.id not in found, f"{section.id} is in the tree twice"
            found[section.id] = (parent, depth + 1)
            pending.append((section.id, depth + 1))
    return found


def test_a_deep_chain_of_parents_is_flattened_once_too_deep(
    content_copy: Path, load_copy: Load, build: Callable[..., MainWindow]
) -> None:
    """1000 sections each the parent of the next: the tree was walked in cubic time
    (400 took 38 s; 1000, hours) and the navigation tree then recursed past Python's limit."""
    (content_copy / "chain.yaml").write_text(chain_of_sections(1000), "utf-8")
    result = load_copy()
    assert messages(result) == [
        f"en/chain.yaml:{2 + MAX_PARENT_DEPTH + 1}: s{MAX_PARENT_DEPTH + 1}: "
        f"more than {MAX_PARENT_DEPTH} levels of parent pages; shown at the top level"
    ]
    tree = tree_of(result.content)
    assert {f"s{n}" for n in range(1000)} <= set(tree)  # every page is in the tree, once
    assert max(depth for _parent, depth in tree.values()) == MAX_PARENT_DEPTH
    assert tree["s1"] == ("s0", 1)
    assert tree[f"s{MAX_PARENT_DEPTH + 1}"] == (None, 0)  # cut here, shown at the top
    assert tree[f"s{MAX_PARENT_DEPTH + 2}"] == (f"s{MAX_PARENT_DEPTH + 1}", 1)
    window = build(result=result)
    window.grab()


def test_a_loop_of_1000_parents_is_found_once_and_hides_nothing(
    content_copy: Path, load_copy: Load
) -> None:
    """A loop of 1000 sections: each section walked the whole loop in a list (cubic)."""
    (content_copy / "loop.yaml").write_text(chain_of_sections(1000, loop=True), "utf-8")
    result = load_copy()
    found = messages(result)
    assert len(found) == 1
    assert found[0].startswith("en/loop.yaml:2: s0: parents form a loop: s0 → s999 → s998 → ")
    assert result.content.parent_loop("s5")[:3] == ["s5", "s4", "s3"]
    assert len(result.content.parent_loop("s5")) == 1000
    tree = tree_of(result.content)
    assert all(tree[f"s{n}"] == (None, 0) for n in range(1000))  # all at the top level


def test_spoiled_parts_are_looked_up_not_scanned() -> None:
    """65,000 spoiled items asked about one by one: each question scanned them all
    (4 billion comparisons, many minutes)."""
    report = SchemaReport(spoiled={("synonyms", n) for n in range(0, 130_000, 2)})
    answers = [report.is_spoiled(("synonyms", n, "words", 0)) for n in range(130_000)]
    assert answers == [n % 2 == 0 for n in range(130_000)]
    assert not report.is_spoiled(("glossary",))
    report.spoiled.add(("glossary",))
    assert report.is_spoiled(("glossary", 4, "term"))


def test_a_file_of_65000_tiny_items_gets_one_message(content_copy: Path, load_copy: Load) -> None:
    path = content_copy / "extra.yaml"
    path.write_text("synonyms: [" + ",".join(["1"] * 65_000) + "]\n", "utf-8")
    assert path.stat().st_size > 126 * 1024
    result = load_copy()
    assert messages(result) == ["en/extra.yaml:1: synonyms: has more than 2000 items"]
    assert result.content.section("chemotherapy") is not None


def test_a_long_list_that_cannot_be_sorted_is_refused_once(
    content_copy: Path, load_copy: Load
) -> None:
    """[a, 0, 1, …, 19999]: jsonschema's uniqueItems compared every pair (about 100 s)."""
    items = ",".join(str(n) for n in range(20_000))
    (content_copy / "extra.yaml").write_text(
        f"glossary:\n  - id: extra\n    term: Extra\n    definition: D\n    aliases: [a,{items}]\n",
        "utf-8",
    )
    result = load_copy()
    assert messages(result) == ["en/extra.yaml:5: glossary[0].aliases: has more than 2000 items"]
    assert result.content.get("extra") is None
    assert result.content.get("term-bone-marrow") is not None


def test_a_repeated_item_is_named(edit: Edit, load_copy: Load) -> None:
    edit("glossary.yaml", "    aliases: [marrow]\n", "    aliases: [marrow, 1, marrow]\n")
    found = messages(load_copy())
    assert "en/glossary.yaml:7: glossary[0].aliases: has 'marrow' twice" in found


@pytest.mark.skipif(yamlfile._FAST is None, reason="PyYAML without libyaml")
@pytest.mark.parametrize("case", ["bundled", *sorted(BAD_VALUES)])
def test_libyaml_reads_content_exactly_as_the_careful_parser_does(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain files go through libyaml (a 127 KiB file in 0.4 s, not 1.2 s): same data,
    same lines, same problems as the pure-Python parser that reports every mistake."""
    folder = language_dir("en")
    texts = {e.name: e.read_text("utf-8") for e in folder.iterdir() if e.name.endswith(".yaml")}
    if case != "bundled":
        texts = {
            "glossary.yaml": texts["glossary.yaml"].replace(
                TERM, f"    term: {BAD_VALUES[case][0]}\n"
            )
        }
    for name, text in texts.items():
        fast = yamlfile._parse_fast(text, name)
        assert fast is not None, f"{name} was not read by libyaml"
        monkeypatch.setattr(yamlfile, "_FAST", None)
        careful = yamlfile.parse_yaml(text, name)
        monkeypatch.undo()
        assert (fast.data, fast.lines) == (careful.data, careful.lines)
        assert [(p, str(e)) for p, e in fast.problems] == [(p, str(e)) for p, e in careful.problems]


@pytest.mark.parametrize(
    "text",
    ["a: &x [1]\nb: *x\n", "a: " + "[" * 40 + "]" * 40 + "\n", "a: 1\n---\nb: 2\n", "", "a: [\n"],
)
def test_anything_unusual_is_left_to_the_careful_parser(text: str) -> None:
    assert yamlfile._parse_fast(text, "x.yaml") is None


def test_a_file_with_too_many_problems_gets_a_hundred_and_a_note(
    content_copy: Path, load_copy: Load, capsys: pytest.CaptureFixture[str]
) -> None:
    """16,000 empty items gave 372,000 messages (2 s to make, longer to print)."""
    lists = ("sections", "phases", "agents", "side_effects", "glossary", "references")
    (content_copy / "extra.yaml").write_text(
        "".join(f"{name}: [" + ",".join(["{}"] * 2000) + "]\n" for name in lists), "utf-8"
    )
    result = load_copy()
    found = [m for m in messages(result) if m.startswith("en/extra.yaml")]
    assert len(found) == MAX_FILE_ERRORS + 1
    assert found[-1] == f"en/extra.yaml: {TOO_MANY_ERRORS}"
    assert result.content.section("chemotherapy") is not None
    assert len(result.content.sections) == 22  # nothing of the unchecked file is loaded
    status, err = validate(content_copy, capsys)
    assert (status, "Traceback" in err) == (1, False)
    assert err.count("en/extra.yaml") == MAX_FILE_ERRORS + 1


def test_an_item_the_builders_cannot_use_is_reported_at_its_line(
    monkeypatch: pytest.MonkeyPatch, load_copy: Load
) -> None:
    """Should the schema and the builders ever disagree, the item is reported, not raised."""

    def refuse(item: dict[str, object]) -> object:
        if item["id"] == "term-complete-remission":
            raise KeyError("aliases")
        return original(item)

    original = loader._BUILDERS["glossary"]
    monkeypatch.setitem(loader._BUILDERS, "glossary", refuse)
    monkeypatch.setattr(loader, "_document", lambda _item: {}["language"])
    result = load_copy()
    assert messages(result) == [
        "en/document.yaml:3: document: cannot be used (KeyError: 'language')",
        "en/glossary.yaml:9: glossary[1]: cannot be used (KeyError: 'aliases')",
    ]
    assert result.content.get("term-bone-marrow") is not None
    assert result.content.get("term-complete-remission") is None


class UnreadableFolder:
    """A content folder that is there but cannot be listed (as with no permission)."""

    name = "en"

    def iterdir(self) -> None:
        raise PermissionError(13, "Permission denied")


def test_a_folder_that_cannot_be_listed_is_reported_not_raised() -> None:
    result = load_content(UnreadableFolder(), display_prefix="en")  # type: ignore[arg-type]
    assert messages(result) == ["en: cannot be read: Permission denied"]
