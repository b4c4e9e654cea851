"""Choosing the language: which one a start uses, and switching while the app runs.

Switching builds a new window in the new language (ui/language/switch.py). The
translated content is stood in for here by the English content marked as another
language, so these tests do not depend on the translations' text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from allguide.app import remember_language, speak, start_language
from allguide.content import LoadResult
from allguide.languages import Language, choose_language
from allguide.mode import KIOSK_MODE, NORMAL_MODE
from allguide.ui.icons import icon
from allguide.ui.language.switch import LanguageSwitch
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View

ALL = ["en", "es", "fr", "ar"]
FORMAT = QImage.Format.Format_ARGB32


# Which language a start uses ---------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "remembered", "system", "bundled", "expected"),
    [
        ("fr", "es", "ar_EG", ALL, Language.FRENCH),  # --lang first
        (None, "es", "ar_EG", ALL, Language.SPANISH),  # then the last choice
        (None, None, "ar_EG.UTF-8", ALL, Language.ARABIC),  # then the system's
        (None, None, "fr-CA", ALL, Language.FRENCH),
        (None, None, "de_DE", ALL, Language.ENGLISH),  # a language AllGuide has not
        (None, "es", "fr_FR", ["en", "fr"], Language.FRENCH),  # its content is gone
        (None, "klingon", "C", ALL, Language.ENGLISH),  # a broken setting
        (None, None, "", ["en"], Language.ENGLISH),
    ],
)
def test_a_start_uses_the_asked_then_remembered_then_system_language(
    asked: str | None, remembered: str | None, system: str, bundled: list[str], expected: Language
) -> None:
    assert choose_language(asked, remembered, system, bundled) is expected


def test_the_bundled_languages_are_listed_in_one_order_english_first() -> None:
    from allguide.app import bundled_languages

    listed = bundled_languages()
    assert listed[0] is Language.ENGLISH
    assert listed == sorted(listed, key=list(Language).index)


def test_each_language_is_named_in_itself_and_only_arabic_runs_right_to_left() -> None:
    assert [language.own_name for language in Language] == [
        "English",
        "Español",
        "Français",
        "العربية",
    ]
    assert [language for language in Language if language.right_to_left] == [Language.ARABIC]


def test_the_choice_is_remembered_in_normal_mode_only(user_settings_dir: Path) -> None:
    remember_language(Language.FRENCH, KIOSK_MODE)
    assert list(user_settings_dir.rglob("*.ini")) == []  # a kiosk leaves no trace
    assert start_language(None, NORMAL_MODE) is not Language.FRENCH or _system_is_french()
    remember_language(Language.SPANISH, NORMAL_MODE)
    assert start_language(None, NORMAL_MODE) is _bundled_or_english(Language.SPANISH)
    assert start_language("en", NORMAL_MODE) is Language.ENGLISH  # --lang still wins
    assert start_language(None, KIOSK_MODE) is not Language.SPANISH or _system_is_spanish()


def _bundled_or_english(language: Language) -> Language:
    from allguide.app import bundled_languages

    return language if language in bundled_languages() else Language.ENGLISH


def _system_is_french() -> bool:
    from PySide6.QtCore import QLocale

    return Language.of_locale(QLocale.system().name()) is Language.FRENCH


def _system_is_spanish() -> bool:
    from PySide6.QtCore import QLocale

    return Language.of_locale(QLocale.system().name()) is Language.SPANISH


# Switching while running ------------------------------------------------------


def as_language(result: LoadResult, language: Language) -> LoadResult:
    """The English content, marked as ``language``: a stand-in for its translation."""
    document = result.content.document
    assert document is not None
    marked = dataclasses.replace(document, language=language.value)
    return dataclasses.replace(result, content=dataclasses.replace(result.content, document=marked))


@pytest.fixture
def direction_restored() -> Iterator[None]:
    """The application in English again afterwards: its translators, locale, direction
    (a test left speaking French failed later tests' English words)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield
    speak(app, Language.ENGLISH)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def switching(
    qtbot: QtBot,
    bundled: LoadResult,
    build: Callable[..., MainWindow],
    direction_restored: None,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[LanguageSwitch, list[Language]]:
    """A window offering the four languages, and its switch; what it remembered."""
    from allguide.app import build_window

    remembered: list[Language] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    monkeypatch.setattr("allguide.app.bundled_languages", lambda: list(Language))

    def window_in(language: Language) -> MainWindow:
        window = build_window(as_language(bundled, language), language.value, persistent=False)
        qtbot.addWidget(window)
        return window

    first = window_in(Language.ENGLISH)
    first.show()
    qtbot.waitExposed(first)
    switch = LanguageSwitch(
        first, lambda language: speak(app, language), window_in, remembered.append
    )
    return switch, remembered


def choose_in_toolbar(qtbot: QtBot, window: MainWindow, language: Language) -> None:
    """Click the toolbar's language button, then the language in its menu."""
    button = window.language_button
    assert button is not None  # its own name, with its Alt letter ("&English")
    assert button.text().replace("&", "") == (window.language or Language.ENGLISH).own_name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = button.menu_shown
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == [lang.own_name for lang in Language]
    [action] = [a for a in menu.actions() if a.text() == language.own_name]
    action.trigger()


# The offscreen platform cannot raise a popup or grab the keyboard for it; a real one can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_switching_builds_the_window_anew_in_that_language_on_the_same_page(
    qtbot: QtBot, switching: tuple[LanguageSwitch, list[Language]]
) -> None:
    switch, remembered = switching
    old = switch.window
    old.navigator.open("phase-induction")
    old.resize(old.width() - 10, old.height() - 10)
    geometry = old.geometry()
    with qtbot.waitSignal(switch.switched) as switched:
        choose_in_toolbar(qtbot, old, Language.SPANISH)
    new = switched.args[0]
    assert isinstance(new, MainWindow) and new is switch.window and new is not old
    assert new.language is Language.SPANISH
    assert new.isVisible() and not old.isVisible()
    assert new.navigator.current == "phase-induction"  # the same page, in the new language
    assert new.geometry() == geometry
    assert remembered == [Language.SPANISH]


def test_the_home_page_offers_each_other_language_in_its_own_name(
    qtbot: QtBot, switching: tuple[LanguageSwitch, list[Language]]
) -> None:
    switch, remembered = switching
    row = switch.window.home.language_row
    assert row is not None
    assert [b.text() for b in row.buttons] == ["Español", "Français", "العربية"]
    with qtbot.waitSignal(switch.switched) as switched:
        qtbot.mouseClick(row.buttons[1], Qt.MouseButton.LeftButton)
    assert switched.args[0].language is Language.FRENCH and remembered == [Language.FRENCH]
    assert switched.args[0].navigator.current_view is View.HOME


def test_the_same_language_again_changes_nothing(
    qtbot: QtBot, switching: tuple[LanguageSwitch, list[Language]]
) -> None:
    switch, remembered = switching
    old = switch.window
    old.languageRequested.emit("en")
    old.languageRequested.emit("klingon")
    assert switch.window is old and remembered == []


def test_a_search_is_run_again_in_the_new_language(
    qtbot: QtBot, switching: tuple[LanguageSwitch, list[Language]]
) -> None:
    switch, _ = switching
    old = switch.window
    old.search_box.search_now("tired")
    assert old.navigator.current_view is View.SEARCH
    with qtbot.waitSignal(switch.switched) as switched:
        old.languageRequested.emit("fr")
    new = switched.args[0]
    assert new.navigator.current_view is View.SEARCH
    assert new.search_box.text() == "tired"
    assert new.search_panel.results.model().rowCount() > 0


def test_arabic_turns_the_whole_window_right_to_left_and_back(
    qtbot: QtBot, switching: tuple[LanguageSwitch, list[Language]]
) -> None:
    switch, _ = switching
    with qtbot.waitSignal(switch.switched):
        switch.window.languageRequested.emit("ar")
    arabic = switch.window
    assert arabic.isRightToLeft() and arabic.tree.isRightToLeft()
    back = arabic.toolbar.widgetForAction(arabic.back_action)
    forward = arabic.toolbar.widgetForAction(arabic.forward_action)
    assert back.x() > forward.x()  # Back is on the right, where right-to-left readers start
    shown = arabic.back_action.icon().pixmap(48).toImage().convertToFormat(FORMAT)
    drawn = icon("back").pixmap(48).toImage().convertToFormat(FORMAT)
    assert shown == drawn.flipped(Qt.Orientation.Horizontal) and shown != drawn  # points right
    with qtbot.waitSignal(switch.switched):
        arabic.languageRequested.emit("en")
    assert not switch.window.isRightToLeft()


def test_a_language_whose_window_cannot_be_built_leaves_the_family_where_it_was(
    qtbot: QtBot, switching: tuple[LanguageSwitch, list[Language]]
) -> None:
    switch, remembered = switching
    old = switch.window
    failing = LanguageSwitch(old, lambda language: None, lambda language: None, remembered.append)
    old.languageRequested.disconnect(switch.switch_to)
    old.languageRequested.emit("es")
    assert failing.window is old and old.isVisible() and remembered == []


def test_settings_read_for_the_language_are_the_windows_so_a_bad_value_is_told(
    qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path
) -> None:
    """As run_gui starts: one Preferences reads the language and then builds the window,
    so a value dropped while the language is read is still told in the problems bar."""
    from allguide.app import build_window, user_settings
    from allguide.ui.preferences import Preferences
    from allguide.ui.problems_bar import ProblemKind

    ini = user_settings_dir / "AllGuide" / "AllGuide.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[General]\nlanguage=1, 2\n[window]\ngeometry=hello\n", "utf-8")
    preferences = Preferences(user_settings())
    assert start_language(None, NORMAL_MODE, preferences) is not None
    window = build_window(bundled, "en", persistent=True, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert ProblemKind.SETTINGS in window.problems.kinds
    assert "language" in window.problems.text() and "window/geometry" in window.problems.text()


def test_a_content_folder_says_its_own_language(tmp_path: Path) -> None:
    """``--content DIR`` starts in DIR's language, and a switch to it reads DIR again."""
    from allguide.app import content_language
    from allguide.content.bundled import language_dir

    assert content_language(Path(str(language_dir("fr")))) == "fr"
    assert content_language(tmp_path) is None  # an empty folder says nothing
