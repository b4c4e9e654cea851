"""Whether a remembered window layout still fits: a screen unplugged or a crafted
settings file must never leave the window, or its page, out of reach."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QSplitter, QToolBar

# How much of the window must be on a screen to be reached and dragged back.
REACHABLE = QSize(200, 100)
# The page's share of the splitter: below this it is unreadable.
PAGE_SHARE = 1 / 3
# What a window placed by us leaves of the screen on each side (a share of its size):
# room for the frame and title bar, which are not known before the window is shown.
FRAME_ROOM = 0.05
# The smallest window: the page gets this many average characters of the application
# font across (45 to read, the rest for its margins and scroll bar), and the window this
# many lines down (see ``minimum_size``).
PAGE_COLUMNS = 50
MINIMUM_LINES = 30
# The search box's smallest width, in average characters of the window's font: where the
# screen is too narrow for the whole toolbar, it gives up its width (its placeholder is
# cut short with "…") before a button goes behind the toolbar's overflow arrow. It is at
# its usual width wherever the screen holds the whole toolbar. At 200 % text the whole
# toolbar then fits a screen 830 pixels across (French; 820 Spanish, 810 English, 790 Arabic).
SEARCH_COLUMNS = 8


def available_areas() -> list[QRect]:
    """The desktop areas windows may use, one per screen (the primary screen first)."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def fits_a_screen(frame: QRect, areas: Sequence[QRect]) -> bool:
    """True if enough of ``frame`` is on one screen to be seen and moved."""
    for area in areas:
        shared = frame.intersected(area)
        if shared.width() >= REACHABLE.width() and shared.height() >= REACHABLE.height():
            return True
    return False


def _room(area: QRect) -> QRect:
    """``area`` less a margin on each side where the window's frame can go."""
    dx, dy = round(area.width() * FRAME_ROOM), round(area.height() * FRAME_ROOM)
    return area.adjusted(dx, dy, -dx, -dy)


def within(size: QSize, areas: Sequence[QRect]) -> QRect:
    """``size`` shrunk to the first (primary) screen, less room for the frame, and centred
    there: a default that fits, title bar and all, even on a small laptop."""
    if not areas:
        return QRect(0, 0, size.width(), size.height())
    room = _room(areas[0])
    fitted = QRect(0, 0, 0, 0)
    fitted.setSize(size.boundedTo(room.size()))
    fitted.moveCenter(room.center())
    return fitted


def minimum_size(
    metrics: QFontMetrics, areas: Sequence[QRect], beside_page: int, toolbar: int = 0
) -> QSize:
    """The smallest window the page stays readable in and the toolbar is whole in, but
    never more than a screen holds.

    Across: ``beside_page`` (the tree, which keeps its width: the splitter gives and takes
    the page's width first) and ``PAGE_COLUMNS`` (50) average characters, so the page has
    about 45 characters a line, the shortest line typographers find comfortable to read;
    and at least ``toolbar``, the toolbar's width with icons only (``icons_only_width``),
    so that no button goes behind its overflow arrow (at 200 % text in French the
    toolbar needs 920 pixels: the page's share, 940, left it no margin).
    Down: ``MINIMUM_LINES`` (30) lines, for the toolbar, the notice and about 20 lines of
    the page. In characters and lines of the font, so a larger text size asks for a larger
    window (the main window asks again when the text size changes: ui/zoom); at 11 pt,
    beside a 340-pixel tree, that is about 740 x 540 pixels.
    Bounded by the largest screen (less room for the frame), so that a small screen can
    still hold the whole window: there the search box gives up its width first
    (``SEARCH_COLUMNS``, ``keep_whole``).
    """
    wanted = QSize(
        max(beside_page + metrics.averageCharWidth() * PAGE_COLUMNS, toolbar),
        metrics.height() * MINIMUM_LINES,
    )
    if not areas:
        return wanted
    return wanted.boundedTo(_largest_room(areas))


def _largest_room(areas: Sequence[QRect]) -> QSize:
    """The room a window has on the largest of ``areas`` (less room for its frame)."""
    return max((_room(area).size() for area in areas), key=lambda s: s.width() * s.height())


def page_is_usable(sizes: Sequence[int]) -> bool:
    """True if the splitter's second part (the page) keeps a readable share of the width."""
    if len(sizes) != 2 or min(sizes) < 0 or sum(sizes) <= 0:
        return False
    return sizes[1] >= PAGE_SHARE * sum(sizes)


@dataclass(frozen=True)
class SplitterState:
    """What ``QSplitter.saveState`` wrote (its format since Qt 4, version 0 or 1)."""

    sizes: list[int]
    children_collapsible: bool
    handle_width: int
    opaque_resize: bool
    orientation: int


_SPLITTER_MAGIC = 0xFF
_SPLITTER_VERSION = 1
_MOST_PARTS = 64  # more parts than any splitter of ours: not a state we saved


def read_splitter_state(data: QByteArray) -> SplitterState | None:
    """The fields of a saved splitter state, or None if these bytes are not one."""
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream.setVersion(QDataStream.Version.Qt_5_0)  # as QSplitter writes it
    if stream.readInt32() != _SPLITTER_MAGIC or not 0 <= stream.readInt32() <= _SPLITTER_VERSION:
        return None
    count = stream.readUInt32()
    if count > _MOST_PARTS:
        return None
    sizes = [stream.readInt32() for _ in range(count)]
    state = SplitterState(
        sizes=sizes,
        children_collapsible=stream.readBool(),
        handle_width=stream.readInt32(),
        opaque_resize=stream.readBool(),
        orientation=stream.readInt32(),
    )
    return state if stream.status() == QDataStream.Status.Ok else None


def restore_splitter(splitter: QSplitter, data: QByteArray) -> bool:
    """Restore the main splitter's sizes from ``data`` if they leave the page usable.

    Only the sizes are remembered (never through ``restoreState``, which would also take
    the state's orientation, handle width and collapsing from a crafted file): a state of
    another orientation or shape is refused. False, with the sizes unchanged, if refused.
    """
    saved = read_splitter_state(data)
    if saved is None or saved.orientation != splitter.orientation().value:
        return False
    if len(saved.sizes) != splitter.count() or not page_is_usable(saved.sizes):
        return False
    before = splitter.sizes()
    splitter.setSizes(saved.sizes)
    if not page_is_usable(splitter.sizes()):  # the parts' own minimums said otherwise
        splitter.setSizes(before)
        return False
    return True


def search_box_width(metrics: QFontMetrics) -> int:
    """The search box's smallest width (``SEARCH_COLUMNS``); it asks for its usual width
    (Qt's for a line edit) wherever there is room."""
    return metrics.averageCharWidth() * SEARCH_COLUMNS


def _width_in(toolbar: QToolBar, style: Qt.ToolButtonStyle) -> int:
    """The width ``toolbar`` asks for with its buttons in ``style``."""
    shown = toolbar.toolButtonStyle()
    toolbar.setToolButtonStyle(style)
    needed = toolbar.sizeHint().width()
    toolbar.setToolButtonStyle(shown)
    return needed


def icons_only_width(toolbar: QToolBar) -> int:
    """The width ``toolbar`` asks for with its buttons as icons only, their smallest look
    (the search box at its usual width): what the window's width must hold."""
    return _width_in(toolbar, Qt.ToolButtonStyle.ToolButtonIconOnly)


class _WholeToolbar(QObject):
    """Watches a toolbar's width: its buttons show their words only while everything fits,
    and its window is never narrower than its buttons as icons (see ``minimum_size``).

    What the words need is measured when it is next asked for after a style or font
    change, not at the change: this filter sees those events before the toolbar does, when
    its layout still has the old look's sizes and spacing (the theme's sheet, set on the
    toolbar after it is built, makes it ~125 px wider: measured at the change, the search
    box went behind the overflow arrow in a window a little too narrow for the words).
    """

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self._toolbar = toolbar
        self._with_words = toolbar.toolButtonStyle()
        self._needed: int | None = None  # not measured since the last change of look
        toolbar.installEventFilter(self)

    def _width_with_words(self) -> int:
        return _width_in(self._toolbar, self._with_words)

    def _hold_window(self) -> None:
        """The window's smallest width counts the toolbar's, measured in its look: the
        window measured it before its theme dressed the toolbar (then ~180 px narrower
        at 200 % text), and a new theme can change it too. Never wider than a screen."""
        window = self._toolbar.window()
        if window is self._toolbar:  # not in a window (yet)
            return
        needed = icons_only_width(self._toolbar)
        areas = available_areas()
        if areas:
            needed = min(needed, _largest_room(areas).width())
        if window.minimumWidth() < needed:
            window.setMinimumWidth(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._needed = None  # the toolbar lays itself out again: fitted then
        elif kind == QEvent.Type.Resize or (
            kind == QEvent.Type.LayoutRequest and self._needed is None
        ):
            if self._needed is None:
                self._needed = self._width_with_words()
                self._hold_window()
            fits = self._toolbar.width() >= self._needed
            style = self._with_words if fits else Qt.ToolButtonStyle.ToolButtonIconOnly
            if self._toolbar.toolButtonStyle() != style:
                self._toolbar.setToolButtonStyle(style)
                # A window being shown: laid out in the new look now. Qt's layout, made stale
                # by the change, leaves the resize to a posted request, and the window would
                # meanwhile have its last buttons behind the overflow arrow.
                layout = self._toolbar.layout()
                if not self._toolbar.isVisible() and layout is not None:
                    layout.activate()
        return False


def keep_whole(toolbar: QToolBar) -> None:
    """Where the toolbar is too narrow for its buttons' words (a small screen, a large text
    size), its buttons show icons only (their words stay in tooltips and for screen readers),
    so that nothing, the search box least of all, is hidden behind the overflow arrow."""
    _WholeToolbar(toolbar)
