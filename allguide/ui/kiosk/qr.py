"""A web address as a QR code, for a kiosk visitor to read the source on their own phone.

Made on the machine by segno (no network), imported the first time a code is needed.
The widget paints segno's matrix itself, module by module: black on white with the
standard quiet zone around it, whatever the theme (a code is data, not decoration,
and phone cameras read dark on light best), each module a whole number of pixels and
the whole code at least ``SMALLEST_SIDE`` pixels, so a phone held at arm's length
reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from allguide.ui.theme.fixed import QR_DARK, QR_LIGHT
from allguide.ui.theme.palette import qcolor

QUIET_ZONE = 4  # light modules around the code, as the QR standard asks
SMALLEST_SIDE = 200  # logical pixels, quiet zone included
DARK = qcolor(QR_DARK)  # the same in every theme (allguide/ui/theme/fixed.py says why)
LIGHT = qcolor(QR_LIGHT)

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str) -> Matrix:
    """The modules of ``text``'s QR code, row by row (True: dark), without the quiet zone.

    Error correction "M" or better (segno raises it while the size stays the same), so
    a smudged screen or a glare still reads."""
    import segno  # only the first code pays for it

    code = segno.make_qr(text, error="m", boost_error=True)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


class QrCode(QWidget):
    """Paints one QR code; ``set_text`` chooses what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._text = ""
        self._matrix: Matrix = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def text(self) -> str:
        return self._text

    @property
    def matrix(self) -> Matrix:
        """The modules shown, without the quiet zone (empty before ``set_text``)."""
        return self._matrix

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self.setAccessibleName(text)
        self.setFixedSize(self.sizeHint())
        self.update()

    def module_side(self) -> int:
        """Pixels per module: whole, and enough for the code to reach ``SMALLEST_SIDE``."""
        modules = len(self._matrix) + 2 * QUIET_ZONE
        return max(1, -(-SMALLEST_SIDE // modules))

    def sizeHint(self) -> QSize:
        if not self._matrix:
            return QSize(0, 0)
        side = (len(self._matrix) + 2 * QUIET_ZONE) * self.module_side()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._matrix:
            return
        painter = QPainter(self)
        step = self.module_side()
        side = (len(self._matrix) + 2 * QUIET_ZONE) * step
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter.fillRect(QRect(left, top, side, side), LIGHT)
        start_x = left + QUIET_ZONE * step
        start_y = top + QUIET_ZONE * step
        for row, modules in enumerate(self._matrix):
            for column, dark in enumerate(modules):
                if dark:
                    painter.fillRect(
                        start_x + column * step, start_y + row * step, step, step, DARK
                    )
        painter.end()
