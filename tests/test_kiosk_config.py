"""The kiosk configuration file: where it lives, what it sets, and that no mistake in it
is an escape or a crash (issue 12, sections 2 and 5)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allguide import cli
from allguide.kiosk.config import (
    MAX_CONFIG_BYTES,
    Configured,
    configured_mode,
    report,
    system_config_path,
)
from allguide.kiosk.pin import hash_pin
from allguide.languages import Language
from allguide.mode import KIOSK_MODE, NORMAL_MODE, KioskSettings, Mode

BUNDLED = ("en", "es", "fr", "ar")
DEFAULTS = KioskSettings()
PIN_HASH = hash_pin("2468")


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str], Path]:
    def make(text: str) -> Path:
        path = tmp_path / "allguide.yaml"
        path.write_text(text, "utf-8")
        return path

    return make


def read(path: Path | None, kiosk: bool = False) -> Configured:
    return configured_mode(path, kiosk, bundled=BUNDLED)


def messages(configured: Configured) -> list[str]:
    return [str(problem) for problem in configured.problems]


# Where it lives ----------------------------------------------------------


def test_linux_looks_in_the_first_xdg_config_dir() -> None:
    environ = {"XDG_CONFIG_DIRS": "relative/skipped:/opt/kiosk/etc:/etc/xdg"}
    path = system_config_path("linux", environ)
    assert path == Path("/opt/kiosk/etc/AllGuide/allguide.yaml")


def test_linux_without_xdg_config_dirs_looks_in_etc_xdg() -> None:
    assert system_config_path("linux", {}) == Path("/etc/xdg/AllGuide/allguide.yaml")
    assert system_config_path("linux", {"XDG_CONFIG_DIRS": ""}) == Path(
        "/etc/xdg/AllGuide/allguide.yaml"
    )


def test_windows_looks_in_program_data() -> None:
    path = system_config_path("win32", {"ProgramData": r"D:\Data"})
    assert path == Path(r"D:\Data") / "AllGuide" / "allguide.yaml"
    default = system_config_path("win32", {})
    assert default == Path(r"C:\ProgramData") / "AllGuide" / "allguide.yaml"


def test_macos_looks_in_library_application_support() -> None:
    path = system_config_path("darwin", {"XDG_CONFIG_DIRS": "/etc/xdg"})
    assert path == Path("/Library/Application Support/AllGuide/allguide.yaml")


def test_the_running_platform_and_environment_are_used_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    assert system_config_path() == tmp_path / "AllGuide" / "allguide.yaml"
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("ProgramData", str(tmp_path / "pd"))
    assert system_config_path() == tmp_path / "pd" / "AllGuide" / "allguide.yaml"


CONFIG_PATH_PROBE = """
from allguide.kiosk.config import system_config_path
print(system_config_path())
print(system_config_path("win32"))
"""


@pytest.mark.parametrize("child", [False, True], ids=["this process", "a child process"])
def test_no_test_reads_the_machines_configuration(system_config_sandbox: Path, child: bool) -> None:
    """The suite's own runs, and the allguide processes tests start, look for the system
    file in the suite's empty sandbox (tests/conftest.py), never in /etc/xdg or the real
    ProgramData: on a computer set up as a kiosk, a family's run under test would be one."""
    import subprocess

    if child:
        run = subprocess.run(
            [sys.executable, "-c", CONFIG_PATH_PROBE],
            capture_output=True, text=True, timeout=60, check=False, env=os.environ.copy(),
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        paths = [Path(line) for line in run.stdout.splitlines()]
    else:
        paths = [system_config_path(), system_config_path("win32")]
    assert len(paths) == 2
    for path in paths:
        assert path.is_relative_to(system_config_sandbox), path
    assert not any(system_config_sandbox.rglob("*"))  # and nothing is there to be read


@pytest.fixture
def system_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The system-wide file's place, in a temporary XDG config dir (not written yet)."""
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    path = tmp_path / "xdg" / "AllGuide" / "allguide.yaml"
    path.parent.mkdir(parents=True)
    return path


def test_the_system_file_makes_a_kiosk_without_the_switch(system_file: Path) -> None:
    system_file.write_text("kiosk: true\nidle_seconds: 300\n", "utf-8")
    configured = read(None)
    assert configured.mode == Mode.kiosk(KioskSettings(idle_seconds=300.0))
    assert configured.path == system_file
    assert configured.problems == ()


def test_config_overrides_the_system_file(system_file: Path, write: Callable[[str], Path]) -> None:
    system_file.write_text("kiosk: false\nlanguage: es\n", "utf-8")
    mine = write("kiosk: true\nlanguage: fr\n")
    configured = read(mine)
    assert configured.mode == Mode.kiosk(KioskSettings(language=Language.FRENCH))
    assert configured.path == mine


# What it sets -------------------------------------------------------------


def test_no_file_and_no_switch_is_a_normal_run_with_nothing_said(
    system_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    configured = read(None)
    assert configured == Configured(NORMAL_MODE, (), None)
    with caplog.at_level(logging.INFO):
        report(configured)
    assert caplog.records == []


def test_the_switch_alone_is_a_kiosk_with_its_defaults(system_file: Path) -> None:
    assert read(None, kiosk=True) == Configured(KIOSK_MODE, (), None)


def test_every_key_is_read(write: Callable[[str], Path], tmp_path: Path) -> None:
    path = write(
        "# The waiting room's kiosk\n"
        "kiosk: true\n"
        "idle_seconds: 90\n"
        "countdown_seconds: 15.5\n"
        "language: ES\n"
        "text_scale: 1.5\n"
        f"pin: {PIN_HASH}\n"
        f"log_folder: {tmp_path / 'logs'}\n"
    )
    configured = read(path)
    assert configured.problems == ()
    assert configured.mode.starting_language is Language.SPANISH  # a typed id, not "es"
    assert configured.mode == Mode.kiosk(
        KioskSettings(
            idle_seconds=90.0,
            countdown_seconds=15.5,
            language=Language.SPANISH,
            text_scale=1.5,
            pin_hash=PIN_HASH,
            log_folder=tmp_path / "logs",
        )
    )


def test_kiosk_false_is_a_normal_run_unless_the_switch_says_kiosk(
    write: Callable[[str], Path],
) -> None:
    path = write("kiosk: false\nlanguage: fr\n")
    assert read(path).mode == NORMAL_MODE
    assert read(path, kiosk=True).mode == Mode.kiosk(KioskSettings(language=Language.FRENCH))


def test_an_empty_file_sets_nothing(write: Callable[[str], Path]) -> None:
    assert read(write("# nothing yet\n")) == Configured(NORMAL_MODE, (), read(write("")).path)


# Mistakes in one key: that key's safe default, the rest still used, still a kiosk ------

REST = "text_scale: 2\nkiosk: true\n"  # what follows the wrong line; still used
USED = KioskSettings(text_scale=2.0)
ONE_WRONG_KEY = [
    ("idle_seconds: 5", "idle_seconds should be a number from 10 to 86400 seconds, not 5; "
     "120 is used"),
    ("idle_seconds: 100000", "idle_seconds should be a number from 10 to 86400 seconds, "
     "not 100000; 120 is used"),
    ("idle_seconds: two minutes", "idle_seconds should be a number from 10 to 86400 seconds, "
     "not 'two minutes'; 120 is used"),
    ("idle_seconds: true", "idle_seconds should be a number from 10 to 86400 seconds, "
     "not True; 120 is used"),
    ("countdown_seconds: 600", "countdown_seconds should be a number from 5 to 120 seconds, "
     "not 600; 20 is used"),
    ("countdown_seconds: 2026-13-45", "countdown_seconds should be a number from 5 to 120 "
     "seconds, not a value YAML cannot build; 20 is used"),
    ("language: de", "language 'de' is not one of en, es, fr, ar; the system's language is "
     "used"),
    ("language: [es, fr]", "language ['es', 'fr'] is not one of en, es, fr, ar; the system's "
     "language is used"),
    ("pin: scrypt$1$2$3$abc$def", "pin should be the line 'allguide kiosk-pin' prints, never "
     "the PIN itself; no staff exit (stop AllGuide from the operating system)"),
    ("log_folder: logs/here", "log_folder should be a folder's full path, not 'logs/here'; "
     "no log file"),
    ("colour: blue", "unknown key 'colour'; ignored (known: kiosk, idle_seconds, "
     "countdown_seconds, language, text_scale, pin, log_folder)"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "message"), ONE_WRONG_KEY, ids=[c[0] for c in ONE_WRONG_KEY])
def test_a_wrong_key_gets_its_line_and_safe_default_and_the_rest_is_used(
    write: Callable[[str], Path], line: str, message: str
) -> None:
    path = write(f"# AllGuide kiosk\n{line}\n{REST}")
    configured = read(path)
    assert messages(configured) == [f"{path}:2: {message}"]
    assert configured.mode == Mode.kiosk(USED)


@pytest.mark.parametrize(
    ("line", "message"),
    [("text_scale: .nan", "text_scale should be a number from 1 to 2.5, not nan; 1.25 is used"),
     ("text_scale: 4", "text_scale should be a number from 1 to 2.5, not 4; 1.25 is used"),
     ("text_scale: 1.5\ntext_scale: 2", "text_scale is set more than once; 1.25 is used")],
)  # fmt: skip
def test_a_wrong_text_scale_is_the_kiosk_default(
    write: Callable[[str], Path], line: str, message: str
) -> None:
    path = write(f"kiosk: true\n{line}\nidle_seconds: 60\n")
    configured = read(path)
    assert messages(configured) == [f"{path}:{2 + line.count(chr(10))}: {message}"]
    assert configured.mode == Mode.kiosk(KioskSettings(idle_seconds=60.0))


def test_a_wrong_kiosk_value_is_a_kiosk(write: Callable[[str], Path]) -> None:
    path = write("kiosk: maybe\nidle_seconds: 60\n")
    configured = read(path)
    assert messages(configured) == [
        f"{path}:1: kiosk should be true or false, not 'maybe'; kiosk mode is used"
    ]
    assert configured.mode == Mode.kiosk(KioskSettings(idle_seconds=60.0))


def test_a_wrong_value_given_by_an_alias_is_told_at_its_keys_line(
    write: Callable[[str], Path],
) -> None:
    """``idle_seconds: *name`` is wrong on its own line, not on the anchor's (seen red:
    line 2, where YAML's anchored value starts)."""
    path = write("kiosk: true\nlong: &long 99999999\nidle_seconds: *long\n")
    idle = [text for text in messages(read(path)) if "idle_seconds should be" in text]
    assert idle == [
        f"{path}:3: idle_seconds should be a number from 10 to 86400 seconds, "
        "not 99999999; 120 is used"
    ]


def test_a_plain_pin_is_refused_and_never_quoted(write: Callable[[str], Path]) -> None:
    """The PIN itself in the file would go into the log if it were quoted back."""
    for line in ("pin: 24681357", "pin: '24681357'"):
        configured = read(write(f"kiosk: true\n{line}\n"))
        assert configured.mode.staff_pin_hash is None
        assert len(configured.problems) == 1
        assert "24681357" not in str(configured.problems[0])


def test_a_file_with_mistakes_and_no_kiosk_key_is_a_kiosk(write: Callable[[str], Path]) -> None:
    """Every key but ``kiosk`` only matters to a kiosk: a file with a misspelt ``Kiosk``
    was meant for one, and must not leave the screen open to escape."""
    configured = read(write("Kiosk: true\nidle_seconds: 60\n"))
    assert configured.mode == Mode.kiosk(KioskSettings(idle_seconds=60.0))
    assert messages(configured)[0].startswith(f"{configured.path}:1: unknown key 'Kiosk'")


def test_kiosk_false_with_a_mistake_elsewhere_stays_normal(write: Callable[[str], Path]) -> None:
    configured = read(write("kiosk: false\nidle_seconds: 1\n"))
    assert configured.mode == NORMAL_MODE
    assert len(configured.problems) == 1


def test_kiosk_set_twice_is_a_kiosk(write: Callable[[str], Path]) -> None:
    configured = read(write("kiosk: true\nkiosk: false\n"))
    assert configured.mode.is_kiosk
    assert messages(configured) == [
        f"{configured.path}:2: kiosk is set more than once; kiosk mode is used"
    ]


# A file that cannot be used at all: kiosk mode with every default (fail closed) --------


def test_broken_yaml_is_a_kiosk_with_defaults(write: Callable[[str], Path]) -> None:
    path = write("kiosk: false\nlanguage: es\nidle_seconds: [60\n")
    configured = read(path)
    assert configured.mode == KIOSK_MODE
    (message,) = messages(configured)
    assert message.startswith(f"{path}:4: is not valid YAML: ")
    assert message.endswith("; kiosk mode with its defaults")


def test_binary_junk_is_a_kiosk_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "allguide.yaml"
    path.write_bytes(b"kiosk: false\n\x00\x01\x02")
    configured = read(path)
    assert configured.mode == KIOSK_MODE
    assert messages(configured) == [
        f"{path}:2: holds a character that is not text; kiosk mode with its defaults"
    ]


def test_a_file_that_is_not_utf8_is_a_kiosk_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "allguide.yaml"
    path.write_bytes(b"kiosk: false\nlanguage: fran\xe7ais\n")
    configured = read(path)
    assert configured.mode == KIOSK_MODE
    assert messages(configured) == [
        f"{path}:2: is not UTF-8 text (byte 27); kiosk mode with its defaults"
    ]


def test_a_list_instead_of_settings_is_a_kiosk_with_defaults(write: Callable[[str], Path]) -> None:
    path = write("- kiosk: false\n")
    assert read(path).mode == KIOSK_MODE
    assert messages(read(path)) == [
        f"{path}:1: should hold settings, one 'key: value' a line; kiosk mode with its defaults"
    ]


def test_a_folder_is_a_kiosk_with_defaults(system_file: Path) -> None:
    system_file.mkdir()
    configured = read(None)
    assert configured.mode == KIOSK_MODE
    assert messages(configured) == [
        f"{system_file}: is a folder, not a configuration file; kiosk mode with its defaults"
    ]


FIFO_PROBE = """
import sys
from pathlib import Path
from allguide.kiosk.config import configured_mode
configured = configured_mode(Path(sys.argv[1]), False)
print(configured.mode.label)
print(*configured.problems, sep="\\n")
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are Unix's")
def test_a_pipe_is_not_waited_for_it_is_a_kiosk_with_defaults(tmp_path: Path) -> None:
    """A named pipe (or a terminal, /dev/stdin) in the configuration's place: reading it
    would wait forever for a writer, a kiosk that never starts (seen red: the probe
    hung until its timeout)."""
    import subprocess

    pipe = tmp_path / "allguide.yaml"
    os.mkfifo(pipe)
    run = subprocess.run(
        [sys.executable, "-c", FIFO_PROBE, str(pipe)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.splitlines() == [
        "kiosk",
        f"{pipe}: is not a regular file (a pipe or a device); not read; "
        "kiosk mode with its defaults",
    ]


def test_an_unreadable_file_is_a_kiosk_with_defaults(
    system_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_file.write_text("kiosk: false\n", "utf-8")

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # chmod is no use when tests run as root
    configured = read(None)
    assert configured.mode == KIOSK_MODE
    assert messages(configured) == [
        f"{system_file}: cannot be read (Permission denied); kiosk mode with its defaults"
    ]


ALIAS_BOMB = "kiosk: true\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]\n" for n in range(1, 10)
)  # 12 lines that YAML reads as a list of 10**10 items, built in no time (shared)

BOMB_PROBE = """
import resource, sys
from pathlib import Path
limit = 1024 ** 3  # a broken check runs out of memory here, not on the machine
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from allguide.kiosk.config import configured_mode
configured = configured_mode(Path(sys.argv[1]), False)
print(configured.mode.label)
for problem in configured.problems:
    print(problem)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the memory limit is Linux's")
def test_a_value_that_yaml_aliases_make_huge_is_quoted_short(tmp_path: Path) -> None:
    """A few lines of aliases describe a list of 10**10 items: its message quotes only
    its start (writing it all out would take gigabytes; seen red as a MemoryError
    under the probe's 1 GiB limit), and the key keeps its safe default."""
    import subprocess

    path = tmp_path / "allguide.yaml"
    path.write_text(ALIAS_BOMB + "idle_seconds: *l9\n", "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", BOMB_PROBE, str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    said = run.stdout.splitlines()
    assert said[0] == "kiosk"
    idle = [line for line in said if ": idle_seconds should be" in line]
    assert len(idle) == 1 and idle[0].endswith("; 120 is used"), said
    assert len(idle[0]) < 300


def test_a_huge_file_is_refused_unparsed(write: Callable[[str], Path]) -> None:
    path = write("kiosk: false\n" + "#" * MAX_CONFIG_BYTES)
    assert read(path).mode == KIOSK_MODE
    assert messages(read(path)) == [f"{path}: is larger than 64 KiB; refused; kiosk mode with "
                                    "its defaults"]  # fmt: skip


def test_a_config_path_that_is_not_there_is_a_kiosk_with_defaults(tmp_path: Path) -> None:
    missing = tmp_path / "typo.yaml"
    configured = read(missing)
    assert configured.mode == KIOSK_MODE
    assert messages(configured) == [f"{missing}: no such file; kiosk mode with its defaults"]


@given(st.binary(max_size=300))
def test_no_bytes_at_all_raise_or_open_the_kiosk(data: bytes) -> None:
    """Whatever the file holds: a Mode and problems, never a traceback; a file read
    with problems is never a normal run unless it says ``kiosk: false`` cleanly."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "allguide.yaml"
        path.write_bytes(data)
        configured = read(path)
        assert isinstance(configured.mode, Mode)
        assert all(isinstance(str(problem), str) for problem in configured.problems)
        if configured.problems and not configured.mode.is_kiosk:
            assert b"kiosk" in data  # only a clean ``kiosk: false`` (no, off) keeps it normal
        assert read(path, kiosk=True).mode.is_kiosk


# Told in the log, once the log is there ---------------------------------------------


def test_report_logs_the_file_and_each_problem(
    write: Callable[[str], Path], caplog: pytest.LogCaptureFixture
) -> None:
    path = write("kiosk: true\nidle_seconds: 1\n")
    with caplog.at_level(logging.INFO, logger="allguide"):
        report(read(path))
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("INFO", f"configuration {path}: kiosk mode"),
        ("WARNING", f"{path}:2: idle_seconds should be a number from 10 to 86400 seconds, "
                    "not 1; 120 is used"),
    ]  # fmt: skip


# The command line builds its Mode from the configuration ----------------------------


def test_the_gui_starts_in_the_mode_the_system_file_says(
    system_file: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    system_file.write_text("kiosk: true\nidle_seconds: 1\n", "utf-8")
    started: list[Mode] = []

    def run_gui(asked: Any, content: Any, mode: Mode, *, after_log_start: Any = None) -> int:
        started.append(mode)
        after_log_start()
        return 0

    monkeypatch.setattr("allguide.app.run_gui", run_gui)
    with caplog.at_level(logging.INFO, logger="allguide"):
        assert cli.main([]) == 0
    assert started == [KIOSK_MODE]
    assert f"{system_file}:2: idle_seconds should be" in caplog.text


def test_the_gui_with_config_and_no_system_file(
    system_file: Path, write: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[Mode] = []
    monkeypatch.setattr(
        "allguide.app.run_gui", lambda *args, **kwargs: started.append(args[2]) or 0
    )
    assert cli.main([]) == 0
    assert cli.main(["--kiosk"]) == 0
    assert cli.main(["--config", str(write("kiosk: true\ntext_scale: 2\n"))]) == 0
    assert started == [NORMAL_MODE, KIOSK_MODE, Mode.kiosk(KioskSettings(text_scale=2.0))]


def test_the_smoke_test_runs_in_the_configured_mode_and_says_its_problems(
    write: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    modes: list[Mode] = []
    monkeypatch.setattr(
        "allguide.smoke.run_smoke_test", lambda lang, content, mode: modes.append(mode) or 0
    )
    path = write("kiosk: true\ncountdown_seconds: 1\n")
    assert cli.main(["--smoke-test", "--lang", "en", "--config", str(path)]) == 0
    assert modes == [KIOSK_MODE]
    assert capsys.readouterr().err == (
        f"allguide: WARNING: {path}:2: countdown_seconds should be a number from 5 to 120 "
        "seconds, not 1; 20 is used\n"
    )


def test_kiosk_screenshots_use_the_configured_kiosk(
    write: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    modes: list[Mode] = []

    def render(*args: Any, **kwargs: Any) -> list[Path]:
        modes.append(args[4])
        return []

    monkeypatch.setattr("allguide.screenshots.render_screenshots", render)
    path = write("kiosk: false\nlanguage: fr\n")
    out = str(tmp_path / "shots")
    assert cli.main(["--config", str(path), "screenshots", out, "--view", "home"]) == 0
    assert cli.main(["--config", str(path), "screenshots", out, "--kiosk", "--view", "home"]) == 0
    assert modes == [NORMAL_MODE, Mode.kiosk(KioskSettings(language=Language.FRENCH))]


YAML_PROBE = """
import sys
from allguide.kiosk.config import configured_mode
configured = configured_mode(None, {kiosk})
print(configured.mode.label, "yaml" in sys.modules)
"""


@pytest.mark.parametrize(
    ("kiosk", "file", "said"),
    [(False, None, "normal False"), (True, None, "kiosk False"),
     (False, "kiosk: true\n", "kiosk True")],
)  # fmt: skip
def test_yaml_is_read_only_when_there_is_a_file(
    tmp_path: Path, kiosk: bool, file: str | None, said: str
) -> None:
    """Every start looks for the file; only a file costs YAML's import (~10 ms)."""
    import subprocess

    folder = tmp_path / "xdg"
    if file is not None:
        (folder / "AllGuide").mkdir(parents=True)
        (folder / "AllGuide" / "allguide.yaml").write_text(file, "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", YAML_PROBE.format(kiosk=kiosk)],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "XDG_CONFIG_DIRS": str(folder)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == said
