"""Text size (issue 14, section 1): the system's font size is the base, Ctrl++ / Ctrl+- /
Ctrl+0 and the toolbar's Display menu change it for the whole app, and normal mode
remembers the choice while a kiosk never does."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from allguide.app import APP_NAME, Appearance, apply_appearance, user_settings
from allguide.mode import Mode
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.preferences import Preferences
from allguide.ui.theme import LIGHT_NAME
from allguide.ui.theme.choice import ThemeChoice, theme_choice
from allguide.ui.zoom import (
    STEPS,
    larger,
    remembered_scale,
    restore_text_scale,
    smaller,
    system_point_size,
    text_scale,
)
from tests.gui import press_ctrl

Ctrl = Qt.KeyboardModifier.ControlModifier
Build = Callable[..., MainWindow]


def laid_out_again(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> None:
    """Qt hands a new application font to the widgets on the next turns of its loop."""
    qtbot.waitUntil(lambda: window.font().pointSizeF() == qapp.font().pointSizeF())


def stored_scale() -> object:
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    return settings.value(Preferences.TEXT_SIZE)


def test_the_steps_go_from_the_system_size_to_twice_it() -> None:
    assert STEPS[0] == 1.0 and STEPS[-1] == 2.0
    assert larger(1.0) == 1.1 and larger(1.1) == 1.25 and larger(2.0) == 2.0
    assert smaller(1.25) == 1.1 and smaller(1.0) == 1.0
    assert larger(1.3) == 1.5 and smaller(1.3) == 1.25  # a kiosk's own size, between steps
    assert larger(2.5) == 2.5 and smaller(2.5) == 2.0  # a kiosk configured above 200 %


def test_the_apps_text_starts_from_the_systems_size(qapp: QApplication) -> None:
    system = system_point_size(qapp)
    apply_appearance(qapp, Appearance())
    assert qapp.font().pointSizeF() == pytest.approx(system)
    apply_appearance(qapp, Appearance(font_scale=1.5))
    assert qapp.font().pointSizeF() == pytest.approx(system * 1.5)
    assert text_scale(qapp) == pytest.approx(1.5)
    apply_appearance(qapp, Appearance.starting(Mode.kiosk()))  # relative to it as well
    assert text_scale(qapp) == pytest.approx(Mode.kiosk().text_scale)


def test_the_keys_zoom_in_out_and_back_and_normal_mode_remembers(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    window = build()
    assert text_scale(qapp) == pytest.approx(1.0)
    press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    assert text_scale(qapp) == pytest.approx(1.1)
    press_ctrl(qtbot, window, Qt.Key.Key_Equal)  # a keyboard without its own + key
    assert text_scale(qapp) == pytest.approx(1.25)
    assert stored_scale() == "1.25"
    press_ctrl(qtbot, window, Qt.Key.Key_Minus)
    assert text_scale(qapp) == pytest.approx(1.1)
    for _ in range(8):
        press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    assert text_scale(qapp) == pytest.approx(2.0)  # never past 200 %
    assert not window.text_size.larger_action.isEnabled()
    press_ctrl(qtbot, window, Qt.Key.Key_0)
    assert text_scale(qapp) == pytest.approx(1.0)
    assert stored_scale() == "1"
    assert not window.text_size.normal_action.isEnabled()


def test_the_next_start_has_the_size_chosen_last_time(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    window = build()
    press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    apply_appearance(qapp, Appearance())  # a new start: the system's size first
    assert text_scale(qapp) == pytest.approx(1.0)
    restore_text_scale(qapp, Preferences(user_settings()))  # as run_gui does
    assert text_scale(qapp) == pytest.approx(1.25)


@pytest.mark.parametrize("written", ["huge", "9", "0.2", "nan"])
def test_a_remembered_size_we_could_not_have_written_is_dropped(
    user_settings_dir: Path, written: str
) -> None:
    preferences = Preferences(user_settings())
    preferences.set_text(Preferences.TEXT_SIZE, written)
    assert remembered_scale(preferences) is None
    assert stored_scale() is None
    problem = preferences.problem()
    assert problem is not None and Preferences.TEXT_SIZE in problem.dropped


def test_a_kiosk_zooms_for_its_visitor_but_remembers_nothing(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    apply_appearance(qapp, Appearance.starting(Mode.kiosk()))
    window = build(kiosk=True)
    press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    assert text_scale(qapp) == pytest.approx(1.5)
    press_ctrl(qtbot, window, Qt.Key.Key_0)  # the kiosk's own size, not the system's
    assert text_scale(qapp) == pytest.approx(Mode.kiosk().text_scale)
    press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    assert stored_scale() is None


def open_display_menu(qtbot: QtBot, window: MainWindow) -> QMenu:
    qtbot.mouseClick(window.display_button, Qt.MouseButton.LeftButton)
    menu = window.display_button.display_menu
    qtbot.waitUntil(menu.isVisible)
    return menu


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_the_display_menu_is_built_when_first_opened_and_the_keys_work_before(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    """Start-up: the menu and its theme entries wait for the first click; Ctrl++ does not."""
    window = build()
    assert window.display_button.findChildren(QMenu) == []
    press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    assert text_scale(qapp) == pytest.approx(1.1)
    assert window.display_button.findChildren(QMenu) == []
    menu = open_display_menu(qtbot, window)
    assert window.display_button.findChildren(QMenu) == [menu]
    assert menu.actions()[:3] == window.text_size.actions()  # the very actions the keys fire


def test_importing_the_main_window_leaves_the_display_menu_for_later() -> None:
    """A fresh interpreter: the menu's module and its theme entries are not imported."""
    lazy = ["allguide.ui.zoom.menu", "allguide.ui.zoom.themes"]
    probe = f"import sys, allguide.ui.mainwindow\nprint([m for m in {lazy!r} if m in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_the_display_button_offers_the_sizes_in_one_menu(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    window = build()
    assert window.display_button.isVisible()
    assert window.display_button.accessibleName() == "Display"
    menu = open_display_menu(qtbot, window)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:3] == ["Larger text", "Smaller text", "Normal size"]
    larger_text = menu.actions()[0]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(larger_text).center())
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert text_scale(qapp) == pytest.approx(1.1)


def test_headings_and_pages_follow_a_size_chosen_while_open(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    """Sizes set on widgets at build time (headings, the reader's text, the toolbar's
    icons, the window's smallest size) grow with the text."""
    window = build()
    window.navigator.show(View.SIDE_EFFECTS)
    window.navigator.open("phase-induction")
    heading = window.side_effects.findChild(QLabel, "viewHeading") or next(
        label
        for label in window.side_effects.findChildren(QLabel)
        if label.font().pointSizeF() > qapp.font().pointSizeF()
    )
    before = {
        "heading": heading.font().pointSizeF(),
        "reader": window.reader.view.document().defaultFont().pointSizeF(),
        "icons": window.toolbar.iconSize().height(),
        "smallest": window.minimumSize().height(),
    }
    for _ in range(STEPS.index(2.0)):
        press_ctrl(qtbot, window, Qt.Key.Key_Plus)
    laid_out_again(qtbot, qapp, window)
    assert heading.font().pointSizeF() == pytest.approx(2 * before["heading"])
    assert window.reader.view.document().defaultFont().pointSizeF() == pytest.approx(
        2 * before["reader"]
    )
    assert window.toolbar.iconSize().height() > 1.8 * before["icons"]
    assert window.minimumSize().height() > before["smallest"]
    assert heading.font().weight() >= QFont.Weight.DemiBold  # still bold


@pytest.fixture
def themes(qapp: QApplication) -> Iterator[ThemeChoice]:
    """The application's theme choice, as it was before any start, afterwards."""
    choice = theme_choice()
    yield choice
    choice.begin(Preferences(None, persistent=False), follow_system=False, starting=LIGHT_NAME)


def theme_items(menu: QMenu) -> dict[str, QAction]:
    after_sizes = menu.actions()[4:]  # the three sizes, then a separator
    return {action.text(): action for action in after_sizes}


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_the_display_menu_chooses_the_theme_and_ticks_the_one_in_use(
    qtbot: QtBot, build: Build, themes: ThemeChoice
) -> None:
    themes.begin(Preferences(user_settings()), follow_system=True, starting=LIGHT_NAME)
    window = build()
    menu = open_display_menu(qtbot, window)
    items = theme_items(menu)
    assert list(items) == ["Follow the system", "Light", "Dark", "High contrast"]
    assert items["Follow the system"].isChecked()
    qtbot.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(items["Dark"]).center()
    )
    assert themes.current() == "dark" and themes.chosen() == "dark"
    assert items["Dark"].isChecked() and not items["Follow the system"].isChecked()
    themes.choose("high-contrast")  # chosen elsewhere (another window): ticked here too
    assert items["High contrast"].isChecked()


def test_a_kiosk_offers_the_themes_but_not_following_the_system(
    qtbot: QtBot, build: Build, themes: ThemeChoice
) -> None:
    themes.begin(Preferences(None, persistent=False), follow_system=False, starting=LIGHT_NAME)
    window = build(kiosk=True)
    items = theme_items(window.display_button.display_menu)
    assert list(items) == ["Light", "Dark", "High contrast"]
    assert items["Light"].isChecked()  # its starting look


def test_the_next_kiosk_visitor_starts_at_the_kiosks_own_size(
    qtbot: QtBot, qapp: QApplication, user_settings_dir: Path, themes: ThemeChoice
) -> None:
    """A visitor's larger text goes with the visitor (Session.start_over's look)."""
    from allguide.app import open_session
    from allguide.diagnostics import Diagnostics
    from allguide.languages import Language
    from allguide.ui.kiosk.visitor_reset import VisitorReset

    mode = Mode.kiosk()
    apply_appearance(qapp, Appearance.starting(mode))
    session = open_session(qapp, Language.ENGLISH, None, mode, Diagnostics(mode, None))
    assert session is not None
    reset = session.findChild(VisitorReset)
    assert isinstance(reset, VisitorReset)
    reset.stop()  # the test starts the next visitor itself
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitExposed(session.window)
    press_ctrl(qtbot, session.window, Qt.Key.Key_Plus)
    press_ctrl(qtbot, session.window, Qt.Key.Key_Plus)
    assert text_scale(qapp) == pytest.approx(1.75)
    qtbot.addWidget(session.start_over())
    assert text_scale(qapp) == pytest.approx(mode.text_scale)
    assert stored_scale() is None
    session.deleteLater()


def test_the_keys_work_wherever_the_focus_is(
    qtbot: QtBot, qapp: QApplication, build: Build
) -> None:
    window = build()
    window.navigator.open("phase-induction")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    expected = 1.0
    for widget in (window.search_box, window.reader.view, window.tree, window.display_button):
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Plus, Ctrl)
        expected = larger(expected)
        assert text_scale(qapp) == pytest.approx(expected), type(widget).__name__
    qtbot.keyClick(window.search_box, Qt.Key.Key_Minus, Ctrl)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_0, Ctrl)
    assert text_scale(qapp) == pytest.approx(1.0)
