"""Text sizes relative to the application font, so a larger font scales everything,
also when the text size changes while the window is open (Ctrl++, ui/zoom)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

HEADING = 1.8
VIEW_HEADING = 1.45
TITLE = 1.18
LARGER = 1.1


class _Emphasis(QObject):
    """Keeps a widget's text the same multiple of the application font's size: a size
    set on a widget is its own, and would otherwise stay when the application's changes."""

    def __init__(self, widget: QWidget, ratio: float) -> None:
        super().__init__(widget)
        self._widget = widget
        self.ratio = ratio
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._follow)

    @Slot(QFont)
    def _follow(self, application_font: QFont) -> None:
        font = QFont(self._widget.font())
        font.setPointSizeF(application_font.pointSizeF() * self.ratio)
        if font != self._widget.font():
            self._widget.setFont(font)


def emphasise(widget: QWidget, scale: float, bold: bool = False) -> None:
    """Set ``widget``'s text ``scale`` times the size of its current font, and keep it
    in that proportion to the application font when the text size changes."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    application_size = QApplication.font().pointSizeF()
    if application_size > 0:
        ratio = font.pointSizeF() / application_size
        follower = widget.findChild(_Emphasis, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if follower is not None:
            follower.ratio = ratio
        else:
            _Emphasis(widget, ratio)
