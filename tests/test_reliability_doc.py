"""RELIABILITY.md stays true: every test it cites exists, and every suite of
hostile-input tests is cited, so a new attack test cannot be left out of the report."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "RELIABILITY.md"
TESTS = ROOT / "tests"
CITATION = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")
# The files whose tests are the hostile-input report; each must appear in it.
REPORTED_FILES = (
    "test_hostile_*.py",
    "test_properties*.py",
    "test_soak.py",
    "test_cli_defects.py",
    "test_crash_reporting.py",
    "test_offline_e2e.py",
    "test_smoke_modes.py",
    "test_window_fits.py",
)


def cited_tests(report: str) -> list[tuple[str, str]]:
    return CITATION.findall(report)


def defined_names(path: Path) -> set[str]:
    """Test functions and classes defined at the top of a test file, or in its classes."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
    return names


def test_the_citation_pattern_reads_a_row() -> None:
    row = "| a | b | `tests/test_x.py::test_one`, `tests/test_y.py::TestZ` |"
    assert cited_tests(row) == [("tests/test_x.py", "test_one"), ("tests/test_y.py", "TestZ")]


def test_every_cited_test_exists() -> None:
    report = REPORT.read_text("utf-8")
    citations = cited_tests(report)
    assert len(citations) >= 30, "the report should cite the tests behind each row"
    missing = [
        f"{file}::{name}"
        for file, name in citations
        if not (ROOT / file).is_file() or name not in defined_names(ROOT / file)
    ]
    assert not missing, f"RELIABILITY.md cites tests that do not exist: {missing}"


def test_every_hostile_input_suite_is_in_the_report() -> None:
    cited_files = {file for file, _name in cited_tests(REPORT.read_text("utf-8"))}
    suites = sorted(
        f"tests/{path.name}" for pattern in REPORTED_FILES for path in TESTS.glob(pattern)
    )
    assert suites, "the hostile-input suites moved: update REPORTED_FILES"
    left_out = [suite for suite in suites if suite not in cited_files]
    assert not left_out, f"RELIABILITY.md cites no test from: {left_out}"
