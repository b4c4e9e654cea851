"""The real kiosk on a real X server with a real window manager (issue 12, sections 6, 7).

The ``allguide`` process runs on Xvfb under openbox, as on a kiosk's screen, and is
driven from outside as a visitor would: keys on the XTEST keyboard (so openbox's own
bindings see them first: its Alt+F4 becomes a close request), the mouse, and requests
a taskbar or pager could send the window manager. After each, once the window manager
and then the app have handled it (a round trip with each, no fixed sleep), the process
must still run and its window must still cover the screen, full screen.

A normal window driven the same way shows that each probe sees what it looks for: its
right-click opens a menu, its close request ends the run, it writes its settings.

The kiosk session script of docs/kiosk.md is run here too: it restarts AllGuide when it
is killed and ends when the staff exit ends AllGuide with status 0.

Skipped, with the reason, where Xvfb, openbox, xdotool or x11-utils are not installed.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.x11 import (
    DEADLINE,
    Display,
    Visitor,
    WindowGone,
    missing_tools,
    openbox,
    stop,
    wait_until,
    x_server,
    x_session,
)

MISSING = missing_tools()
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"{', '.join(MISSING)} not installed (.ci/run lists the packages: xvfb openbox "
        "xdotool x11-utils x11-xserver-utils, libxcb-*): no real X server for the kiosk",
    ),
]

ROOT = Path(__file__).resolve().parent.parent
SESSION_SCRIPT = ROOT / "docs" / "kiosk" / "allguide-kiosk-session"
KIOSK_OPENBOX_RC = ROOT / "docs" / "kiosk" / "openbox-rc.xml"
HOME_TITLE = "AllGuide"
SEARCH_TITLE = "Search – AllGuide"
STAFF_PIN = "2468"
WRONG_PIN = "1357"
# The shortest times the configuration accepts (allguide/kiosk/config.py).
IDLE_SECONDS = 10
COUNTDOWN_SECONDS = 5


def kiosk_config(tmp_path: Path) -> Path:
    """A kiosk configuration with the shortest idle times and a staff PIN."""
    from allguide.kiosk.pin import hash_pin

    path = tmp_path / "etc" / "allguide.yaml"
    path.parent.mkdir()
    path.write_text(
        f"kiosk: true\nidle_seconds: {IDLE_SECONDS}\ncountdown_seconds: {COUNTDOWN_SECONDS}\n"
        f"language: en\npin: {hash_pin(STAFF_PIN)}\n",
        "utf-8",
    )
    return path


@dataclass
class Run:
    """An allguide process on the display, and what it said."""

    process: subprocess.Popen[bytes]
    output: Path

    def said(self) -> str:
        return self.output.read_text("utf-8", errors="replace")

    def running(self) -> bool:
        return self.process.poll() is None


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[Run]]:
    """The runs a test starts; any still running at its end is stopped."""
    runs: list[Run] = []
    yield runs
    for run in runs:
        stop(run.process)


def start_allguide(
    display: Display, visitor: Visitor, tmp_path: Path, runs: list[Run], *args: str
) -> Run:
    output = tmp_path / f"allguide-{len(runs)}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "allguide", *args],
        env=visitor.env(display), cwd=tmp_path,
        stdout=output.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    run = Run(process, output)
    runs.append(run)
    return run


def its_window(display: Display, run: Run, title: str | None = None) -> int:
    """The run's one window on the screen (with ``title``, if given): waited for."""

    def found() -> int | None:
        assert run.running(), f"allguide ended with status {run.process.returncode}: {run.said()}"
        windows = display.visible_windows(pid=run.process.pid)
        if len(windows) != 1 or (title is not None and display.title(windows[0]) != title):
            return None
        return windows[0]

    what = f"allguide's window{f' titled {title!r}' if title else ''}"
    window = wait_until(found, what)
    assert isinstance(window, int)
    return window


def assert_full_screen(display: Display, window: int, when: str) -> None:
    """The window covers the screen, full screen and mapped (put back if it was moved)."""
    problems: list[str | None] = []

    def full_screen() -> bool:
        problems.append(display.full_screen_problem(window))
        return problems[-1] is None

    try:
        wait_until(full_screen, "the kiosk to be full screen")
    except AssertionError:
        first, last = problems[0], problems[-1]
        later = f"; at the deadline: {last}" if last != first else ""
        raise AssertionError(f"{when}: {first}{later}") from None


# What a visitor may try, each from outside the process ------------------------------


Escape = Callable[[Display, int], None]


def key(*keys: str) -> Escape:
    return lambda display, window: display.keys(*keys)


def right_click_at(where: Callable[[int, int], tuple[int, int]]) -> Escape:
    """A right-click at ``where(width, height)`` inside the window."""

    def click(display: Display, window: int) -> None:
        geometry = display.geometry(window)
        assert geometry is not None
        display.click(window, *where(geometry.width, geometry.height), button=3)

    return click


# Where the search box is (its own menu: undo, paste...), and the middle of the toolbar.
ON_THE_SEARCH_BOX = right_click_at(lambda width, height: (width - 220, 24))
ON_THE_TOOLBAR = right_click_at(lambda width, height: (width // 2, 24))
ON_THE_PAGE = right_click_at(lambda width, height: (width // 2, height // 2))


def move_and_resize(display: Display, window: int) -> None:
    display.run("xdotool", "windowmove", str(window), "100", "100")
    display.run("xdotool", "windowsize", str(window), "640", "480")


ESCAPES: dict[str, Escape] = {
    "Alt+F4": key("alt+F4"),  # openbox's binding: a close request
    "Ctrl+Q": key("ctrl+q"),
    "Ctrl+W": key("ctrl+w"),
    "Escape": key("Escape"),
    "F11": key("F11"),
    "Ctrl+P": key("ctrl+p"),
    "Ctrl+S": key("ctrl+s"),
    "Ctrl+O": key("ctrl+o"),
    "a right-click on the page": ON_THE_PAGE,
    "a right-click on the toolbar": ON_THE_TOOLBAR,
    "a right-click on the search box": ON_THE_SEARCH_BOX,
    "the Menu key": key("Menu"),
    "a close request (a taskbar's Close)": lambda display, window: display.request_close(window),
    "the window manager's leave full screen": (
        lambda display, window: display.request_leave_full_screen(window)
    ),
    "moving and resizing": move_and_resize,
}


def test_a_kiosk_survives_every_escape_forgets_its_visitor_and_lets_staff_out(
    tmp_path: Path, started: list[Run]
) -> None:
    visitor = Visitor.folders_in(tmp_path)
    config = kiosk_config(tmp_path)
    with x_session(tmp_path) as display:
        run = start_allguide(
            display, visitor, tmp_path, started, "--kiosk", "--config", str(config)
        )
        window = its_window(display, run)
        assert_full_screen(display, window, "at start")

        for name, escape in ESCAPES.items():
            display.activate(window)
            escape(display, window)
            display.settle(window)  # the window manager, then the app, have handled it
            assert run.running(), f"{name} ended the kiosk: status {run.process.returncode}"
            assert display.visible_windows(pid=run.process.pid) == [window], (
                f"after {name}: another window or a menu is open, or the window is gone"
            )
            assert_full_screen(display, window, f"after {name}")

        # A visitor searches, then walks away: the kiosk forgets them, on screen and on disk.
        display.activate(window)
        display.keys("ctrl+f")
        display.type_text("tired")
        its_window(display, run, title=SEARCH_TITLE)
        home = its_window(display, run, title=HOME_TITLE)  # after the idle time and countdown
        assert home != window, "the visitor's window is still there: a new one was not built"
        assert_full_screen(display, home, "after the reset")
        assert visitor.written() == []

        # Staff leave with the PIN (not a wrong one): status 0, which the kiosk session
        # does not restart.
        leave_by_staff_exit(display, home, run)
        assert run.process.wait(timeout=DEADLINE) == 0, run.said()
        assert visitor.written() == []


def leave_by_staff_exit(display: Display, window: int, run: Run | None = None) -> None:
    """The staff exit's keys, then the PIN on the keypad (docs/kiosk.md); with ``run``,
    a wrong PIN first, which must leave it running."""
    display.activate(window)
    display.keys(*STAFF_EXIT_KEYS)
    display.settle(window)
    if run is not None:
        display.type_text(WRONG_PIN)
        display.keys("Return")
        try:
            display.settle(window)
        except WindowGone as gone:
            raise AssertionError(f"a wrong PIN ended the kiosk: {gone}") from None
        assert run.running(), f"a wrong PIN ended the kiosk: status {run.process.returncode}"
    display.type_text(STAFF_PIN)
    display.keys("Return")


STAFF_EXIT_KEYS = ("ctrl+alt+shift+k",)  # docs/kiosk.md


def test_a_normal_window_shows_each_probe_works(tmp_path: Path, started: list[Run]) -> None:
    """The control: the same probes on a family's window see a menu, a close and files."""
    visitor = Visitor.folders_in(tmp_path)
    with x_session(tmp_path) as display:
        run = start_allguide(display, visitor, tmp_path, started)
        window = its_window(display, run)
        assert "_NET_WM_STATE_FULLSCREEN" not in display.states(window)

        display.activate(window)
        ON_THE_SEARCH_BOX(display, window)
        display.settle(window)
        assert len(display.visible_windows(pid=run.process.pid)) > 1  # a context menu
        display.keys("Escape")
        its_window(display, run)

        display.keys("ctrl+f")
        display.type_text("tired")
        its_window(display, run, title=SEARCH_TITLE)

        display.request_close(window)
        assert run.process.wait(timeout=DEADLINE) == 0, run.said()
    assert visitor.written() != []  # its settings and its log


# The kiosk session of docs/kiosk.md ---------------------------------------------------------


def allguide_command() -> str:
    """The installed ``allguide`` command beside this Python (the session runs it)."""
    command = Path(sys.executable).with_name("allguide")
    if not command.exists():
        pytest.skip(f"no allguide command beside {sys.executable}: install the project first")
    return str(command)


def kiosk_windows(display: Display) -> dict[int, int]:
    """AllGuide's visible windows on the screen, by the process that owns each."""
    windows = {}
    for window in display.visible_windows(wm_class="AllGuide"):
        pid = display.window_pid(window)
        if pid is not None:
            windows[pid] = window
    return windows


def one_kiosk(display: Display, not_pid: int | None = None) -> tuple[int, int]:
    """The one AllGuide process with a window (not ``not_pid``): its pid and window."""

    def found() -> tuple[int, int] | None:
        windows = kiosk_windows(display)
        if len(windows) != 1 or not_pid in windows:
            return None
        return next(iter(windows.items()))

    kiosk = wait_until(found, "one AllGuide window")
    assert isinstance(kiosk, tuple)
    return kiosk


def test_the_kiosk_session_restarts_allguide_until_the_staff_exit(
    tmp_path: Path, started: list[Run]
) -> None:
    visitor = Visitor.folders_in(tmp_path)
    config = kiosk_config(tmp_path)
    log = tmp_path / "session.log"
    with x_server(tmp_path) as display:  # no window manager: the session starts its own
        env = {
            **visitor.env(display),
            "ALLGUIDE": allguide_command(),
            "ALLGUIDE_KIOSK_OPENBOX_RC": str(KIOSK_OPENBOX_RC),
            "ALLGUIDE_RESTART_DELAY": "0.2",
        }
        session = subprocess.Popen(
            ["sh", str(SESSION_SCRIPT), "--config", str(config)],
            env=env, cwd=tmp_path, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        started.append(Run(session, log))
        first, window = one_kiosk(display)
        assert_full_screen(display, window, "at start")
        # Screen blanking is off, and power saving where the X server has it (Xvfb has not).
        settings = display.run("xset", "q")
        assert re.search(r"timeout:\s+0\b", settings), settings
        if "does not have the DPMS Extension" not in settings:
            assert "DPMS is Disabled" in settings, settings

        # Its window manager has no key bindings: Alt+F4 reaches AllGuide, which ignores it.
        display.activate(window)
        display.keys("alt+F4")
        display.settle(window)
        assert one_kiosk(display)[0] == first

        os.kill(first, signal.SIGKILL)  # a crash
        _, window = one_kiosk(display, not_pid=first)
        assert_full_screen(display, window, "after the restart")

        leave_by_staff_exit(display, window)
        assert session.wait(timeout=DEADLINE) == 0, log.read_text("utf-8", errors="replace")
        assert kiosk_windows(display) == {}
    said = log.read_text("utf-8", errors="replace")
    assert "AllGuide was stopped by signal 9: starting it again" in said
    assert said.count("AllGuide started") == 2
    assert said.rstrip().endswith("AllGuide ended by the staff exit: the kiosk session ends")
    # openbox keeps its own log in the cache folder (its messages only); AllGuide, nothing.
    assert [path for path in visitor.written() if "openbox" not in path.parts] == []


def openbox_menus(display: Display) -> set[int]:
    listed = display.try_run("xdotool", "search", "--onlyvisible", "--name", "")
    return {int(window) for window in (listed or "").split()}


@pytest.mark.parametrize(
    ("config", "menu"), [(None, True), (KIOSK_OPENBOX_RC, False)], ids=["default", "kiosk"]
)
def test_the_kiosk_window_manager_opens_no_menu(
    tmp_path: Path, config: Path | None, menu: bool
) -> None:
    """openbox's own desktop menu offers a terminal: the kiosk's openbox shows none."""
    with x_server(tmp_path) as display, openbox(display, tmp_path, config):
        before = openbox_menus(display)
        display.run("xdotool", "mousemove", "600", "400", "click", "3")
        display.window_manager_round_trip()
        assert (openbox_menus(display) != before) is menu


def test_the_kiosk_session_restarts_after_a_failing_status_and_passes_its_arguments(
    tmp_path: Path, started: list[Run]
) -> None:
    """A stand-in for allguide that fails once (status 3), then ends as the staff exit
    does (status 0): started twice, with --kiosk and the session's arguments."""
    runs = tmp_path / "runs"
    fake = tmp_path / "allguide"
    fake.write_text(
        '#!/bin/sh\necho "$*" >> "$RUNS"\n[ "$(wc -l < "$RUNS")" -ge 2 ] && exit 0\nexit 3\n',
        "utf-8",
    )
    fake.chmod(0o755)
    log = tmp_path / "session.log"
    with x_server(tmp_path) as display:
        env = {
            **Visitor.folders_in(tmp_path).env(display),
            "ALLGUIDE": str(fake),
            "ALLGUIDE_KIOSK_OPENBOX_RC": str(KIOSK_OPENBOX_RC),
            "ALLGUIDE_RESTART_DELAY": "0.1",
            "RUNS": str(runs),
        }
        session = subprocess.Popen(
            ["sh", str(SESSION_SCRIPT), "--config", "/etc/kiosk.yaml"],
            env=env, cwd=tmp_path, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        started.append(Run(session, log))
        assert session.wait(timeout=DEADLINE) == 0, log.read_text("utf-8", errors="replace")
    assert runs.read_text("utf-8").splitlines() == ["--kiosk --config /etc/kiosk.yaml"] * 2
    assert "AllGuide stopped with status 3: starting it again" in log.read_text("utf-8")
