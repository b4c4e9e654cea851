"""Text sizes relative to the application font, so a larger font scales everything."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

HEADING = 1.8
VIEW_HEADING = 1.45
TITLE = 1.18
LARGER = 1.1


def emphasise(widget: QWidget, scale: float, bold: bool = False) -> None:
    """Set ``widget``'s text ``scale`` times the size of its current font."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
