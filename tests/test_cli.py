"""The ``allguide`` command, run as a real process the way users and CI run it."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from allguide import __version__
from allguide.cli import main
from allguide.content import available_languages
from allguide.content.bundled import content_root

AVAILABLE = ", ".join(available_languages())  # English first


def allguide(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "allguide", *args],
        capture_output=True, text=True, check=False, env=env, cwd=cwd, timeout=120,
    )  # fmt: skip


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"allguide {__version__}\n"


@pytest.mark.e2e
@pytest.mark.parametrize("language", available_languages())
def test_smoke_test_passes(tmp_path: Path, language: str) -> None:
    """Every page and view, in every bundled language (a French title with a no-break
    space once failed here: the page had turned it into a plain space)."""
    run = allguide("--lang", language, "--smoke-test", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("smoke test passed: ")
    assert f"({language}, normal)" in run.stdout


@pytest.mark.e2e
def test_smoke_test_fails_with_the_reason_on_broken_content(
    edit: Any, content_copy: Path, tmp_path: Path
) -> None:
    edit("phases.yaml", "    order: 2\n", "    order: second\n")
    run = allguide("--smoke-test", "--content", str(content_copy), cwd=tmp_path)
    assert run.returncode == 1
    assert "smoke test failed: content errors:" in run.stderr
    assert f"{content_copy}/phases.yaml:" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.e2e
def test_screenshots_write_one_png_per_view_and_language(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    run = allguide("screenshots", str(out), "--view", "home", "--view", "section", "--lang", "en")
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["home-en.png", "section-en.png"]
    assert png_size(out / "home-en.png") == (1280, 800)


@pytest.mark.e2e
def test_screenshot_options_are_accepted(tmp_path: Path) -> None:
    run = allguide(
        "screenshots", str(tmp_path), "--view", "home", "--theme", "light",
        "--font-scale", "1.5", "--kiosk",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "home-en.png").exists()


@pytest.mark.parametrize(
    ("options", "scale"),
    [([], 1.0), (["--kiosk"], 1.25), (["--kiosk", "--font-scale", "1.5"], 1.5)],
    ids=["normal", "kiosk", "kiosk-asked"],
)
def test_screenshots_show_the_text_size_the_mode_starts_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: list[str], scale: float
) -> None:
    """A kiosk's screenshots show its larger text, as a visitor sees it."""
    import allguide.screenshots
    from allguide.app import Appearance

    asked: list[Appearance] = []

    def render(
        out: Path,
        views: object,
        languages: object,
        appearance: Appearance,
        *_: object,
        **__: object,
    ) -> list[Path]:
        asked.append(appearance)
        return []

    monkeypatch.setattr(allguide.screenshots, "render_screenshots", render)
    assert main(["screenshots", str(tmp_path), "--view", "home", *options]) == 0
    assert [appearance.font_scale for appearance in asked] == [scale]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["screenshots", "out", "--view", "timetable"],
         "allguide: error: unknown view 'timetable' "
         "(available: home, section, side-effects, search, timeline, word-explained)"),
        (["screenshots", "out", "--lang", "xx"],
         "allguide: error: unknown language 'xx' (available: " + AVAILABLE + ")"),
        (["screenshots", "out", "--theme", "neon"],
         "allguide: error: unknown theme 'neon' (available: dark, high-contrast, light)"),
        (["--lang", "klingon", "--smoke-test"],
         "allguide: error: unknown language 'klingon' (available: " + AVAILABLE + ")"),
    ],
)  # fmt: skip
def test_bad_arguments_get_a_clear_error(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert capsys.readouterr().err.strip() == message


def copy_language(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name.endswith(".yaml"):
            (target / entry.name).write_text(entry.read_text("utf-8"), "utf-8")
    return target


def test_validate_the_folder_of_languages_checks_each_language(
    content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    languages = tmp_path / "content"
    copy_language(content_copy, languages / "en")
    broken = copy_language(content_copy, languages / "es")
    phases = broken / "phases.yaml"
    phases.write_text(phases.read_text("utf-8").replace("    order: 2\n", "    order: two\n"))
    assert main(["validate", str(languages)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].startswith(f"{phases}:")
    assert "phases[1].order: should be a whole number, not str" in err[0]
    assert err[1] == "1 problem(s) found"


def test_validate_the_bundled_folder_of_languages(capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(str(content_root()))
    assert main(["validate", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = [f"ok ({language})" for language in available_languages()]
    assert [line.split(":")[0] for line in out] == expected


def test_validate_an_empty_folder_says_so_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path}: no content files (*.yaml) in this folder",
        "1 problem(s) found",
    ]
