"""The Display menu, built the first time it is opened (not at start: issue 10)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from allguide.ui.theme.choice import ThemeChoice
from allguide.ui.zoom.themes import ThemeActions


def display_menu(
    button: QWidget, sizes: list[QAction], choice: ThemeChoice
) -> tuple[QMenu, ThemeActions]:
    """The text sizes (the window's own actions, so their keys work before the menu
    exists), then the colour themes; the menu belongs to ``button``."""
    menu = QMenu(button)
    menu.setObjectName("displayMenu")
    menu.addActions(sizes)
    menu.addSeparator()
    themes = ThemeActions(menu, choice)
    return menu, themes
