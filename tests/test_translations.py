"""The translation files: in step with the code, every entry translated, compiled and current.

``make translations`` refreshes translations/*.ts from every ``self.tr()`` string
(pyside6-lupdate) and compiles them into resources/translations/*.qm (pyside6-lrelease),
the files the installed package loads (allguide/ui/i18n.py).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("es", "fr", "ar")
TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "resources" / "translations"

# How many plural forms Qt has for each language (Arabic: zero, one, two, a few, many, other).
PLURAL_FORMS = {"es": 2, "fr": 2, "ar": 6}
# Plural forms Qt uses for one number only, which may say it in words instead of %n:
# Arabic's "one" and "two" ("شهر واحد", "شهران": one month, two months).
ONE_NUMBER_FORMS = {"ar": {1, 2}}
# Numbers that reach every plural form of these languages (Arabic: 0, 1, 2, 3-10, 11-99, 100-102).
PLURAL_SAMPLES = (0, 1, 2, 3, 5, 11, 18, 24, 100, 101, 103)

# Agreed wording of the one sentence every screen shows (docs/content.md, issue 11).
DISCLAIMER = "This is information, not medical advice: ask your care team."
DISCLAIMERS = {
    "es": "Esto es información, no consejo médico: consulte a su equipo de atención.",
    "fr": "Ceci est une information, pas un avis médical\u00a0: demandez à votre équipe soignante.",
    "ar": "هذه معلومات وليست نصيحة طبية: اسأل فريق الرعاية الخاص بك.",
}

# self.tr() calls pyside6-lupdate cannot see (inside f-strings): they stay English in
# every language until the code passes them through a name. Listed for the lead
# (allguide/ui/reader/page_builder.py); the test fails when the list is out of date.
NOT_SEEN_BY_LUPDATE: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms


def entries(ts_file: Path) -> list[Entry]:
    """Every current message of a .ts file (none obsolete or vanished)."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type") == "unfinished",
                    forms,
                )
            )
    return found


def sources(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source text) of every current message in a .ts file."""
    return {(entry.context, entry.source) for entry in entries(ts_file)}


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def python_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "allguide").rglob("*.py"))


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A .ts per language as pyside6-lupdate makes it from the code now (no translations)."""
    lupdate = qt_tool("pyside6-lupdate")
    folder = tmp_path_factory.mktemp("lupdate")
    made = {}
    for language in LANGUAGES:
        made[language] = folder / f"allguide_{language}.ts"
        subprocess.run(
            [lupdate, "-no-obsolete", "-source-language", "en", "-target-language", language,
             *python_files(), "-ts", str(made[language])],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
    return made


# In step with the code ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_is_in_step_with_the_code(
    language: str, fresh_ts: dict[str, Path]
) -> None:
    committed = TS_FOLDER / f"allguide_{language}.ts"
    assert sources(committed) == sources(fresh_ts[language]), "run `make translations`"
    assert len(sources(committed)) > 100


def tr_calls(path: Path) -> list[tuple[str, str | None, int]]:
    """(class, text, line) of each ``….tr(…)`` call; text None when it is not a literal."""
    found: list[tuple[str, str | None, int]] = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "tr"
            ):
                first = child.args[0] if child.args else None
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                found.append((owner, first.value if literal else None, child.lineno))  # type: ignore[union-attr]
            visit(child, owner)

    visit(ast.parse(path.read_text("utf-8")), "")
    return found


def test_every_tr_call_in_the_code_is_in_the_translation_files() -> None:
    """pyside6-lupdate misses some calls (one inside an f-string, one with a name rather
    than a literal): their words would stay English in every language."""
    listed = sources(TS_FOLDER / "allguide_es.ts")
    missed = set()
    for path in (ROOT / "allguide").rglob("*.py"):
        for owner, text, line in tr_calls(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            assert text is not None, f"{where}: tr() of a name: lupdate cannot see its words"
            if (owner, text) not in listed:
                missed.add((owner, text))
    assert missed - NOT_SEEN_BY_LUPDATE == set(), "lupdate cannot see these tr() calls"
    assert NOT_SEEN_BY_LUPDATE - missed == set(), "seen now: drop them from NOT_SEEN_BY_LUPDATE"


# Translated --------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%(\d{1,2}|L?n)")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%Ln", "%n")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    for entry in entries(TS_FOLDER / f"allguide_{language}.ts"):
        where = f"allguide_{language}.ts: {entry.context}: {entry.source!r}"
        assert not entry.unfinished, f"{where}: unfinished"
        assert all(form.strip() for form in entry.forms), f"{where}: empty"
        expected_forms = PLURAL_FORMS[language] if entry.numerus else 1
        assert len(entry.forms) == expected_forms, f"{where}: {len(entry.forms)} forms"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    """%1, %2 … each once, as in English: a lost %1 would drop a date or a name."""
    for entry in entries(TS_FOLDER / f"allguide_{language}.ts"):
        where = f"allguide_{language}.ts: {entry.context}: {entry.source!r}"
        wanted = placeholders(entry.source)
        for number, form in enumerate(entry.forms):
            found = placeholders(form)
            if entry.numerus and number in ONE_NUMBER_FORMS.get(language, set()):
                found = sorted({*found, "n"})  # a form for one number may say it in words
            assert found == wanted, f"{where}: form {number} has {found}, not {wanted}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_disclaimer_says_the_agreed_words(language: str) -> None:
    translated = {
        entry.forms[0]
        for entry in entries(TS_FOLDER / f"allguide_{language}.ts")
        if entry.source == DISCLAIMER
    }
    assert translated == {DISCLAIMERS[language]}


# Compiled ----------------------------------------------------------------------------------


def translator(qm_file: Path) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(str(qm_file)), f"{qm_file.name}: Qt cannot load it"
    return loaded


def test_every_translation_file_has_its_compiled_file() -> None:
    """And no compiled file is left over from a language that has no .ts any more."""
    ts = sorted(p.stem for p in TS_FOLDER.glob("allguide_*.ts"))
    qm = sorted(p.stem for p in QM_FOLDER.glob("allguide_*.qm"))
    assert ts == [f"allguide_{language}" for language in sorted(LANGUAGES)]
    assert qm == ts, "run `make translations` and commit resources/translations/*.qm"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_file_is_what_its_translation_file_makes_now(
    language: str, tmp_path: Path, qapp: object
) -> None:
    """Compared message by message as Qt reads them, not byte by byte: each Qt version's
    lrelease may lay a file out its own way (CI runs two)."""
    committed = QM_FOLDER / f"allguide_{language}.qm"
    assert committed.is_file(), f"{committed.name} is missing: run `make translations`"
    fresh = tmp_path / committed.name
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(TS_FOLDER / f"allguide_{language}.ts"),
         "-qm", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    if fresh.read_bytes() == committed.read_bytes():
        return
    old, new = translator(committed), translator(fresh)
    for entry in entries(TS_FOLDER / f"allguide_{language}.ts"):
        for n in PLURAL_SAMPLES if entry.numerus else (-1,):
            now = new.translate(entry.context, entry.source, None, n)
            assert now, f"{entry.source!r}: lrelease left it out"
            assert old.translate(entry.context, entry.source, None, n) == now, (
                f"{committed.name} is older than its .ts ({entry.source!r}): "
                "run `make translations` and commit it"
            )
