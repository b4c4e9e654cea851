"""Colours no theme changes, because they are data rather than decoration.

A QR code's modules are read by a phone's camera, which reads dark on light best and
expects the standard's light quiet zone: black on white in every theme (the light,
a dark and a high-contrast one alike), whatever the window around them looks like.
"""

from __future__ import annotations

from allguide.ui.theme.colours import Colour

QR_DARK = Colour(0, 0, 0)
QR_LIGHT = Colour(255, 255, 255)
