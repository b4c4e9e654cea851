"""Scroll bars in the theme's colours.

Fusion shades a scroll bar's track and handle from the palette's button colour, lighter
than it: on a dark page that is a grey band down the side (the home page in dark), and
the handle hardly stands out from its track in any theme. Here the track is the theme's
quiet ``scroll_track``, the handle its ``scroll_handle`` (3:1 against the track, 4.5:1
in high contrast: tests/test_contrast.py), the focus colour while under the pointer or
dragged, and the arrows are drawn in ``quiet_text``.

A style of its own, set on each scroll bar alone (``ThemeStyle.dress``), so that only
scroll bars pay for a Python call when painted (see ``style.py``). It reads the theme
in use when it paints, so one style serves every theme, and a kiosk's wider bars for
fingers (kiosk/touch.py) are this style with another width.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

from allguide.ui.theme.active import active_theme
from allguide.ui.theme.palette import qcolor

BASE_STYLE = "Fusion"
Complex = QStyle.ComplexControl
Sub = QStyle.SubControl
State = QStyle.StateFlag
HANDLE_INSET = 2  # the handle floats inside its track, clear of the edges
ARROW_SHARE = 0.3  # an arrow's width as a share of its button's shorter side


class ScrollBarStyle(QProxyStyle):
    """Fusion's scroll bar (its sizes, its behaviour), painted in the theme's colours."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create(BASE_STYLE))

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control != Complex.CC_ScrollBar or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        theme = active_theme()
        enabled = bool(option.state & State.State_Enabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(option.rect, qcolor(theme.scroll_track))
        arrow = qcolor(theme.quiet_text if enabled else theme.disabled_text)
        for part in (Sub.SC_ScrollBarSubLine, Sub.SC_ScrollBarAddLine):
            if option.subControls & part:
                button = self._part(option, part, widget)
                if button.isValid():
                    _arrow(painter, button, option.rect, option.orientation, arrow)
        handle = self._part(option, Sub.SC_ScrollBarSlider, widget)
        if option.subControls & Sub.SC_ScrollBarSlider and handle.isValid() and enabled:
            _handle(painter, handle, self._handle_colour(option))
        painter.restore()

    def _part(
        self, option: QStyleOptionSlider, part: QStyle.SubControl, widget: QWidget | None
    ) -> QRect:
        """Where Fusion puts ``part`` of the bar (a bar painted without a widget is allowed)."""
        return self.subControlRect(Complex.CC_ScrollBar, option, part, widget)  # type: ignore[arg-type]

    @staticmethod
    def _handle_colour(option: QStyleOptionSlider) -> QColor:
        theme = active_theme()
        touched = option.activeSubControls & Sub.SC_ScrollBarSlider and (
            option.state & (State.State_MouseOver | State.State_Sunken)
        )
        return qcolor(theme.focus if touched else theme.scroll_handle)


def _handle(painter: QPainter, rect: QRect, colour: QColor) -> None:
    box = QRectF(rect).adjusted(HANDLE_INSET, HANDLE_INSET, -HANDLE_INSET, -HANDLE_INSET)
    radius = min(box.width(), box.height()) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(box, radius, radius)


def _arrow(
    painter: QPainter,
    button: QRect,
    bar: QRect,
    orientation: Qt.Orientation,
    colour: QColor,
) -> None:
    """A small triangle pointing the way its button scrolls: towards the bar's end it
    sits at (so right to left, where Qt swaps a horizontal bar's buttons, it still does)."""
    centre = QRectF(button).center()
    half = min(button.width(), button.height()) * ARROW_SHARE / 2
    if orientation == Qt.Orientation.Horizontal:
        towards = -1.0 if centre.x() < bar.center().x() else 1.0
        points = [
            QPointF(centre.x() + towards * half, centre.y()),
            QPointF(centre.x() - towards * half, centre.y() - half * 2),
            QPointF(centre.x() - towards * half, centre.y() + half * 2),
        ]
    else:
        towards = -1.0 if centre.y() < bar.center().y() else 1.0
        points = [
            QPointF(centre.x(), centre.y() + towards * half),
            QPointF(centre.x() - half * 2, centre.y() - towards * half),
            QPointF(centre.x() + half * 2, centre.y() - towards * half),
        ]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
