"""Whether a remembered window layout still fits: a screen unplugged or a crafted
settings file must never leave the window, or its page, out of reach."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

# How much of the window must be on a screen to be reached and dragged back.
REACHABLE = QSize(200, 100)
# The page's share of the splitter: below this it is unreadable.
PAGE_SHARE = 1 / 3


def available_areas() -> list[QRect]:
    """The desktop areas windows may use, one per screen."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def fits_a_screen(frame: QRect, areas: Sequence[QRect]) -> bool:
    """True if enough of ``frame`` is on one screen to be seen and moved."""
    for area in areas:
        shared = frame.intersected(area)
        if shared.width() >= REACHABLE.width() and shared.height() >= REACHABLE.height():
            return True
    return False


def within(size: QSize, areas: Sequence[QRect]) -> QRect:
    """``size`` shrunk to the first screen's area, at its top left: a default that fits."""
    if not areas:
        return QRect(0, 0, size.width(), size.height())
    area = areas[0]
    return QRect(area.topLeft(), size.boundedTo(area.size()))


def page_is_usable(sizes: Sequence[int]) -> bool:
    """True if the splitter's second part (the page) keeps a readable share of the width."""
    if len(sizes) != 2 or min(sizes) < 0 or sum(sizes) <= 0:
        return False
    return sizes[1] >= PAGE_SHARE * sum(sizes)
