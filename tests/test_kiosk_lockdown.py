"""A kiosk window cannot be left, closed, copied from or pasted into (issue 12, section 2).

Driven as a visitor would: keys pressed where the focus is, right and middle clicks,
the window system's close request. Each check also watches the widget the event was
meant for (an event filter on it runs after the kiosk's application-wide one), so it
fails if the event got through even where Qt itself would have done nothing with it.
A normal window built afterwards in the same application behaves as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import build_window
from allguide.content import LoadResult
from allguide.ui.kiosk import guard as kiosk_guard_module
from allguide.ui.kiosk.full_screen import FullScreenLock
from allguide.ui.kiosk.guard import guard_of
from allguide.ui.mainwindow import MainWindow
from tests.gui import click_tree_row

Build = Callable[..., MainWindow]

# What a visitor might press to get out, or to print, save, open a file or a dialog.
ESCAPE_KEYS = [
    "Alt+F4",
    "Ctrl+Q",
    "Ctrl+W",
    "Ctrl+F4",
    "Escape",
    "F11",
    "Alt+Return",
    "Ctrl+P",
    "Ctrl+S",
    "Ctrl+Shift+S",
    "Ctrl+O",
    "Ctrl+N",
    "F1",
    "Shift+F1",
]
COPY_KEYS = ["Ctrl+C", "Ctrl+Insert", "Ctrl+X", "Shift+Delete"]
PASTE_KEYS = ["Ctrl+V", "Shift+Insert"]


class Seen(QObject):
    """Records the events of some kinds that reach one object (key events: of one key,
    not the modifier keys pressed with it)."""

    def __init__(self, watched: QObject, *kinds: QEvent.Type, key: int | None = None) -> None:
        super().__init__(watched)
        self.kinds = kinds
        self.key = key
        self.events: list[QEvent.Type] = []
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds and self._is_the_key(event):
            self.events.append(event.type())
        return False

    def _is_the_key(self, event: QEvent) -> bool:
        if self.key is None or not isinstance(event, QKeyEvent):
            return True
        return event.key() == self.key


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """Press a key combination on ``widget`` as a person would (shortcuts first)."""
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def full_screen_on_the_primary_screen(window: MainWindow) -> bool:
    screen = QGuiApplication.primaryScreen()
    return (
        window.isVisible()
        and window.isFullScreen()
        and not window.isMinimized()
        and window.geometry() == screen.geometry()
    )


def visible_menus() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


@contextmanager
def popups_closed_after() -> Iterator[list[QWidget]]:
    """Whatever popup opens inside the block is noted and closed, even one a widget
    runs its own event loop for (so a broken guard fails the test, never hangs it)."""
    opened: list[QWidget] = []

    def close_popups() -> None:
        while (popup := QApplication.activePopupWidget()) is not None:
            opened.append(popup)
            popup.close()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(close_popups)
    timer.start()
    try:
        yield opened
        opened.extend(visible_menus())
        close_popups()
    finally:
        timer.stop()
        for menu in visible_menus():
            menu.close()


@pytest.fixture
def kiosk(build: Build) -> MainWindow:
    return build(kiosk=True)


def test_a_kiosk_is_frameless_full_screen_on_the_primary_screen(kiosk: MainWindow) -> None:
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert full_screen_on_the_primary_screen(kiosk)


@pytest.mark.parametrize("keys", ESCAPE_KEYS)
def test_each_escape_key_is_ignored(qtbot: QtBot, kiosk: MainWindow, keys: str) -> None:
    """Even a shortcut some widget had for the key (here: one that would close the
    window) does not fire, and the widget with the focus never sees the key."""
    leave = QAction("Leave", kiosk)
    leave.setShortcut(QKeySequence(keys))
    leave.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    leave.triggered.connect(kiosk.close)
    kiosk.addAction(leave)
    box = kiosk.search_box
    qtbot.keyClicks(box, "fever")
    seen = Seen(box, QEvent.Type.KeyPress, key=QKeySequence(keys)[0].key().value)
    with qtbot.assertNotEmitted(leave.triggered):
        press(qtbot, box, keys)
    assert seen.events == []
    assert box.text() == "fever"  # Escape did not clear the search either
    assert full_screen_on_the_primary_screen(kiosk)


def escape_pressed_where_the_keys_go(qtbot: QtBot, kiosk: MainWindow) -> QWidget | None:
    """Escape as a person presses it: to the open popup if there is one (it has the
    keyboard), else to the widget with the focus. Returns the popup that was open."""
    popup = QApplication.activePopupWidget()
    target = popup if popup is not None else (QApplication.focusWidget() or kiosk)
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    return popup


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # its menu
def test_escape_closes_the_display_menu_but_never_the_kiosk(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    """Opened from the keyboard (Space on the Display button), closed with Escape; the
    window never sees the key and stays full screen, and Escape again does nothing."""
    seen = Seen(kiosk, QEvent.Type.KeyPress, key=Qt.Key.Key_Escape.value)
    button = kiosk.display_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    with popups_closed_after():  # never a menu left open if the test fails
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = escape_pressed_where_the_keys_go(qtbot, kiosk)
        assert menu is not None and menu.objectName() == "displayMenu"
        assert not menu.isVisible()  # closed by the key itself, before any safety net
    assert QApplication.activePopupWidget() is None
    assert escape_pressed_where_the_keys_go(qtbot, kiosk) is None  # no popup: refused
    assert seen.events == []
    assert full_screen_on_the_primary_screen(kiosk)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_escape_closes_any_popup_of_a_kiosk_window(qtbot: QtBot, kiosk: MainWindow) -> None:
    """Not only menus: a popup of the window's own (a word's definition card) too."""
    card = QFrame(kiosk, Qt.WindowType.Popup)
    QLabel("A word explained", card)
    with popups_closed_after():
        card.show()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is card)
        assert escape_pressed_where_the_keys_go(qtbot, kiosk) is card
        assert not card.isVisible()
    assert full_screen_on_the_primary_screen(kiosk)


def test_a_close_request_from_the_window_system_is_refused(qtbot: QtBot, kiosk: MainWindow) -> None:
    """Alt+F4 and the window manager's close arrive as a spontaneous close event, which
    ``QWindow.close`` sends the way a window system does."""
    handle = kiosk.windowHandle()
    assert handle is not None
    assert not handle.close()
    assert full_screen_on_the_primary_screen(kiosk)
    QApplication.closeAllWindows()  # what a session's or a platform menu's "quit" does
    assert full_screen_on_the_primary_screen(kiosk)
    # The app's own close (a language switch or a visitor reset replacing the window,
    # the end of a test) still closes it.
    assert kiosk.close()
    assert not kiosk.isVisible()


def open_every_view(qtbot: QtBot, window: MainWindow) -> dict[str, QWidget]:
    """The widgets a visitor can right-click, each on screen."""
    click_tree_row(qtbot, window, "phase-induction")
    widgets: dict[str, QWidget] = {
        "reader": window.reader.view.viewport(),
        "tree": window.tree.viewport(),
        "search box": window.search_box,
    }
    window.side_effects_action.trigger()
    widgets["side-effect list"] = window.side_effects.list.viewport()
    widgets["side-effect filter"] = window.side_effects.filter_box
    return widgets


def right_click(widget: QWidget) -> None:
    """A right click on ``widget``: the button pressed and released through its window,
    then the context-menu request the window system's right click becomes. Sent to the
    widget itself: Qt finds the widget for it by global position, which the offscreen
    platform answers with whichever window an earlier test left there."""
    window = widget.window().windowHandle()
    assert window is not None
    at = widget.mapTo(widget.window(), QPoint(10, 10))
    QTest.mouseClick(window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    request = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(10, 10), widget.mapToGlobal(QPoint(10, 10))
    )
    QApplication.sendEvent(widget, request)


def test_right_clicks_open_no_menu_anywhere(qtbot: QtBot, kiosk: MainWindow) -> None:
    for name, widget in open_every_view(qtbot, kiosk).items():
        seen = Seen(widget, QEvent.Type.ContextMenu)
        with popups_closed_after() as opened:
            right_click(widget)
        assert seen.events == [], name
        assert opened == [], name
        assert QApplication.activePopupWidget() is None


def test_the_menu_key_opens_no_menu(qtbot: QtBot, kiosk: MainWindow) -> None:
    """The keyboard's menu key never reaches the widget, nor does the context-menu
    request a platform makes of it."""
    box = kiosk.search_box
    box.setFocus()
    seen = Seen(box, QEvent.Type.KeyPress, QEvent.Type.ContextMenu, key=Qt.Key.Key_Menu.value)
    with popups_closed_after() as opened:
        qtbot.keyClick(box, Qt.Key.Key_Menu)
        at = QPoint(5, 5)
        request = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, box.mapToGlobal(at))
        QApplication.sendEvent(box, request)
    assert seen.events == []
    assert opened == []


def test_copy_keys_leave_the_clipboard_as_it_was(qtbot: QtBot, kiosk: MainWindow) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    box = kiosk.search_box
    qtbot.keyClicks(box, "fever")
    click_tree_row(qtbot, kiosk, "phase-induction")
    reader = kiosk.reader.view
    cursor = reader.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    reader.setTextCursor(cursor)  # as the search's focus text is shown: selected
    for widget in (box, reader):
        for keys in COPY_KEYS:
            if widget is box:
                box.selectAll()
            press(qtbot, widget, keys)
            assert clipboard.text() == "before", keys
    assert box.text() == "fever"  # nor did cutting take it away


@pytest.mark.parametrize("keys", PASTE_KEYS)
def test_paste_puts_nothing_into_the_search_box(qtbot: QtBot, kiosk: MainWindow, keys: str) -> None:
    QGuiApplication.clipboard().setText("pasted")
    box = kiosk.search_box
    box.setFocus()
    press(qtbot, box, keys)
    assert box.text() == ""


def test_a_middle_click_pastes_nothing(qtbot: QtBot, kiosk: MainWindow) -> None:
    """On X11 a middle click pastes the last selected text: the click never arrives."""
    box = kiosk.search_box
    seen = Seen(box, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
    qtbot.mouseClick(box, Qt.MouseButton.MiddleButton)
    assert seen.events == []
    assert box.text() == ""


def drag_and_drop(widget: QWidget, text: str) -> bool:
    """Drag ``text`` over ``widget`` and drop it, as Qt delivers a drag from another
    program; whether the widget accepted the drag."""
    data = QMimeData()
    data.setText(text)
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    try:  # PySide6 6.12 takes a QPointF (its QPoint form is deprecated); 6.11 only a QPoint
        enter = QDragEnterEvent(QPointF(5, 5), action, data, button, none)
    except TypeError:
        enter = QDragEnterEvent(QPoint(5, 5), action, data, button, none)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(QPointF(5, 5), action, data, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted()


def test_nothing_dropped_arrives(qtbot: QtBot, kiosk: MainWindow) -> None:
    box = kiosk.search_box
    assert not drag_and_drop(box, "dropped")
    assert box.text() == ""


def test_the_reader_text_cannot_be_selected_by_mouse_so_not_dragged_out(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    click_tree_row(qtbot, kiosk, "phase-induction")
    view = kiosk.reader.view
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(40, 30))
    qtbot.mouseMove(viewport, QPoint(300, 90))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(300, 90))
    assert view.selected_text() == ""


def test_the_full_screen_returns_after_being_left(qtbot: QtBot, kiosk: MainWindow) -> None:
    for leave in (
        kiosk.showNormal,
        kiosk.showMaximized,
        kiosk.showMinimized,
        lambda: kiosk.move(120, 80),
        lambda: kiosk.resize(400, 300),
    ):
        leave()
        qtbot.waitUntil(lambda: full_screen_on_the_primary_screen(kiosk))


@pytest.mark.parametrize("change", ["primary screen", "screen geometry"])
def test_a_screen_change_brings_it_back(qtbot: QtBot, kiosk: MainWindow, change: str) -> None:
    """Another primary screen, or the screen resized or rotated: the window is fitted
    to the primary screen again, even if it saw nothing happen to itself."""
    lock = kiosk.findChild(FullScreenLock)
    assert lock is not None
    kiosk.removeEventFilter(lock)  # it misses its own un-fullscreening...
    kiosk.showNormal()
    qtbot.waitUntil(lambda: not kiosk.isFullScreen())
    kiosk.installEventFilter(lock)
    screen = QGuiApplication.primaryScreen()
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    if change == "primary screen":  # ...but not the screens' news
        app.primaryScreenChanged.emit(screen)
    else:
        screen.geometryChanged.emit(screen.geometry())
    qtbot.waitUntil(lambda: full_screen_on_the_primary_screen(kiosk))


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # its menu
def test_a_normal_window_afterwards_closes_and_has_its_menus(qtbot: QtBot, build: Build) -> None:
    kiosk = build(kiosk=True)
    guard = guard_of(kiosk)
    assert guard is not None and guard.filtering
    assert kiosk.close()  # as a language switch or a visitor reset closes it
    assert not guard.filtering  # no application-wide filter left behind
    window = build()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    box = window.search_box
    seen = Seen(box, QEvent.Type.ContextMenu, QEvent.Type.KeyPress)
    with popups_closed_after() as opened:
        right_click(box)
    assert QEvent.Type.ContextMenu in seen.events
    assert opened  # the line edit's own menu (Undo, Copy, Paste...)
    qtbot.keyClicks(box, "fever")
    box.selectAll()
    press(qtbot, box, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == "fever"
    assert drag_and_drop(box, "dropped")
    assert "dropped" in box.text()
    handle = window.windowHandle()
    assert handle is not None
    assert handle.close()
    assert not window.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # its menu
def test_a_kiosk_leaves_other_windows_alone(qtbot: QtBot, build: Build) -> None:
    """Even while a kiosk window is shown (as in a test), another window's widgets get
    their menus and keys: the guard acts on its own window only."""
    kiosk = build(kiosk=True)
    window = build()
    assert kiosk.isVisible()
    box = window.search_box
    seen = Seen(box, QEvent.Type.ContextMenu)
    with popups_closed_after():
        right_click(box)
    assert QEvent.Type.ContextMenu in seen.events
    qtbot.keyClicks(box, "fever")
    press(qtbot, box, "Escape")  # the search box's own Escape clears it
    assert box.text() == ""


def test_a_kiosk_window_dropped_unclosed_leaves_nothing_behind(
    qtbot: QtBot, bundled: LoadResult
) -> None:
    """Deleted without being closed (its Python object let go): its last events find the
    guard and the lock whole, and they go with it, filter and all."""
    # Earlier tests' windows go first, as the event loop would have deleted them (else
    # the collection below also meets those, half torn down by pytest-qt).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    window = build_window(bundled, "en", persistent=False, kiosk=True)
    window.show()
    qtbot.waitExposed(window)
    guard = guard_of(window)
    assert guard is not None and guard.filtering
    del window, guard
    gc.collect()
    QApplication.processEvents()
    assert set() == kiosk_guard_module._KEPT


# A family's run pays nothing for kiosk mode ----------------------------------------

KIOSK_CODE = ("allguide.ui.kiosk", "allguide.kiosk.pin", "segno")


@pytest.mark.e2e
@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
def test_a_real_normal_run_imports_no_kiosk_code(kiosk: bool) -> None:
    """The real start (the command line, the configuration looked for, every page and
    view visited by --smoke-test, a reference's web address shown) imports none of
    kiosk mode's widgets nor segno; only the configuration's small reader, which every
    start needs to know whether it is a kiosk. The kiosk run is the check's control."""
    import os
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "allguide", "--smoke-test", "--lang", "en"]
        + (["--kiosk"] if kiosk else []),
        capture_output=True, text=True, check=False, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "allguide.kiosk.config" in modules  # the listing works
    found = sorted(m for m in modules if m.startswith(KIOSK_CODE))
    if kiosk:
        assert {"allguide.ui.kiosk.guard", "allguide.kiosk.pin", "segno"} <= set(found)
    else:
        assert found == []


def test_a_deleted_kiosk_windows_guard_goes_without_the_garbage_collector(
    qtbot: QtBot, bundled: LoadResult
) -> None:
    """The guard and its shown-watch hold no reference to each other (a cycle of their
    Python sides, left for the collector to break at a moment of its choosing)."""
    import weakref

    from allguide.ui.kiosk.guard import _ShownWatch

    window = build_window(bundled, "en", persistent=False, kiosk=True)
    window.show()
    qtbot.waitExposed(window)
    guard = guard_of(window)
    watch = guard.findChild(_ShownWatch) if guard is not None else None
    assert guard is not None and watch is not None
    parts = [weakref.ref(guard), weakref.ref(watch)]
    del guard, watch
    window.close()
    window.deleteLater()
    gc.disable()
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        assert [part() for part in parts] == [None, None]
    finally:
        gc.enable()


@pytest.mark.parametrize("kiosk_mode", [True, False], ids=["kiosk", "normal"])
def test_the_problems_bar_is_selectable_only_off_a_kiosk(
    qtbot: QtBot, build: Build, kiosk_mode: bool
) -> None:
    """Its places can be selected and copied for whoever fixes them; not at a kiosk,
    where nothing may reach the clipboard or be dragged out (Mode.allows_clipboard)."""
    from allguide.content.errors import ContentError

    window = build(kiosk=kiosk_mode)
    window.problems.show_problems([ContentError("en/sections.yaml", 12, "a broken line")])
    details = window.problems.findChild(QLabel, "problemsDetails")
    assert isinstance(details, QLabel) and details.isVisible()
    qtbot.mousePress(details, Qt.MouseButton.LeftButton, pos=QPoint(2, 5))
    qtbot.mouseMove(details, QPoint(details.width() - 2, 5))
    qtbot.mouseRelease(details, Qt.MouseButton.LeftButton, pos=QPoint(details.width() - 2, 5))
    assert bool(details.selectedText()) is not kiosk_mode
