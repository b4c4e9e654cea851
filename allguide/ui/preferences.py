"""Preferences kept with QSettings, which a kiosk can switch off entirely."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class SettingsProblem:
    """The settings file could not be read, so the defaults are used. Not a content problem."""

    file: str
    status: QSettings.Status  # AccessError: cannot be read; FormatError: a mistake in it


class Preferences:
    """Typed access to the few things AllGuide remembers between runs.

    With ``persistent=False`` (kiosk mode) nothing is read or written, so no
    trace of one visitor is left for the next.
    """

    GEOMETRY = "window/geometry"
    STATE = "window/state"
    SPLITTER = "window/splitter"

    def __init__(self, settings: QSettings | None, persistent: bool = True) -> None:
        self._settings = settings if persistent else None

    def problem(self) -> SettingsProblem | None:
        """What went wrong reading the settings file, if anything."""
        if self._settings is None or self._settings.status() == QSettings.Status.NoError:
            return None
        return SettingsProblem(self._settings.fileName(), self._settings.status())

    def bytes_value(self, key: str) -> QByteArray | None:
        if self._settings is None:
            return None
        value = self._settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None  # missing, or corrupt (wrong type): fall back to the default

    def set_bytes(self, key: str, value: QByteArray) -> None:
        if self._settings is not None:
            self._settings.setValue(key, value)

    def text_value(self, key: str) -> str | None:
        if self._settings is None:
            return None
        value = self._settings.value(key)
        return value if isinstance(value, str) and value else None

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
