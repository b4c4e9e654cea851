"""``allguide --version`` and ``--help`` answer at once: no Qt, YAML or JSON Schema is loaded.

Each command runs as a fresh ``python -X importtime -m allguide …``, so every module it
imports is listed, whoever imports it (a top-level import added back to ``cli.py``
or to anything it imports shows here).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from allguide import __version__
from allguide.content.bundled import DEFAULT_LANGUAGE

HEAVY = ("PySide6", "shiboken6", "yaml", "jsonschema", "rapidfuzz", "spellchecker", "sqlite3")


def imported_by(*argv: str) -> tuple[str, list[str]]:
    """What ``allguide ARGV`` prints, and every module it imports."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "allguide", *argv],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    modules = [
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ]
    assert "allguide.cli" in modules  # the listing works
    return run.stdout, modules


def heavy(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith("_sqlite3"))


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--version"], f"allguide {__version__}"),
        (["--help"], "usage: allguide"),
        (["validate", "--help"], "usage: allguide validate"),
        (["search", "--help"], "usage: allguide search"),
        (["screenshots", "--help"], "usage: allguide screenshots"),
    ],
    ids=["version", "help", "validate-help", "search-help", "screenshots-help"],
)
def test_version_and_help_import_nothing_heavy(argv: list[str], says: str) -> None:
    out, modules = imported_by(*argv)
    assert says in out
    assert heavy(modules) == []
    assert [m for m in modules if m.startswith("allguide")] == ["allguide", "allguide.cli"]


def test_the_listing_sees_a_heavy_import() -> None:
    """The check above can fail: a command that loads content shows yaml and jsonschema."""
    _, modules = imported_by("validate")
    assert {"yaml", "jsonschema"} <= set(heavy(modules))
    assert not [m for m in heavy(modules) if m.startswith(("PySide6", "shiboken6"))]


def test_help_names_the_real_default_language() -> None:
    """``--lang`` has no default in the parser (that would load the content core for
    ``--help``), so its help text must stay true to the content's default by itself."""
    out, _ = imported_by("--help")
    assert f"if bundled, else {DEFAULT_LANGUAGE})" in " ".join(out.split())
