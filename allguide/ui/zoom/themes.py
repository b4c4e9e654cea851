"""The Display menu's colour themes: follow the system (not at a kiosk), or one theme,
kept ticked as the theme changes (chosen here, in another window, or by the system).

The tick is always on what is really shown. A theme whose file is broken cannot be
shown: its entry is greyed out and says so (in its words, which a screen reader reads,
and in a tooltip for whoever looks after the computer), and while the built-in light
theme stands in for it, Light is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from allguide.ui.plain import plain_tooltip
from allguide.ui.theme.choice import ThemeChoice
from allguide.ui.wording import fill

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
            action = self._add(menu, choice.label(name), name)
            if not choice.usable(name):
                self._cannot_be_used(menu, action, choice.label(name))
        self.group.triggered.connect(self._choose)
        choice.changed.connect(self._check)
        self._check()

    def _add(self, menu: QMenu, text: str, data: str) -> QAction:
        action = QAction(text, self.group)
        action.setCheckable(True)
        action.setData(data)
        menu.addAction(action)
        return action

    def _cannot_be_used(self, menu: QMenu, action: QAction, label: str) -> None:
        """Greyed out, and saying why in its own words (read out by a screen reader)."""
        action.setEnabled(False)
        action.setText(fill(self.tr("%1 (not available)"), label))
        why = self.tr(
            "This colour theme's file is damaged, so it cannot be shown. "
            "Please tell the people who look after this computer."
        )
        action.setToolTip(plain_tooltip(why))
        menu.setToolTipsVisible(True)

    def actions(self) -> list[QAction]:
        return self.group.actions()

    @Slot(QAction)
    def _choose(self, action: QAction) -> None:
        name = str(action.data())
        self._choice.choose(name or None)

    @Slot()
    @Slot(str)
    def _check(self, _current: str = "") -> None:
        """Tick what is shown: the theme chosen, or following the system; at a kiosk
        (nothing to follow) its starting theme; light when a broken theme's file made
        it stand in."""
        choice = self._choice
        ticked = choice.chosen()
        if choice.falls_back():
            ticked = choice.current()
        elif ticked is None:
            ticked = FOLLOW_SYSTEM if choice.can_follow_system() else choice.current()
        for action in self.group.actions():
            action.setChecked(action.data() == ticked)
