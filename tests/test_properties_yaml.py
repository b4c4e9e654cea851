"""Property: no YAML an editor or an attacker writes can raise, or be reported without
``file:line``, or cost content that lives in other files (issue 9, section 5).

Hypothesis writes random and broken YAML (syntax tokens, tags, escapes, control
characters, odd Unicode, byte order marks, huge values) as a content file, and puts
values of the wrong type at random places of the real content.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import event, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from allguide.cli import main
from allguide.content import LoadResult, language_dir, load_bundled, load_content, yamlfile
from allguide.content.errors import printable
from allguide.content.yamlfile import parse_yaml

PREFIX = "en"
HOSTILE_NAME = "zz-hostile.yaml"  # sorts last: its ids cannot push out the real ones


def examples(count: int) -> int:
    """``count`` examples in `make test`, scaled up under HYPOTHESIS_PROFILE=long."""
    return max(1, count * hypothesis_settings.default.max_examples // 100)


BUNDLED_TEXTS = {
    entry.name: entry.read_text("utf-8")
    for entry in language_dir("en").iterdir()
    if entry.name.endswith(".yaml")
}
BUNDLED = load_bundled("en")


def ids_by_file() -> dict[str, set[str]]:
    """The ids each bundled file defines."""
    found: dict[str, set[str]] = {}
    for name, text in BUNDLED_TEXTS.items():
        data = parse_yaml(text, name).data
        found[name] = {
            item["id"]
            for key, items in data.items()
            if key != "document"
            for item in items
            if isinstance(item, dict) and "id" in item
        }
    return found


IDS_BY_FILE = ids_by_file()


@contextlib.contextmanager
def content_folder(files: dict[str, bytes]) -> Iterator[Path]:
    """A fresh copy of the bundled content with ``files`` written over it (or added)."""
    with tempfile.TemporaryDirectory(prefix="allguide-prop-") as root:
        folder = Path(root) / PREFIX
        folder.mkdir()
        for name, text in BUNDLED_TEXTS.items():
            (folder / name).write_text(text, "utf-8")
        for name, data in files.items():
            (folder / name).write_bytes(data)
        yield folder


# What a reported problem looks like -----------------------------------------------

FILE_LINE_MESSAGE = re.compile(r"^(?P<file>[^:]+?)(?::(?P<line>[1-9][0-9]*))?: (?P<message>\S.*)$")


def bad_characters(text: str) -> list[str]:
    """Characters that would break a one-line ``file:line: message`` or a terminal."""
    return [f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")]


def assert_reported_well(result: LoadResult, folder: Path) -> None:
    """Every problem names a file of ``folder`` (and a line within it, when it has one),
    in one line of text a terminal shows as it is."""
    prefix = str(folder)
    for error in result.errors:
        shown = str(error)
        assert not bad_characters(shown), (shown, bad_characters(shown))
        assert error.message.strip(), shown
        if error.file == prefix:  # the folder as a whole
            assert (error.line, shown) == (None, f"{printable(prefix)}: {error.message}")
            continue
        assert error.file.startswith(f"{prefix}/"), shown
        match = FILE_LINE_MESSAGE.match(shown.removeprefix(f"{printable(prefix)}/"))
        assert match is not None, shown
        path = folder / error.file.removeprefix(f"{prefix}/")
        assert path.is_file(), shown
        if error.line is not None:
            lines = len(re.findall(rb"\r\n|\r|\n", path.read_bytes())) + 1  # as editors count
            assert 1 <= error.line <= lines, (shown, lines)


ALLOWED_CONTROLS = frozenset("\t\n")
# Line and paragraph separators are text (the YAML reader lets them through as written);
# only messages must show them as escapes.
NOT_IN_TEXT = ("Cc", "Cs")


def strings_in(value: object) -> Iterator[str]:
    """Every string held anywhere in loaded content."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from strings_in(getattr(value, item.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)


def assert_text_is_clean(result: LoadResult) -> None:
    """No control character (but tab and newline) and no lone surrogate reaches the app."""
    for text in strings_in(result.content):
        found = [
            f"U+{ord(c):04X}"
            for c in text
            if unicodedata.category(c) in NOT_IN_TEXT and c not in ALLOWED_CONTROLS
        ]
        assert not found, (text[:80], found)


def assert_others_load(result: LoadResult, spared: set[str]) -> None:
    """The entities with these ids loaded exactly as they do from the bundled files."""
    content = result.content
    lost = [i for i in sorted(spared) if content.get(i) != BUNDLED.content.get(i)]
    assert not lost, f"lost or changed: {lost[:10]}"


def validated(folder: Path) -> LoadResult:
    """``allguide validate FOLDER``, checked: exit status 0 or 1, one line per problem
    and a count, and no traceback. Returns what it loaded."""
    loaded: list[LoadResult] = []

    def load_and_keep(*args: Any, **kwargs: Any) -> LoadResult:
        loaded.append(load_content(*args, **kwargs))
        return loaded[-1]

    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch("allguide.cli.load_content", load_and_keep),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        status = main(["validate", str(folder)])
    [result] = loaded
    problems = [str(error) for error in result.errors]
    if problems:
        assert status == 1
        assert err.getvalue().splitlines() == [*problems, f"{len(problems)} problem(s) found"]
    else:
        assert (status, err.getvalue()) == (0, "")
        assert out.getvalue().startswith("ok (en): ")
    return result


# Random and broken YAML -------------------------------------------------------------

SCHEMA_WORDS = [
    "document", "sections", "phases", "agents", "side_effects", "glossary", "references",
    "synonyms", "timeline_tracks", "id", "title", "body", "parent", "summary", "shows",
    "citations", "name", "order", "section", "duration", "months", "up_to_months", "text",
    "intensity", "aim", "kind", "brands", "source", "term", "definition", "aliases",
    "url", "label", "origin", "updated", "language", "words", "means", "finds",
]  # fmt: skip
SYNTAX = [
    ": ", ":", "- ", "-", "? ", "?", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b",
    "<<: *a", "<<: ", "!", "!!", "---\n", "...\n", "--- ", "%YAML 1.1\n", "%YAML 1.2\n",
    "%YAML 2.0\n", "%YAML 9.9\n", "%FOO bar\n",
    "%TAG !e! tag:e.org,2000:\n", "!e!x ", "|", "|-", "|+", ">", ">-", "|2", "|9", "#", " # c",
    "'", '"', "''", '""', "\\", "`", "@", "%", "=", "~", "<", ">", "&", "*",
]  # fmt: skip
TAGS = [
    "!!int ", "!!float ", "!!bool ", "!!null ", "!!str ", "!!binary ", "!!timestamp ",
    "!!set ", "!!omap ", "!!pairs ", "!!seq ", "!!map ", "!!merge ", "!!value ", "!!yaml ",
    "!!python/object:os.system ", "!!python/object/apply:os.system ",
    "!!python/object/new:os.system ", "!!python/name:os.system ", "!!python/module:os ",
    "!!python/tuple ", "!!python/bytes ", "!!python/complex ", "!foo ", "!<tag:x> ",
    "!<tag:yaml.org,2002:int> ", "!<!> ", "!!int 0x" + "f" * 40 + " ",
]  # fmt: skip
ESCAPES = [
    "\\0", "\\a", "\\b", "\\t", "\\n", "\\v", "\\f", "\\r", "\\e", "\\ ", '\\"', "\\/",
    "\\\\", "\\N", "\\_", "\\L", "\\P", "\\x00", "\\x0c", "\\x1b", "\\x7f", "\\x85",
    "\\x9b", "\\u0007", "\\u200f", "\\u202e", "\\ud800", "\\udfff", "\\ufffe", "\\uffff",
    "\\U0001F600", "\\U0010ffff", "\\U00110000", "\\q", "\\x", "\\u12",
]  # fmt: skip
ODD_CHARACTERS = [
    "\n", "\n  ", "\n    ", "\n      ", "  ", "\t", "\r", "\r\n", "\x85", "\u2028", "\u2029",
    "\ufeff", "\u200f", "\u200e", "\u202e", "\u2066", "\u061c", "\u200b", "\x00", "\x01",
    "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x9b", "\ud800", "\udfff", "\ufffe", "\uffff",
    "\U0001f600", "e\u0301", "\u0627\u0644\u0639", "\U000e0001", "\uf8ff",
]  # fmt: skip
SCALARS = [
    "null", "~", "true", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", ".nan", "0x1F",
    "0o17", "017", "0b101", "1_000", "1:20", "190:20:30", "-0", "1e999", "2025-13-40",
    "2025-02-30", "2001-12-14t21:59:43.10-05:00", "2025-03-20", "9" * 5000, "-" + "9" * 30,
    "x" * 20_001, "https://x>![p](/dev/null)<https://y", "k" * 1100 + ": v", "? " + "k" * 1100,
]  # fmt: skip
TOKENS = SYNTAX + TAGS + ESCAPES + ODD_CHARACTERS + SCALARS + [f"{w}: " for w in SCHEMA_WORDS]

token = st.one_of(
    st.sampled_from(TOKENS),
    st.sampled_from(SCHEMA_WORDS),
    st.text(max_size=12),
    st.integers(-(10**30), 10**30).map(str),
)
hostile_text = st.lists(token, max_size=60).map("".join)
BOMS = [b"", b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf"]


def encoded(text: str, bom: bytes) -> bytes:
    """As a file would hold it; a lone surrogate is written as its (invalid) UTF-8 bytes."""
    return bom + text.encode("utf-8", "surrogatepass")


# Names a file may have (a file name is text a message quotes, too).
HOSTILE_NAMES = [
    HOSTILE_NAME, "zz-\x1b[31mred.yaml", "zz-line\nbreak.yaml", "zz-\u202eyaml.txt.yaml",
    "zz-\u2028.yml", "zz: 3: x.yaml", "zz-\u0627\u0644.yaml", "zz-\r.yaml", "zz- .yaml",
]  # fmt: skip
QUOTED_PART = st.one_of(
    st.sampled_from(ESCAPES),
    st.sampled_from([c for c in ODD_CHARACTERS if c.isprintable()]),
    st.text(st.characters(exclude_characters='"\\', exclude_categories=["Cs"]), max_size=8),
)
VALUE_LINE = re.compile(r"^( *(?:- )?[a-z_]+: )([^|>\s].*)$")


def quoted(draw: st.DrawFn) -> tuple[str, str]:
    """A bundled file with one value rewritten as a double-quoted scalar full of escapes."""
    name = draw(st.sampled_from(sorted(BUNDLED_TEXTS)))
    lines = BUNDLED_TEXTS[name].split("\n")
    values = [n for n, line in enumerate(lines) if VALUE_LINE.match(line)]
    at = draw(st.sampled_from(values))
    key = VALUE_LINE.sub(r"\1", lines[at])
    lines[at] = key + '"' + "".join(draw(st.lists(QUOTED_PART, min_size=1, max_size=8))) + '"'
    return name, "\n".join(lines)


@st.composite
def hostile_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """A content file: all new, a bundled one with hostile lines spliced in or a value
    quoted with escapes, or bytes."""
    how = draw(st.sampled_from(["new", "splice", "splice", "quoted", "bytes", "huge"]))
    bom = draw(st.sampled_from(BOMS))
    if how == "new":
        return draw(st.sampled_from(HOSTILE_NAMES)), encoded(draw(hostile_text), bom)
    if how == "quoted":
        name, text = quoted(draw)
        return name, encoded(text, bom)
    if how == "bytes":
        return HOSTILE_NAME, bom + draw(st.binary(max_size=300))
    if how == "huge":
        size = draw(st.sampled_from([127 * 1024, 128 * 1024, 128 * 1024 + 1, 300 * 1024]))
        body = draw(st.sampled_from(["#", "a", "- x\n", "glossary:\n", "é", "\n"]))
        text = ("glossary:\n  - id: huge\n    term: " + body * size)[:size]
        return HOSTILE_NAME, encoded(text, bom)
    name = draw(st.sampled_from(sorted(BUNDLED_TEXTS)))
    lines = BUNDLED_TEXTS[name].split("\n")
    at = draw(st.integers(0, len(lines) - 1))
    keep = draw(st.booleans())  # insert before the line, or replace it
    column = draw(st.integers(0, len(lines[at])))
    line = lines[at][:column] + draw(hostile_text) + (lines[at][column:] if keep else "")
    return name, encoded("\n".join([*lines[:at], line, *lines[at + 1 :]]), bom)


def glossary_with(old: str, new: str) -> tuple[str, bytes]:
    """glossary.yaml with one change: for the examples every run tries."""
    text = BUNDLED_TEXTS["glossary.yaml"]
    assert text.count(old) == 1
    return "glossary.yaml", text.replace(old, new).encode("utf-8")


TERM = "    term: Bone marrow\n"


# The defects this property found, tried on every run (tests/test_properties_found.py has
# each as an example test too).
@hypothesis_settings(max_examples=examples(75))
@given(hostile_file())
@example(glossary_with(TERM, '    term: "Bone\\x0cmarrow"\n'))  # an escaped control character
@example(glossary_with(TERM, TERM + '    "\\x1f": 0\n'))  # ... in a key, quoted in a message
@example((HOSTILE_NAME, 'a: "x\u2028\u2028\u2028\u2028y"\nb: [\n'.encode()))  # lines after LS
def test_any_file_is_reported_at_its_line_and_costs_no_other_file(
    named: tuple[str, bytes],
) -> None:
    name, data = named
    with content_folder({name: data}) as folder:
        result = validated(folder)
        assert_reported_well(result, folder)
        assert_text_is_clean(result)
        assert_others_load(result, set().union(*(i for n, i in IDS_BY_FILE.items() if n != name)))
        assert result.content.document is not None or name == "document.yaml"


# Values of the wrong type at random places of the real content -----------------------

Data = Any
Path_ = tuple[str | int, ...]
DELETE = object()  # the value at the path is removed


def nested(depth: int) -> Any:
    value: Any = "deep"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


wrong_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([0, -1, -(10**6), 10**9, 2**63, 2**64, -(2**64), 10**100, -(10**400)]),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["", " ", "\t", "x" * 201, "x" * 2001, "x" * 20_001, "https://", "#"]),
    st.binary(max_size=20),
    st.dates(),
    st.datetimes(),
    st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none()), max_size=5),
    st.sampled_from([[], {}, [[]], [{}], list(range(201)), ["a"] * 300, list(range(2001))]),
    st.dictionaries(
        st.one_of(st.text(max_size=8), st.integers(), st.booleans(), st.none()),
        st.one_of(st.integers(), st.text(max_size=5)),
        max_size=3,
    ),
    st.integers(1, 40).map(nested),
    st.just(DELETE),
)


def all_paths(value: Data, path: Path_ = ()) -> Iterator[Path_]:
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from all_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from all_paths(child, (*path, index))


BUNDLED_DATA = {name: parse_yaml(text, name).data for name, text in BUNDLED_TEXTS.items()}
PATHS = sorted(
    ((name, path) for name, data in BUNDLED_DATA.items() for path in all_paths(data)),
    key=repr,
)


def replaced(data: Data, path: Path_, value: Any) -> Data:
    """A copy of ``data`` with the value at ``path`` replaced (or removed)."""
    if not path:
        return None if value is DELETE else value
    copy = dict(data) if isinstance(data, dict) else list(data)
    head, rest = path[0], path[1:]
    if rest:
        copy[head] = replaced(data[head], rest, value)  # type: ignore[index]
    elif value is DELETE:
        del copy[head]  # type: ignore[arg-type]
    else:
        copy[head] = value  # type: ignore[index]
    return copy


def dumped(data: Data) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).encode()


def spared_by(name: str, path: Path_, value: Any) -> set[str]:
    """Ids that must still load: every other file's, and the other items of this one."""
    spared = set().union(*(ids for other, ids in IDS_BY_FILE.items() if other != name))
    data = BUNDLED_DATA[name]
    if len(path) >= 2 and path[0] != "document" and not isinstance(value, list | dict):
        for key, items in data.items():
            for index, item in enumerate(items if key != "document" else []):
                if (key, index) != path[:2] and isinstance(item, dict) and "id" in item:
                    spared.add(item["id"])
        spared.discard(value if isinstance(value, str) else "")  # a duplicate id now
    return spared


def test_the_bundled_content_dumped_again_loads_unchanged() -> None:
    """The control for the next test: dumping the data is not itself a change."""
    with content_folder({name: dumped(data) for name, data in BUNDLED_DATA.items()}) as folder:
        result = load_content(folder, display_prefix=PREFIX)
    assert result.errors == []
    assert result.content == BUNDLED.content


@hypothesis_settings(max_examples=examples(75))
@given(st.sampled_from(PATHS), wrong_value)
def test_a_wrong_value_anywhere_is_reported_at_its_line_and_costs_only_its_item(
    where: tuple[str, Path_], value: Any
) -> None:
    name, path = where
    data = dumped(replaced(BUNDLED_DATA[name], path, value))
    with content_folder({name: data}) as folder:
        result = validated(folder)
        assert_reported_well(result, folder)
        assert_text_is_clean(result)
        assert_others_load(result, spared_by(name, path, value))


# The two parsers read every file alike ----------------------------------------------


def parsed(text: str, name: str) -> object:
    """What parsing ``text`` comes to: the document's data, lines and problems, or the
    message it is refused with."""
    try:
        doc = yamlfile.parse_yaml(text, name)
    except yamlfile.YamlFileError as refused:
        return str(refused.error)
    return doc.data, doc.lines, [(path, str(error)) for path, error in doc.problems]


@pytest.mark.skipif(yamlfile._FAST is None, reason="PyYAML without libyaml")
@hypothesis_settings(max_examples=examples(200))
@given(hostile_file())
@example(glossary_with("glossary:\n", "glossary:\t\n"))  # a tab libyaml let through
@example((HOSTILE_NAME, b"\xef\xbb\xbf\xef\xbb\xbfglossary: []\n"))  # a second BOM
def test_a_file_reads_the_same_with_or_without_libyaml(named: tuple[str, bytes]) -> None:
    """Plain files go through libyaml for speed: a file the careful parser (whose messages
    editors see) reads comes to the same data, lines and problems, and a file it refuses is
    refused alike, but for the few YAML 1.2 forms only libyaml knows (``[x ? y]``)."""
    name, data = named
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    with_libyaml = parsed(text, name)
    with mock.patch.object(yamlfile, "_FAST", None):
        careful = parsed(text, name)
    if isinstance(careful, str) and not isinstance(with_libyaml, str):
        event("refused by the careful parser only")
        return
    assert with_libyaml == careful
