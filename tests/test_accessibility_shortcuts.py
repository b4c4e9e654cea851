"""The "Keyboard shortcuts" page: opened from the keyboard, it lists every key the window
answers (read from its actions, so it cannot drift from them); a kiosk offers none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow
from allguide.ui.shortcuts_dialog import ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText


def open_shortcuts(qtbot: QtBot, window: MainWindow, key: str) -> ShortcutsDialog:
    # The window's idle warm-up first: a step still running at the test's end could meet
    # the garbage collector freeing the closed window under it.
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    return dialog


def close(qtbot: QtBot, dialog: ShortcutsDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("key", ["Ctrl+/", "Shift+F1"])
def test_its_keys_open_the_page(qtbot: QtBot, build: Callable[..., MainWindow], key: str) -> None:
    window = build()
    dialog = open_shortcuts(qtbot, window, key)
    close(qtbot, dialog)


def test_every_shortcut_of_the_window_is_on_the_page(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    dialog = open_shortcuts(qtbot, window, "Ctrl+/")
    rows = dialog.rows()
    actions = [action for action in window.findChildren(QAction) if action.shortcuts()]
    assert len(actions) >= 8  # Back, Forward, Home, three text sizes, Search, About, this
    for action in actions:
        keys = [key.toString(NATIVE) for key in action.shortcuts()]
        said = [row_keys for what, row_keys in rows if what == action.text().replace("&", "")]
        assert said, f"{action.text()!r} is missing"
        assert all(key in said[0] for key in keys), (action.text(), said)
    whats = [what for what, _ in rows]
    for expected in ("Back", "Home", "Larger text", "Search", "About AllGuide"):
        assert expected in whats
    assert "Keyboard shortcuts" in whats  # the page tells its own keys
    assert ("Go to the next part of the window", "Tab") in rows  # Qt's own keys, written out
    close(qtbot, dialog)


def test_a_shortcut_added_later_shows_up_by_itself(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    window = build()
    added = QAction("Print this page", window)
    added.setShortcut(QKeySequence("Ctrl+Shift+F9"))
    window.addAction(added)
    dialog = open_shortcuts(qtbot, window, "Shift+F1")
    assert ("Print this page", QKeySequence("Ctrl+Shift+F9").toString(NATIVE)) in dialog.rows()
    close(qtbot, dialog)


def test_a_kiosk_offers_no_shortcuts_page(qtbot: QtBot, build: Callable[..., MainWindow]) -> None:
    kiosk = build(kiosk=True)
    assert kiosk.shortcuts_action is None
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    qtbot.keyClick(kiosk, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(kiosk, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog)]


def test_in_arabic_the_keys_read_left_to_right(
    qtbot: QtBot, build_in: Callable[..., MainWindow]
) -> None:
    """ "Ctrl+F" inside Arabic words stays "Ctrl+F", not "F+Ctrl" (isolated left to right)."""
    from allguide.languages import Language

    window = build_in(Language.ARABIC, kiosk=False)
    dialog = open_shortcuts(qtbot, window, "Ctrl+/")
    assert dialog.isRightToLeft()
    keys = [row_keys for _, row_keys in dialog.rows() if row_keys.startswith("\u2066")]
    assert any("Ctrl+F\u2069" in row_keys for row_keys in keys)
    close(qtbot, dialog)


def test_the_about_window_leads_to_the_page_with_its_mnemonic(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    """F1 is the key people try for help: About's "Keyboard shortcuts" button (Alt+K)
    closes About and opens the page."""
    from allguide.ui.about_dialog import AboutDialog

    window = build()
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    about = QApplication.activeModalWidget()
    assert isinstance(about, AboutDialog)
    assert about.shortcuts_button.text() == "&Keyboard shortcuts"
    qtbot.waitUntil(about.isActiveWindow)
    qtbot.keyClick(about, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in shown if isinstance(w, AboutDialog)]  # closed (and freed)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    close(qtbot, dialog)


def test_the_page_tells_the_toolbar_alt_letters_in_plain_words(
    qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    """Each toolbar button's Alt letter beside its action's keys, a button without an
    action (Display, Language) on a line of its own; never a mnemonic's '&'."""
    window = build()
    dialog = open_shortcuts(qtbot, window, "Ctrl+/")
    rows = dict(dialog.rows())
    alt = {letter: QKeySequence(f"Alt+{letter}").toString(NATIVE) for letter in "BHTPAE"}
    assert alt["B"] in rows["Back"].split(", ")
    assert rows["Back"].startswith(QKeySequence("Alt+Left").toString(NATIVE))  # its own first
    assert rows["Home"].split(", ")[-1] == alt["H"]
    assert rows["Timeline"] == alt["T"]
    assert rows["Save or print"] == alt["P"]
    assert rows["Display"] == alt["A"]
    assert rows["Language"] == alt["E"]
    assert not [what for what in rows if "&" in what]
    close(qtbot, dialog)
