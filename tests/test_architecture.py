"""The core stays free of Qt, so it can be loaded, validated and searched headless."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import allguide.ui


def test_content_core_never_imports_qt() -> None:
    code = (
        "import sys, allguide.content, allguide.cli; "
        "from allguide.content import load_bundled; load_bundled('en'); "
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def placeholder_replaces(source: str) -> list[int]:
    """Lines of every call to a ``.replace`` method whose first argument is a string
    starting with "%", however the call is spread over lines."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and node.args[0].value.startswith("%")
    )


def test_the_placeholder_check_sees_calls_over_several_lines() -> None:
    source = (
        "text = self.tr('Results for %1: %2')\n"
        "shown = text.replace('%1', query).replace(\n"
        "    '%2', str(count)\n"
        ")\n"
        "other = (\n"
        "    title\n"
        "    .replace(\n"
        '        "%1",\n'
        "        name,\n"
        "    )\n"
        ")\n"
        "fine = path.replace('/', '-')\n"
        "also_fine = text.replace(old, '%1')\n"
    )
    assert placeholder_replaces(source) == [2, 2, 6]  # where each call starts


def test_translated_strings_are_filled_one_way() -> None:
    """``allguide.ui.wording.fill`` puts values into translated strings, never .replace chains.

    A chain reads user text as a placeholder: a search for "%2" would show the count.
    """
    ui = Path(allguide.ui.__file__).parent
    offenders = [
        f"{path.relative_to(ui.parent.parent)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        for number in placeholder_replaces(path.read_text("utf-8"))
    ]
    assert offenders == []


COLOUR_OR_MARKUP = re.compile(
    r"#[0-9a-fA-F]{6}\b|<(div|span|b|i|font)\b|style=|\bQColor\b|\bimport html\b"
)


def test_models_return_data_not_colours_or_markup() -> None:
    """Delegates draw; a model that builds HTML or picks colours cannot be themed or tested."""
    ui = Path(allguide.ui.__file__).parent
    offenders = [
        f"{path.relative_to(ui.parent.parent)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("model.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if COLOUR_OR_MARKUP.search(line)
    ]
    assert offenders == []
