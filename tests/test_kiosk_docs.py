"""docs/kiosk.md and its Linux session files agree with each other and with the code:
the files it installs exist, the session entry starts the installed script, the
configuration keys and their ranges are the configuration reader's, and the staff
exit's keys and gesture are the ones the app uses."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from allguide.kiosk import config
from allguide.mode import DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS, DEFAULT_KIOSK_TEXT_SCALE

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "kiosk.md"
SESSION = ROOT / "docs" / "kiosk" / "allguide-kiosk-session"
DESKTOP = ROOT / "docs" / "kiosk" / "allguide-kiosk.desktop"


def doc() -> str:
    return DOC.read_text("utf-8")


def test_every_file_the_doc_names_in_docs_kiosk_exists() -> None:
    named = set(re.findall(r"docs/kiosk/([\w.-]+)", doc())) | set(
        re.findall(r"\(kiosk/([\w.-]+)\)", doc())
    )
    assert named >= {"allguide-kiosk-session", "openbox-rc.xml", "allguide-kiosk.desktop"}
    for name in named:
        assert (ROOT / "docs" / "kiosk" / name).exists(), name
    for image in re.findall(r"\]\((kiosk/screenshots/[\w.-]+\.png)\)", doc()):
        assert (ROOT / "docs" / image).is_file(), image


def test_the_session_entry_starts_the_installed_session_script() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    installed = Path(desktop["Exec"])
    assert installed.name == SESSION.name
    assert f"install -m 755 docs/kiosk/{SESSION.name} {installed.parent}/" in doc()


def test_the_session_script_is_an_executable_posix_shell_script() -> None:
    assert os.access(SESSION, os.X_OK)
    assert SESSION.read_text("utf-8").startswith("#!/bin/sh\n")
    shell = shutil.which("sh")
    if shell is None:
        pytest.skip("no sh here")
    checked = subprocess.run([shell, "-n", str(SESSION)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def table_row(key: str) -> str:
    row = re.search(rf"^\| `{key}` \|.*$", doc(), re.MULTILINE)
    assert row, f"docs/kiosk.md has no row for {key}"
    return row[0]


@pytest.mark.parametrize(
    ("key", "default", "bounds"),
    [
        ("idle_seconds", DEFAULT_IDLE_SECONDS, config.IDLE_RANGE),
        ("countdown_seconds", DEFAULT_COUNTDOWN_SECONDS, config.COUNTDOWN_RANGE),
        ("text_scale", DEFAULT_KIOSK_TEXT_SCALE, config.TEXT_SCALE_RANGE),
    ],
)
def test_each_number_keys_default_and_range_are_the_readers(
    key: str, default: float, bounds: tuple[float, float]
) -> None:
    row = table_row(key)
    low, high = bounds
    assert f"`{default:g}`" in row
    assert f"{low:g} to {high:g}" in row


def test_every_key_the_reader_knows_is_documented() -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", doc(), re.MULTILINE))
    assert documented == set(config._CHECKS)


def test_the_paths_are_the_readers() -> None:
    for platform in ("linux", "darwin"):
        assert f"`{config.system_config_path(platform, {})}`" in doc()
    windows = f"%ProgramData%\\{config.CONFIG_FOLDER}\\{config.CONFIG_FILE}"
    assert f"`{windows}`" in doc()


def test_the_staff_exit_is_the_apps() -> None:
    from allguide.kiosk.pin import FIRST_WAIT_SECONDS, FREE_TRIES, LONGEST_WAIT_SECONDS
    from allguide.ui.kiosk import pin_prompt, staff_exit

    text = doc()
    assert f"**{staff_exit.KEY_SEQUENCE}**" in text
    taps = {5: "five"}[staff_exit.GESTURE_TAPS]
    assert f"**{taps} taps within {staff_exit.GESTURE_SECONDS:g} seconds" in text
    assert {3: "Three"}[FREE_TRIES] + " wrong PINs" in text
    assert f"{FIRST_WAIT_SECONDS:g} seconds" in text
    assert f"up to {LONGEST_WAIT_SECONDS / 60:g} minutes" in text
    assert f"after {pin_prompt.UNTOUCHED_SECONDS:g} seconds untouched" in text
