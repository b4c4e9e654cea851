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
    r"#[0-9a-fA-F]{6}\b|<(div|span|b|i|font)\b|style=|\bQColor\b|\bimport html\b|plain_tooltip"
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


TOOLTIP_HELPER = "plain_tooltip"
GUESSING_FORMATS = {"RichText", "AutoText"}


def _is_call_to(node: ast.AST | None, name: str) -> bool:
    """``name(...)`` or ``anything.name(...)``."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == name) or (
        isinstance(func, ast.Attribute) and func.attr == name
    )


def _is_translated_constant(node: ast.AST) -> bool:
    """``self.tr("…")`` with a literal string: our own words, never content or input."""
    return (
        _is_call_to(node, "tr")
        and isinstance(node, ast.Call)
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def text_that_may_be_read_as_markup(source: str) -> list[int]:
    """Lines where text can reach Qt's rich-text guess without going through plain text.

    A tooltip set or shown other than through ``plain_tooltip`` (a model's
    ``ToolTipRole`` is data: its view shows it through ``ui.item_tooltips``); a
    ``QLabel`` made with anything but a ``self.tr`` constant whose function never
    sets its text format; any ``RichText`` or ``AutoText``.
    """
    tree = ast.parse(source)
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in GUESSING_FORMATS:
            lines.add(node.lineno)
        if not isinstance(node, ast.Call):
            continue
        tip_at = {"setToolTip": 0, "showText": 1}.get(getattr(node.func, "attr", ""))
        if tip_at is not None and not (
            len(node.args) > tip_at and _is_call_to(node.args[tip_at], TOOLTIP_HELPER)
        ):
            lines.add(node.lineno)
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        formats_set = {
            ast.unparse(node.func.value)
            for node in ast.walk(function)
            if _is_call_to(node, "setTextFormat")
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
        }
        for statement in ast.walk(function):
            targets: list[ast.expr] = []
            value: ast.AST | None = None
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.Expr | ast.Return):
                value = statement.value
            for call in ast.walk(value) if value is not None else ():
                if not (isinstance(call, ast.Call) and _is_call_to(call, "QLabel")):
                    continue
                if call.args and _is_translated_constant(call.args[0]):
                    continue
                names = {ast.unparse(target) for target in targets if call is value}
                if not names & formats_set:
                    lines.add(call.lineno)
    return sorted(lines)


def test_the_markup_check_sees_each_way_in() -> None:
    source = (
        "from PySide6.QtCore import Qt\n"
        "def make(self, title):\n"
        "    fine = QLabel(self.tr('Words'))\n"
        "    set_later = QLabel(title)\n"
        "    set_later.setTextFormat(Qt.TextFormat.PlainText)\n"
        "    guessed = QLabel(title)\n"  # 6
        "    self.heading = QLabel()\n"  # 7
        "    layout.addWidget(QLabel(title))\n"  # 8
        "    self.setToolTip(title)\n"  # 9
        "    self.setToolTip(plain_tooltip(title))\n"
        "    QToolTip.showText(pos, title, self)\n"  # 11
        "    QToolTip.showText(pos, plain_tooltip(title), self)\n"
        "    other.setTextFormat(Qt.TextFormat.RichText)\n"  # 13
        "    item.setToolTip(f'{title}')\n"  # 14
    )
    assert text_that_may_be_read_as_markup(source) == [6, 7, 8, 9, 11, 13, 14]


def test_text_reaches_labels_and_tooltips_as_plain_text() -> None:
    """Qt guesses rich text in a label or tooltip: content, queries and messages would load
    files (``<img src=…>``). So labels set their format and tooltips go through one helper."""
    ui = Path(allguide.ui.__file__).parent
    offenders = [
        f"{path.relative_to(ui.parent.parent)}: {source.splitlines()[n - 1].strip()}"
        for path in sorted(ui.rglob("*.py"))
        for source in [path.read_text("utf-8")]
        for n in text_that_may_be_read_as_markup(source)
    ]
    assert sorted(offenders) == []


MARKUP_ENTRY_POINTS = {"setHtml", "insertHtml", "setMarkdown", "MarkdownText"}


def test_markup_is_rendered_in_two_known_places_only() -> None:
    """Rich text loads what it names. Only the reader (which loads nothing: loadResource)
    and the home introduction (Markdown only once validated) render markup."""
    ui = Path(allguide.ui.__file__).parent
    found = {
        (str(path.relative_to(ui.parent.parent)), node.attr)
        for path in sorted(ui.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in MARKUP_ENTRY_POINTS
    }
    assert found == {
        ("allguide/ui/reader/browser.py", "setMarkdown"),
        ("allguide/ui/home/page.py", "MarkdownText"),
    }


HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-zA-Z_-])")
NAMED_COLOURS = {
    "white", "black", "red", "darkRed", "green", "darkGreen", "blue", "darkBlue", "cyan",
    "darkCyan", "magenta", "darkMagenta", "yellow", "darkYellow", "gray", "darkGray", "lightGray",
}  # fmt: skip
COLOUR_MAKERS = {"QColor", "fromRgb", "fromRgbF", "fromHsv", "fromHsl", "fromString"}


def colour_literals(source: str) -> list[int]:
    """Lines that spell a colour: a hex string, a QColor of literal numbers or a name, or
    one of Qt's named colours. Fully transparent (alpha 0) is no colour, so it is allowed."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if HEX_COLOUR.search(node.value):
                lines.add(node.lineno)
        elif isinstance(node, ast.Call) and any(_is_call_to(node, m) for m in COLOUR_MAKERS):
            literal = node.args and all(isinstance(a, ast.Constant) for a in node.args)
            transparent = (
                len(node.args) == 4
                and isinstance(node.args[3], ast.Constant)
                and node.args[3].value == 0
            )
            if literal and not transparent:
                lines.add(node.lineno)
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in NAMED_COLOURS
            and ast.unparse(node.value) in {"Qt", "Qt.GlobalColor", "QtCore.Qt.GlobalColor"}
        ):
            lines.add(node.lineno)
    return sorted(lines)


def test_the_colour_check_sees_every_way_to_spell_a_colour() -> None:
    source = (
        "a = QColor('#1f2933')\n"
        "b = '#ffe08a80'\n"
        "c = QColor(255, 255, 255, 200)\n"
        "d = QColor.fromRgb(0, 0, 0)\n"
        "e = Qt.GlobalColor.white\n"
        "f = QColor('red')\n"
        "sheet = 'QLabel { color: #abc; }'\n"
        "g = QColor(0, 0, 0, 0)  # transparent: no colour\n"
        "h = QColor(colour)\n"
        "name = '#phaseDetails'\n"
        "ok = '#1f2933x'\n"
    )
    assert colour_literals(source) == [1, 2, 3, 4, 5, 6, 7]


def test_no_colour_is_spelled_outside_the_theme_package() -> None:
    """Issue 14 (themes, high contrast): every colour comes from a theme file, so a theme
    changes everything. Only allguide/ui/theme/ (the built-in fallback) spells colours."""
    package = Path(allguide.ui.__file__).parents[1]
    theme = package / "ui" / "theme"
    offenders = [
        f"{path.relative_to(package.parent)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if theme not in path.parents
        for number in colour_literals(path.read_text("utf-8"))
    ]
    assert offenders == []
