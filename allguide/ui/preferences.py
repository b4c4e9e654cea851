"""Preferences kept with QSettings, which a kiosk can switch off entirely."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class SettingsProblem:
    """The settings file, or some values in it, could not be used, so the defaults are used.

    Not a content problem: only what AllGuide remembered is lost.
    """

    file: str
    status: QSettings.Status  # AccessError: cannot be read; FormatError: a mistake in it
    dropped: tuple[str, ...] = ()  # keys whose values were unusable, and so were forgotten


class Preferences:
    """Typed access to the few things AllGuide remembers between runs.

    With ``persistent=False`` (kiosk mode) nothing is read or written, so no
    trace of one visitor is left for the next.
    """

    GEOMETRY = "window/geometry"
    STATE = "window/state"
    SPLITTER = "window/splitter"
    WINDOW_KEYS = (GEOMETRY, STATE, SPLITTER)
    LANGUAGE = "language"  # the one chosen last, as its id ("es"); checked where it is used
    THEME = "display/theme"  # the theme the family chose ("dark"); none: follow the system
    TEXT_SIZE = "display/text_size"  # the zoom chosen last ("1.25"); checked in ui/zoom

    def __init__(self, settings: QSettings | None, persistent: bool = True) -> None:
        self._settings = settings if persistent else None
        self._dropped: list[str] = []
        # The window's values are read late (after the problems bar is filled), so their
        # types are checked now: a wrong one is dropped and told with the rest.
        for key in self.WINDOW_KEYS:
            self.bytes_value(key)

    def problem(self) -> SettingsProblem | None:
        """What went wrong reading the settings file, or which values in it were dropped."""
        if self._settings is None:
            return None
        status = self._settings.status()
        if status == QSettings.Status.NoError and not self._dropped:
            return None
        return SettingsProblem(self._settings.fileName(), status, tuple(self._dropped))

    def drop(self, key: str) -> None:
        """Forget an unusable value, and note it for the problems bar."""
        if self._settings is None:
            return
        if key not in self._dropped:
            self._dropped.append(key)
        self._settings.remove(key)
        self._settings.sync()

    def _raw(self, key: str) -> Any:
        """The stored value as Qt reads it, or None; a value Qt cannot even read is dropped."""
        if self._settings is None:
            return None
        try:
            return self._settings.value(key)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            self.drop(key)
            return None

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._raw(key)
        if value is None:
            return None
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        self.drop(key)  # corrupt (a wrong type): fall back to the default
        return None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        if self._settings is not None:
            self._settings.setValue(key, value)

    def text_value(self, key: str) -> str | None:
        value = self._raw(key)
        if value is None:
            return None
        if isinstance(value, str) and value:
            return value
        self.drop(key)  # a list, a number, nothing: not text we wrote
        return None

    def date_value(self, key: str, earliest: dt.date, latest: dt.date) -> dt.date | None:
        """A remembered day, if it is a date from ``earliest`` to ``latest``; else dropped."""
        text = self.text_value(key)
        if text is None:
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = None
        if day is None or not earliest <= day <= latest:
            self.drop(key)
            return None
        return day

    def set_text(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.setValue(key, value)
            self._settings.sync()

    def remove(self, key: str) -> None:
        if self._settings is not None:
            self._settings.remove(key)
            self._settings.sync()

    def sync(self) -> None:
        if self._settings is not None:
            self._settings.sync()
