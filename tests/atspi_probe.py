"""What a screen reader is told about a running AllGuide, read over AT-SPI.

Run with the system's Python, which has ``pyatspi`` (Debian: python3-pyatspi), not the
project's. ``python3 tests/atspi_probe.py APP_NAME`` prints one JSON object: every
object on screen in the application's accessibility tree (role, name, description,
whether it takes focus or has it, its actions, and for a text object its text and what
is selected in it: a link reached with Tab is selected).
``python3 tests/atspi_probe.py --follow-focus APP_NAME`` prints, one JSON line each, every
object of the application that takes the keyboard focus, until it is stopped.
tests/test_screen_reader_e2e.py reads both, as Orca would.

Standard library and pyatspi only: it runs outside the project's virtual environment.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

DEADLINE = 30.0
MAX_DEPTH = 60
MAX_TEXT = 4000  # characters of a text object's text: enough to find a sentence


def find_application(name: str) -> Any:
    """The accessible application called ``name``, once it has registered."""
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        for application in pyatspi.Registry.getDesktop(0):
            if application is not None and application.name == name:
                return application
        time.sleep(0.1)
    raise SystemExit(f"no accessible application named {name!r} within {DEADLINE:g} s")


def describe(node: Any, *, on_screen_only: bool = True) -> dict[str, Any] | None:
    """One object as a screen reader sees it, or None if it is not on screen."""
    states = node.getState()
    if on_screen_only and not states.contains(pyatspi.STATE_SHOWING):
        return None
    found: dict[str, Any] = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "actions": [],
        "text": None,
        "selected": [],
    }
    try:
        action = node.queryAction()
        found["actions"] = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    try:
        text = node.queryText()
        found["text"] = text.getText(0, min(text.characterCount, MAX_TEXT))
        spans = (text.getSelection(i) for i in range(text.getNSelections()))
        found["selected"] = [text.getText(start, end) for start, end in spans]
    except NotImplementedError:
        pass
    return found


def walk(node: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The objects on screen under ``node``; a hidden object's children are not read."""
    if node is None or depth > MAX_DEPTH:
        return []
    try:
        this = describe(node)
    except Exception:  # an object gone while being read: as if it were not there
        return []
    if this is None and depth > 1:  # the application and its windows are always read
        return []
    found = [this] if this is not None else []
    for index in range(node.childCount):
        found += walk(node.getChildAtIndex(index), depth + 1)
    return found


def follow_focus(application_name: str) -> None:
    """Print each object that takes the keyboard focus, as it does, one JSON line each.

    The way a screen reader learns of a popup: Qt leaves popups (a menu, a word's
    card) out of the application's windows, and tells of them by their focus."""
    find_application(application_name)

    def on_focus(event: Any) -> None:
        if not event.detail1:
            return  # focus lost
        try:
            if event.source.getApplication().name != application_name:
                return
            found = describe(event.source, on_screen_only=False)
        except Exception:  # gone before it could be read
            return
        print(json.dumps(found, ensure_ascii=False), flush=True)

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    print(json.dumps({"listening": True}), flush=True)
    pyatspi.Registry.start()


def main() -> None:
    if sys.argv[1] == "--follow-focus":
        follow_focus(sys.argv[2])
        return
    application = find_application(sys.argv[1])
    objects = walk(application)
    print(json.dumps({"objects": objects}, ensure_ascii=False))


if __name__ == "__main__":
    main()
