"""Buttons and frames the theme paints itself, so they need no style sheet.

A sheet on each of a dozen topic buttons, on a row of letters and above all on
an item view (every row's size and paint goes through it) cost the start more
than the rest of the look together. These paint the same boxes and lines from
the theme's colours, by the state Qt gives (hover, pressed, focus, disabled).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTreeView,
    QWidget,
)

from allguide.ui.theme.colours import Theme
from allguide.ui.theme.looks import (
    BUTTON_LOOKS,
    FRAME_LOOKS,
    TREE_LOOK,
    ButtonLook,
    Edges,
    FrameLook,
)
from allguide.ui.theme.palette import qcolor
from allguide.ui.theme.scroll_bars import ScrollBarStyle

BASE_STYLE = "Fusion"
State = QStyle.StateFlag
Element = QStyle.PrimitiveElement
BUTTON_PANELS = frozenset(
    {Element.PE_PanelButtonCommand, Element.PE_PanelButtonTool, Element.PE_PanelButtonBevel}
)
FOCUS_RING_WIDTH = 2


class ButtonColours:
    """A ButtonLook with the theme's colours filled in, and how to paint it."""

    def __init__(self, look: ButtonLook, theme: Theme) -> None:
        def colour(role: str | None) -> QColor | None:
            return qcolor(getattr(theme, role)) if role is not None else None

        self.look = look
        self.background = qcolor(getattr(theme, look.background))
        self.border = qcolor(getattr(theme, look.border))
        self.hover_background = colour(look.hover_background)
        self.hover_border = colour(look.hover_border)
        self.pressed_background = colour(look.pressed_background)
        self.focus_border = colour(look.focus_border)
        self.disabled_border = colour(look.disabled_border)

    def paint(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget,
    ) -> bool:
        """Paint ``element`` if it is this button's panel (True), or leave it to Fusion (False).
        Its focus rectangle is never drawn: the border shows the focus."""
        if element == Element.PE_FrameFocusRect:
            return True
        if element not in BUTTON_PANELS:
            return False
        state = option.state  # type: ignore[attr-defined]
        background, border, width = self.background, self.border, 1
        if not state & State.State_Enabled:
            border = self.disabled_border or border
        else:
            if state & State.State_MouseOver:
                background = self.hover_background or background
                border = self.hover_border or border
            if state & State.State_Sunken:
                background = self.pressed_background or background
        if state & State.State_HasFocus and self.focus_border is not None:
            border, width = self.focus_border, FOCUS_RING_WIDTH
        inset = width / 2
        box = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, width))
        painter.setBrush(background)
        painter.drawRoundedRect(box, self.look.radius, self.look.radius)
        painter.restore()
        return True


class FrameColours:
    """A FrameLook with the theme's colours filled in, and how to paint it."""

    def __init__(self, look: FrameLook, theme: Theme) -> None:
        self.look = look
        self.line = qcolor(getattr(theme, look.line))

    def paint(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget,
    ) -> bool:
        """Paint the frame (True); anything else is left to Fusion (False)."""
        if element != Element.PE_Frame:
            return False
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(QPen(self.line, 1))
        if self.look.edges is Edges.TOP:
            painter.drawLine(rect.topLeft(), rect.topRight())
        elif self.look.edges is Edges.RIGHT:  # at the widget's own edge, past any padding
            whole = QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            rtl = widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
            side = whole.left() if rtl else whole.right()
            painter.drawLine(QPointF(side, whole.top()), QPointF(side, whole.bottom()))
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, self.look.radius, self.look.radius)
        painter.restore()
        return True


class TreeColours(FrameColours):
    """The navigation tree: its side line, a chosen row as one flat band, and while the
    tree has the keyboard, a ring around the current row (the band alone is too faint)."""

    def __init__(self, look: FrameLook, theme: Theme) -> None:
        super().__init__(look, theme)
        self.focus = qcolor(theme.focus)

    def paint(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget,
    ) -> bool:
        state = option.state  # type: ignore[attr-defined]
        if element == Element.PE_FrameFocusRect:  # asked for only while the tree has focus
            self._ring(painter, option.rect, widget)  # type: ignore[attr-defined]
            return True
        if element in (Element.PE_PanelItemViewItem, Element.PE_PanelItemViewRow):
            # The row's arrow part too (drawn before the arrow), so the band runs across.
            if state & State.State_Selected:
                painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
            if state & State.State_HasFocus:  # the current row: its ring, arrow part included
                self._ring(painter, option.rect, widget)  # type: ignore[attr-defined]
            return True
        return super().paint(element, option, painter, widget)

    def _ring(self, painter: QPainter, cell: QRect, widget: QWidget) -> None:
        """The focus ring around the whole row of ``cell``, as its band runs (the arrow's
        part too). Qt clips a cell's own painting to the cell, so each part draws it all."""
        row = QRectF(cell)
        if isinstance(widget, QTreeView):  # painting its viewport: from 0 to its width
            row.setLeft(0)
            row.setRight(_viewport_width(widget))
        inset = FOCUS_RING_WIDTH / 2
        painter.save()
        painter.setPen(QPen(self.focus, FOCUS_RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(row.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def paint_frame(self, painter: QPainter, widget: QWidget) -> None:
        """Its wide plain frame (the room around the rows): only the line, at the edge."""
        self.paint(Element.PE_Frame, QStyleOption(), painter, widget)


Painter = ButtonColours | FrameColours


def _viewport_width(view: QTreeView) -> int:
    """The width of ``view``'s viewport, asked without ``viewport()``: a plain QWidget
    handed to Python costs PySide ~8 ms the first time (theme/style.py), and the tree
    paints its focus ring before the first paint of the window."""
    bar = view.verticalScrollBar()
    return view.maximumViewportSize().width() - (bar.width() if bar.isVisible() else 0)


class PaintedStyle(QProxyStyle):
    """The style of the buttons, lists and bars the theme paints, set on each of them alone.

    Only these widgets pay for a Python call per thing drawn; the application's
    own style stays in C++. One per application, told each new theme.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(QStyleFactory.create(BASE_STYLE))
        self.use(theme)

    def use(self, theme: Theme) -> None:
        self._by_name: dict[str, Painter] = {
            **{name: ButtonColours(look, theme) for name, look in BUTTON_LOOKS.items()},
            **{name: FrameColours(look, theme) for name, look in FRAME_LOOKS.items()},
        }

    def painter_for(self, widget: QWidget) -> Painter | None:
        """How ``widget`` is painted here, or None if it is not one of ours."""
        return self._by_name.get(widget.objectName())

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        ours = self.painter_for(widget) if widget is not None else None
        if ours is None or widget is None or not ours.paint(element, option, painter, widget):
            super().drawPrimitive(element, option, painter, widget)


class TreeStyle(QProxyStyle):
    """The navigation tree's own style: its padding and line, a chosen row as a band,
    the focus as a ring.

    Apart from the others, because it also paints a control (its frame), and a
    Python call for every control would slow every list that paints them row by row.
    (Never override styleHint here: the tree asks it so often that it cost ~30 ms.)
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(QStyleFactory.create(BASE_STYLE))
        self.use(theme)

    def use(self, theme: Theme) -> None:
        self._tree = TreeColours(TREE_LOOK, theme)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if widget is None or not self._tree.paint(element, option, painter, widget):
            super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_ShapedFrame and widget is not None:
            self._tree.paint_frame(painter, widget)
            return
        super().drawControl(element, option, painter, widget)


class OwnStyles:
    """The styles set on single widgets: one of each per application, told each new theme."""

    def __init__(self, theme: Theme) -> None:
        self.painted = PaintedStyle(theme)
        self.tree = TreeStyle(theme)
        self.scroll_bar = ScrollBarStyle()  # reads the theme in use as it paints
        self._check_box: QStyle | None = None  # made for the first check box (none at start)

    @property
    def check_box(self) -> QStyle:
        """Check boxes' own style (check_boxes.py), imported when the first is dressed."""
        if self._check_box is None:
            from allguide.ui.theme.check_boxes import CheckBoxStyle

            self._check_box = CheckBoxStyle()  # reads the theme in use as it paints
            self._check_box.setParent(self.painted.parent())  # the application, as the others
        return self._check_box

    def styles(self) -> tuple[QStyle, ...]:
        made = (self._check_box,) if self._check_box is not None else ()
        return (self.painted, self.tree, self.scroll_bar, *made)

    def use(self, theme: Theme) -> None:
        self.painted.use(theme)
        self.tree.use(theme)

    def for_widget(self, widget: QWidget) -> QStyle | None:
        """The style ``widget`` should have of its own, or None: the application's."""
        if isinstance(widget, QTreeView):
            return self.tree
        if isinstance(widget, QScrollBar):
            own = widget.style()  # a kiosk's wider one for fingers is kept
            return own if isinstance(own, ScrollBarStyle) else self.scroll_bar
        if isinstance(widget, QCheckBox):
            return self.check_box
        return self.painted if self.painted.painter_for(widget) is not None else None

    def has(self, widget: QWidget) -> bool:
        style = widget.style()
        return (
            style is self.painted
            or style is self.tree
            or (style is not None and style is self._check_box)
            or isinstance(style, ScrollBarStyle)
        )
