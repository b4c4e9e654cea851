"""A kiosk's on-screen keyboard for its text boxes (issue 12, section 3).

Our own (Qt Virtual Keyboard is GPL-only). Docked at the bottom of the window, inside
it: it appears when a visitor touches the search box (or the side effects' filter),
and goes with its own Hide key, with Search (which runs the search) or when another
view opens. Its keys never take the focus, so the text box keeps its cursor; they
only emit what they type, and the window's kiosk wiring (``KeyboardWiring``) puts that
into the box touched last. The letters follow the window's language
(keyboard_layouts.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from allguide.mode import Mode
from allguide.ui.kiosk.keyboard_layouts import KeyboardLayout, layout_for
from allguide.ui.kiosk.touch import TOUCH_SIDE
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.theme import dress
from allguide.ui.wording import fill

KEY_SIDE = TOUCH_SIDE  # logical pixels at least, each way: a fingertip
KEY_HEIGHT_LINES = 2.4  # a key's height in lines of text, where there is room
LETTER_WIDEST = 2  # a letter key at most this many times as wide as it is tall
SPACE_STRETCH = 5  # the space bar is as wide as this many letter keys
TOOL_STRETCH = 2  # Hide, Clear, Delete and Search: as wide as this many letter keys
KEY_SPACING = 6
KEY_TEXT_PADDING = 12  # logical pixels at least between a key's word and each of its sides
REPEAT_DELAY_MS = 400  # a held Delete key deletes again after this, then every interval
REPEAT_INTERVAL_MS = 80


class OnScreenKeyboard(QFrame):
    """Keys in rows; each emits what it does, nothing here knows which box it types in."""

    typed = Signal(str)  # the text of a letter key, or a space
    erased = Signal()  # delete the character before the cursor
    cleared = Signal()  # empty the box
    entered = Signal()  # search (or done)
    hideRequested = Signal()

    def __init__(self, layout: KeyboardLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # As a physical keyboard: its keys keep their places in a right-to-left window.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Its width is the window's: never wider (a large text size on a narrow screen),
        # the bottom row goes over two rows instead (``_fit_bottom_row``).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.keys: dict[str, QPushButton] = {}
        rows = QVBoxLayout(self)
        rows.setContentsMargins(KEY_SPACING, KEY_SPACING, KEY_SPACING, KEY_SPACING)
        rows.setSpacing(KEY_SPACING)
        letter_rows = [*layout.rows, layout.accents] if layout.accents else list(layout.rows)
        for letters in letter_rows:
            row = QHBoxLayout()
            row.setSpacing(KEY_SPACING)
            row.addStretch(1)  # the row centred: keys no wider than a few fingers
            for letter in letters:
                key = self._key(letter, fill(self.tr("Type %1"), letter))
                key.setMaximumWidth(key.minimumHeight() * LETTER_WIDEST)
                key.clicked.connect(lambda _c=False, text=letter: self.typed.emit(text))
                self.keys[letter] = key
                row.addWidget(key, 1)
            row.addStretch(1)
            rows.addLayout(row)

        self.hide_key = self._key(self.tr("Hide keyboard"))
        self.hide_key.clicked.connect(self.hideRequested)
        self.clear_key = self._key(self.tr("Clear"))
        self.clear_key.clicked.connect(self.cleared)
        self.space_key = self._key(self.tr("Space"))
        self.space_key.clicked.connect(lambda: self.typed.emit(" "))
        self.erase_key = self._key("⌫", self.tr("Delete"))
        self.erase_key.setAutoRepeat(True)  # held down, it goes on deleting
        self.erase_key.setAutoRepeatDelay(REPEAT_DELAY_MS)
        self.erase_key.setAutoRepeatInterval(REPEAT_INTERVAL_MS)
        self.erase_key.clicked.connect(self.erased)
        self.enter_key = self._key(self.tr("Search"))
        self.enter_key.clicked.connect(self.entered)
        # Hide and Clear go up to a row of their own when the bottom row is wider than
        # the keyboard: long words ("Masquer le clavier") at a large text size.
        self._tools = QHBoxLayout()
        self._tools.setSpacing(KEY_SPACING)
        self._tools.addStretch(1)
        self._tools.addStretch(1)
        rows.addLayout(self._tools)
        self._bottom = QHBoxLayout()
        self._bottom.setSpacing(KEY_SPACING)
        self._bottom.addStretch(1)
        for key, stretch in (
            (self.hide_key, TOOL_STRETCH),
            (self.clear_key, TOOL_STRETCH),
            (self.space_key, SPACE_STRETCH),
            (self.erase_key, TOOL_STRETCH),
            (self.enter_key, TOOL_STRETCH),
        ):
            key.setMaximumWidth(key.minimumHeight() * LETTER_WIDEST * stretch)
            self._bottom.addWidget(key, stretch)
        self._bottom.addStretch(1)
        rows.addLayout(self._bottom)
        self.bottom_split = False
        dress(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_bottom_row(event.size().width())
        super().resizeEvent(event)

    def _fit_bottom_row(self, width: int) -> None:
        """One bottom row where its keys' whole words fit, else Hide and Clear above it."""
        keys = self.bottom_keys()
        needed = sum(key.minimumWidth() for key in keys) + KEY_SPACING * (len(keys) + 1)
        split = needed > width
        if split == self.bottom_split:
            return
        self.bottom_split = split
        source, target = (self._bottom, self._tools) if split else (self._tools, self._bottom)
        for place, key in enumerate((self.hide_key, self.clear_key), start=1):
            source.removeWidget(key)
            target.insertWidget(place, key, TOOL_STRETCH)
        rows = self.layout()
        if rows is not None:
            rows.activate()  # now, not at a later layout request: no moment with keys cut

    def _key(self, text: str, name: str = "") -> QPushButton:
        key = QPushButton(text.replace("&", "&&"))
        key.setObjectName("keyboardKey")
        key.setAccessibleName(name or text)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text box keeps the focus
        key.setAutoDefault(False)
        height = max(KEY_SIDE, int(key.fontMetrics().height() * KEY_HEIGHT_LINES))
        # Wide enough for its whole word ("Masquer le clavier"): the row's stretch alone
        # squeezed it on a narrow screen, and Qt cut the word at both ends.
        words = key.fontMetrics().horizontalAdvance(key.text()) + 2 * KEY_TEXT_PADDING
        key.setMinimumSize(max(KEY_SIDE, words), height)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return key

    def bottom_keys(self) -> list[QPushButton]:
        """Hide, Clear, Space, Delete and Search, in their row's order."""
        return [self.hide_key, self.clear_key, self.space_key, self.erase_key, self.enter_key]

    def every_key(self) -> list[QPushButton]:
        return [*self.keys.values(), *self.bottom_keys()]


def install_keyboard(window: MainWindow, mode: Mode) -> KeyboardWiring | None:
    """Give ``window`` its on-screen keyboard, if ``mode`` is touch-first."""
    if not mode.touch_first:
        return None
    return KeyboardWiring(window)


class KeyboardWiring(QObject):
    """Connects the keyboard to the text box a visitor touched, and shows and hides it.

    The search box's Search key runs the search; a filter's just hides the keyboard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # the window owns it; it holds no reference back (no cycle)
        self._search_box = window.search_box
        self.keyboard = OnScreenKeyboard(layout_for(window.language))
        self.keyboard.hide()
        central = window.centralWidget()
        column = central.layout() if central is not None else None
        if column is not None:
            column.addWidget(self.keyboard)  # docked under the page, inside the window
        else:
            self.keyboard.setParent(window)
        self._target: QLineEdit | None = None
        self._watch_boxes(window)
        window.pageAdded.connect(self._watch_boxes)
        window.navigator.currentChanged.connect(self._on_view_changed)
        self.keyboard.typed.connect(self._type)
        self.keyboard.erased.connect(self._erase)
        self.keyboard.cleared.connect(self._clear)
        self.keyboard.entered.connect(self._enter)
        self.keyboard.hideRequested.connect(self.keyboard.hide)

    @property
    def target(self) -> QLineEdit | None:
        """The text box the keys type into: the one touched last."""
        return self._target

    @Slot(QWidget)
    def _watch_boxes(self, root: QWidget) -> None:
        boxes = [root] if isinstance(root, QLineEdit) else root.findChildren(QLineEdit)
        for box in boxes:
            if not box.isReadOnly() and box.parent() is not None:
                box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        touched = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
        if event.type() in touched and isinstance(watched, QLineEdit):
            self._target = watched
            self.keyboard.show()
        return False

    @Slot(str)
    def _type(self, text: str) -> None:
        if self._target is not None:
            self._target.insert(text)

    @Slot()
    def _erase(self) -> None:
        if self._target is not None:
            self._target.backspace()

    @Slot()
    def _clear(self) -> None:
        if self._target is not None:
            self._target.selectAll()  # then deleted as a person would: the box is told
            self._target.backspace()

    @Slot()
    def _enter(self) -> None:
        if self._target is self._search_box:
            self._search_box.search_now(self._search_box.text())
        self.keyboard.hide()

    @Slot(str)
    def _on_view_changed(self, page_id: str) -> None:
        """Another view opened: the keyboard goes, but stays over the results it types."""
        searching = View.of(page_id) is View.SEARCH and self._target is self._search_box
        if not searching:
            self.keyboard.hide()
