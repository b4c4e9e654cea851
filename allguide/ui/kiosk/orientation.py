"""A kiosk screen may stand upright, or be turned at run time: the layout follows
(issue 12, section 3).

Taller than wide, the window puts the tree above the page instead of beside it (and
each page's own list above its details), so the page keeps the whole width and a
finger's rows stay readable; wider than tall, they go back side by side, at the
widths they had. The toolbar and the home page already fit a narrow window (the
toolbar drops its words, the topic tiles go one under another), so they need nothing
here.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtWidgets import QSplitter, QWidget

from allguide.mode import Mode
from allguide.ui.mainwindow import MainWindow

TREE_SHARE_UPRIGHT = 0.3  # of the height, for the tree above the page


class Orientation(Enum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    @staticmethod
    def of(size: QSize) -> Orientation:
        return Orientation.PORTRAIT if size.height() > size.width() else Orientation.LANDSCAPE

    @property
    def splitter_orientation(self) -> Qt.Orientation:
        """Side by side on a wide screen, one above the other on an upright one."""
        if self is Orientation.PORTRAIT:
            return Qt.Orientation.Vertical
        return Qt.Orientation.Horizontal


def follow_orientation(window: MainWindow, mode: Mode) -> OrientationFollower | None:
    """Make ``window``'s layout follow its screen's orientation, if ``mode`` says so."""
    if not mode.touch_first:
        return None
    return OrientationFollower(window)


class OrientationFollower(QObject):
    """Turns the window's splitters when its shape turns from wide to tall and back."""

    def __init__(self, window: MainWindow) -> None:
        # The window owns it, and it holds no reference back: a window and its follower
        # holding each other were a cycle only the garbage collector could end, at a
        # moment of its choosing (the window's parent() is read where it is needed).
        super().__init__(window)
        self._main = window.splitter
        self._splitters: list[QSplitter] = [window.splitter]
        # What each splitter had side by side, to give back when the screen turns back.
        self._side_by_side: dict[QSplitter, list[int]] = {}
        self.orientation = Orientation.LANDSCAPE
        window.pageAdded.connect(self._add_page)
        window.installEventFilter(self)
        self._turn(Orientation.of(window.size()))

    @Slot(QWidget)
    def _add_page(self, page: QWidget) -> None:
        for splitter in page.findChildren(QSplitter):
            self._splitters.append(splitter)
            self._turn_splitter(splitter, self.orientation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first: while a window is torn down, Python may have let go of
        # this object's attributes before Qt stops calling it.
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._turn(Orientation.of(watched.size()))
        return False

    def _turn(self, orientation: Orientation) -> None:
        if orientation is self.orientation and self._main.orientation() == (
            orientation.splitter_orientation
        ):
            return
        self.orientation = orientation
        for splitter in self._splitters:
            self._turn_splitter(splitter, orientation)

    def _turn_splitter(self, splitter: QSplitter, orientation: Orientation) -> None:
        wanted = orientation.splitter_orientation
        if splitter.orientation() == wanted:
            return
        if orientation is Orientation.PORTRAIT:
            self._side_by_side[splitter] = splitter.sizes()
            splitter.setOrientation(wanted)
            # The window's height: the splitter is laid out in it only on a later turn.
            window = self.parent()
            total = window.height() if isinstance(window, QWidget) else splitter.height()
            first = int(total * TREE_SHARE_UPRIGHT)
            splitter.setSizes([first, total - first])
        else:
            splitter.setOrientation(wanted)
            sizes = self._side_by_side.pop(splitter, None)
            if sizes is not None:
                splitter.setSizes(sizes)
