"""The bundled content loads from its compiled form (allguide/content/compiled.py) when that
is current, and from the YAML files with full validation otherwise: same content either way."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import QLocale

from allguide.cli import main
from allguide.content import (
    Content,
    LoadResult,
    available_languages,
    bundled,
    language_dir,
    load_bundled,
    load_content,
)
from allguide.content.codec import DecodeError, decode, encode
from allguide.content.compile import compiled_text
from allguide.content.compiled import (
    COMPILED_FILE,
    CONTENT_MODEL_VERSION,
    FORMAT_VERSION,
    sha256_of,
)
from allguide.search import SearchEngine
from allguide.ui.reader.page_builder import PageBuilder

ROOT = Path(__file__).resolve().parents[1]
LOGGER = "allguide.content.compiled"
LANGUAGES = available_languages()


# The committed file ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_compiled_file_is_current(language: str) -> None:
    """An editor who changed the YAML (or the model) and forgot to recompile is caught here."""
    committed = (language_dir(language) / COMPILED_FILE).read_text("utf-8")
    assert committed == compiled_text(language), (
        f"resources/content/{language}/{COMPILED_FILE} is stale: run `make compile-content` "
        "(allguide compile-content) and commit it"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_content_equals_the_freshly_validated_content(
    language: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    full = load_bundled(language, full_validation=True)
    with mock.patch("allguide.content.loader.load_content", side_effect=AssertionError):
        compiled = load_bundled(language)  # the loader is not used at all
    assert full.ok and compiled.ok
    assert compiled.content == full.content
    assert compiled.files == full.files
    assert [r.getMessage() for r in caplog.records if r.name == LOGGER] == []
    # Derived views of the model come out the same too.
    for parent in [None, *(s.id for s in full.content.sections)]:
        assert list(compiled.content.children(parent)) == list(full.content.children(parent))
    assert list(compiled.content.orphan_agents()) == list(full.content.orphan_agents())


@pytest.mark.usefixtures("qapp")
def test_search_and_pages_are_the_same_from_the_compiled_content() -> None:
    full = load_bundled("en", full_validation=True).content
    compiled = load_bundled("en").content
    engines = SearchEngine.for_content(full), SearchEngine.for_content(compiled)
    for query in ("tired", "steroids", "infection", "blinatumomab", "car t", "hair", "mantenance"):
        first, second = (engine.search(query, 10) for engine in engines)
        assert [h.as_json() for h in second.hits] == [h.as_json() for h in first.hits]
        assert second.suggestions == first.suggestions
        assert first.hits or first.suggestions
    builders = PageBuilder(full, QLocale("en")), PageBuilder(compiled, QLocale("en"))
    ids = [entity.id for group in _groups(full) for entity in group]
    assert len(ids) > 100
    for page_id in ids:
        assert builders[1].build(page_id) == builders[0].build(page_id)


def _groups(content: Content) -> list[tuple[Any, ...]]:
    c = content
    return [c.sections, c.phases, c.agents, c.side_effects, c.glossary, c.references]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_ships_in_the_wheel_and_the_frozen_build(language: str) -> None:
    toml = (ROOT / "pyproject.toml").read_text("utf-8")
    line = re.search(rf'^"allguide.resources.content.{language}" = \[(.*)\]$', toml, re.M)
    assert line is not None and f'"{COMPILED_FILE}"' in line.group(1)
    suffixes = re.search(r"path.suffix in \{([^}]*)\}", (ROOT / "build.spec").read_text("utf-8"))
    assert suffixes is not None and '".json"' in suffixes.group(1)


# The quick path imports no parser or validator ---------------------------------------------

SLOW = ("yaml", "jsonschema", "allguide.content.loader", "allguide.content.schema")


def imported_after(code: str) -> list[str]:
    """The slow modules in ``sys.modules`` after ``code`` runs in a fresh Python."""
    listing = f"json.dumps([m for m in sys.modules if m.startswith({SLOW!r})])"
    script = f"{code}; import json, sys; print({listing})"
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_loading_the_bundled_content_imports_no_yaml_nor_json_schema() -> None:
    code = "from allguide.content import load_bundled; assert load_bundled('en').ok"
    assert imported_after(code) == []


def test_the_app_loads_the_bundled_content_without_yaml_nor_json_schema() -> None:
    """What the GUI's start imports (allguide.app and the UI) does not bring them back."""
    code = "import allguide.cli, allguide.app as app; assert app.load('en', None).ok"
    assert imported_after(code) == []


def test_the_import_check_sees_the_full_path() -> None:
    code = "from allguide.content import load_bundled; load_bundled('en', full_validation=True)"
    assert {"yaml", "jsonschema", "allguide.content.loader"} <= set(imported_after(code))


# Missing, stale and damaged compiled files: the YAML, fully validated, and a log line ------


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled resources (content and schema) that load_bundled reads."""
    root = tmp_path / "resources"
    shutil.copytree(Path(str(language_dir("en"))), root / "content" / "en")
    shutil.copytree(Path(str(bundled.schema_file())).parent, root / "schema")
    monkeypatch.setattr(bundled, "resources_root", lambda: root)
    return root


def _compiled(bundle: Path) -> Path:
    return bundle / "content" / "en" / COMPILED_FILE


def _edit_json(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    def apply(bundle: Path) -> None:
        data = json.loads(_compiled(bundle).read_text("utf-8"))
        change(data)
        _compiled(bundle).write_text(json.dumps(data), "utf-8")

    return apply


def _replace_in(name: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(bundle: Path) -> None:
        path = bundle / "content" / "en" / name
        text = path.read_text("utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), "utf-8")

    return apply


def _section(data: dict[str, Any]) -> dict[str, Any]:
    return data["content"]["sections"][0]  # type: ignore[no-any-return]


STALE: dict[str, Callable[[Path], object]] = {
    "missing": lambda b: _compiled(b).unlink(),
    "a content file changed": _replace_in("sections.yaml", "title: ", "title: Changed "),
    "a content file added": lambda b: (b / "content/en/more.yaml").write_text("glossary: []\n"),
    "a content file removed": lambda b: (b / "content/en/glossary.yaml").unlink(),
    "the schema changed": lambda b: (b / "schema/allguide-content.schema.json").write_text(
        (b / "schema/allguide-content.schema.json").read_text("utf-8") + "\n", "utf-8"
    ),
    "another format": _edit_json(lambda d: d.update(format=FORMAT_VERSION + 1)),
    "another content model": _edit_json(
        lambda d: d.update(content_model=CONTENT_MODEL_VERSION + 1)
    ),
}


def _folder_instead(path: Path) -> None:
    path.unlink()
    path.mkdir()


# Damaged while every hash still matches: decoding itself must refuse it.
DAMAGED: dict[str, Callable[[Path], object]] = {
    "cut short": lambda b: _compiled(b).write_text(_compiled(b).read_text("utf-8")[:5000]),
    "not UTF-8": lambda b: _compiled(b).write_bytes(b"\xff\xfe" + _compiled(b).read_bytes()),
    "a list": lambda b: _compiled(b).write_text("[]"),
    "nested deeper than Python recurses": lambda b: _compiled(b).write_text("[" * 100_000),
    "a folder": lambda b: _folder_instead(_compiled(b)),
    "no content": _edit_json(lambda d: d.update(content=None)),
    "a number for a title": _edit_json(lambda d: _section(d).update(title=7)),
    "true for a number": _edit_json(lambda d: d["content"]["phases"][0].update(order=True)),
    "an unknown key": _edit_json(lambda d: _section(d).update(colour="red")),
    "a missing key": _edit_json(lambda d: _section(d).pop("body")),
    "text for a list": _edit_json(lambda d: _section(d).update(citations="ref-1")),
    "a date not YYYY-MM-DD": _edit_json(
        lambda d: d["content"]["document"].update(updated="20250320")
    ),
    "an unknown kind": _edit_json(lambda d: d["content"]["agents"][0].update(kind="vitamin")),
    # Found by review: a lone surrogate broke the search index; a control character is
    # refused in YAML, so it is refused here too.
    "a lone surrogate in a title": _edit_json(lambda d: _section(d).update(title="A \ud800")),
    "a control character in a body": _edit_json(lambda d: _section(d).update(body="a\x1bb")),
}


def _full_load(bundle: Path) -> LoadResult:
    return load_content(bundle / "content" / "en", display_prefix="content/en")


def _records(caplog: pytest.LogCaptureFixture) -> Iterator[logging.LogRecord]:
    return (r for r in caplog.records if r.name == LOGGER)


@pytest.mark.parametrize("change", [*STALE.values(), *DAMAGED.values()], ids=[*STALE, *DAMAGED])
def test_without_a_current_compiled_file_the_yaml_is_loaded_and_validated(
    bundle: Path, change: Callable[[Path], object], caplog: pytest.LogCaptureFixture
) -> None:
    """Missing, stale or damaged, the bundled compiled.json is a packaging defect that
    slows every start: a warning, whichever it is."""
    assert load_bundled("en").content == _full_load(bundle).content  # the copy loads as is
    change(bundle)
    caplog.set_level(logging.INFO, logger=LOGGER)
    loaded = load_bundled("en")
    expected = _full_load(bundle)
    assert (loaded.content, loaded.errors, loaded.files) == (
        expected.content,
        expected.errors,
        expected.files,
    )
    [record] = _records(caplog)
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith("content/en/compiled.json: ")
    assert "loading the YAML files" in record.getMessage()


def test_a_changed_file_is_named_and_its_change_is_shown(
    bundle: Path, caplog: pytest.LogCaptureFixture
) -> None:
    before = load_bundled("en").content.sections[0].title
    STALE["a content file changed"](bundle)
    caplog.set_level(logging.INFO, logger=LOGGER)
    assert load_bundled("en").content.sections[0].title == f"Changed {before}"
    [record] = _records(caplog)
    assert "changed: sections.yaml" in record.getMessage()


def test_validate_always_validates_the_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    with mock.patch("allguide.content.bundled.load_compiled", side_effect=AssertionError):
        assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("ok (en): 9 files")


def test_the_app_reads_a_content_folder_by_validating_it(content_copy: Path) -> None:
    from allguide import app

    compiled = (language_dir("en") / COMPILED_FILE).read_bytes()
    (content_copy / COMPILED_FILE).write_bytes(compiled)  # beside the YAML: not used
    with mock.patch("allguide.content.bundled.load_compiled", side_effect=AssertionError):
        assert app.load("en", content_copy).ok


# The compile command -----------------------------------------------------------------------


def test_compile_content_writes_the_file_and_check_finds_it_current(
    bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    committed = _compiled(bundle).read_text("utf-8")
    _compiled(bundle).unlink()
    assert main(["compile-content", "--check"]) == 1
    assert "content/en/compiled.json: stale" in capsys.readouterr().err
    assert not _compiled(bundle).exists()  # --check writes nothing
    assert main(["compile-content"]) == 0
    assert _compiled(bundle).read_text("utf-8") == committed
    assert main(["compile-content", "--check"]) == 0
    assert "content/en/compiled.json: up to date" in capsys.readouterr().out


def test_content_with_problems_is_not_compiled(
    bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _compiled(bundle).read_bytes()
    _replace_in("sections.yaml", "    title: Radiotherapy\n", "    title: [Radiotherapy\n")(bundle)
    assert main(["compile-content"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("content/en/sections.yaml:")
    assert err[-1] == "content/en/compiled.json: not compiled: fix the problems above first"
    assert _compiled(bundle).read_bytes() == before


def test_the_digest_is_sha256(tmp_path: Path) -> None:
    """The start hashes with CPython's own SHA-256, not hashlib's: the same digest."""
    path = tmp_path / "file.yaml"
    path.write_bytes(b"document:\n  title: x\n" * 1000)
    assert sha256_of(path) == hashlib.sha256(path.read_bytes()).hexdigest()


# The codec -----------------------------------------------------------------------------------


class Colour(enum.StrEnum):
    RED = "red"


@dataclasses.dataclass(frozen=True)
class Inner:
    day: dt.date
    colour: Colour
    maybe: int | None = None


@dataclasses.dataclass(frozen=True)
class Outer:
    name: str
    count: int
    flag: bool
    ratio: float
    inners: tuple[Inner, ...]
    words: tuple[str, ...] = ()
    inner: Inner | None = None
    derived: str = dataclasses.field(default="", init=False, compare=False)


SAMPLE = Outer(
    name="a",
    count=3,
    flag=True,
    ratio=0.5,
    inners=(Inner(dt.date(2025, 3, 20), Colour.RED, 2), Inner(dt.date(2024, 1, 1), Colour.RED)),
    words=("x", "y"),
)


def test_the_codec_writes_plain_json_and_reads_it_back() -> None:
    data = encode(Outer, SAMPLE)
    assert json.loads(json.dumps(data)) == data
    assert data["inners"][0] == {"day": "2025-03-20", "colour": "red", "maybe": 2}  # type: ignore[call-overload,index]
    assert "derived" not in data  # type: ignore[operator]
    assert decode(Outer, json.loads(json.dumps(data))) == SAMPLE


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (("name",), 1, "name"),
        (("count",), True, "count"),
        (("count",), "3", "count"),
        (("flag",), 1, "flag"),
        (("ratio",), "0.5", "ratio"),
        (("inners", 1, "day"), "2024-1-1", "inners[1].day"),
        (("inners", 1, "day"), "20240101", "inners[1].day"),
        (("inners", 0, "colour"), "blue", "inners[0].colour"),
        (("inners", 0, "maybe"), 2.0, "inners[0].maybe"),
        (("words",), "x", "words"),
        (("words", 1), None, "words[1]"),
        (("inner",), [], "inner"),
    ],
)
def test_the_codec_refuses_what_the_types_do_not_allow(
    path: tuple[str | int, ...], value: object, where: str
) -> None:
    data: Any = encode(Outer, SAMPLE)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    with pytest.raises(DecodeError) as caught:
        decode(Outer, data)
    assert caught.value.where() == where


def test_the_codec_refuses_unknown_and_missing_keys() -> None:
    data: Any = encode(Outer, SAMPLE)
    with pytest.raises(DecodeError, match=r"unknown keys \['extra'\]"):
        decode(Outer, {**data, "extra": 1})
    with pytest.raises(DecodeError, match=r"missing keys \['words'\]"):
        decode(Outer, {k: v for k, v in data.items() if k != "words"})
    with pytest.raises(DecodeError, match=r"unknown keys \['derived'\]"):
        decode(Outer, {**data, "derived": ""})  # not an init field: the class makes it


@pytest.mark.parametrize("hint", [dict[str, int], list[int], tuple[int, str], int | str, object])
def test_the_codec_refuses_types_it_does_not_know(hint: Any) -> None:
    @dataclasses.dataclass(frozen=True)
    class Odd:
        value: Any

    Odd.__annotations__["value"] = hint
    with pytest.raises(TypeError, match="cannot write"):
        encode(Odd, Odd(None))


def test_the_codec_writes_only_what_the_types_declare() -> None:
    with pytest.raises(TypeError):
        encode(Outer, dataclasses.replace(SAMPLE, count="3"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        encode(Inner, Inner(dt.datetime(2025, 1, 1, 12), Colour.RED))  # a time would be lost
