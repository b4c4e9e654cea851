"""What the frozen build keeps of Qt (packaging/freeze_rules.py), on each platform's
own layout: PyInstaller puts Qt under PySide6/Qt/ on Linux and macOS, PySide6/ on
Windows. A rule that only knew one layout would keep all of Qt on the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "es", "fr", "ar")


rules = load_script("packaging/freeze_rules.py")


@pytest.mark.parametrize(
    ("platform", "kept", "dropped"),
    [
        (
            "linux",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        ),
        (
            "win32",
            "PySide6\\plugins\\platforms\\qwindows.dll",
            "PySide6\\plugins\\imageformats\\qjpeg.dll",
        ),
        (
            "win32",
            "PySide6/plugins/iconengines/qsvgicon.dll",
            "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        ),
        (
            "darwin",
            "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
            "PySide6/Qt/plugins/imageformats/libqwebp.dylib",
        ),
    ],
)
def test_each_platform_keeps_its_plugins_and_drops_the_rest(
    platform: str, kept: str, dropped: str
) -> None:
    table = rules.plugins_kept_on(platform)
    assert table is not None
    assert rules.plugin_kept(kept, table)
    assert not rules.plugin_kept(dropped, table)
    assert rules.plugin_kept("PySide6/QtCore.abi3.so", table)  # not a plugin


@pytest.mark.parametrize("layout", ["PySide6/Qt/translations", "PySide6/translations"])
def test_only_qt_translations_of_our_languages_stay_in_both_layouts(layout: str) -> None:
    assert rules.translation_kept(f"{layout}/qtbase_ar.qm", LANGUAGES)
    assert not rules.translation_kept(f"{layout}/qtbase_de.qm", LANGUAGES)
    assert not rules.translation_kept(f"{layout}/qtmultimedia_es.qm", LANGUAGES)
    assert rules.translation_kept("allguide/resources/translations/allguide_es.qm", LANGUAGES)


def test_an_unknown_system_keeps_every_plugin() -> None:
    assert rules.plugins_kept_on("freebsd14") is None
    assert rules.plugin_kept("PySide6/Qt/plugins/platforms/libqxcb.so", None)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert rules.windows_version_numbers(version) == numbers


def pyside_modules_imported() -> set[str]:
    """Every PySide6 module AllGuide's code imports (``PySide6.QtX``), wherever it does."""
    import ast

    found: set[str] = set()
    for path in (ROOT / "allguide").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found |= {name.split(".")[1] for name in names if name.startswith("PySide6.")}
    return found


def test_every_pyside_module_the_app_imports_is_bundled() -> None:
    """A module left out works in development and fails only in the frozen app: Print,
    without PySide6.QtPrintSupport, was hidden there (only Save as PDF was offered)."""
    imported = pyside_modules_imported()
    assert "QtPrintSupport" in imported  # allguide/ui/printing: Print and its dialog
    assert imported <= rules.PYSIDE_MODULES_KEPT
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert "from freeze_rules import PYSIDE_MODULES_KEPT as pyside_kept" in spec


def test_linux_keeps_the_cups_print_plugin() -> None:
    """The Print dialog lists the printers CUPS knows through this plugin."""
    table = rules.plugins_kept_on("linux")
    assert table is not None
    assert rules.plugin_kept("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", table)
