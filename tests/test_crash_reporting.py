"""Crashes that would still happen are seen: logged to a file, told calmly, survived.

Each test starts the diagnostics as ``allguide.app.start_diagnostics`` does for a real
run and gives everything back afterwards (pytest-qt's hooks included).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QtMsgType, qCritical, qWarning
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from allguide import __version__
from allguide import app as app_module
from allguide import diagnostics as diagnostics_module
from allguide.app import open_window, start_diagnostics, start_failure
from allguide.content import LoadResult, load_bundled
from allguide.diagnostics import (
    FAULT_FILE,
    LOG_BACKUPS,
    LOG_DIR_ENV,
    LOG_FILE,
    QT_PROBLEMS_KEPT,
    Diagnostics,
    RotatingLogFile,
    describe,
)
from allguide.mode import KIOSK_MODE, NORMAL_MODE, Mode
from allguide.ui import crash_note
from allguide.ui.crash_note import CrashNote, StartFailure
from allguide.ui.mainwindow import MainWindow
from allguide.ui.qt_log import LEVELS, route_qt_messages
from tests.conftest import files_under

# pytest-qt would take the errors these tests raise on purpose; ours must see them.
pytestmark = pytest.mark.qt_no_exception_capture

SECRET = "zebracode"  # stands for what a visitor typed
LEFT = Qt.MouseButton.LeftButton


def toolbar_button(window: MainWindow, action: QAction) -> QToolButton:
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


@contextmanager
def running(mode: Mode, data_folder: Path | None) -> Iterator[Diagnostics]:
    """Diagnostics as a real start has them (Qt's messages aside: pytest-qt keeps those)."""
    started = start_diagnostics(mode, data_folder, qt_messages=False)
    try:
        yield started
    finally:
        started.stop()
        for note in notes():
            note.close()
            note.deleteLater()


def notes() -> list[CrashNote]:
    """Every crash note there is, found as a person would: among the windows."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashNote)]
    for window in QApplication.topLevelWidgets():
        found += [n for n in window.findChildren(CrashNote) if n not in found]
    return found


def shown_note() -> CrashNote:
    visible = [note for note in notes() if note.isVisible()]
    assert len(visible) == 1, visible
    return visible[0]


def log_text(diagnostics: Diagnostics) -> str:
    assert diagnostics.log_file is not None
    return diagnostics.log_file.read_text("utf-8")


def break_a_slot(window: MainWindow) -> None:
    """A bug in one slot: opening a view raises (after the window's own slot has run)."""

    def broken(page_id: str) -> None:
        raise ValueError(f"a bug while showing {page_id} {SECRET}")

    window.navigator.currentChanged.connect(broken)


@pytest.fixture
def no_configured_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine IT has not configured (tests normally log to the session sandbox)."""
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)


def test_an_error_in_a_slot_is_logged_told_calmly_and_survived(
    qtbot: QtBot, build: Callable[..., MainWindow], tmp_path: Path, no_configured_folder: None
) -> None:
    window = build()
    break_a_slot(window)
    with running(NORMAL_MODE, tmp_path / "logs") as diagnostics:
        qtbot.mouseClick(toolbar_button(window, window.timeline_action), LEFT)

        assert diagnostics.log_file == tmp_path / "logs" / LOG_FILE
        log = log_text(diagnostics)
        assert "ERROR allguide.diagnostics: Unexpected error; AllGuide keeps going:" in log
        assert "Traceback (most recent call last):" in log
        assert f"ValueError: a bug while showing view:timeline {SECRET}" in log
        note = shown_note()
        assert "Something went wrong, but AllGuide is still working." in note.text()
        assert str(diagnostics.log_file) in note.text()  # for whoever looks after the computer
        assert "Traceback" not in note.text() and "ValueError" not in note.text()
        assert not note.isModal()
        assert note.close_timer is None  # at home it stays until read
        # The window goes on working: its own slot ran, and the next click works too.
        assert window.pages.currentWidget() is window.timeline
        qtbot.mouseClick(toolbar_button(window, window.home_action), LEFT)
        assert window.pages.currentWidget() is window.home
        assert diagnostics.errors_seen == 2
        assert notes() == [note]  # one note for many errors, not a pile of them
        qtbot.mouseClick(note.ok_button, LEFT)
        assert not note.isVisible()


def test_a_kiosk_keeps_no_log_file_unless_it_names_a_folder(
    qtbot: QtBot,
    build: Callable[..., MainWindow],
    tmp_path: Path,
    no_configured_folder: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr(crash_note, "KIOSK_NOTE_SECONDS", 0.05)
    window = build(kiosk=True)
    break_a_slot(window)
    with running(KIOSK_MODE, data / "logs") as diagnostics:
        qtbot.mouseClick(toolbar_button(window, window.timeline_action), LEFT)
        assert diagnostics.log_file is None
        assert diagnostics.errors_seen == 1
        note = shown_note()
        assert note.text() == (
            "Something went wrong, but AllGuide is still working. "
            "You can go on reading. This message closes by itself."
        )  # no path, nothing technical for strangers
        # Part of the kiosk's window, inside it: no window of its own to move or escape into.
        assert not note.isWindow() and note.window() is window
        assert window.rect().contains(note.geometry())
        qtbot.waitUntil(lambda: not note.isVisible())  # nobody has to close it
    assert files_under(tmp_path) == []

    configured = tmp_path / "it-logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(configured))
    with running(KIOSK_MODE, data / "logs") as diagnostics:
        qtbot.mouseClick(toolbar_button(window, window.home_action), LEFT)
        assert diagnostics.log_file == configured / LOG_FILE
        log = log_text(diagnostics)
        assert f"AllGuide {__version__} started in kiosk mode" in log
        assert "ValueError" in log
    assert not data.exists()


def test_a_kiosk_log_keeps_nothing_a_visitor_typed_or_read(
    qtbot: QtBot, build: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error's own message quotes the query and the page: the kiosk's log keeps only
    the kind of error and where it happened."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "it-logs"))
    window = build(kiosk=True)

    def broken(query: str) -> None:
        raise ValueError(f"could not search for {query}")

    window.search_box.searchRequested.connect(broken)
    break_a_slot(window)
    with running(KIOSK_MODE, None) as diagnostics:
        qtbot.keyClicks(window.search_box, f"tired {SECRET}")
        qtbot.waitUntil(lambda: diagnostics.errors_seen >= 1)
        window.reader.pageRequested.emit("sec-what-is-all")  # as a link click does
        log = log_text(diagnostics)
    assert "ValueError" in log
    assert "test_crash_reporting.py" in log  # where it happened is kept
    assert SECRET not in log
    assert "tired" not in log
    assert "sec-what-is-all" not in log


def test_an_error_in_another_thread_is_logged_and_told_in_the_window(
    qtbot: QtBot, build: Callable[..., MainWindow], tmp_path: Path
) -> None:
    build()
    with running(NORMAL_MODE, None) as diagnostics:
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: any(note.isVisible() for note in notes()))
        assert "Unexpected error in thread worker" in log_text(diagnostics)
        assert "ZeroDivisionError" in log_text(diagnostics)


def test_an_error_while_telling_of_an_error_does_not_loop(
    qtbot: QtBot,
    build: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The note itself fails (inside the hook, through a Qt slot): logged once, no recursion,
    and the next error is told again."""
    window = build()
    break_a_slot(window)
    failures = []

    def broken_note(self: CrashNote) -> None:
        failures.append(1)
        raise RuntimeError("the note broke")

    monkeypatch.setattr(CrashNote, "show_again", broken_note)
    with running(NORMAL_MODE, None) as diagnostics:
        qtbot.mouseClick(toolbar_button(window, window.timeline_action), LEFT)
        assert failures == [1]
        log = log_text(diagnostics)
        assert "Another unexpected error while telling of one:" in log
        assert "RuntimeError: the note broke" in log
        monkeypatch.undo()
        qtbot.mouseClick(toolbar_button(window, window.home_action), LEFT)
        assert diagnostics.errors_seen == 2
        assert shown_note().isVisible()


def test_a_note_that_raises_itself_is_not_told_again() -> None:
    """Without the Qt slot in between: the hook calls a notify that raises and reports."""
    calls: list[int] = []
    started = diagnostics_module.start(NORMAL_MODE, None)

    def notify() -> None:
        calls.append(1)
        try:
            raise KeyError("inner")
        except KeyError as inner:
            sys.excepthook(type(inner), inner, inner.__traceback__)
        raise RuntimeError("the note broke")

    started.install_hooks(notify)
    try:
        try:
            raise ValueError("outer")
        except ValueError as outer:
            sys.excepthook(type(outer), outer, outer.__traceback__)
        log = log_text(started)
    finally:
        started.stop()
    assert calls == [1]
    assert started.errors_seen == 1
    assert "KeyError: 'inner'" in log and "RuntimeError: the note broke" in log


def test_qt_messages_go_into_the_log_at_their_level(tmp_path: Path) -> None:
    with running(NORMAL_MODE, None) as diagnostics:
        restore = route_qt_messages()  # as a real start does; pytest-qt's handler comes back
        try:
            qWarning("a Qt warning for the log")
            qCritical("a Qt critical message for the log")
        finally:
            restore()
        log = log_text(diagnostics)
    assert "WARNING allguide.qt: a Qt warning for the log" in log
    assert "ERROR allguide.qt: a Qt critical message for the log" in log
    assert set(LEVELS) >= {QtMsgType.QtWarningMsg, QtMsgType.QtFatalMsg}


def test_a_platform_that_cannot_raise_a_popup_is_noted_not_counted(tmp_path: Path) -> None:
    """The offscreen platform (smoke test, screenshots) cannot raise a popup or let it
    take the keys: a note on the platform, not a problem that fails the smoke test."""
    with running(NORMAL_MODE, None) as diagnostics:
        restore = route_qt_messages()
        try:
            qWarning("This plugin does not support grabbing the keyboard")
            qWarning("a real problem")
        finally:
            restore()
        log = log_text(diagnostics)
    assert "INFO allguide.qt: This plugin does not support grabbing the keyboard" in log
    assert diagnostics.qt_problems_seen == 1


def test_a_real_start_routes_qt_messages_and_gives_them_back(tmp_path: Path) -> None:
    started = start_diagnostics(NORMAL_MODE, None)  # Qt's messages too
    try:
        qWarning("routed by start_diagnostics")
    finally:
        started.stop()
    assert "WARNING allguide.qt: routed by start_diagnostics" in log_text_of(started)


def log_text_of(diagnostics: Diagnostics) -> str:
    assert diagnostics.log_file is not None
    return diagnostics.log_file.read_text("utf-8")


def test_a_folder_that_cannot_be_made_costs_the_file_not_the_start(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    os.environ[LOG_DIR_ENV], before = str(blocker / "logs"), os.environ[LOG_DIR_ENV]
    try:
        started = diagnostics_module.start(NORMAL_MODE, None)
        started.stop()
    finally:
        os.environ[LOG_DIR_ENV] = before
    assert started.log_file is None


def test_the_log_stays_small_however_long_the_app_runs(tmp_path: Path) -> None:
    """A kiosk that runs for months: the log rotates at its cap and keeps a few old files."""
    os.environ[LOG_DIR_ENV], before = str(tmp_path), os.environ[LOG_DIR_ENV]
    try:
        started = diagnostics_module.start(NORMAL_MODE, None)
        noisy = logging.getLogger("allguide.test")
        for number in range(4 * diagnostics_module.LOG_BACKUPS * 1000):
            noisy.info("line %d %s", number, "x" * 100)
        started.stop()
    finally:
        os.environ[LOG_DIR_ENV] = before
    logs = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(LOG_FILE))
    assert logs == [LOG_FILE] + [f"{LOG_FILE}.{n}" for n in range(1, LOG_BACKUPS + 1)]
    for name in logs:
        assert (tmp_path / name).stat().st_size <= diagnostics_module.LOG_MAX_BYTES


def record(message: str) -> logging.LogRecord:
    return logging.LogRecord("allguide.test", logging.INFO, __file__, 1, message, None, None)


def lines_in(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def test_the_log_file_rotates_when_the_next_record_would_pass_the_cap(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE
    handler = RotatingLogFile(path, max_bytes=100, backups=2)  # records are "%(message)s"
    try:
        for number in range(4):
            handler.emit(record(f"{number}" * 24))  # 25 bytes a line: 4 fill the cap exactly
        assert path.stat().st_size == 100
        assert not path.with_name(f"{LOG_FILE}.1").exists()
        handler.emit(record("next"))
    finally:
        handler.close()
    assert lines_in(path.with_name(f"{LOG_FILE}.1")) == [f"{n}" * 24 for n in range(4)]
    assert lines_in(path) == ["next"]


def test_the_cap_counts_bytes_as_written_not_letters(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE
    handler = RotatingLogFile(path, max_bytes=100, backups=1)
    try:
        handler.emit(record("é" * 30))  # 61 bytes, 31 letters
        handler.emit(record("é" * 20))  # 41 bytes more: past the cap, though 52 letters
    finally:
        handler.close()
    assert lines_in(path.with_name(f"{LOG_FILE}.1")) == ["é" * 30]
    assert lines_in(path) == ["é" * 20]


def test_the_log_keeps_its_backups_newest_first_and_drops_the_oldest(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE
    handler = RotatingLogFile(path, max_bytes=60, backups=3)
    try:
        for number in range(100):
            handler.emit(record(f"line {number:03}".ljust(19)))  # 20 bytes: 3 lines a file
    finally:
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2", f"{LOG_FILE}.3"
    ]  # fmt: skip
    newest_first = [path] + [path.with_name(f"{LOG_FILE}.{n}") for n in (1, 2, 3)]
    kept = [line.strip() for file in reversed(newest_first) for line in lines_in(file)]
    assert kept == [f"line {n:03}" for n in range(90, 100)]  # in order, nothing lost between
    assert all(file.stat().st_size <= 60 for file in newest_first)


def test_a_log_file_left_by_an_earlier_run_counts_toward_the_cap(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE
    path.write_text("x" * 95 + "\n", "utf-8")
    handler = RotatingLogFile(path, max_bytes=100, backups=1)
    try:
        handler.emit(record("new run"))
    finally:
        handler.close()
    assert lines_in(path) == ["new run"]
    assert lines_in(path.with_name(f"{LOG_FILE}.1")) == ["x" * 95]


def test_without_backups_the_log_starts_again(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE
    handler = RotatingLogFile(path, max_bytes=30, backups=0)
    try:
        for text in ("first".ljust(14), "second".ljust(14), "third"):
            handler.emit(record(text))
    finally:
        handler.close()
    assert lines_in(path) == ["third"]
    assert [p.name for p in tmp_path.iterdir()] == [LOG_FILE]


QUIET_START = (
    "import sys\n"
    "from allguide.app import application, start_diagnostics\n"
    "from allguide.mode import Mode\n"
    "start_diagnostics(Mode.of(False))\n"
    "print(sorted(m for m in sys.modules if m in {modules}))\n"
    "app = application()\n"
    "try:\n"
    "    raise ValueError('a bug')\n"
    "except ValueError as error:\n"
    "    sys.excepthook(type(error), error, error.__traceback__)\n"
    "from allguide.ui.crash_note import CrashNote\n"
    "print([type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()])\n"
)


def test_a_start_without_errors_loads_neither_the_note_nor_logging_handlers(
    tmp_path: Path,
) -> None:
    """Diagnostics are on every start: logging.handlers (socket, pickle, queue) and the note's
    widgets would cost it about 20 ms. The note's module comes with the first error."""
    heavy = ("logging.handlers", "socket", "pickle", "queue", "allguide.ui.crash_note")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", LOG_DIR_ENV: str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", QUIET_START.format(modules=heavy)],
        capture_output=True, text=True, check=False, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["[]", "['CrashNote']"]
    assert "ValueError: a bug" in (tmp_path / LOG_FILE).read_text("utf-8")


def test_a_big_fault_file_is_set_aside_once(tmp_path: Path) -> None:
    """faulthandler's file only grows at a crash; a kiosk restarted after each keeps two."""
    (tmp_path / FAULT_FILE).write_text("x" * (diagnostics_module.LOG_MAX_BYTES + 1))
    os.environ[LOG_DIR_ENV], before = str(tmp_path), os.environ[LOG_DIR_ENV]
    try:
        diagnostics_module.start(NORMAL_MODE, None).stop()
    finally:
        os.environ[LOG_DIR_ENV] = before
    assert (tmp_path / FAULT_FILE).stat().st_size == 0
    assert (tmp_path / f"{FAULT_FILE}.1").stat().st_size > diagnostics_module.LOG_MAX_BYTES


def test_describe_without_messages_keeps_kinds_and_places() -> None:
    try:
        try:
            raise KeyError(SECRET)
        except KeyError as first:
            raise ValueError(SECRET) from first
    except ValueError as error:
        text = describe(error, with_messages=False)
        full = describe(error, with_messages=True)
    assert SECRET not in text and SECRET in full
    assert "KeyError" in text and "ValueError" in text
    assert "test_describe_without_messages_keeps_kinds_and_places" in text


HARD_CRASH = (
    "import faulthandler\n"
    "from allguide.app import start_diagnostics\n"
    "from allguide.mode import Mode\n"
    "start_diagnostics(Mode.of({kiosk}))\n"
    "faulthandler._sigsegv()\n"
)


@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
def test_a_hard_crash_leaves_its_stack_in_the_log_folder(tmp_path: Path, kiosk: bool) -> None:
    """faulthandler writes into the log folder; a kiosk without one writes to stderr only."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env.pop(LOG_DIR_ENV, None)
    run = subprocess.run(
        [sys.executable, "-c", HARD_CRASH.format(kiosk=kiosk)],
        capture_output=True, text=True, check=False, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode != 0
    if kiosk:
        assert files_under(home) == []
        assert "Fatal Python error: Segmentation fault" in run.stderr
        return
    faults = home / "data" / "AllGuide" / "AllGuide" / "logs" / FAULT_FILE
    assert "Fatal Python error: Segmentation fault" in faults.read_text("utf-8")
    assert 'File "<string>", line 5' in faults.read_text("utf-8")
    assert "Fatal Python error" not in run.stderr


def test_a_kiosk_log_keeps_no_words_of_qt_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Qt message can quote what a visitor typed: a kiosk logs its category and level."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "it-logs"))  # the session's put back after
    started = start_diagnostics(KIOSK_MODE, None)  # Qt's messages routed, as a real start
    try:
        qWarning(f"cannot shape the text '{SECRET}'")
    finally:
        started.stop()
    log = log_text_of(started)
    assert "WARNING allguide.qt: default: a Qt message (text not kept)" in log
    assert SECRET not in log


@pytest.mark.e2e
@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
def test_a_start_without_stderr_still_runs(tmp_path: Path, kiosk: bool) -> None:
    """A launcher that closes stderr (2>&-) or names a log folder that cannot be found
    costs the stderr log and the file, never the start."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        LOG_DIR_ENV: "~no-such-user-here/logs",
    }
    command = [sys.executable, "-m", "allguide", "--smoke-test"] + (["--kiosk"] if kiosk else [])
    run = subprocess.run(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        check=False, env=env, timeout=120, preexec_fn=lambda: os.close(2),
    )  # fmt: skip
    assert run.returncode == 0, run.stdout
    assert "smoke test passed" in run.stdout


def failing_builds(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Every window build raises; returns the content folders the loads were asked for."""
    asked: list[Path | None] = []
    real_load = app_module.load

    def load(language: str, content_dir: Path | None) -> LoadResult:
        asked.append(content_dir)
        return real_load(language, None)

    def broken(*_: object, **__: object) -> MainWindow:
        raise RuntimeError(f"a bug while building the window {SECRET}")

    monkeypatch.setattr(app_module, "load", load)
    monkeypatch.setattr(app_module, "build_window", broken)
    return asked


@pytest.mark.parametrize("mode", [NORMAL_MODE, KIOSK_MODE], ids=lambda m: m.label)
def test_a_window_that_cannot_be_built_is_logged_and_said_calmly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mode: Mode
) -> None:
    """No window: the traceback is logged (a kiosk's without words), a kiosk tries once more
    with the bundled content, and a plain window says AllGuide could not open."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    asked = failing_builds(monkeypatch)
    with running(mode, None) as diagnostics:
        assert open_window("en", tmp_path / "content", mode, diagnostics) is None
        failure = start_failure(mode, diagnostics)
        qtbot.addWidget(failure)
        log = log_text(diagnostics)
    assert asked == ([tmp_path / "content", None] if mode.is_kiosk else [tmp_path / "content"])
    assert log.count("ERROR allguide.diagnostics: AllGuide could not open its window:") == len(
        asked
    )
    assert "Traceback (most recent call last):" in log and "RuntimeError" in log
    assert (SECRET in log) == mode.logs_error_messages
    assert isinstance(failure, StartFailure)
    assert failure.text().startswith("AllGuide could not open.")
    assert (str(tmp_path) in failure.text()) == (not mode.is_kiosk)
    assert "RuntimeError" not in failure.text() and SECRET not in failure.text()
    with qtbot.waitSignal(failure.finished):
        failure.show()
        qtbot.mouseClick(failure.close_button, LEFT)
    assert not failure.isVisible()


def test_a_kiosk_opens_with_the_bundled_content_when_its_own_breaks_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The retry is a real one: when only the given content breaks the build, a kiosk opens."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    real_build = app_module.build_window
    own: list[LoadResult] = []  # what the kiosk's own content loaded as

    def broken_for_own_content(result: LoadResult, *args: object, **kw: object) -> MainWindow:
        if any(result is loaded for loaded in own):  # stands for content that trips a bug
            raise RuntimeError("a bug in the window")
        return real_build(result, *args, **kw)  # type: ignore[arg-type]

    def load(language: str, content_dir: Path | None) -> LoadResult:
        loaded = LoadResult(load_bundled(language).content)
        if content_dir is not None:
            own.append(loaded)
        return loaded

    monkeypatch.setattr(app_module, "load", load)
    monkeypatch.setattr(app_module, "build_window", broken_for_own_content)
    with running(KIOSK_MODE, None) as diagnostics:
        window = open_window("en", tmp_path / "content", KIOSK_MODE, diagnostics)
        assert isinstance(window, MainWindow)
        window.close()
        window.deleteLater()
    assert diagnostics.errors_seen == 1


START_FAILS = (
    "import sys\n"
    "import allguide.app as app\n"
    "from PySide6.QtCore import QTimer\n"
    "from allguide.mode import Mode\n"
    "builds = []\n"
    "def broken(*args, **kw):\n"
    "    builds.append(1)\n"
    "    raise RuntimeError('a bug while building {secret}')\n"
    "def close_the_failure():\n"
    "    from PySide6.QtWidgets import QApplication\n"
    "    from allguide.ui.crash_note import StartFailure\n"
    "    shown = [w for w in QApplication.topLevelWidgets()\n"
    "             if isinstance(w, StartFailure) and w.isVisible()]\n"
    "    if not shown:\n"
    "        QTimer.singleShot(20, close_the_failure)\n"
    "        return\n"
    "    print('SHOWN', len(builds), shown[0].text(), flush=True)\n"
    "    shown[0].close_button.click()\n"
    "real_application = app.application\n"
    "def application(*args):\n"
    "    made = real_application(*args)\n"
    "    QTimer.singleShot(0, close_the_failure)\n"
    "    return made\n"
    "app.build_window = broken\n"
    "app.application = application\n"
    "sys.exit(app.run_gui('en', None, Mode.of({kiosk})))\n"
)


@pytest.mark.e2e
@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
def test_a_real_start_whose_window_fails_says_so_and_exits_1(tmp_path: Path, kiosk: bool) -> None:
    """In a real process: the error is logged with its traceback, a plain window says
    AllGuide could not open (a kiosk after one more try), and closing it ends with 1."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        LOG_DIR_ENV: str(tmp_path / "logs"),
    }
    run = subprocess.run(
        [sys.executable, "-c", START_FAILS.format(secret=SECRET, kiosk=kiosk)],
        capture_output=True, text=True, check=False, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    builds = 2 if kiosk else 1
    assert run.stdout.startswith(f"SHOWN {builds} AllGuide could not open."), run.stdout
    assert (str(tmp_path) in run.stdout) == (not kiosk)
    log = (tmp_path / "logs" / LOG_FILE).read_text("utf-8")
    assert log.count("AllGuide could not open its window:") == builds
    assert "Traceback (most recent call last):" in log and "RuntimeError" in log
    assert (SECRET in log) == (not kiosk)
    assert "Traceback" not in run.stdout


class BrokenPaint(QWidget):
    """A widget with a bug in its paintEvent: the error comes back on every paint."""

    def paintEvent(self, event: QPaintEvent) -> None:
        raise ZeroDivisionError(f"a bug in paint {SECRET}")


class OtherBrokenPaint(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        raise KeyError(SECRET)


def paint(widget: QWidget) -> None:
    """One paint through the event loop, as Qt paints (its errors reach the hook)."""
    widget.update()
    QApplication.processEvents()


@pytest.mark.parametrize("mode", [NORMAL_MODE, KIOSK_MODE], ids=lambda m: m.label)
def test_an_error_on_every_paint_is_logged_once_then_counted(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mode: Mode
) -> None:
    """One traceback, then a count line a minute at most; the note is not shown again
    (a kiosk's note keeps its own time); an error from another place is still told."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    widget = BrokenPaint()
    qtbot.addWidget(widget)
    now = [1000.0]
    with running(mode, None) as diagnostics:
        diagnostics.clock = lambda: now[0]
        widget.show()
        qtbot.waitExposed(widget)
        paint(widget)
        note = shown_note()
        note.hide()
        if note.close_timer is not None:
            note.close_timer.stop()
        for _ in range(49):
            paint(widget)
        assert diagnostics.errors_seen >= 50
        assert not note.isVisible()
        assert note.close_timer is None or not note.close_timer.isActive()
        log = log_text(diagnostics)
        assert log.count("Traceback (most recent call last):") == 1
        assert "more times" not in log  # not a minute yet
        now[0] += 61
        paint(widget)  # a minute has passed: the repeats so far are summed up
        summed = diagnostics.errors_seen - 1
        for _ in range(10):
            paint(widget)
        later = diagnostics.errors_seen - 1 - summed
        other = OtherBrokenPaint()
        qtbot.addWidget(other)
        other.show()
        qtbot.waitExposed(other)
        paint(other)
        assert shown_note().isVisible()  # a new error is told again
    log = log_text(diagnostics)
    assert log.count("Unexpected error; AllGuide keeps going:") == 2
    assert log.count("Traceback (most recent call last):") == 2  # one for each place
    assert log.count("The same error (") == 2  # two count lines, none for the other place
    place = f"at {__file__}:{BrokenPaint.paintEvent.__code__.co_firstlineno + 1}"
    assert f"The same error (ZeroDivisionError {place}) happened {summed} more times" in log
    assert f"The same error (ZeroDivisionError {place}) happened {later} more times" in log
    assert later >= 10  # the last ones are summed up when the run ends
    assert (SECRET in log) == mode.logs_error_messages


def test_qt_warnings_are_counted_and_only_the_first_few_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The smoke test reads the count; a kiosk warned for months keeps ten messages, not all."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "it-logs"))  # the session's put back after
    started = start_diagnostics(NORMAL_MODE, None)  # Qt's messages routed, as a real start
    try:
        for number in range(QT_PROBLEMS_KEPT + 5):
            qWarning(f"warning {number}")
        qCritical("a critical one")
    finally:
        started.stop()
    assert started.qt_problems_seen == QT_PROBLEMS_KEPT + 6
    assert started.qt_problems == [f"WARNING: warning {n}" for n in range(QT_PROBLEMS_KEPT)]
