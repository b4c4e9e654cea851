"""A kiosk window's guard: nothing a visitor presses, clicks or drags gets them out.

One application-wide event filter per kiosk window, there only while that window is
shown, and acting only on that window and what belongs to it (its widgets and their
popups), so a window built later in the same application (a test's normal window)
behaves as usual. It refuses, as the Mode says:

* close requests: Alt+F4, a window manager's "close", a session's "quit" (Qt makes
  each a close event, to the window's QWindow, which asks the window). Qt's close events
  look alike whoever asked, so AllGuide's own close, ``MainWindow.close()`` from
  Python (a language switch or a visitor reset replacing the window, a test's end),
  says so with ``closing_by_app`` and goes through; the staff exit ends the run with
  ``QCoreApplication.exit(0)``, which asks no window;
* every key that would quit, close, leave full screen, print, save, open a file or a
  dialog, and copy, cut or paste: eaten both as a shortcut (``ShortcutOverride``,
  accepted so no shortcut fires) and as a key press (so no widget sees it);
* context menus (right click, the Menu key), the X11 middle-click paste, and anything
  dropped onto the window.

Escape still closes whatever popup is open (a menu, a word's definition card, a list
of suggestions): it goes to that popup alone, which closes itself, and never reaches
the window, so it cannot leave the kiosk or full screen (``closes_a_popup``).

The reader's text cannot be selected with the mouse in a kiosk (ReaderPanel, from the
same Mode), so no text can be dragged out either.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from allguide.mode import Mode
from allguide.ui.mainwindow import MainWindow

StandardKey = QKeySequence.StandardKey

# Keys that would end the run, close the window or leave full screen.
LEAVING_KEYS = (StandardKey.Quit, StandardKey.Close, StandardKey.FullScreen, StandardKey.Cancel)
LEAVING_COMBOS = (
    "Alt+F4",
    "Ctrl+Q",
    "Ctrl+W",
    "Ctrl+F4",
    "Ctrl+Shift+W",
    "Escape",
    "F11",
    "Alt+Return",
    "Alt+Enter",
    "Ctrl+Meta+F",
)
LEAVING_KEY_CODES = (Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Cancel)

# Keys that would print, save, open a file or a dialog.
DIALOG_KEYS = (
    StandardKey.Print,
    StandardKey.Save,
    StandardKey.SaveAs,
    StandardKey.Open,
    StandardKey.New,
    StandardKey.Preferences,
    StandardKey.HelpContents,
    StandardKey.WhatsThis,
)
DIALOG_COMBOS = ("Ctrl+P", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+O", "Ctrl+N", "Ctrl+,", "F1", "Shift+F1")
DIALOG_KEY_CODES = (
    Qt.Key.Key_Print,
    Qt.Key.Key_Printer,
    Qt.Key.Key_Save,
    Qt.Key.Key_Open,
    Qt.Key.Key_OpenUrl,
    Qt.Key.Key_Help,
    Qt.Key.Key_Explorer,
    Qt.Key.Key_Documents,
)

# Keys that would copy, cut or paste.
CLIPBOARD_KEYS = (StandardKey.Copy, StandardKey.Cut, StandardKey.Paste)
CLIPBOARD_COMBOS = ("Ctrl+C", "Ctrl+X", "Ctrl+V", "Ctrl+Insert", "Shift+Insert", "Shift+Delete")
CLIPBOARD_KEY_CODES = (Qt.Key.Key_Copy, Qt.Key.Key_Cut, Qt.Key.Key_Paste)

IGNORED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier

KEY_EVENTS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
MOUSE_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
    }
)
DROP_EVENTS = frozenset({QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})


class BlockedKeys:
    """The keys a mode ignores: the platform's own bindings for each kind, and the usual
    combinations whatever the platform says."""

    def __init__(self, mode: Mode) -> None:
        standard: list[QKeySequence.StandardKey] = []
        combos: list[str] = []
        codes: list[Qt.Key] = []
        if not mode.can_be_closed:
            standard += LEAVING_KEYS
            combos += LEAVING_COMBOS
            codes += LEAVING_KEY_CODES
        if not mode.allows_printing_and_saving:
            standard += DIALOG_KEYS
            combos += DIALOG_COMBOS
            codes += DIALOG_KEY_CODES
        if not mode.allows_clipboard:
            standard += CLIPBOARD_KEYS
            combos += CLIPBOARD_COMBOS
            codes += CLIPBOARD_KEY_CODES
        if not mode.allows_context_menus:
            codes.append(Qt.Key.Key_Menu)
        self._standard = tuple(standard)
        self._codes = frozenset(code.value for code in codes)
        sequences = [QKeySequence(combo) for combo in combos]
        for key in standard:
            sequences += QKeySequence.keyBindings(key)
        self._combined = frozenset(
            first_key(sequence) for sequence in sequences if sequence.count() == 1
        )

    def match(self, event: QKeyEvent) -> bool:
        """Whether ``event`` is one of these keys, with any modifiers for a key that only
        ever means one thing (Escape, Print) and the exact ones for a combination."""
        key = event.key()
        if key in self._codes:
            return True
        modifiers = event.modifiers() & ~IGNORED_MODIFIERS
        if (key | modifiers.value) in self._combined:
            return True
        return any(event.matches(standard) for standard in self._standard)


def first_key(sequence: QKeySequence) -> int:
    """A one-key sequence's key and modifiers as one number, as a key event has them."""
    combination: QKeyCombination = sequence[0]  # type: ignore[index]  # PySide's stubs lack it
    return combination.toCombined()


def application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # a guard is made for a window, so after the application
    return app


_KEPT: set[QObject] = set()


def keep_until_destroyed(watcher: QObject) -> None:
    """Hold ``watcher``'s Python side for as long as its Qt side lives.

    A window's watchers are its children. When the window's Python object goes, PySide
    lets go of its children's Python objects before Qt deletes the window, whose last
    events (hidden, closed) would then reach a filter without its Python attributes."""
    _KEPT.add(watcher)
    watcher.destroyed.connect(functools.partial(_KEPT.discard, watcher))


class KioskGuard(QObject):
    """Refuses, for one window, what the Mode does not allow (see the module docstring)."""

    def __init__(self, window: MainWindow, mode: Mode) -> None:
        super().__init__(window)
        self.setObjectName("kioskGuard")
        # Weakly: the window owns this guard, which would otherwise keep it alive.
        self._window_ref = weakref.ref(window)
        self._keys = BlockedKeys(mode)
        self._refuses_closing = not mode.can_be_closed
        self._refuses_menus = not mode.allows_context_menus
        self._refuses_clipboard = not mode.allows_clipboard
        self._filtering = False
        self._watch = _ShownWatch(window, self)
        keep_until_destroyed(self)
        keep_until_destroyed(self._watch)
        if window.isVisible():
            self.start()

    @property
    def filtering(self) -> bool:
        """Whether the application-wide filter is installed (only while shown)."""
        return self._filtering

    def start(self) -> None:
        if not self._filtering:
            application().installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        if self._filtering:
            application().removeEventFilter(self)
            self._filtering = False

    def _window(self) -> MainWindow | None:
        """The window, unless it is being deleted (then the filter goes too)."""
        window = self._window_ref()
        if window is None or not shiboken6.isValid(window):
            self.stop()
            return None
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        refuse: Callable[[QObject, QEvent, MainWindow], bool]
        if kind in KEY_EVENTS:
            refuse = self._refuse_key
        elif kind == QEvent.Type.Close:
            refuse = self._refuse_close
        elif kind == QEvent.Type.ContextMenu:
            refuse = self._refuse_menu
        elif kind in MOUSE_EVENTS:
            refuse = self._refuse_middle_click
        elif kind in DROP_EVENTS:
            refuse = self._refuse_drop
        else:
            return False
        window = self._window()
        return window is not None and refuse(watched, event, window)

    def _refuse_key(self, watched: QObject, event: QEvent, window: MainWindow) -> bool:
        if not (isinstance(event, QKeyEvent) and self._keys.match(event)):
            return False
        if not belongs(watched, window):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # "overridden": Qt then fires no shortcut for it, only the key
            return True
        return not closes_a_popup(watched, event)

    def _refuse_close(self, watched: QObject, event: QEvent, window: MainWindow) -> bool:
        if not self._refuses_closing or window.closing_by_app:
            return False
        if watched is not window:  # its QWindow's close asks the window, and so ends here
            return False
        event.ignore()
        return True

    def _refuse_menu(self, watched: QObject, event: QEvent, window: MainWindow) -> bool:
        return self._refuses_menus and belongs(watched, window)

    def _refuse_middle_click(self, watched: QObject, event: QEvent, window: MainWindow) -> bool:
        if not self._refuses_clipboard or not isinstance(event, QMouseEvent):
            return False
        middle = Qt.MouseButton.MiddleButton
        pressed = event.button() == middle or bool(event.buttons() & middle)
        return pressed and belongs(watched, window)

    def _refuse_drop(self, watched: QObject, event: QEvent, window: MainWindow) -> bool:
        if not (self._refuses_clipboard and belongs(watched, window)):
            return False
        event.ignore()
        return True


def closes_a_popup(watched: QObject, event: QKeyEvent) -> bool:
    """Whether ``event`` is Escape pressed in the open popup (or a widget inside it): the
    popup closes itself (QMenu, and QWidget for any Qt.Popup) and Qt hands the key no
    further than the popup's own window, so the kiosk's window never sees it."""
    popup = QApplication.activePopupWidget()
    if popup is None or event.key() != Qt.Key.Key_Escape or not isinstance(watched, QWidget):
        return False
    return watched is popup or popup.isAncestorOf(watched)


def belongs(watched: QObject, window: QWidget) -> bool:
    """Whether ``watched`` is ``window``, one of its widgets, or a popup (a menu, a list
    of suggestions), which Qt makes a window of its own, while ``window`` is shown."""
    if not isinstance(watched, QWidget):
        return False
    widget: QWidget | None = watched
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return watched.window().windowType() == Qt.WindowType.Popup and window.isVisible()


class _ShownWatch(QObject):
    """Starts the guard's filter when its window is shown and stops it when the window
    is hidden or closed, so a closed window leaves no filter behind."""

    def __init__(self, window: MainWindow, guard: KioskGuard) -> None:
        super().__init__(guard)  # the guard owns it: found again with parent(), no cycle
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        guard = self.parent()
        if not isinstance(guard, KioskGuard):  # being torn down with its guard
            return False
        if kind == QEvent.Type.Show:
            guard.start()
        elif kind == QEvent.Type.Hide and shiboken6.isValid(watched) and not is_shown(watched):
            guard.stop()
        return False


def is_shown(watched: QObject) -> bool:
    return isinstance(watched, QWidget) and watched.isVisible()


def install(window: MainWindow, mode: Mode) -> KioskGuard | None:
    """Guard ``window`` as ``mode`` says; None if the mode refuses nothing."""
    refuses = (
        not mode.can_be_closed
        or not mode.allows_context_menus
        or not mode.allows_clipboard
        or not mode.allows_printing_and_saving
    )
    if not refuses:
        return None
    return KioskGuard(window, mode)


def guard_of(window: QWidget) -> KioskGuard | None:
    """The guard installed on ``window``, if any."""
    return window.findChild(KioskGuard, "kioskGuard", Qt.FindChildOption.FindDirectChildrenOnly)
