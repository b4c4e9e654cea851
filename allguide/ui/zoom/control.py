"""Larger text, smaller text, normal size: the actions (Ctrl++, Ctrl+-, Ctrl+0), there
from the window's first moment, and the toolbar's Display button whose menu holds them
with the colour themes. The menu is built when first opened (zoom/menu.py), not at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from allguide.ui.plain import plain_tooltip
from allguide.ui.preferences import Preferences
from allguide.ui.zoom.steps import SAME, larger, smaller
from allguide.ui.zoom.text_size import remember_scale, set_text_scale, text_scale

if TYPE_CHECKING:  # imported when the menu is first opened
    from PySide6.QtWidgets import QMenu

    from allguide.ui.theme.choice import ThemeChoice
    from allguide.ui.zoom.themes import ThemeActions

StandardKey = QKeySequence.StandardKey


def _keys(standard: StandardKey, *ours: str) -> list[QKeySequence]:
    """The platform's keys plus ours, without duplicates (Qt finds those ambiguous)."""
    keys = QKeySequence.keyBindings(standard)
    for key in ours:
        if QKeySequence(key) not in keys:
            keys.append(QKeySequence(key))
    return keys


class TextSizeActions(QObject):
    """The window's text size actions. A size chosen applies to the whole application
    (every open view lays itself out again) and is remembered in normal mode; a kiosk's
    preferences remember nothing, and its next visitor starts at the kiosk's own size
    (Session.start_over puts the starting look back).

    ``normal``: the size "Normal size" returns to (the system's, or a kiosk's text_scale).
    """

    def __init__(self, window: QWidget, preferences: Preferences, normal: float) -> None:
        super().__init__(window)
        self._preferences = preferences
        self._normal = normal
        self.larger_action = self._action(
            self.tr("Larger text"), _keys(StandardKey.ZoomIn, "Ctrl++", "Ctrl+=")
        )
        self.smaller_action = self._action(
            self.tr("Smaller text"), _keys(StandardKey.ZoomOut, "Ctrl+-")
        )
        self.normal_action = self._action(self.tr("Normal size"), [QKeySequence("Ctrl+0")])
        self.larger_action.triggered.connect(lambda: self._choose(larger(self._scale())))
        self.smaller_action.triggered.connect(lambda: self._choose(smaller(self._scale())))
        self.normal_action.triggered.connect(lambda: self._choose(self._normal))
        for action in self.actions():
            window.addAction(action)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def actions(self) -> list[QAction]:
        return [self.larger_action, self.smaller_action, self.normal_action]

    @staticmethod
    def _scale() -> float:
        app = QApplication.instance()
        return text_scale(app) if isinstance(app, QApplication) else 1.0

    def _choose(self, scale: float) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or abs(scale - self._scale()) < SAME:
            return
        set_text_scale(app, scale)
        remember_scale(self._preferences, scale)

    @Slot(QFont)
    @Slot()
    def _update_enabled(self, _font: QFont | None = None) -> None:
        scale = self._scale()
        self.larger_action.setEnabled(larger(scale) != scale)
        self.smaller_action.setEnabled(smaller(scale) != scale)
        self.normal_action.setEnabled(abs(scale - self._normal) >= SAME)


class DisplayButton(QToolButton):
    """The toolbar's one button for how the app looks: text size and colour themes.
    "Aa" is read the same in every language; its name is told (tooltip, screen readers)."""

    def __init__(
        self, sizes: TextSizeActions, themes: ThemeChoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("displayButton")
        self.setText("&Aa")  # Alt+A in every language, as "Aa" is
        self.setToolTip(plain_tooltip(self.tr("Text size and colours")))
        # Its own: a screen reader would otherwise read the tooltip's markup.
        self.setAccessibleDescription(self.tr("Text size and colours"))
        self.setAccessibleName(self.tr("Display"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._sizes = sizes
        self._theme_choice = themes
        self._menu: QMenu | None = None
        self._themes: ThemeActions | None = None
        # Popped up, not Qt's menu button (its menu runs a loop of its own until closed).
        self.clicked.connect(self._open_menu)

    @property
    def display_menu(self) -> QMenu:
        """The menu: the text sizes, then the themes; built the first time it is needed."""
        if self._menu is None:
            from allguide.ui.zoom.menu import display_menu

            self._menu, self._themes = display_menu(self, self._sizes.actions(), self._theme_choice)
        return self._menu

    @property
    def themes(self) -> ThemeActions:
        """The menu's theme entries (the menu is built if it was not yet)."""
        if self._themes is None:
            self.display_menu  # noqa: B018  (builds both)
        assert self._themes is not None
        return self._themes

    @Slot()
    def _open_menu(self) -> None:
        menu = self.display_menu
        # Under the button, lined up with its leading edge (the right one, right to left).
        left = self.width() - menu.sizeHint().width() if self.isRightToLeft() else 0
        menu.popup(self.mapToGlobal(QPoint(left, self.height())))
