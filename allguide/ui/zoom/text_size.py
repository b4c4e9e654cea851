"""The application's text size: the system's own font size (what the application had
before AllGuide touched it) times a scale, so that a family's system setting is kept."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from allguide.ui.preferences import Preferences
from allguide.ui.zoom.steps import LARGEST, SMALLEST

# Used only where the system's font has no size in points at all.
FALLBACK_POINT_SIZE = 11.0
# A remembered scale outside this range is not one we wrote.
REMEMBERED_RANGE = (SMALLEST, LARGEST)

_system: list[float] = []  # the system's size, read once before it is first changed


def system_point_size(app: QApplication) -> float:
    """The point size of the application's font as the system set it."""
    if not _system:
        font = app.font()
        size = font.pointSizeF()
        if size <= 0:  # a font sized in pixels
            size = QFontInfo(font).pointSizeF()
        _system.append(size if size > 0 else FALLBACK_POINT_SIZE)
    return _system[0]


def text_scale(app: QApplication) -> float:
    """The scale in use: the application font's size against the system's."""
    return app.font().pointSizeF() / system_point_size(app)


def set_text_scale(app: QApplication, scale: float) -> None:
    """The application's text at ``scale`` times the system's size. Every widget that
    follows the application font lays itself out again (fonts.emphasise keeps larger
    headings in proportion)."""
    font = QFont(app.font())
    font.setPointSizeF(system_point_size(app) * scale)
    if font != app.font():
        app.setFont(font)
        _reach_every_widget()


def _depth(widget: QWidget) -> int:
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def _reach_every_widget() -> None:
    """Hand the new font to every widget now, the themed ones too.

    Qt skips widgets with a style sheet (the theme's short sheets: the toolbar, the
    banner, chips...), which then kept the old size, and before the event loop runs it
    hands the font on only later. Windows first, then the sheeted widgets, parents
    before children, so each takes its parent's new font."""
    change = QEvent(QEvent.Type.ApplicationFontChange)
    for window in QApplication.topLevelWidgets():
        QCoreApplication.sendEvent(window, change)
    sheeted = [
        widget
        for widget in QApplication.allWidgets()
        if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet) and not widget.isWindow()
    ]
    for widget in sorted(sheeted, key=_depth):
        QCoreApplication.sendEvent(widget, change)


def remembered_scale(preferences: Preferences) -> float | None:
    """The text size chosen last time (normal mode), if it is one we could have written."""
    text = preferences.text_value(Preferences.TEXT_SIZE)
    if text is None:
        return None
    try:
        scale = float(text)
    except ValueError:
        scale = math.nan
    low, high = REMEMBERED_RANGE
    if not low <= scale <= high:  # also refuses nan
        preferences.drop(Preferences.TEXT_SIZE)
        return None
    return scale


def remember_scale(preferences: Preferences, scale: float) -> None:
    """Keep ``scale`` for the next start (a kiosk's preferences keep nothing)."""
    preferences.set_text(Preferences.TEXT_SIZE, f"{scale:g}")


def restore_text_scale(app: QApplication, preferences: Preferences) -> None:
    """The text size chosen last time, if any (nothing is remembered at a kiosk)."""
    scale = remembered_scale(preferences)
    if scale is not None:
        set_text_scale(app, scale)
