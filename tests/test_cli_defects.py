"""Small defects of `allguide`: closed pipes, narrow terminals, bad folders, --content."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from allguide.cli import EXIT_BROKEN_PIPE, main


def run_allguide(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "allguide", *args],
        capture_output=True, text=True, encoding="utf-8", check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}, timeout=120,
    )  # fmt: skip


class ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away, as behind ``| head -1``."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_search_into_a_closed_pipe_exits_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["search", "chemo"]) == EXIT_BROKEN_PIPE


@pytest.mark.e2e
def test_search_piped_into_a_reader_that_stops_leaves_no_traceback() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "allguide", "search", "chemo", "--limit", "1000"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader has gone before the first line: every write meets EPIPE
    stderr = process.stderr.read().decode("utf-8", "replace")
    status = process.wait(timeout=120)
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr
    assert stderr == ""
    assert status in (0, EXIT_BROKEN_PIPE)


@pytest.mark.e2e
def test_search_after_the_first_line_closed_leaves_no_traceback() -> None:
    """``allguide search chemo | head -1`` as a shell runs it."""
    run = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m allguide search chemo --limit 1000 | head -1'],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.stdout.startswith("RANK")
    assert run.stderr == ""


@pytest.mark.e2e
def test_search_in_an_ascii_terminal_does_not_crash() -> None:
    run = run_allguide("search", "dexaméthasone", PYTHONIOENCODING="ascii")
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout  # a result, or "No results for \u201c…\u201d" with the quotes escaped
    run = run_allguide("search", "“zzqx”", PYTHONIOENCODING="ascii")
    assert run.returncode == 0, run.stderr
    assert "No results for" in run.stdout


@pytest.mark.e2e
def test_validate_in_an_ascii_terminal_does_not_crash(
    edit: Callable[[str, str, str], Path], content_copy: Path, tmp_path: Path
) -> None:
    quoted = tmp_path / "“données”"
    content_copy.rename(quoted)
    phases = quoted / "phases.yaml"
    phases.write_text(phases.read_text("utf-8").replace("    order: 2\n", "    order: “two”\n"))
    run = run_allguide("validate", str(quoted), PYTHONIOENCODING="ascii")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "phases.yaml:" in run.stderr
    assert run.stderr.splitlines()[-1] == "1 problem(s) found"


@pytest.mark.parametrize("folder", ["/dev/null/x", "/proc/no-such-place/shots"])
def test_screenshots_into_a_bad_folder_is_one_line(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["screenshots", folder, "--view", "home", "--lang", "en"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"allguide: error: {folder}: cannot write there")


@pytest.mark.e2e
def test_screenshots_into_a_bad_folder_leaves_no_traceback() -> None:
    run = run_allguide("screenshots", "/dev/null/x")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_validate_reads_the_content_option(
    edit: Callable[[str, str, str], Path],
    content_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--content", str(content_copy), "validate"]) == 0
    assert capsys.readouterr().out.startswith("ok (en): ")
    phases = edit("phases.yaml", "    order: 2\n", "    order: two\n")
    assert main(["--content", str(content_copy), "validate"]) == 1
    assert capsys.readouterr().err.startswith(f"{phases}:")


def test_search_reads_the_content_option(
    edit: Callable[[str, str, str], Path],
    content_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit("sections.yaml", "title: Phases of treatment\n", "title: Zebrafish\n")
    assert main(["search", "zebrafish"]) == 0
    assert capsys.readouterr().out.startswith("No results")
    assert main(["--content", str(content_copy), "search", "zebrafish"]) == 0
    assert "Zebrafish" in capsys.readouterr().out


def test_search_with_a_content_option_that_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--content", str(tmp_path / "nowhere"), "search", "chemo"]) == 2
    assert capsys.readouterr().err == f"allguide: error: {tmp_path / 'nowhere'}: not a folder\n"
