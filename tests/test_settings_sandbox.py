"""The test session never touches the real user's settings (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import SettingsSandbox, user_settings_in


def settings_file(settings_format: QSettings.Format, scope: QSettings.Scope) -> Path:
    return Path(QSettings(settings_format, scope, "AllGuide", "AllGuide").fileName())


@pytest.mark.parametrize(
    "settings_format", [QSettings.Format.IniFormat, QSettings.Format.NativeFormat]
)
def test_every_test_has_its_settings_in_the_session_sandbox(
    tmp_path_factory: pytest.TempPathFactory, settings_format: QSettings.Format
) -> None:
    """A test that asks for no settings fixture: user and system scope both sandboxed."""
    sandbox = tmp_path_factory.getbasetemp()
    user = settings_file(settings_format, QSettings.Scope.UserScope)
    system = settings_file(settings_format, QSettings.Scope.SystemScope)
    assert user.is_relative_to(sandbox), user
    assert system.is_relative_to(sandbox), system
    assert user.parent.parent != system.parent.parent  # each scope its own folder


def test_a_tests_own_folder_is_given_back_to_the_sandbox(
    tmp_path: Path, settings_sandbox: SettingsSandbox
) -> None:
    """After ``user_settings_dir`` (built on user_settings_in), settings land in the sandbox
    again, never at a path made from an empty folder ("/AllGuide/AllGuide.ini")."""
    scope = QSettings.Scope.UserScope
    with user_settings_in(tmp_path, settings_sandbox):
        assert settings_file(QSettings.Format.IniFormat, scope).is_relative_to(tmp_path)
    after = settings_file(QSettings.Format.IniFormat, scope)
    assert after.is_relative_to(settings_sandbox.user)
