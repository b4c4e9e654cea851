"""A real X server with a real window manager, driven from outside as a person would.

Used by the end-to-end kiosk tests (tests/test_kiosk_x11.py): Xvfb is the screen,
openbox the window manager, xdotool the keyboard and mouse (XTEST: the same path as a
real keyboard, so the window manager's own key bindings see the keys first), xprop and
xwininfo read what the window manager did. A close request is sent the way a taskbar or
pager sends one (_NET_CLOSE_WINDOW to the root window, through libX11 with ctypes): the
window manager then asks the application to close (WM_DELETE_WINDOW).

Nothing here sleeps a fixed time: every wait polls until a deadline, so a loaded
machine only makes a run slower, not red.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from allguide.diagnostics import LOG_DIR_ENV
from tests.conftest import files_under

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "xwininfo", "xset")
SCREEN = (1280, 800)
DEADLINE = 30.0  # seconds: generous, a loaded 2-CPU machine starts Qt slowly
POLL = 0.05


def missing_tools() -> list[str]:
    """What a real X session here lacks: the tools, libX11, and the libraries Qt's own
    X11 platform plugin needs (without them the app cannot start on X at all)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if ctypes.util.find_library("X11") is None:
        missing.append("libX11")
    return missing + _missing_for_qt_xcb()


def _missing_for_qt_xcb() -> list[str]:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []  # not a Linux wheel, or no ldd to ask: the run itself will tell
    linked = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, check=False, timeout=DEADLINE
    ).stdout
    return sorted(set(re.findall(r"^\s*(\S+) => not found", linked, re.MULTILINE)))


def skip_without_x11() -> None:
    """Skip (with the reason) where the real X server or its tools are not installed."""
    missing = missing_tools()
    if missing:
        pytest.skip(
            f"{', '.join(missing)} not installed (.ci/run lists the packages: xvfb openbox "
            "xdotool x11-utils x11-xserver-utils, libxcb-*): no real X server for the kiosk"
        )


class Timeout(AssertionError):
    """What was waited for did not happen before the deadline."""


class WindowGone(AssertionError):
    """The window a message was for no longer exists."""


def wait_until(condition: Callable[[], object], what: str, deadline: float = DEADLINE) -> object:
    """Poll ``condition`` until it gives something true; that value."""
    end = time.monotonic() + deadline
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise Timeout(f"waited {deadline:g} s for {what}")
        time.sleep(POLL)


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int


@dataclass
class Display:
    """An X display with a window manager; the environment a client needs to use it."""

    name: str
    env: dict[str, str]
    connection: XConnection

    def run(self, *command: str) -> str:
        """Run an X tool on this display; its output (an error raises)."""
        done = subprocess.run(
            command, capture_output=True, text=True, env=self.env, timeout=DEADLINE, check=False
        )
        if done.returncode != 0:
            raise subprocess.CalledProcessError(done.returncode, command, done.stdout, done.stderr)
        return done.stdout

    def try_run(self, *command: str) -> str | None:
        """As ``run``, but None when the tool fails (a window that went away, say)."""
        try:
            return self.run(*command)
        except subprocess.CalledProcessError:
            return None

    # What is on the screen -------------------------------------------------------

    def visible_windows(self, *, pid: int | None = None, wm_class: str | None = None) -> list[int]:
        """Mapped windows of a process (``_NET_WM_PID``) or a WM_CLASS, top-level ones
        and popups alike."""
        query = ["--pid", str(pid)] if pid is not None else ["--class", wm_class or ""]
        found = self.try_run("xdotool", "search", "--onlyvisible", *query)
        return [int(line) for line in (found or "").split()]

    def window_pid(self, window: int) -> int | None:
        found = self.try_run("xdotool", "getwindowpid", str(window))
        return int(found) if found and found.strip().isdigit() else None

    def geometry(self, window: int | None = None) -> Geometry | None:
        """Where a window is on the screen (the root window: the screen's size)."""
        info = self.try_run("xwininfo", *(["-id", str(window)] if window else ["-root"]))
        if info is None:
            return None

        def number(label: str) -> int:
            found = re.search(rf"{label}:\s+(-?\d+)", info)
            assert found, info
            return int(found[1])

        return Geometry(
            number("Absolute upper-left X"),
            number("Absolute upper-left Y"),
            number("Width"),
            number("Height"),
        )

    def is_mapped(self, window: int) -> bool:
        info = self.try_run("xwininfo", "-id", str(window))
        return info is not None and "Map State: IsViewable" in info

    def states(self, window: int) -> set[str]:
        """The window manager's _NET_WM_STATE atoms for ``window``."""
        found = self.try_run("xprop", "-id", str(window), "_NET_WM_STATE")
        return set(re.findall(r"_NET_WM_STATE_\w+", found or ""))

    def title(self, window: int) -> str | None:
        return (self.try_run("xdotool", "getwindowname", str(window)) or "").strip() or None

    def full_screen_problem(self, window: int) -> str | None:
        """Why ``window`` is not a mapped full-screen window over the whole screen (None: it is)."""
        if not self.is_mapped(window):
            return f"window {window} is not mapped"
        if "_NET_WM_STATE_FULLSCREEN" not in self.states(window):
            return f"window {window} is not full screen: states {sorted(self.states(window))}"
        screen, where = self.geometry(), self.geometry(window)
        if screen is None or where != Geometry(0, 0, screen.width, screen.height):
            return f"window {window} covers {where}, the screen is {screen}"
        return None

    # A person at the screen -----------------------------------------------------

    def activate(self, window: int) -> None:
        """Give ``window`` the keyboard focus, as clicking it would (the WM's way)."""
        self.run("xdotool", "windowactivate", "--sync", str(window))

    def keys(self, *keys: str) -> None:
        """Press keys on the real (XTEST) keyboard: the window manager sees them first."""
        self.run("xdotool", "key", "--clearmodifiers", "--delay", "30", *keys)

    def type_text(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "40", text)

    def click(self, window: int, x: int, y: int, button: int = 1) -> None:
        """Press and release a mouse button at (x, y) inside ``window``."""
        self.run("xdotool", "mousemove", "--window", str(window), str(x), str(y))
        self.run("xdotool", "click", str(button))

    def request_close(self, window: int) -> None:
        """Ask the window manager to close ``window``, as a taskbar's Close does (the WM
        then sends the application WM_DELETE_WINDOW)."""
        self.connection.to_window_manager(window, "_NET_CLOSE_WINDOW", [0, SOURCE_PAGER, 0, 0, 0])

    def request_leave_full_screen(self, window: int) -> None:
        """Ask the window manager to take ``window`` out of full screen, as a pager can."""
        full_screen = self.connection.atom("_NET_WM_STATE_FULLSCREEN")
        data = [STATE_REMOVE, full_screen, 0, SOURCE_PAGER, 0]
        self.connection.to_window_manager(window, "_NET_WM_STATE", data)

    # Waiting for the window manager and the application -------------------------

    def window_manager_round_trip(self) -> None:
        """Wait until the window manager has handled everything sent to it so far (keys it
        grabbed, requests): it changes the number of desktops only after those."""

        def desktops() -> int | None:
            found = self.try_run("xprop", "-root", "_NET_NUMBER_OF_DESKTOPS")
            number = re.search(r"= (\d+)", found or "")
            return int(number[1]) if number else None

        now = wait_until(desktops, "the window manager's desktops")
        wanted = 2 if now == 1 else 1
        self.run("xdotool", "set_num_desktops", str(wanted))
        wait_until(lambda: desktops() == wanted, "the window manager to change its desktops")

    def settle(self, window: int) -> None:
        """Wait until the window manager, then the application, have handled all that was
        sent: what either does about it has been done (no fixed sleep)."""
        self.window_manager_round_trip()
        self.connection.ping(window)


# Client messages through libX11 ---------------------------------------------------------


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33
NO_EVENT_MASK = 0
STRUCTURE_NOTIFY = 1 << 17
SUBSTRUCTURE_NOTIFY = 1 << 19
SUBSTRUCTURE_REDIRECT = 1 << 20
STATE_REMOVE = 0
SOURCE_PAGER = 2  # EWMH: the request comes from a pager or taskbar, as a person's would


def _libx11() -> ctypes.CDLL:
    library = ctypes.util.find_library("X11")
    assert library is not None
    x11 = ctypes.CDLL(library)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_Event)
    ]  # fmt: skip
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    x11.XSetErrorHandler.restype = ctypes.c_void_p
    return x11


class _ErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_ErrorEvent))
_x_errors: list[int] = []  # windows a request failed on (a window that went away)


@_ERROR_HANDLER  # type: ignore[untyped-decorator]
def _remember_x_error(_display: int, error: ctypes._Pointer[_ErrorEvent]) -> int:
    """Xlib's own handler ends the process: a window that went away is the test's to judge."""
    _x_errors.append(int(error.contents.resourceid))
    return 0


class XConnection:
    """A client connection of the test's own: close requests, state requests and pings."""

    def __init__(self, display_name: str) -> None:
        self._x11 = _libx11()
        self._x11.XSetErrorHandler(_remember_x_error)
        self._connection = self._x11.XOpenDisplay(display_name.encode())
        assert self._connection, f"cannot open display {display_name}"
        self._root = self._x11.XDefaultRootWindow(self._connection)
        self._pings = 0
        # The answers to pings come to the root window (EWMH _NET_WM_PING); Qt sends them
        # to those selecting the root's StructureNotify.
        self._x11.XSelectInput(self._connection, self._root, STRUCTURE_NOTIFY)
        self._x11.XSync(self._connection, 0)

    def close(self) -> None:
        self._x11.XCloseDisplay(self._connection)

    def atom(self, name: str) -> int:
        return int(self._x11.XInternAtom(self._connection, name.encode(), 0))

    def _send(self, to: int, mask: int, window: int, message: str, data: list[int]) -> None:
        event = _Event()
        event.client.type = CLIENT_MESSAGE
        event.client.send_event = 1
        event.client.window = window
        event.client.message_type = self.atom(message)
        event.client.format = 32
        for index, value in enumerate(data):
            event.client.data[index] = value
        _x_errors.clear()
        assert self._x11.XSendEvent(self._connection, to, 0, mask, ctypes.byref(event))
        self._x11.XSync(self._connection, 0)
        if to in _x_errors:
            raise WindowGone(f"window {to} is gone: {message} could not be sent")

    def to_window_manager(self, window: int, message: str, data: list[int]) -> None:
        """An EWMH request about ``window``: sent to the root, where the WM reads it."""
        self._send(self._root, SUBSTRUCTURE_NOTIFY | SUBSTRUCTURE_REDIRECT, window, message, data)

    def ping(self, window: int, deadline: float = DEADLINE) -> None:
        """Ping the application that owns ``window`` and wait for its answer: every event
        the X server gave it before the ping has been handled once it answers."""
        self._pings += 1
        token = 1000 + self._pings
        ping = self.atom("_NET_WM_PING")
        protocols = [ping, token, window, 0, 0]
        self._send(window, NO_EVENT_MASK, window, "WM_PROTOCOLS", protocols)
        event = _Event()
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            while self._x11.XPending(self._connection):
                self._x11.XNextEvent(self._connection, ctypes.byref(event))
                answer = event.client
                if event.type == CLIENT_MESSAGE and list(answer.data[:2]) == [ping, token]:
                    return
            time.sleep(POLL)
        raise Timeout(f"window {window}'s application did not answer a ping in {deadline:g} s")


# A person's own folders ------------------------------------------------------------


@dataclass(frozen=True)
class Visitor:
    """Everywhere a run could write: a home, its XDG folders and a temporary folder."""

    home: Path

    @staticmethod
    def folders_in(tmp_path: Path) -> Visitor:
        home = tmp_path / "home"
        for name in ("config", "data", "cache", "state", "tmp", "xdg"):
            (home / name).mkdir(parents=True)
        (home / "runtime").mkdir(mode=0o700)
        return Visitor(home)

    def env(self, display: Display) -> dict[str, str]:
        env = {
            **display.env,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "XDG_STATE_HOME": str(self.home / "state"),
            "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "TMPDIR": str(self.home / "tmp"),
        }
        env.pop(LOG_DIR_ENV, None)  # the suite's own log folder: a kiosk must write none
        # No system configuration but the one named: an empty folder, not /etc/xdg (a
        # computer set up as a kiosk would make the control run a kiosk too).
        env["XDG_CONFIG_DIRS"] = str(self.home / "xdg")
        env["ProgramData"] = str(self.home / "xdg")
        return env

    def written(self) -> list[Path]:
        return files_under(self.home)


# Starting the server and the window manager ---------------------------------------------


def stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """End a process this module started, and wait for it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def x_server(folder: Path) -> Iterator[Display]:
    """Xvfb on a display number it chooses itself (-displayfd: no race with another run)."""
    skip_without_x11()
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=(folder / "xvfb.log").open("wb"),
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        assert number.isdigit(), f"Xvfb did not start: {(folder / 'xvfb.log').read_text()}"
        name = f":{number}"
        env = {key: value for key, value in os.environ.items() if not key.startswith("WAYLAND")}
        env["DISPLAY"] = name
        connection = XConnection(name)
        try:
            yield Display(name, env, connection)
        finally:
            connection.close()
    finally:
        stop(server)


def window_manager_running(display: Display) -> bool:
    found = display.try_run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")
    return bool(found and "window id" in found)


@contextmanager
def openbox(display: Display, folder: Path, config: Path | None = None) -> Iterator[None]:
    """openbox on ``display`` (its own default key bindings unless ``config`` is given)."""
    command = ["openbox", "--sm-disable"] + (["--config-file", str(config)] if config else [])
    env = {**display.env, "HOME": str(folder / "openbox-home")}  # its own files, not ours
    # Its own defaults (/etc/xdg/openbox), not the suite's empty system-config sandbox.
    env.pop("XDG_CONFIG_DIRS", None)
    manager = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=(folder / "openbox.log").open("wb")
    )
    try:
        wait_until(lambda: window_manager_running(display), "openbox to manage the screen")
        yield
    finally:
        stop(manager)


@contextmanager
def x_session(folder: Path) -> Iterator[Display]:
    """Xvfb with openbox managing it: a screen as a kiosk has one."""
    with x_server(folder) as display, openbox(display, folder):
        yield display
