"""A screen reader's pass over the real app: what Orca would be told, over AT-SPI.

The ``allguide`` process runs on Xvfb (the xcb plugin, Qt's AT-SPI bridge switched on)
with a D-Bus session of its own; it is driven only from the keyboard (xdotool), and
read only through AT-SPI by ``tests/atspi_probe.py``, run with the system's Python and
its pyatspi, as a screen reader reads an application: the objects on screen, and each
object that takes the keyboard focus. The in-process tests (test_accessibility*.py)
ask Qt's own interfaces; this one checks what reaches the assistive technology.

Skipped, with the reason, where Xvfb and its tools, dbus-daemon, the AT-SPI bus or the
system's pyatspi are missing (.ci/run installs them).
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.x11 import DEADLINE, Display, Visitor, missing_tools, stop, wait_until, x_session

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
AT_SPI_BUS = Path("/usr/libexec/at-spi-bus-launcher")


def missing_for_atspi() -> list[str]:
    """What a screen reader's view of the app needs here, besides the X tools."""
    missing = missing_tools()
    if shutil.which("dbus-daemon") is None:
        missing.append("dbus-daemon")
    if not AT_SPI_BUS.exists():
        missing.append("at-spi2-core")
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ) if Path(SYSTEM_PYTHON).exists() else None  # fmt: skip
    if found is None or found.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


MISSING = missing_for_atspi()
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"{', '.join(MISSING)} not installed (.ci/run lists the packages): "
        "no AT-SPI bus to read the app through",
    ),
]


@contextmanager
def session_bus(folder: Path) -> Iterator[str]:
    """A D-Bus session bus of the test's own; its address. The AT-SPI bus starts on it
    when first asked for (D-Bus activation), as on a desktop."""
    daemon = subprocess.Popen(
        # A socket in /tmp: a test's own folder can pass a socket path's 108 characters.
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--address=unix:tmpdir=/tmp"],
        stdout=subprocess.PIPE, stderr=(folder / "dbus.log").open("wb"), text=True,
    )  # fmt: skip
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, f"dbus-daemon did not start: {(folder / 'dbus.log').read_text()}"
        yield address
    finally:
        stop(daemon)


class FocusHeard:
    """What a screen reader hears as the focus moves: the probe's focus events."""

    def __init__(self, env: dict[str, str]) -> None:
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._process = subprocess.Popen(
            [SYSTEM_PYTHON, "-u", str(PROBE), "--follow-focus", "AllGuide"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._events.put(json.loads(line))

    def next_matching(self, what: str, match: Any) -> dict[str, Any]:
        """The next focus event ``match`` accepts (earlier ones are passed over)."""
        heard: list[str] = []
        try:
            while True:
                event = self._events.get(timeout=DEADLINE)
                if match(event):
                    return event
                heard.append(f"{event.get('role')} {event.get('name')!r}")
        except queue.Empty:
            raise AssertionError(f"never heard {what}; heard: {heard}") from None

    def stop(self) -> None:
        stop(self._process)


def on_screen(env: dict[str, str]) -> list[dict[str, Any]]:
    """Every object of the app on screen, as the probe reads them over AT-SPI."""
    done = subprocess.run(
        [SYSTEM_PYTHON, str(PROBE), "AllGuide"],
        env=env, capture_output=True, text=True, timeout=DEADLINE * 2, check=True,
    )  # fmt: skip
    objects: list[dict[str, Any]] = json.loads(done.stdout)["objects"]
    return objects


def focused(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # A tree's current row says it is focused even when the tree is not: not counted.
    return [o for o in objects if o["focused"] and o["role"] != "table cell"]


@pytest.fixture(params=["en"])
def reader_session(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[Display, dict[str, str], FocusHeard]]:
    """AllGuide (in English, unless the test asks for another language) on its own X
    screen and session bus, with a listener for the focus; the app's window active."""
    visitor = Visitor.folders_in(tmp_path)
    with x_session(tmp_path) as display, session_bus(tmp_path) as bus:
        env = {
            **visitor.env(display),
            "DBUS_SESSION_BUS_ADDRESS": bus,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # as when a screen reader runs
        }
        output = tmp_path / "allguide.log"
        app = subprocess.Popen(
            [sys.executable, "-m", "allguide", "--lang", request.param],
            env=env, cwd=tmp_path, stdout=output.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        heard = FocusHeard(env)
        try:
            window = wait_until(
                lambda: display.visible_windows(pid=app.pid) or app.poll() is not None,
                "AllGuide's window",
            )
            assert app.poll() is None, output.read_text("utf-8", errors="replace")
            assert isinstance(window, list)
            display.run("xdotool", "windowactivate", "--sync", str(window[0]))
            heard.next_matching("the listener start", lambda e: e.get("listening"))
            yield display, env, heard
        finally:
            heard.stop()
            stop(app)


ENGLISH_BUTTONS = {"Back", "Forward", "Home", "Side effects A–Z", "Timeline", "Print"}


@pytest.mark.parametrize("reader_session", ["en", "ar"], indirect=True)
def test_every_control_on_screen_is_told_by_name(
    reader_session: tuple[Display, dict[str, str], FocusHeard], request: pytest.FixtureRequest
) -> None:
    _, env, _ = reader_session
    objects = on_screen(env)
    arabic = request.node.callspec.params["reader_session"] == "ar"
    # Anything a screen reader's user can land on or press is told by a name (a scroll
    # bar is told by its role and value).
    nameless = [
        f"{o['role']} ({o['description']!r})"
        for o in objects
        if (o["focusable"] or o["actions"]) and not o["name"].strip() and o["role"] != "scroll bar"
    ]
    assert nameless == []
    buttons = {o["name"] for o in objects if o["role"] == "push button"}
    if arabic:  # every button's name in Arabic, none left in English
        assert not ENGLISH_BUTTONS & buttons, ENGLISH_BUTTONS & buttons
    else:
        assert ENGLISH_BUTTONS | {"Language", "Display"} <= buttons
    # No Alt-letter "&" reaches a name, and no layout character a word.
    assert not [o["name"] for o in objects if "&" in o["name"] or "\u2060" in o["name"]]
    topics = [o["name"] for o in objects if o["role"] == "table cell"]
    assert len(topics) > 10
    if not arabic:
        assert "Chemotherapy" in topics and "Words explained" in topics


def test_a_keyboard_and_screen_reader_user_reads_a_page_and_a_word_explained(
    reader_session: tuple[Display, dict[str, str], FocusHeard],
) -> None:
    """Search, open the page, Tab to a glossary word, Enter: its meaning is read out;
    Escape: back on the word."""
    display, env, heard = reader_session
    display.keys("ctrl+f")
    heard.next_matching("the search box", lambda e: e.get("name") == "Search")
    display.type_text("induction")
    display.keys("Return")  # runs the search now and opens its first result
    wait_until(
        lambda: any(o["name"] == "Induction – AllGuide" for o in on_screen(env)),
        "the Induction page",
    )
    display.keys("Tab", "Tab", "Tab", "Tab")  # Language, Display, Topics, the page
    page = heard.next_matching("the page", lambda e: e.get("name") == "Reader")
    assert page["text"].startswith("Induction\n")
    assert "bone marrow" in page["text"]

    # Tab goes from link to link, each selected: to the first glossary word.
    def on_the_word() -> bool:
        display.keys("Tab")
        return any(o["selected"] == ["bone marrow"] for o in focused(on_screen(env)))

    wait_until(on_the_word, "Tab to reach 'bone marrow'")
    display.keys("Return")
    card = heard.next_matching(
        "the word's meaning", lambda e: e.get("name") == "Meaning of “Bone marrow”"
    )
    assert "The spongy part of the bone. Normal blood cells grow there." in card["text"]
    assert "More in “Words explained”" in card["text"]
    display.keys("Escape")
    back = heard.next_matching("the page again", lambda e: e.get("name") == "Reader")
    assert back["selected"] == ["bone marrow"], "the focus returns to the word"
