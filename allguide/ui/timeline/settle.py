"""Lay a window out at once after words change size, not over several turns of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget


def lay_out_now(widget: QWidget) -> None:
    """Deliver now the layout requests Qt has queued from ``widget`` up to its window.

    Qt lays out one level of nested widgets per turn of the event loop (the box, then
    the page holding it, then the scroll area fitting the page to its new height-for-
    width) but repaints in the first turn: longer words in a box inside a scroll area
    are painted squeezed into the box's old height before the levels above make room.
    Handing each level its request in order, from the inside out, lays the whole
    window out before that paint.
    """
    level: QWidget | None = widget
    while level is not None:
        QCoreApplication.sendPostedEvents(level, QEvent.Type.LayoutRequest)
        level = level.parentWidget()
