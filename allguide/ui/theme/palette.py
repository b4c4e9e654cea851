"""A Theme in Qt's terms: the application palette, and QColor for painters."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from allguide.ui.theme.colours import Colour, Theme

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Fusion shades its bevels from the button colour by these factors (qfusionstyle.cpp),
# so a theme's button colour gives the same bevels Fusion's own palette would.
LIGHTER_LIGHT = 150
DARKER_MID = 130
LIGHTER_MIDLIGHT = 110
DARKER_DARK = 150
DARKER_SHADOW = 135
LIGHTER_DISABLED_SHADOW = 150


def qcolor(colour: Colour) -> QColor:
    return QColor(colour.red, colour.green, colour.blue, colour.alpha)


def palette(theme: Theme) -> QPalette:
    """Every role Qt's widgets paint with, set from the theme (all groups; disabled after)."""
    button = qcolor(theme.button)
    mid = button.darker(DARKER_MID)
    dark = button.darker(DARKER_DARK)
    shadow = dark.darker(DARKER_SHADOW)
    result = QPalette()
    for role, colour in (
        (Role.Window, qcolor(theme.window)),
        (Role.WindowText, qcolor(theme.text)),
        (Role.Base, qcolor(theme.surface)),
        (Role.AlternateBase, qcolor(theme.window)),
        (Role.Text, qcolor(theme.text)),
        (Role.Button, button),
        (Role.ButtonText, qcolor(theme.text)),
        (Role.BrightText, qcolor(theme.surface)),
        (Role.Light, button.lighter(LIGHTER_LIGHT)),
        (Role.Midlight, mid.lighter(LIGHTER_MIDLIGHT)),
        (Role.Mid, mid),
        (Role.Dark, dark),
        (Role.Shadow, shadow),
        (Role.Highlight, qcolor(theme.selection)),
        (Role.HighlightedText, qcolor(theme.accent_text)),
        (Role.Accent, qcolor(theme.focus)),
        (Role.Link, qcolor(theme.link)),
        (Role.LinkVisited, qcolor(theme.link_visited)),
        (Role.PlaceholderText, qcolor(theme.placeholder_text)),
        (Role.ToolTipBase, qcolor(theme.tooltip_background)),
        (Role.ToolTipText, qcolor(theme.tooltip_text)),
    ):
        result.setColor(role, colour)
    disabled = qcolor(theme.disabled_text)
    for role, colour in (
        (Role.WindowText, disabled),
        (Role.Text, disabled),
        (Role.ButtonText, disabled),
        (Role.Base, button),
        (Role.Dark, disabled),
        (Role.Shadow, shadow.lighter(LIGHTER_DISABLED_SHADOW)),
        (Role.Highlight, qcolor(theme.line)),
        (Role.Accent, qcolor(theme.line)),
    ):
        result.setColor(Group.Disabled, role, colour)
    return result
