"""The smoke test covers what a real start does: its mode, its settings, its crash handling."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, qWarning
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

import allguide.smoke
from allguide import __version__
from allguide.app import application, build_window
from allguide.content import LoadResult
from allguide.content.bundled import available_languages
from allguide.diagnostics import LOG_DIR_ENV, LOG_FILE
from allguide.mode import KIOSK_MODE, NORMAL_MODE, Mode
from allguide.smoke import run_smoke_test
from allguide.ui.crash_note import CrashNote
from allguide.ui.mainwindow import MainWindow
from allguide.ui.preferences import Preferences
from tests.conftest import files_under

# The smoke test has its own exception hook, as a real start does.
pytestmark = pytest.mark.qt_no_exception_capture


def allguide_in(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command, with a home of its own and no log folder named by IT."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "TMPDIR": str(home / "tmp"),
    }
    env.pop(LOG_DIR_ENV, None)
    (home / "tmp").mkdir(parents=True)
    return subprocess.run(
        [sys.executable, "-m", "allguide", *args],
        capture_output=True, text=True, check=False, env=env, cwd=home, timeout=120,
    )  # fmt: skip


@pytest.mark.e2e
def test_a_kiosk_smoke_test_passes_and_leaves_nothing(tmp_path: Path) -> None:
    run = allguide_in(tmp_path, "--kiosk", "--smoke-test")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("smoke test passed: ")
    # Every bundled language, one after another (no --lang).
    assert [line.rsplit("(", 1)[1] for line in run.stdout.splitlines()] == [
        f"{language}, kiosk)" for language in available_languages()
    ]
    # No log, no settings, and its temporary settings folder is gone again.
    assert files_under(tmp_path) == []


@pytest.mark.e2e
def test_a_normal_smoke_test_logs_in_the_users_data_folder(tmp_path: Path) -> None:
    run = allguide_in(tmp_path, "--smoke-test")
    assert run.returncode == 0, run.stderr
    assert [line.rsplit("(", 1)[1] for line in run.stdout.splitlines()] == [
        f"{language}, normal)" for language in available_languages()
    ]
    log = tmp_path / "data" / "AllGuide" / "AllGuide" / "logs" / LOG_FILE
    assert f"AllGuide {__version__} started in normal mode" in log.read_text("utf-8")
    assert not (tmp_path / "config").exists()  # the settings it used were temporary


def smoke_with(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: Mode,
    builder: Callable[..., MainWindow],
) -> tuple[int, str]:
    """Run the smoke test in this process; the look it gives the app is given back after."""
    monkeypatch.setattr(allguide.smoke, "build_window", builder)
    app = application()  # the one pytest-qt made, if any
    font, sheet = QFont(app.font()), app.styleSheet()
    try:
        status = run_smoke_test("en", None, mode)
    finally:
        app.setFont(font)
        app.setStyleSheet(sheet)
        for note in (w for w in QApplication.topLevelWidgets() if isinstance(w, CrashNote)):
            note.close()
            note.deleteLater()
    return status, capsys.readouterr().err


def ignoring_the_mode(result: LoadResult, language: str, persistent: bool, **_: Any) -> MainWindow:
    return build_window(result, language, persistent, mode=NORMAL_MODE)


def remembering_nothing(
    result: LoadResult, language: str, persistent: bool, **kw: Any
) -> MainWindow:
    return build_window(result, language, persistent=False, **kw)


def saving_on_close(result: LoadResult, language: str, persistent: bool, **kw: Any) -> MainWindow:
    """A kiosk window that reads nothing but saves its layout when it closes."""
    window = build_window(result, language, persistent, **kw)
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "AllGuide", "AllGuide"
    )
    window._preferences = Preferences(settings, persistent=True)
    return window


@pytest.mark.parametrize(
    ("mode", "builder", "reason"),
    [
        (KIOSK_MODE, ignoring_the_mode, "My dates is shown in kiosk"),
        (KIOSK_MODE, saving_on_close, "kiosk: the settings folder was written to"),
        (NORMAL_MODE, remembering_nothing, "the remembered start date was not applied"),
    ],
    ids=["kiosk-built-as-normal", "kiosk-saves-on-close", "normal-forgets-settings"],
)
def test_the_smoke_test_fails_when_a_start_ignores_its_mode_or_settings(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: Mode,
    builder: Callable[..., MainWindow],
    reason: str,
) -> None:
    status, err = smoke_with(monkeypatch, capsys, mode, builder)
    assert status == 1
    assert f"smoke test failed: {reason}" in err


def test_the_smoke_test_fails_on_an_error_a_slot_swallowed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Qt slots carry on after an exception: the smoke test's hook still counts it."""

    def broken_history(self: MainWindow, can_back: bool, can_forward: bool) -> None:
        raise RuntimeError("a bug in a slot")

    monkeypatch.setattr(MainWindow, "_update_history_actions", broken_history)
    status, err = smoke_with(monkeypatch, capsys, NORMAL_MODE, build_window)
    assert status == 1
    assert "unexpected error(s), logged in" in err


@pytest.mark.parametrize("mode", [NORMAL_MODE, KIOSK_MODE], ids=lambda m: m.label)
def test_the_smoke_test_passes_in_process_and_gives_back_the_settings_path(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mode: Mode
) -> None:
    before = sys.excepthook

    def user_file() -> str:
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "AllGuide", "AllGuide"
        ).fileName()

    path_before = user_file()
    status, err = smoke_with(monkeypatch, capsys, mode, build_window)
    assert status == 0, err
    assert user_file() == path_before
    assert sys.excepthook is before
    assert logging.getLogger("allguide").handlers == []


@pytest.mark.parametrize("mode", [NORMAL_MODE, KIOSK_MODE], ids=lambda m: m.label)
def test_the_smoke_test_fails_on_a_qt_warning_and_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mode: Mode
) -> None:
    """Qt's messages go into our log during a smoke run, where no test sees them: the smoke
    test counts the warnings itself and says which (a kiosk, by their category only)."""

    def warning_while_building(
        result: LoadResult, language: str, persistent: bool, **kw: Any
    ) -> MainWindow:
        window = build_window(result, language, persistent, **kw)
        qWarning("a font could not be shaped")
        return window

    status, err = smoke_with(monkeypatch, capsys, mode, warning_while_building)
    assert status == 1
    assert "smoke test failed: 1 Qt warning(s) or critical message(s): WARNING: " in err
    expected = "a font could not be shaped" if mode.logs_error_messages else "a Qt message"
    assert expected in err


# The kiosk's own part (allguide/smoke_kiosk.py) -------------------------------------------


def no_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    import allguide.ui.kiosk.guard

    monkeypatch.setattr(allguide.ui.kiosk.guard, "install", lambda window, mode: None)


def no_keyboard(monkeypatch: pytest.MonkeyPatch) -> None:
    import allguide.ui.kiosk.keyboard

    monkeypatch.setattr(allguide.ui.kiosk.keyboard, "install_keyboard", lambda window, mode: None)


def never_forgets(monkeypatch: pytest.MonkeyPatch) -> None:
    import allguide.smoke_kiosk
    from allguide.ui.kiosk.visitor_reset import VisitorReset

    monkeypatch.setattr(VisitorReset, "forget_visitor", lambda self: None)
    monkeypatch.setattr(allguide.smoke_kiosk, "RESET_DEADLINE_MS", 3000)  # no need to wait long


def keeps_the_visitors_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from allguide.ui.language.switch import Session

    monkeypatch.setattr(Session, "start_over", lambda self: self.window)


def no_countdown(monkeypatch: pytest.MonkeyPatch) -> None:
    from allguide.ui.kiosk.countdown import Countdown

    monkeypatch.setattr(Countdown, "start", lambda self: None)


@pytest.mark.parametrize(
    ("breaking", "reason"),
    [
        (no_guard, "a close request closed the kiosk"),
        (no_keyboard, "the keyboard view shows no on-screen keyboard"),
        (no_countdown, "the countdown view shows no countdown"),
        (never_forgets, "the kiosk did not forget its visitor after the idle time"),
        (keeps_the_visitors_window, "a visitor reset kept the visitor's window"),
    ],
    ids=["no-guard", "no-keyboard", "no-countdown", "never-forgets", "keeps-the-window"],
)
def test_the_kiosk_smoke_test_fails_when_the_kiosk_breaks(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    breaking: Callable[[pytest.MonkeyPatch], None],
    reason: str,
) -> None:
    """Each kiosk behaviour the smoke test runs through makes it fail when broken."""
    breaking(monkeypatch)
    status, err = smoke_with(monkeypatch, capsys, KIOSK_MODE, build_window)
    assert status == 1
    assert f"smoke test failed: {reason}" in err


def test_the_kiosk_smoke_test_runs_the_kiosk_views_and_a_visitor_reset(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from allguide.ui.kiosk.visitor_reset import VisitorReset
    from allguide.ui.views import VIEWS, views_for

    resets: list[VisitorReset] = []
    forget = VisitorReset.forget_visitor

    def counted(self: VisitorReset) -> None:
        resets.append(self)
        forget(self)

    monkeypatch.setattr(VisitorReset, "forget_visitor", counted)
    status, err = smoke_with(monkeypatch, capsys, KIOSK_MODE, build_window)
    assert status == 0, err
    assert len(resets) == 1
    kiosk_views = set(views_for(kiosk=True)) - set(VIEWS)
    assert kiosk_views == {"keyboard", "countdown", "attract", "qr-code"}
