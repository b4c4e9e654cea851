"""The "Keyboard shortcuts" page: opened from the keyboard, it lists every key the window
answers (read from its actions, so it cannot drift from them); a kiosk offers none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QToolButton, QTreeWidget
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.languages import Language
from allguide.ui.mainwindow import MainWindow
from allguide.ui.shortcuts_dialog import KEYS_SHARE, ShortcutsDialog
from allguide.ui.theme.painted import ScrollBarStyle
from allguide.ui.zoom import LARGEST, STEPS, text_scale

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
    settle()
    table = dialog.table  # its two columns share the list's width, whatever the style
    assert table.columnWidth(0) + table.columnWidth(1) == table.viewport().width()
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
    assert rows["Print"] == alt["P"]  # as its button says, not its tooltip's "Save or print"
    assert "Save or print" not in rows
    assert rows["Display"] == alt["A"]
    assert rows["Language"] == alt["E"]
    assert not [what for what in rows if "&" in what]
    close(qtbot, dialog)


WRAP = int(Qt.TextFlag.TextWordWrap.value)


def settle() -> None:
    """Deliver what Qt posted (new fonts, layouts) before measuring."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, 0)


def at_200_percent(qtbot: QtBot, window: MainWindow) -> None:
    """The text size raised to 200 % with the window's keys, as a person would."""
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for _ in STEPS[1:]:
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert text_scale(app) == pytest.approx(LARGEST)


def cut_short_cells(table: QTreeWidget) -> list[str]:
    """Cells whose words, wrapped at the width the cell is painted in, need more room than
    the cell has: the style would end them with "…" or cut a line off."""
    metrics = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    model = table.model()
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cell = table.visualRect(index)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            room = cell.width() - 2 * margin
            bounds = metrics.boundingRect(QRect(0, 0, room, 1_000_000), WRAP, text)
            if bounds.width() > room or bounds.height() > cell.height():
                found.append(
                    f"{text!r}: needs {bounds.size().toTuple()} in {cell.size().toTuple()}"
                )
    return found


@pytest.mark.parametrize(
    "language", [Language.ENGLISH, Language.FRENCH, Language.ARABIC], ids=["en", "fr", "ar"]
)
def test_at_200_percent_every_row_is_whole_and_the_page_fits_the_screen(
    qapp: QApplication, qtbot: QtBot, build_in: Callable[..., MainWindow], language: Language
) -> None:
    """Issue 14: a long description or key list wraps onto more lines (the row grows), never
    ends in "…"; the Keys column keeps to its share; the dialog grows within the screen."""
    apply_appearance(qapp, Appearance())  # the run's look: the list's frame and padding too
    window = build_in(language, kiosk=False)
    at_200_percent(qtbot, window)
    dialog = open_shortcuts(qtbot, window, "Ctrl+/")
    settle()
    table = dialog.table
    assert not cut_short_cells(table), "\n".join(cut_short_cells(table))
    heights = {table.visualRect(table.model().index(row, 0)).height() for row in range(5)}
    assert len(heights) > 1  # some rows did need more than one line
    room = table.viewport().width()
    assert table.columnWidth(0) + table.columnWidth(1) == room  # no sideways scrolling
    assert table.columnWidth(1) <= round(room * KEYS_SHARE)
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry())
    # Sized in the font's characters: larger than the fixed 600 x 480 it once was.
    assert dialog.width() > 600 and dialog.height() > 480
    # As narrow as a person can make it: the rows are measured again, still whole.
    dialog.resize(1, dialog.height())
    settle()
    assert dialog.width() < 600
    assert not cut_short_cells(table), "\n".join(cut_short_cells(table))
    close(qtbot, dialog)


def test_the_print_button_is_named_as_it_shows_in_french(
    qtbot: QtBot, build_in: Callable[..., MainWindow]
) -> None:
    """The row for the toolbar's print button says the button's own words (without '&')."""
    window = build_in(Language.FRENCH, kiosk=False)
    assert window.printing is not None
    button = window.toolbar.widgetForAction(window.printing.menu_action)
    assert isinstance(button, QToolButton)
    shown = button.text().replace("&", "")
    assert shown != window.printing.menu_action.text()  # the button's words, not its tooltip's
    dialog = open_shortcuts(qtbot, window, "Ctrl+/")
    rows = dict(dialog.rows())
    assert rows[shown] == QKeySequence.mnemonic(button.text()).toString(NATIVE)
    assert window.printing.menu_action.text() not in rows
    close(qtbot, dialog)


def test_in_the_dark_theme_the_page_is_dressed_like_the_window(
    qapp: QApplication, qtbot: QtBot, build: Callable[..., MainWindow]
) -> None:
    """Its scroll bars and list are the theme's, not Fusion's grey."""
    apply_appearance(qapp, Appearance(theme="dark"))
    window = build()
    dialog = open_shortcuts(qtbot, window, "Ctrl+/")
    assert isinstance(dialog.table.verticalScrollBar().style(), ScrollBarStyle)
    assert dialog.table.style() is window.tree.style()  # the theme's own tree style
    close(qtbot, dialog)
