"""Theme files (``resources/themes/<name>.json``): listed, read, checked, never fatal.

A theme file is a JSON object: ``{"format": 1, "colours": {"window": "#f7f8fa", …}}``
with every role of ``Theme`` and nothing else. A file that is missing or wrong
gives the built-in light theme and one log line saying ``file:line: what is wrong``:
a bad colour must never stop a parent reading.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from importlib.resources.abc import Traversable

from allguide.content.bundled import resources_root
from allguide.ui.theme.builtin import LIGHT
from allguide.ui.theme.colours import Colour, Theme, role_names

log = logging.getLogger(__name__)

SUFFIX = ".json"
FORMAT = 1
NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")  # a file name, never a path


class ThemeError(ValueError):
    """A theme file that cannot be used, with ``file:line: message`` as its text."""


def themes_folder() -> Traversable:
    return resources_root() / "themes"


def theme_names(folder: Traversable | None = None) -> list[str]:
    """The themes there are files for, by name (``light`` for ``light.json``)."""
    folder = folder if folder is not None else themes_folder()
    return sorted(
        entry.name.removesuffix(SUFFIX)
        for entry in folder.iterdir()
        if entry.name.endswith(SUFFIX) and entry.is_file()
    )


def _line_of(text: str, key: str) -> int:
    """The line a key is written on (1 when it is not written at all)."""
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def parse_theme(name: str, text: str, where: str) -> Theme:
    """The theme a file's ``text`` sets; ThemeError (``where:line: …``) if it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ThemeError(f"{where}:{error.lineno}: not valid JSON: {error.msg}") from None
    if not isinstance(data, Mapping):
        raise ThemeError(f"{where}:1: a theme file is a JSON object with 'format' and 'colours'")
    unknown_keys = sorted(set(data) - {"format", "colours"})
    if unknown_keys:
        key = unknown_keys[0]
        raise ThemeError(f"{where}:{_line_of(text, key)}: unknown key '{key}'")
    if data.get("format") != FORMAT:
        raise ThemeError(
            f"{where}:{_line_of(text, 'format')}: 'format' must be {FORMAT}, "
            f"not {data.get('format')!r}"
        )
    colours = data.get("colours")
    if not isinstance(colours, Mapping):
        raise ThemeError(f"{where}:{_line_of(text, 'colours')}: 'colours' must be an object")
    roles = role_names()
    unknown = sorted(set(colours) - set(roles))
    if unknown:
        raise ThemeError(
            f"{where}:{_line_of(text, unknown[0])}: unknown colour role '{unknown[0]}'"
        )
    missing = [role for role in roles if role not in colours]
    if missing:
        raise ThemeError(
            f"{where}:{_line_of(text, 'colours')}: missing colour roles: {', '.join(missing)}"
        )
    parsed: dict[str, Colour] = {}
    for role in roles:
        value = colours[role]
        try:
            parsed[role] = Colour.parse(value if isinstance(value, str) else repr(value))
        except ValueError as error:
            raise ThemeError(f"{where}:{_line_of(text, role)}: '{role}': {error}") from None
    return Theme(name, **parsed)


def read_theme(name: str, folder: Traversable | None = None) -> Theme:
    """The named theme from its file; ThemeError if it is missing or wrong."""
    folder = folder if folder is not None else themes_folder()
    if NAME.fullmatch(name) is None:
        raise ThemeError(f"{name!r}:1: a theme name is lower-case letters, digits, - and _")
    source = folder / f"{name}{SUFFIX}"
    where = str(source)
    try:
        text = source.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeError(f"{where}:1: cannot be read: {error}") from None
    return parse_theme(name, text, where)


def load_theme(name: str, folder: Traversable | None = None) -> Theme:
    """The named theme, or the built-in light theme (with a log note) if its file is unusable."""
    try:
        return read_theme(name, folder)
    except ThemeError as error:
        log.warning("%s; using the built-in light theme", error)
        return LIGHT
