"""The About facts: ``allguide --about`` and the About dialog (F1) say the same, from one
list (allguide/about.py) that agrees with THIRD_PARTY_NOTICES.md and pyproject.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allguide import __version__
from allguide.about import COMPONENTS, about_text
from allguide.mode import Mode
from allguide.ui.about_dialog import AboutDialog
from allguide.ui.mainwindow import MainWindow
from tests.test_cli_imports import heavy, imported_by

ROOT = Path(__file__).resolve().parents[1]


def _by_distribution() -> dict[str, str]:
    return {c.distribution.lower(): c.name for c in COMPONENTS if c.distribution is not None}


def test_about_prints_version_content_and_every_component() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "allguide", "--about"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert f"AllGuide {__version__}" in out
    assert "Licence: Apache-2.0" in out
    assert "Updated 20 March 2025" in out
    assert 'the Know ALL page "Treatment"' in out
    blocks = out.split("\n- ")[1:]
    assert len(blocks) == len(COMPONENTS)
    for component, block in zip(COMPONENTS, blocks, strict=True):
        assert block.startswith(component.name)
        assert f"Licence: {component.licence}" in block
        assert f"Source code: {component.source}" in block
    for needed in (
        "https://download.qt.io/official_releases/qt/",
        "https://code.qt.io/cgit/pyside/pyside-setup.git/",
        "LGPL-3.0",
        "CC-BY-SA-4.0",
        "BSD-3-Clause",
    ):
        assert needed in out


def test_about_imports_no_qt_yaml_or_schema() -> None:
    out, modules = imported_by("--about")
    assert "Updated 20 March 2025" in out
    assert heavy(modules) == []


def test_every_dependency_and_its_bundled_dependencies_are_listed() -> None:
    """pyproject's dependencies, and what jsonschema pulls in, each have an entry."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    named = _by_distribution()
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=;!~ \[]", requirement, maxsplit=1)[0].lower()
        assert name in named, f"{name} (pyproject.toml) is missing from allguide/about.py"
    for bundled in ("shiboken6", "attrs", "referencing", "rpds-py", "jsonschema-specifications"):
        assert bundled in named


def test_the_notices_file_names_each_component_it_describes() -> None:
    """Each component THIRD_PARTY_NOTICES.md describes is in the list, with its licence."""
    notices = (ROOT / "THIRD_PARTY_NOTICES.md").read_text("utf-8")
    by_name = {c.name: c for c in COMPONENTS}
    assert by_name["pyspellchecker"].licence == "MIT" and "pyspellchecker" in notices
    assert "MIT licence" in notices
    assert by_name["segno"].licence == "BSD-3-Clause" and "BSD 3-Clause" in notices
    words = by_name["pyspellchecker word lists (FrequencyWords)"]
    assert words.licence == "CC-BY-SA-4.0" and "CC BY-SA 4.0" in notices
    assert words.source in notices
    for link in re.findall(r"\((https://github\.com/[^)]+)\)", notices):
        assert any(c.source == link for c in COMPONENTS), f"{link}: not in allguide/about.py"
    fonts = (ROOT / "resources" / "fonts").exists()
    assert fonts == any("DejaVu" in c.name for c in COMPONENTS)  # fonts listed iff bundled


def _open_about(qtbot: QtBot, window: MainWindow) -> AboutDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AboutDialog)
    return dialog


def test_f1_opens_the_about_dialog_with_the_same_facts(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    dialog = _open_about(qtbot, window)
    text = dialog.text()
    assert f"AllGuide {__version__}" in text
    assert "Apache-2.0" in text
    assert "20 March 2025" in text and "Know ALL" in text and "Treatment" in text
    for component in COMPONENTS:
        assert component.name in text
        assert component.licence in text
        assert component.source in text
    assert dialog.text_box.isReadOnly()
    assert dialog.text_box.verticalScrollBar().maximum() > 0  # more than fits: it scrolls
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_is_not_offered_at_a_kiosk(qtbot: QtBot, build: Callable[..., MainWindow]) -> None:
    assert Mode.normal().offers_about
    assert not Mode.kiosk().offers_about
    kiosk = build(kiosk=True)
    assert kiosk.about_action is None
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    qtbot.keyClick(kiosk, Qt.Key.Key_F1)
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog)]


def test_about_text_is_plain() -> None:
    assert "<" not in about_text()


@pytest.mark.parametrize("arabic", [True, False], ids=["ar", "en"])
def test_in_arabic_each_address_reads_left_to_right(
    qtbot: QtBot, build_in: Callable[..., MainWindow], arabic: bool
) -> None:
    """Inside Arabic words an address is isolated, so its final "/" stays at its end
    (without, the bidi algorithm shows "/https://…"); in English the text is the data."""
    from allguide.languages import Language

    language = Language.ARABIC if arabic else Language.ENGLISH
    window = build_in(language, kiosk=False)  # the application speaks the language
    dialog = AboutDialog(window.locale(), window)
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft() is arabic
    text = dialog.text()
    for component in COMPONENTS:
        assert (f"\u2066{component.source}\u2069" in text) is arabic
        assert component.source in text
