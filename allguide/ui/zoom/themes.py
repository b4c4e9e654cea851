"""The Display menu's colour themes: follow the system (not at a kiosk), or one theme,
kept checked as the theme changes (chosen here, in another window, or by the system)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from allguide.ui.theme.choice import ThemeChoice

FOLLOW_SYSTEM = ""  # the action's data for "Follow the system"; a theme's is its name


class ThemeActions(QObject):
    """One checkable action per choice, in one exclusive group, added to ``menu``."""

    def __init__(self, menu: QMenu, choice: ThemeChoice) -> None:
        super().__init__(menu)
        self._choice = choice
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        if choice.can_follow_system():
            self._add(menu, choice.follow_label(), FOLLOW_SYSTEM)
        for name in choice.names():
            self._add(menu, choice.label(name), name)
        self.group.triggered.connect(self._choose)
        choice.changed.connect(self._check)
        self._check()

    def _add(self, menu: QMenu, text: str, data: str) -> None:
        action = QAction(text, self.group)
        action.setCheckable(True)
        action.setData(data)
        menu.addAction(action)

    def actions(self) -> list[QAction]:
        return self.group.actions()

    @Slot(QAction)
    def _choose(self, action: QAction) -> None:
        name = str(action.data())
        self._choice.choose(name or None)

    @Slot()
    @Slot(str)
    def _check(self, _current: str = "") -> None:
        """Tick what is chosen; at a kiosk (nothing to follow) its starting theme."""
        chosen = self._choice.chosen()
        if chosen is None:
            chosen = FOLLOW_SYSTEM if self._choice.can_follow_system() else self._choice.current()
        for action in self.group.actions():
            action.setChecked(action.data() == chosen)
