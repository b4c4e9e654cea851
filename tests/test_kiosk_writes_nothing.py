"""A kiosk writes nothing of its visitors to disk (issue 12, section 4).

A visitor uses every view, the kiosk forgets them; then the home, configuration, data
and cache folders (all temporary, empty before) are still empty, no settings file
exists, and the only file written, the log in the folder the configuration names,
holds the start and the reset but nothing the visitor typed or read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolButton
from pytestqt.qtbot import QtBot

from allguide.app import open_session, speak, start_diagnostics, user_settings
from allguide.diagnostics import LOG_DIR_ENV, LOG_FILE
from allguide.languages import Language
from allguide.mode import KioskSettings, Mode
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.theme import active_theme, apply_theme
from tests.conftest import files_under
from tests.gui import click_tree_row

QUERY = "tired after vincristine"  # found nowhere in AllGuide itself
FOLDERS = ("home", "config", "data", "cache")
POPUP_WARNING = "This plugin does not support"  # offscreen: no popup raise or grab


@pytest.fixture
def own_folders(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Path]]:
    """Empty home, configuration, data and cache folders for the run (the application
    exists already, so whatever Qt itself set up at its start is not counted)."""
    folders = {name: tmp_path / name for name in FOLDERS}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("HOME", str(folders["home"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(folders["data"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["cache"]))
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert Path(data).is_relative_to(folders["data"])  # Qt reads them as they are now
    palette, font, theme = QPalette(qapp.palette()), qapp.font(), active_theme()
    yield folders
    speak(qapp, Language.ENGLISH)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    apply_theme(qapp, theme)
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(palette)
    qapp.setFont(font)


def toolbar_button(window: MainWindow, action: object) -> QToolButton:
    button = window.toolbar.widgetForAction(action)  # type: ignore[arg-type]
    assert isinstance(button, QToolButton)
    return button


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


@pytest.mark.qt_log_ignore(POPUP_WARNING)
def test_a_kiosk_visitor_leaves_nothing_on_disk_and_the_log_holds_no_visitor_content(
    qtbot: QtBot,
    qapp: QApplication,
    own_folders: dict[str, Path],
    user_settings_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)  # the configuration's folder, as at a kiosk
    log_folder = tmp_path / "kiosk-log"
    mode = Mode.kiosk(KioskSettings(idle_seconds=0.8, countdown_seconds=0.3, log_folder=log_folder))
    diagnostics = start_diagnostics(mode, qt_messages=False)
    session = None
    try:
        session = open_session(qapp, Language.ENGLISH, None, mode, diagnostics)
        assert session is not None
        reset = session.findChild(VisitorReset)
        assert isinstance(reset, VisitorReset)
        window = session.window
        window.show()
        qtbot.waitExposed(window)
        # Every view: a topic from the home page, the tree, a search and its first result,
        # the side effects (filtered, a treatment off), the timeline (equal widths, a
        # phase), Back and Forward, and another language.
        click(qtbot, window.home.buttons[0])
        click_tree_row(qtbot, window, "phase-induction")
        read_title = window.windowTitle().removesuffix(" – AllGuide")
        window.search_box.setFocus()
        qtbot.keyClicks(window.search_box, QUERY)
        qtbot.waitUntil(lambda: window.navigator.current_view is View.SEARCH)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        found_title = window.windowTitle().removesuffix(" – AllGuide")
        click(qtbot, toolbar_button(window, window.side_effects_action))
        qtbot.keyClicks(window.side_effects.filter_box, "sick")
        click(qtbot, next(iter(window.side_effects.toggles.values())))
        click(qtbot, toolbar_button(window, window.timeline_action))
        click(qtbot, window.timeline.equal_button)
        phases = window.timeline.list
        qtbot.mouseClick(
            phases.viewport(),
            Qt.MouseButton.LeftButton,
            pos=phases.visualRect(phases.model().index(1, 0)).center(),
        )
        click(qtbot, toolbar_button(window, window.back_action))
        click(qtbot, toolbar_button(window, window.forward_action))
        click(qtbot, toolbar_button(window, window.home_action))
        row = window.home.language_row
        assert row is not None
        with qtbot.waitSignal(session.switched) as switched:
            click(qtbot, row.buttons[1])  # Français
        french = switched.args[0]
        click(qtbot, french.home.buttons[0])
        french.search_box.setFocus()
        qtbot.keyClicks(french.search_box, QUERY)  # and searches again, and leaves
        qtbot.waitUntil(lambda: french.navigator.current_view is View.SEARCH)
        # The visitor leaves: the countdown, then the reset.
        with qtbot.waitSignal(reset.visitorForgotten, timeout=5000):
            pass
        assert session.window.language is Language.ENGLISH
        qtbot.mouseClick(reset.attract, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    finally:
        if session is not None:
            if (reset := session.findChild(VisitorReset)) is not None:
                reset.stop()
            session.window.close()
            session.window.deleteLater()
            session.deleteLater()
        diagnostics.stop()

    for name, folder in own_folders.items():
        assert files_under(folder) == [], f"written into {name}"
        assert list(folder.iterdir()) == [], f"a folder made in {name}"
    assert files_under(user_settings_dir) == []
    assert not Path(user_settings().fileName()).exists()
    log = (log_folder / LOG_FILE).read_text("utf-8")
    assert "started in kiosk mode" in log and "visitor reset" in log
    for visitors_own in (QUERY, "sick", read_title, found_title):
        assert visitors_own not in log, visitors_own
    assert re.search(r"\bfr\b|Français", log) is None  # nor the language they chose
