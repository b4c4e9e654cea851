"""The Qt translation files list every string the interface shows (run `make translations`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("es", "fr", "ar")


def sources(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source text) of every current message in a .ts file."""
    root = ET.parse(ts_file).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_is_in_step_with_the_code(language: str, tmp_path: Path) -> None:
    beside_python = Path(sys.executable).parent / "pyside6-lupdate"
    lupdate = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "allguide").rglob("*.py"))
    fresh = tmp_path / f"allguide_{language}.ts"
    subprocess.run(
        [lupdate, "-no-obsolete", *files, "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    committed = ROOT / "translations" / f"allguide_{language}.ts"
    assert sources(committed) == sources(fresh), "run `make translations`"
    assert len(sources(committed)) > 100
