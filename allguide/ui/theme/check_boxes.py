"""Check boxes in the theme's colours, as large as their text.

Fusion draws a check box's box a fixed 13 pixels, its edge a shade of the window's
colour: at 200 % text the box is a speck beside its words, and in high contrast (a
black window) its edge is black on black. Here the box is as tall as most of a line of
its text, its edge the theme's ``quiet_text`` (at least 3:1 against the surface in
every theme: tests/test_contrast.py), filled with ``surface``, and its tick the text's
colour.

A style of its own, set on each check box alone (``OwnStyles.for_widget``), so that only
check boxes pay for a Python call when measured or painted (see ``style.py``); it reads
the theme in use as it paints, so one style serves every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from allguide.ui.theme.active import active_theme
from allguide.ui.theme.palette import qcolor

BASE_STYLE = "Fusion"
Metric = QStyle.PixelMetric
State = QStyle.StateFlag
BOX_SHARE = 0.8  # the box's side as a share of a line of its text
GAP_SHARE = 0.4  # the room between the box and its words, likewise
EDGE = 0.1  # the edge's width as a share of the box's side (at least a pixel)


class CheckBoxStyle(QProxyStyle):
    """Fusion's check box (its layout, its behaviour), its box sized and painted here."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create(BASE_STYLE))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        fusion = super().pixelMetric(metric, option, widget)
        if widget is None:
            return fusion
        if metric in (Metric.PM_IndicatorWidth, Metric.PM_IndicatorHeight):
            return max(fusion, round(widget.fontMetrics().height() * BOX_SHARE))
        if metric == Metric.PM_CheckBoxLabelSpacing:
            return max(fusion, round(widget.fontMetrics().height() * GAP_SHARE))
        return fusion

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            super().drawPrimitive(element, option, painter, widget)
            return
        theme = active_theme()
        enabled = bool(option.state & State.State_Enabled)
        side = min(option.rect.width(), option.rect.height())
        edge = max(1.0, side * EDGE)
        box = QRectF(option.rect).adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(qcolor(theme.quiet_text if enabled else theme.disabled_text), edge))
        painter.setBrush(qcolor(theme.surface))
        painter.drawRoundedRect(box, edge, edge)
        if option.state & (State.State_On | State.State_NoChange):
            ink = qcolor(theme.text if enabled else theme.disabled_text)
            pen = QPen(ink, edge * 1.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if option.state & State.State_On:
                painter.drawPolyline(_tick(box))
            else:  # partly checked: a dash
                middle = box.center().y()
                painter.drawLine(
                    QPointF(box.left() + box.width() * 0.25, middle),
                    QPointF(box.right() - box.width() * 0.25, middle),
                )
        painter.restore()


def _tick(box: QRectF) -> QPolygonF:
    """A tick inside ``box``: down to the lower third, then up to the far corner."""
    width, height = box.width(), box.height()
    return QPolygonF(
        [
            QPointF(box.left() + width * 0.22, box.top() + height * 0.52),
            QPointF(box.left() + width * 0.42, box.top() + height * 0.72),
            QPointF(box.left() + width * 0.78, box.top() + height * 0.3),
        ]
    )
