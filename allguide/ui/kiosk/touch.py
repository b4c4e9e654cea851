"""Made for fingers: a kiosk window's controls sized for a fingertip, scrolled by dragging,
and nothing that needs a pointer hovering over it (issue 12, section 3).

A finger is a wide, blunt pointer that cannot hover: so every control it presses is at
least ``TOUCH_SIDE`` logical pixels each way (buttons, text boxes, list and tree rows,
scroll bars, menu lines); lists, the tree, the pages and the home page scroll when
dragged, with momentum (``QScroller``); tooltips never show, and the tree wraps long
titles instead of cutting them short (its tooltip was the only place they were whole).
A citation needs no hover either: a tap opens its reference in the reader.

Installed on the window and on each page the window builds later (``pageAdded``), only
when the Mode is touch-first: a family's window never imports this module.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QChildEvent,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QScrollBar,
    QScroller,
    QScrollerProperties,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QWidget,
)

from allguide.mode import Mode
from allguide.ui.mainwindow import MainWindow
from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.panel import ReaderPanel
from allguide.ui.theme.scroll_bars import ScrollBarStyle

TOUCH_SIDE = 44  # logical pixels: the smallest thing a fingertip can hit reliably
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size
# A menu a finger opens (the toolbar's languages): lines as tall as a button. Only
# palette roles, so each theme gives its own colours.
TOUCH_MENU_SHEET = (
    f"QMenu::item {{ min-height: {TOUCH_SIDE}px; padding: 0px 24px; }}"
    " QMenu::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
)

# The widget whose controls are made again each time (a search's "Did you mean" buttons),
# by object name: what is put in it later is fitted as it arrives. A reader panel too:
# the card that explains a word (reader/term_card.py) is made on the first tap.
CHANGING_HOLDER = "searchSuggestions"

Index = QModelIndex | QPersistentModelIndex
Metric = QStyle.PixelMetric


def make_touch_first(window: MainWindow, mode: Mode) -> None:
    """Fit ``window`` for fingers now, and each page it builds later, if ``mode`` says so."""
    if not mode.touch_first:
        return
    fitting = TouchFitting(window)
    fitting.fit(window)
    window.pageAdded.connect(fitting.fit)


class TouchFitting(QObject):
    """What a window's touch fitting shares: the scroll-bar style, one tooltip stopper."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.scroll_bar_style = TouchScrollBarStyle.shared()
        self.no_tooltips = NoTooltips(self)
        self._wrapping = WrapTreeRows(self)

    @Slot(QWidget)
    def fit(self, root: QWidget) -> None:
        """Every control in ``root`` (``root`` too) sized, scrolled and shown for fingers."""
        for edit in root.findChildren(QLineEdit):
            # Its clear button is a few pixels wide: the on-screen keyboard has a Clear key.
            edit.setClearButtonEnabled(False)
            _at_least(edit, 0, TOUCH_SIDE)
        buttons = root.findChildren(QAbstractButton)
        if isinstance(root, QAbstractButton):
            buttons.append(root)
        for button in buttons:
            _at_least(button, TOUCH_SIDE, TOUCH_SIDE)
            button.installEventFilter(self.no_tooltips)
            if isinstance(button, QToolButton) and button.objectName() == "languageButton":
                button.setStyleSheet(TOUCH_MENU_SHEET)  # its menu is made as its child
        for bar in root.findChildren(QScrollBar):
            if bar.style() is not self.scroll_bar_style:
                bar.setStyle(self.scroll_bar_style)
        for holder in root.findChildren(QWidget, CHANGING_HOLDER):
            holder.installEventFilter(self)
        panels = root.findChildren(ReaderPanel)
        for panel in [root, *panels] if isinstance(root, ReaderPanel) else panels:
            panel.installEventFilter(self)
        areas = root.findChildren(QAbstractScrollArea)
        if isinstance(root, QAbstractScrollArea):
            areas.append(root)
        for area in areas:
            self._fit_scroll_area(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A control made later inside a holder of changing controls is fitted too."""
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget):
                self.fit(child)
        return False

    def _fit_scroll_area(self, area: QAbstractScrollArea) -> None:
        viewport = area.viewport()
        if not QScroller.hasScroller(viewport):
            scroll_kinetically(viewport)
        viewport.installEventFilter(self.no_tooltips)
        area.installEventFilter(self.no_tooltips)
        if isinstance(area, QAbstractItemView):
            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            delegate = area.itemDelegate()
            if not isinstance(delegate, TouchRows):
                rows = TreeTouchRows(area, delegate) if isinstance(area, QTreeView) else None
                area.setItemDelegate(rows or TouchRows(area, delegate))
            if isinstance(area, QTreeView):
                self._wrapping.wrap(area)
        if isinstance(area, ReaderView):
            area.set_hover_tooltips(False)  # a tap on a citation opens its reference


def _at_least(widget: QWidget, width: int, height: int) -> None:
    minimum = widget.minimumSize()
    wanted = minimum.expandedTo(QSize(width, height))
    if wanted != minimum:
        widget.setMinimumSize(wanted)


def scroll_kinetically(viewport: QWidget) -> None:
    """Dragging ``viewport`` with a finger (or a pressed mouse) scrolls it, with momentum.

    A left-button gesture, not a touch one: Qt turns a touch nobody takes into mouse
    events, so one gesture serves a touch screen and a mouse alike (a widget takes one
    scroller gesture only). No overshoot: the page stays where the finger left it."""
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    never = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    for policy in (
        QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
    ):
        properties.setScrollMetric(policy, never)
    scroller.setScrollerProperties(properties)


class NoTooltips(QObject):
    """Swallows tooltip events: a finger cannot hover, and a tooltip it left behind
    would stay over the next visitor's page."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.ToolTip


class TouchScrollBarStyle(ScrollBarStyle):
    """Scroll bars a finger can grab: ``TOUCH_SIDE`` wide (set on each bar alone), in
    the theme's colours as every scroll bar is (theme/scroll_bars.py)."""

    @staticmethod
    def shared() -> TouchScrollBarStyle:
        """One per application, owned by it: it outlives every window and bar that uses it
        (a window's old bars may still be painted while a visitor reset replaces it)."""
        app = QApplication.instance()
        if _scroll_bar_styles and _scroll_bar_styles[0].parent() is app:
            return _scroll_bar_styles[0]
        style = TouchScrollBarStyle()
        style.setParent(app)
        _scroll_bar_styles[:] = [style]
        return style

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == Metric.PM_ScrollBarExtent:
            return TOUCH_SIDE
        if metric == Metric.PM_ScrollBarSliderMin:
            return TOUCH_SIDE
        return super().pixelMetric(metric, option, widget)


_scroll_bar_styles: list[TouchScrollBarStyle] = []


class TouchRows(QStyledItemDelegate):
    """Rows at least ``TOUCH_SIDE`` tall, painted as the view's own delegate paints them."""

    def __init__(self, view: QAbstractItemView, inner: QAbstractItemDelegate | None) -> None:
        super().__init__(view)
        self._inner = inner if isinstance(inner, QStyledItemDelegate) else None
        if self._inner is not None:
            self._inner.sizeHintChanged.connect(self.sizeHintChanged)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        inner = self._inner
        size = (
            inner.sizeHint(option, index) if inner is not None else super().sizeHint(option, index)
        )
        return size.expandedTo(QSize(0, TOUCH_SIDE))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if self._inner is not None:
            self._inner.paint(painter, option, index)
        else:
            super().paint(painter, option, index)


class TreeTouchRows(TouchRows):
    """A tree's rows wrapped at the width they have, so a long title is read whole."""

    def __init__(self, view: QTreeView, inner: QAbstractItemDelegate | None) -> None:
        super().__init__(view, inner)
        self._tree = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        tree = self._tree
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        steps = depth + (1 if tree.rootIsDecorated() else 0)
        width = tree.viewport().width() - tree.indentation() * steps
        wrapped = QStyleOptionViewItem(option)
        # A valid rect (height too), as Qt's style wraps words only within one.
        wrapped.rect = QRect(0, 0, max(1, width), QWIDGETSIZE_MAX)  # type: ignore[attr-defined]
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]
        return super().sizeHint(wrapped, index)


class WrapTreeRows(QObject):
    """Trees whose titles wrap (never cut short with "…"), laid out again as they narrow."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trees: dict[QObject, QTreeView] = {}

    def wrap(self, tree: QTreeView) -> None:
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._trees[tree.viewport()] = tree
        tree.viewport().installEventFilter(self)
        tree.doItemsLayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The viewport's width, not the tree's: the viewport is resized after the tree."""
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            tree = self._trees.get(watched)
            if tree is not None:
                tree.doItemsLayout()  # each row's height follows the new width
        return False
