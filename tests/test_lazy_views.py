"""The window builds only its home view before the first paint; every other view is
built when it is first opened, or by the idle warm-up after the first paint, and once."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import build_window
from allguide.content import LoadResult
from allguide.search import SearchEngine
from allguide.ui.idle_steps import IdleSteps, WhileTrue
from allguide.ui.mainwindow import MainWindow
from allguide.ui.reader.panel import ReaderPanel
from allguide.ui.search.panel import SearchPanel
from allguide.ui.side_effects.view import SideEffectsView
from allguide.ui.timeline.view import TimelineView
from tests.gui import click_tree_row, press_tab

VIEW_CLASSES: tuple[type[QWidget], ...] = (ReaderPanel, SearchPanel, SideEffectsView, TimelineView)
LAZY_MODULES = (
    "allguide.search",
    "allguide.ui.reader.panel",
    "allguide.ui.search.panel",
    "allguide.ui.side_effects.view",
    "allguide.ui.timeline.view",
)


@pytest.fixture
def engines_built(monkeypatch: pytest.MonkeyPatch) -> list[SearchEngine]:
    """Every search engine the window builds (it is not a widget: counted here)."""
    built: list[SearchEngine] = []
    original = SearchEngine.for_content

    def counted(content: object) -> SearchEngine:
        engine = original(content)  # type: ignore[arg-type]
        built.append(engine)
        return engine

    monkeypatch.setattr(SearchEngine, "for_content", staticmethod(counted))
    return built


@pytest.fixture
def new_window(
    qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path
) -> Callable[[], MainWindow]:
    """The window as the app builds it (``build_window``), not shown yet."""

    def make() -> MainWindow:
        window = build_window(bundled, "en", persistent=True)
        qtbot.addWidget(window)
        return window

    return make


class HeldWarmUp:
    """Holds back every warm-up asked to start, until ``resume``: a person can then open
    a view before the warm-up reaches it, every time, not only on a slow machine."""

    def __init__(self) -> None:
        self._patch = pytest.MonkeyPatch()  # its own: undoing it leaves the test's patches
        self.held: list[IdleSteps] = []
        self._patch.setattr(IdleSteps, "start", lambda steps: self._hold(steps))

    def _hold(self, steps: IdleSteps) -> None:
        if steps not in self.held:
            self.held.append(steps)

    def resume(self) -> None:
        self._patch.undo()
        for steps in self.held:
            steps.start()


@pytest.fixture
def held_warm_up() -> Iterator[HeldWarmUp]:
    held = HeldWarmUp()
    yield held
    held._patch.undo()


def show(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)


def views_built(window: MainWindow) -> dict[str, int]:
    """How many of each view class the window holds."""
    return {cls.__name__: len(window.findChildren(cls)) for cls in VIEW_CLASSES}


def pages(window: MainWindow) -> list[QWidget]:
    return [window.pages.widget(i) for i in range(window.pages.count())]


def toolbar_button(window: MainWindow, action_name: str) -> QToolButton:
    button = window.toolbar.widgetForAction(getattr(window, action_name))
    assert isinstance(button, QToolButton)
    return button


NOTHING = {"ReaderPanel": 0, "SearchPanel": 0, "SideEffectsView": 0, "TimelineView": 0}
# The side effects and the timeline each show details in a reader panel of their own.
EVERYTHING = {"ReaderPanel": 3, "SearchPanel": 1, "SideEffectsView": 1, "TimelineView": 1}


def test_a_step_that_asks_again_runs_again_before_the_next(qtbot: QtBot) -> None:
    """Work whose length is known only as it goes (a word list) gets all its turns."""
    ran: list[str] = []
    left = [3]

    def piece() -> bool:
        ran.append("piece")
        left[0] -= 1
        return left[0] > 0

    steps = IdleSteps([WhileTrue(piece), lambda: ran.append("next"), lambda: True])
    with qtbot.waitSignal(steps.finished):
        steps.start()
    assert ran == ["piece", "piece", "piece", "next"]  # a plain step's True asks nothing
    assert steps.pending() == 0


def test_before_the_first_paint_only_the_home_view_is_built(
    qtbot: QtBot, new_window: Callable[[], MainWindow], engines_built: list[SearchEngine]
) -> None:
    window = new_window()
    QApplication.processEvents()  # idle turns before the window is shown build nothing
    assert views_built(window) == NOTHING
    assert engines_built == []
    assert pages(window) == [window.home]
    assert window.home.buttons and window.tree.model() is window.navigation_model
    assert window.toolbar.isAncestorOf(window.search_box)  # the toolbar, with its search box


def test_importing_the_main_window_leaves_the_views_modules_for_later() -> None:
    """A fresh interpreter: ``import allguide.ui.mainwindow`` pulls in none of the views'
    modules (nor the search engine); each view imports its own when it is built."""
    probe = (
        "import sys, allguide.ui.mainwindow\n"
        f"print([m for m in {LAZY_MODULES!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_each_view_is_built_when_a_person_first_opens_it(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    engines_built: list[SearchEngine],
    held_warm_up: HeldWarmUp,
) -> None:
    window = new_window()
    show(qtbot, window)
    assert views_built(window) == NOTHING  # the warm-up is held back: nothing yet

    qtbot.mouseClick(toolbar_button(window, "timeline_action"), Qt.MouseButton.LeftButton)
    [timeline] = window.findChildren(TimelineView)
    assert window.pages.currentWidget() is timeline and timeline.isVisible()
    assert timeline.chart.bars  # built whole, not a placeholder
    assert window.windowTitle() == "Timeline – AllGuide"

    qtbot.mouseClick(toolbar_button(window, "side_effects_action"), Qt.MouseButton.LeftButton)
    [side_effects] = window.findChildren(SideEffectsView)
    assert window.pages.currentWidget() is side_effects and side_effects.isVisible()
    assert len(side_effects.visible_titles()) == len(window.content.side_effects)

    assert engines_built == []  # no search yet: no engine
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    with qtbot.waitSignal(window.search_box.searchRequested):  # the pause after typing
        qtbot.keyClicks(window.search_box, "tired")
    [search] = window.findChildren(SearchPanel)
    assert window.pages.currentWidget() is search and search.isVisible()
    assert search.model.rowCount() > 0
    assert len(engines_built) == 1

    assert views_built(window)["ReaderPanel"] == 2  # the details of the two views only
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the tree: its first row
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    readers = [p for p in window.findChildren(ReaderPanel) if p.parentWidget() is window.pages]
    assert len(readers) == 1 and window.pages.currentWidget() is readers[0]
    assert readers[0].isVisible()
    assert readers[0].view.toPlainText().startswith("Chemotherapy")
    assert views_built(window) == EVERYTHING


def test_after_the_first_paint_the_warm_up_builds_the_rest(
    qtbot: QtBot, new_window: Callable[[], MainWindow], engines_built: list[SearchEngine]
) -> None:
    window = new_window()
    assert views_built(window) == NOTHING
    show(qtbot, window)
    qtbot.waitUntil(lambda: views_built(window) == EVERYTHING and bool(engines_built))
    assert window.warm_up.pending() == 0
    assert len(engines_built) == 1
    assert pages(window) == [
        window.home,
        window.reader,
        window.search_panel,
        window.side_effects,
        window.timeline,
    ]
    assert window.pages.currentWidget() is window.home  # built behind it, none shown
    assert window.windowTitle() == "AllGuide"


def test_the_warm_up_lays_out_each_hidden_view_at_the_size_it_will_be_shown(
    qtbot: QtBot, new_window: Callable[[], MainWindow]
) -> None:
    """Rehearsed at another size (a hidden widget's 640x480), the first real opening
    would lay the whole view out again."""
    window = new_window()
    window.resize(1000, 700)
    show(qtbot, window)
    qtbot.waitUntil(lambda: views_built(window) == EVERYTHING)
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    size = window.pages.contentsRect().size()
    assert size.width() != 640 or size.height() != 480
    for page in pages(window)[1:]:
        assert not page.isVisible()
        assert page.size() == size, type(page).__name__


def test_a_view_opened_before_the_warm_up_reaches_it_is_built_once(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    engines_built: list[SearchEngine],
    held_warm_up: HeldWarmUp,
) -> None:
    window = new_window()
    show(qtbot, window)
    qtbot.mouseClick(toolbar_button(window, "timeline_action"), Qt.MouseButton.LeftButton)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "fever")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # search now, open the first result
    assert window.navigator.current == "fever"  # the search's first result, in the reader
    built = views_built(window)
    assert (built["TimelineView"], built["SearchPanel"], len(engines_built)) == (1, 1, 1)
    timeline, search, reader = window.timeline, window.search_panel, window.reader
    qtbot.waitUntil(lambda: held_warm_up.held == [window.warm_up])  # the first paint asked
    held_warm_up.resume()
    qtbot.waitUntil(lambda: window.warm_up.pending() == 0)
    assert views_built(window) == EVERYTHING  # one of each: nothing built twice
    assert (window.timeline, window.search_panel, window.reader) == (timeline, search, reader)
    assert len(engines_built) == 1


def test_tab_goes_tree_view_toolbar_whichever_view_was_built_first(
    qtbot: QtBot, new_window: Callable[[], MainWindow], held_warm_up: HeldWarmUp
) -> None:
    """As when every view was built with the window: from the tree Tab enters the view
    shown, Tab leaves it for the toolbar, and from the toolbar's end goes back to the tree.
    The views are built here last first, each by opening it."""
    window = new_window()
    show(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(toolbar_button(window, "timeline_action"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(toolbar_button(window, "side_effects_action"), Qt.MouseButton.LeftButton)
    window.search_box.search_now("tired")
    click_tree_row(qtbot, window, "chemotherapy")
    assert views_built(window) == EVERYTHING
    back = toolbar_button(window, "back_action")
    opened = {
        "reader": lambda: click_tree_row(qtbot, window, "immunotherapy"),
        "search": lambda: window.search_box.search_now("fever"),
        "side effects": lambda: window.side_effects_action.trigger(),
        "timeline": lambda: window.timeline_action.trigger(),
    }
    for name, open_view in opened.items():
        open_view()
        view = window.pages.currentWidget()
        toolbar_end = window.display_button  # text size and themes: the last of the toolbar
        toolbar_end.setFocus(Qt.FocusReason.TabFocusReason)
        assert press_tab(qtbot) is window.tree, name  # from the toolbar's end, round
        assert view.isAncestorOf(press_tab(qtbot)), name  # into the view shown
        back.setFocus(Qt.FocusReason.TabFocusReason)
        assert view.isAncestorOf(press_tab(qtbot, backwards=True)), name  # the view's end


def test_a_closed_window_is_freed_at_once_with_every_view_built(
    qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path
) -> None:
    """Nothing the lazy views add keeps the window alive (no cycle left to the garbage
    collector, which could free it in the middle of a Qt call going through all
    widgets): with the last reference gone, it is gone."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        assert closed_window(qtbot, bundled)() is None
        never_shown = build_window(bundled, "en", persistent=False)  # its warm-up all to do
        gone = weakref.ref(never_shown)
        del never_shown
        assert gone() is None
    finally:
        if collecting:
            gc.enable()


def closed_window(qtbot: QtBot, bundled: LoadResult) -> weakref.ref[MainWindow]:
    """A window shown, warmed up (every view built) and closed; only a weak reference."""
    window = build_window(bundled, "en", persistent=False)
    show(qtbot, window)
    warm_up = window.warm_up
    qtbot.waitUntil(lambda: warm_up.pending() == 0)
    assert views_built(window) == EVERYTHING
    window.close()
    return weakref.ref(window)
