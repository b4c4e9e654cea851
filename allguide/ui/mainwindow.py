"""The main window: wires the tree, home page and reader to one Navigator."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from allguide.content.errors import ContentError
from allguide.content.model import Content
from allguide.mode import NORMAL_MODE, Mode
from allguide.search import SearchEngine
from allguide.ui.banner import DisclaimerBanner
from allguide.ui.home.page import HomePage
from allguide.ui.icons import icon
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.navigation.view import NavigationTree
from allguide.ui.navigator import Navigator, View
from allguide.ui.preferences import Preferences
from allguide.ui.problems_bar import ProblemsBar
from allguide.ui.reader.page_builder import PageBuilder
from allguide.ui.reader.panel import ReaderPanel
from allguide.ui.search.box import SearchBox
from allguide.ui.search.panel import SearchPanel
from allguide.ui.side_effects.view import SideEffectsView
from allguide.ui.timeline.view import TimelineView
from allguide.ui.window_fit import (
    available_areas,
    fits_a_screen,
    keep_whole,
    minimum_size,
    restore_splitter,
    within,
)
from allguide.ui.wording import fill


class MainWindow(QMainWindow):
    """Every page change goes through the Navigator; widgets only emit requests."""

    def __init__(
        self,
        content: Content,
        preferences: Preferences,
        errors: Sequence[ContentError] = (),
        locale: QLocale | None = None,
        mode: Mode = NORMAL_MODE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self._preferences = preferences
        locale = locale or QLocale()
        self.setWindowTitle(self.tr("AllGuide"))
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("allguide"))

        self.navigator = Navigator(self)
        self.navigation_model = NavigationModel(content, self)
        self.page_builder = PageBuilder(content, locale, self)
        self.search_engine = SearchEngine.for_content(content)

        self.tree = NavigationTree(self.navigation_model)
        self.home = HomePage(self.navigation_model, content.document)
        self.reader = ReaderPanel(self.page_builder.reference_tooltips())
        self.search_panel = SearchPanel(self.search_engine)
        self.side_effects = SideEffectsView(content, self.page_builder)
        self.timeline = TimelineView(
            content, self.page_builder, preferences, locale, my_dates=mode.asks_personal_dates
        )
        self.pages = QStackedWidget()
        for page in (self.home, self.reader, self.search_panel, self.side_effects, self.timeline):
            self.pages.addWidget(page)
        # The pages that are views rather than reader pages, with their window titles.
        self._views: dict[View, tuple[QWidget, str]] = {
            View.HOME: (self.home, ""),
            View.SEARCH: (self.search_panel, self.tr("Search")),
            View.SIDE_EFFECTS: (self.side_effects, self.tr("Side effects A–Z")),
            View.TIMELINE: (self.timeline, self.tr("Timeline")),
        }

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])

        self.banner = DisclaimerBanner(content.document, locale)
        self.problems = ProblemsBar()
        self.problems.show_problems(errors, preferences.problem())

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._connect()
        self._restore()
        self._show(self.navigator.current)

    # Wiring ------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.back_action = QAction(icon("back"), self.tr("Back"), self)
        self.back_action.setShortcuts(_with_standard(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.forward_action = QAction(icon("forward"), self.tr("Forward"), self)
        self.forward_action.setShortcuts(
            _with_standard(QKeySequence.StandardKey.Forward, "Alt+Right")
        )
        self.home_action = QAction(icon("home"), self.tr("Home"), self)
        self.home_action.setShortcut("Alt+Home")
        for action in (self.back_action, self.forward_action):
            action.setEnabled(False)
        toolbar = QToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icon_side = int(self.fontMetrics().height() * 1.4)  # icons grow with the text
        toolbar.setIconSize(QSize(icon_side, icon_side))
        toolbar.addActions([self.back_action, self.forward_action, self.home_action])
        self.side_effects_action = QAction(icon("list"), self.tr("Side effects A–Z"), self)
        toolbar.addAction(self.side_effects_action)
        self.timeline_action = QAction(icon("timeline"), self.tr("Timeline"), self)
        toolbar.addAction(self.timeline_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        toolbar.addWidget(self.search_box)
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.addAction(self.find_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        for action in toolbar.actions():  # reachable with Tab, not only by mouse or shortcut
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):  # not the spacer: no invisible tab stop
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _connect(self) -> None:
        nav = self.navigator
        self.back_action.triggered.connect(nav.back)
        self.forward_action.triggered.connect(nav.forward)
        self.home_action.triggered.connect(nav.home)
        self.side_effects_action.triggered.connect(lambda: nav.show(View.SIDE_EFFECTS))
        self.timeline_action.triggered.connect(lambda: nav.show(View.TIMELINE))
        self.timeline.pageRequested.connect(nav.open)
        self.tree.pageRequested.connect(nav.open)
        self.home.pageRequested.connect(nav.open)
        self.home.searchRequested.connect(self._focus_search)
        self.reader.pageRequested.connect(nav.open)
        self.search_panel.pageRequested.connect(nav.open)
        self.side_effects.pageRequested.connect(nav.open)
        self.find_action.triggered.connect(self._focus_search)
        box = self.search_box
        box.searchRequested.connect(self._search)
        box.moveRequested.connect(self.search_panel.move_selection)
        box.activateRequested.connect(self.search_panel.open_current)
        box.cancelled.connect(self._cancel_search)
        self.search_panel.suggestionChosen.connect(box.search_now)
        nav.currentChanged.connect(self._show)
        nav.historyChanged.connect(self._update_history_actions)

    # Slots -------------------------------------------------------------

    @Slot()
    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot(str)
    def _search(self, query: str) -> None:
        if not query.strip():
            self._cancel_search()
            return
        self.search_panel.run(query)
        self.navigator.show(View.SEARCH)

    @Slot()
    def _cancel_search(self) -> None:
        if self.navigator.current_view is View.SEARCH:
            self.navigator.back()

    @Slot(str)
    def _show(self, page_id: str) -> None:
        view = View.of(page_id)
        if view is not None:
            widget, title = self._views[view]
            self.pages.setCurrentWidget(widget)
            self.tree.follow("")
            self._set_title(title)
            return
        page = self.page_builder.build(page_id) or self.page_builder.missing(page_id)
        self.reader.show_page(page)
        self.pages.setCurrentWidget(self.reader)
        self.tree.follow(page.tree_id)
        self._set_title(page.title)

    def _set_title(self, title: str) -> None:
        """The window title names what is shown; the home view has just the app's name."""
        self.setWindowTitle(fill(self.tr("%1 – AllGuide"), title) if title else self.tr("AllGuide"))

    @Slot(bool, bool)
    def _update_history_actions(self, can_back: bool, can_forward: bool) -> None:
        self.back_action.setEnabled(can_back)
        self.forward_action.setEnabled(can_forward)

    # Persistence -------------------------------------------------------

    def _restore(self) -> None:
        """The remembered layout, each part only if it still fits; else the default."""
        prefs = self._preferences
        default_size = QSize(1200, 800)
        tree_width = self.splitter.sizes()[0]
        self.setMinimumSize(minimum_size(self.fontMetrics(), available_areas(), tree_width))
        keep_whole(self.toolbar)  # words beside its icons only while all of it fits
        geometry = prefs.bytes_value(Preferences.GEOMETRY)
        if geometry is None:
            self.setGeometry(within(default_size, available_areas()))
        elif not self.restoreGeometry(geometry) or not fits_a_screen(
            self.frameGeometry(), available_areas()
        ):
            prefs.drop(Preferences.GEOMETRY)  # off every screen (one unplugged?), or corrupt
            self.setGeometry(within(default_size, available_areas()))
        state = prefs.bytes_value(Preferences.STATE)
        if state is not None and (not self.restoreState(state) or self.toolbar.isHidden()):
            prefs.drop(Preferences.STATE)  # the toolbar holds Back, Home and Search: never lost
            self.toolbar.show()
        splitter = prefs.bytes_value(Preferences.SPLITTER)
        if splitter is not None and not restore_splitter(self.splitter, splitter):
            prefs.drop(Preferences.SPLITTER)  # hides the page, another orientation, or corrupt
        if (problem := prefs.problem()) is not None:  # what was dropped here, told with the rest
            self.problems.show_settings_problem(problem)

    def save_preferences(self) -> None:
        prefs = self._preferences
        prefs.set_bytes(Preferences.GEOMETRY, self.saveGeometry())
        prefs.set_bytes(Preferences.STATE, self.saveState())
        prefs.set_bytes(Preferences.SPLITTER, self.splitter.saveState())
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_preferences()
        super().closeEvent(event)


def _with_standard(standard: QKeySequence.StandardKey, ours: str) -> list[QKeySequence]:
    """The platform's keys plus ours, without duplicates: Qt finds those ambiguous."""
    keys = QKeySequence.keyBindings(standard)
    if QKeySequence(ours) not in keys:
        keys.append(QKeySequence(ours))
    return keys
