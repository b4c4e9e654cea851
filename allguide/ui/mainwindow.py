"""The main window: wires the tree, home page and views to one Navigator.

It builds only what its first paint shows: the banner, the problems bar, the toolbar
with the search box, the tree and the home page. The reader, the search engine and
panel, the side effects and the timeline (and the modules they need) are built when
they are first asked for, or earlier, one at a time on idle turns of the event loop
after the first paint (the warm-up). So the window appears sooner, and each view
still opens within a frame.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from enum import IntEnum
from importlib import import_module
from typing import TYPE_CHECKING, assert_never

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QPicture
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

from allguide.languages import DEFAULT, Language
from allguide.mode import NORMAL_MODE, Mode
from allguide.ui.banner import DisclaimerBanner
from allguide.ui.home.page import HomePage
from allguide.ui.icons import icon
from allguide.ui.idle_steps import IdleSteps, WhileTrue
from allguide.ui.language.chooser import LanguageButton
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.navigation.view import NavigationTree
from allguide.ui.navigator import Navigator, View
from allguide.ui.preferences import Preferences
from allguide.ui.printing.actions import PrintActions
from allguide.ui.problems_bar import ProblemsBar
from allguide.ui.search.box import SearchBox
from allguide.ui.tab_order import put_after, tab_stops
from allguide.ui.theme import dress
from allguide.ui.theme.choice import theme_choice
from allguide.ui.timeline.start_date import drop_unreadable_start
from allguide.ui.window_fit import (
    available_areas,
    fits_a_screen,
    icons_only_width,
    keep_whole,
    minimum_size,
    restore_splitter,
    search_box_width,
    within,
)
from allguide.ui.wording import fill
from allguide.ui.zoom.control import DisplayButton, TextSizeActions

if TYPE_CHECKING:  # built on first use, so imported there (see the module docstring)
    from allguide.content.errors import ContentError
    from allguide.content.model import Content
    from allguide.search import SearchEngine
    from allguide.ui.reader.page_builder import PageBuilder
    from allguide.ui.reader.panel import ReaderPanel
    from allguide.ui.search.panel import SearchPanel
    from allguide.ui.side_effects.view import SideEffectsView
    from allguide.ui.timeline.view import TimelineView


class _Page(IntEnum):
    """The stacked pages, in the order they take in the stack and in the Tab order,
    whichever is built first."""

    HOME = 0
    READER = 1
    SEARCH = 2
    SIDE_EFFECTS = 3
    TIMELINE = 4


class MainWindow(QMainWindow):
    """Every page change goes through the Navigator; widgets only emit requests.

    A language chosen (toolbar or home page) is asked for with ``languageRequested``:
    the application builds a new window in that language (ui/language/switch.py).
    """

    languageRequested = Signal(str)  # a Language's value
    # A page built after the window (the lazy views): a kiosk makes it touch-first too.
    pageAdded = Signal(QWidget)

    def __init__(
        self,
        content: Content,
        preferences: Preferences,
        errors: Sequence[ContentError] = (),
        locale: QLocale | None = None,
        mode: Mode = NORMAL_MODE,
        parent: QWidget | None = None,
        *,
        languages: Sequence[Language] = (),
        english: Callable[[], Content | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._english = english  # a translation's English original, loaded on first need
        self.language = Language.parse(content.document.language if content.document else "")
        self.languages = list(languages)
        self.content = content
        self._preferences = preferences
        self._locale = locale = locale or QLocale()
        self._mode = mode
        self.closing_by_app = False  # see close()
        self.setWindowTitle(self.tr("AllGuide"))
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("allguide"))

        self.navigator = Navigator(self)
        self.navigation_model = NavigationModel(content, self)
        # Built on first use (the properties below), or by the warm-up.
        self._page_builder: PageBuilder | None = None
        self._search_engine: SearchEngine | None = None
        self._reader: ReaderPanel | None = None
        self._search_panel: SearchPanel | None = None
        self._side_effects: SideEffectsView | None = None
        self._timeline: TimelineView | None = None
        # A bad remembered start date is told now, with the other settings, not when
        # My dates is first built.
        self._start_forgotten = mode.asks_personal_dates and drop_unreadable_start(preferences)

        self.tree = NavigationTree(self.navigation_model)
        self.home = HomePage(
            self.navigation_model,
            content.document,
            languages=self.languages,
            language=self.language or DEFAULT,
        )
        # Where Tab leaves each page: a page built later goes after the one before it.
        self._last_tab_stop: dict[_Page, QWidget] = {_Page.HOME: self.tree}
        if home_stops := self.home.tab_stops():
            self._last_tab_stop[_Page.HOME] = home_stops[-1]
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self._built_pages: dict[_Page, QWidget] = {_Page.HOME: self.home}

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])

        self.banner = DisclaimerBanner(content.document, locale)
        self.problems = ProblemsBar(selectable=mode.allows_clipboard)
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
        dress(self)
        self.warm_up = IdleSteps(self._warm_up_steps(), self)

    def disclaimer_copy(self) -> DisclaimerBanner:
        """The notice again, for what covers this window (a kiosk's countdown, attract
        screen and PIN prompt): not medical advice, the content date, and the translation
        note are on every screen, whatever is over it."""
        banner = DisclaimerBanner(self.content.document, self._locale)
        dress(banner)
        return banner

    # Built on first use ------------------------------------------------

    @property
    def page_builder(self) -> PageBuilder:
        """Turns content into the pages the reader and the views' details show."""
        if self._page_builder is None:
            from allguide.ui.reader.page_builder import PageBuilder

            self._page_builder = PageBuilder(
                self.content, self._locale, self, english=self._english
            )
        return self._page_builder

    @property
    def search_engine(self) -> SearchEngine:
        if self._search_engine is None:
            from allguide.search import SearchEngine

            self._search_engine = SearchEngine.for_content(self.content)
        return self._search_engine

    @property
    def reader(self) -> ReaderPanel:
        if self._reader is None:
            from allguide.ui.reader.panel import ReaderPanel

            builder = self.page_builder
            reader = ReaderPanel(
                builder.reference_tooltips(), mode=self._mode, definitions=builder.definition
            )
            reader.pageRequested.connect(self.navigator.open)
            if self.printing is not None:
                self.printing.offer_in(reader.view)
            self._reader = reader
            self._add_page(_Page.READER, reader)
        return self._reader

    @property
    def search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            from allguide.ui.search.panel import SearchPanel

            panel = SearchPanel(self.search_engine)
            panel.pageRequested.connect(self.navigator.open)
            panel.suggestionChosen.connect(self.search_box.search_now)
            self._search_panel = panel
            self._add_page(_Page.SEARCH, panel)
        return self._search_panel

    @property
    def side_effects(self) -> SideEffectsView:
        if self._side_effects is None:
            from allguide.ui.side_effects.view import SideEffectsView

            view = SideEffectsView(self.content, self.page_builder, mode=self._mode)
            view.pageRequested.connect(self.navigator.open)
            if self.printing is not None:
                self.printing.offer_list(view, self.page_builder)
            self._side_effects = view
            self._add_page(_Page.SIDE_EFFECTS, view)
        return self._side_effects

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            from allguide.ui.timeline.view import TimelineView

            view = TimelineView(
                self.content,
                self.page_builder,
                self._preferences,
                self._locale,
                my_dates=self._mode.asks_personal_dates,
                mode=self._mode,
            )
            if self._start_forgotten and view.my_dates is not None:
                view.my_dates.tell_start_forgotten()
            view.pageRequested.connect(self.navigator.open)
            if self.printing is not None:
                self.printing.offer_timeline(view, self.page_builder)
            self._timeline = view
            self._add_page(_Page.TIMELINE, view)
        return self._timeline

    def _add_page(self, kind: _Page, page: QWidget) -> None:
        """Into the stack and the Tab order where it would be had it been built with the
        window: after the pages before it (and the tree), before the toolbar."""
        dress(page)
        stops = self._note_tab_stops(kind, page)  # read before it goes into the window
        earlier = [built for known, built in self._built_pages.items() if known < kind]
        self._built_pages[kind] = page
        self.pages.insertWidget(len(earlier), page)
        before = max(known for known in self._last_tab_stop if known < kind)
        put_after(stops, self._last_tab_stop[before])
        # Laid out now, as it would have been with the window, rather than over the next
        # turns of the event loop: a page built by a click is shown in the same turn.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.pageAdded.emit(page)

    def _note_tab_stops(self, kind: _Page, page: QWidget) -> list[QWidget]:
        """The page's Tab stops in order; its last is where Tab leaves it."""
        stops = tab_stops(page)
        if stops:
            self._last_tab_stop[kind] = stops[-1]
        return stops

    def _warm_up_steps(self) -> list[Callable[[], object]]:
        """Each view and what it needs, one small step each, in the order people tend to
        need them: its modules, the view, then a rehearsal of its first showing. A view
        opened before the warm-up reaches it is built then, once.

        The steps hold the window weakly: a cycle through them would leave a closed
        window to the garbage collector, which could then delete its widgets in the
        middle of some Qt call that is going through all widgets.
        """
        window = weakref.proxy(self)
        return [
            lambda: window.reader,
            lambda: _paint_unseen(window.reader, window.pages),
            # The search's own imports are one package. Not rapidfuzz: only a typo needs
            # it (search/vocabulary.py); nor SQLite: only a large content (backends.py).
            lambda: import_module("allguide.search"),
            lambda: window.search_engine,
            # What a first search needs, a few ms a turn: phrases, medicines' names,
            # and the word list (mapped from its built file in one turn).
            WhileTrue(lambda: window.search_engine.prepare_step()),
            lambda: import_module("allguide.ui.search.panel"),
            lambda: window.search_panel,
            lambda: _paint_unseen(window.search_panel, window.pages),
            lambda: import_module("allguide.ui.side_effects.view"),
            lambda: window.side_effects,
            lambda: _paint_unseen(window.side_effects, window.pages),
            lambda: import_module("allguide.timeline.windows"),
            lambda: import_module("allguide.ui.timeline.chart"),
            lambda: import_module("allguide.ui.timeline.view"),
            lambda: window.timeline,
            lambda: _paint_unseen(window.timeline, window.pages),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint starts the warm-up: nothing is built before it is on screen."""
        super().paintEvent(event)
        self.warm_up.start()  # once; later paints do nothing

    # Wiring ------------------------------------------------------------

    def _build_toolbar(self) -> None:
        rtl = self.isRightToLeft()  # Arabic: Back points right, where its reading began
        self.back_action = QAction(icon("back", mirrored=rtl), self.tr("Back"), self)
        self.back_action.setShortcuts(_with_standard(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.forward_action = QAction(icon("forward", mirrored=rtl), self.tr("Forward"), self)
        self.forward_action.setShortcuts(
            _with_standard(QKeySequence.StandardKey.Forward, "Alt+Right")
        )
        self.home_action = QAction(icon("home"), self.tr("Home"), self)
        self.home_action.setShortcut("Alt+Home")
        # The toolbar's words with their Alt letters (mnemonics), chosen in each language:
        # Qt drops the '&' from an iconText it makes from the text, so each is set.
        self.back_action.setIconText(self.tr("&Back"))
        self.forward_action.setIconText(self.tr("&Forward"))
        self.home_action.setIconText(self.tr("&Home"))
        for action in (self.back_action, self.forward_action):
            action.setEnabled(False)
        toolbar = QToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(self._toolbar_icon_size())
        toolbar.addActions([self.back_action, self.forward_action, self.home_action])
        self.side_effects_action = QAction(icon("list"), self.tr("Side effects A–Z"), self)
        self.side_effects_action.setIconText(self.tr("&Side effects A–Z"))
        toolbar.addAction(self.side_effects_action)
        self.timeline_action = QAction(icon("timeline"), self.tr("Timeline"), self)
        self.timeline_action.setIconText(self.tr("&Timeline"))
        toolbar.addAction(self.timeline_action)
        # Save page as PDF (Ctrl+S) and Print (Ctrl+P): one "Save or print" button, also
        # the reader's right-click menu; never at a kiosk.
        self.printing: PrintActions | None = None
        if self._mode.allows_printing_and_saving:
            self.printing = PrintActions(self, self.content, self._locale)
            self.printing.put_in(toolbar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(self._search_box_width())
        toolbar.addWidget(self.search_box)
        self.language_button: LanguageButton | None = None
        if len(self.languages) > 1:
            self.language_button = LanguageButton(self.languages, self.language or DEFAULT)
            toolbar.addWidget(self.language_button)
        # Text size (Ctrl++, Ctrl+-, Ctrl+0) for the whole app; a kiosk's resets per visitor.
        self.text_size = TextSizeActions(self, self._preferences, self._mode.text_scale)
        self.display_button = DisplayButton(self.text_size, theme_choice())
        toolbar.addWidget(self.display_button)
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.addAction(self.find_action)
        self.about_action: QAction | None = None
        if self._mode.offers_about:
            self.about_action = QAction(self.tr("About AllGuide"), self)
            self.about_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
            self.about_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(self.about_action)
        self.shortcuts_action: QAction | None = None
        if self._mode.offers_about:  # a kiosk offers no hidden keys
            self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), self)
            self.shortcuts_action.setShortcuts(_SHORTCUTS_KEYS)
            self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(self.shortcuts_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        for action in toolbar.actions():  # reachable with Tab, not only by mouse or shortcut
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):  # not the spacer: no invisible tab stop
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _toolbar_icon_size(self) -> QSize:
        side = int(self.fontMetrics().height() * 1.4)  # icons grow with the text
        return QSize(side, side)

    def _search_box_width(self) -> int:
        """Its smallest: on a narrow screen it gives up width before a button is hidden."""
        return search_box_width(self.fontMetrics())

    def _smallest_size(self) -> QSize:
        toolbar = icons_only_width(self.toolbar)  # every button in the window, icons at least
        return minimum_size(self.fontMetrics(), available_areas(), self._tree_width, toolbar)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (ui/zoom): what was measured in the old font is measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "toolbar"):
            self.toolbar.setIconSize(self._toolbar_icon_size())
            self.search_box.setMinimumWidth(self._search_box_width())
            smallest = self._smallest_size()
            # A kiosk's window is held at its screen's size (kiosk/full_screen.py).
            if not self._mode.is_kiosk and smallest != self.minimumSize():
                self.setMinimumSize(smallest)

    def _connect(self) -> None:
        nav = self.navigator
        self.back_action.triggered.connect(nav.back)
        self.forward_action.triggered.connect(nav.forward)
        self.home_action.triggered.connect(nav.home)
        if self.about_action is not None:
            self.about_action.triggered.connect(self.show_about)
        if self.shortcuts_action is not None:
            self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.side_effects_action.triggered.connect(lambda: nav.show(View.SIDE_EFFECTS))
        self.timeline_action.triggered.connect(lambda: nav.show(View.TIMELINE))
        self.tree.pageRequested.connect(nav.open)
        self.home.pageRequested.connect(nav.open)
        self.home.searchRequested.connect(self._focus_search)
        self.home.languageRequested.connect(self.languageRequested)
        if self.language_button is not None:
            self.language_button.languageChosen.connect(self.languageRequested)
        self.find_action.triggered.connect(self._focus_search)
        box = self.search_box
        box.searchRequested.connect(self._search)
        box.moveRequested.connect(self._move_in_results)
        box.activateRequested.connect(self._open_current_result)
        box.cancelled.connect(self._cancel_search)
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

    @Slot(int)
    def _move_in_results(self, step: int) -> None:
        if self._search_panel is not None:  # before the first search there is nothing to move
            self._search_panel.move_selection(step)

    @Slot()
    def _open_current_result(self) -> None:
        if self._search_panel is not None:
            self._search_panel.open_current()

    @Slot()
    def _cancel_search(self) -> None:
        if self.navigator.current_view is View.SEARCH:
            self.navigator.back()

    @Slot()
    def show_about(self) -> None:
        """The About dialog (F1): version, content source, licences. Imported on first
        use: the start pays nothing for it."""
        from allguide.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self._locale, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.shortcutsRequested.connect(dialog.accept)
        dialog.shortcutsRequested.connect(self.show_shortcuts)
        self.about_dialog = dialog
        dialog.open()

    @Slot()
    def show_shortcuts(self) -> None:
        """The "Keyboard shortcuts" page (Ctrl+/ or Shift+F1), read from this window's
        actions when it opens. Imported on first use, like About."""
        from allguide.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    @property
    def mode(self) -> Mode:
        """How this window runs (a kiosk's views read its countdown, say)."""
        return self._mode

    @Slot(str)
    def _show(self, page_id: str) -> None:
        view = View.of(page_id)
        if view is not None:
            widget, title = self._view_page(view)
            self.pages.setCurrentWidget(widget)
            self.tree.follow("")
            if self.printing is not None:
                self.printing.show_page(None, view=view)
            self._set_title(title)
            return
        page = self.page_builder.build(page_id) or self.page_builder.missing(page_id)
        self.reader.show_page(page)
        self.pages.setCurrentWidget(self.reader)
        self.tree.follow(page.tree_id)
        if self.printing is not None:
            self.printing.show_page(page)
        self._set_title(page.title)

    def _view_page(self, view: View) -> tuple[QWidget, str]:
        """A view's page (built now if this is its first time) and its window title."""
        match view:
            case View.HOME:
                return self.home, ""
            case View.SEARCH:
                return self.search_panel, self.tr("Search")
            case View.SIDE_EFFECTS:
                return self.side_effects, self.tr("Side effects A–Z")
            case View.TIMELINE:
                return self.timeline, self.tr("Timeline")
            case unknown:
                assert_never(unknown)

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
        self._tree_width = self.splitter.sizes()[0]
        self.setMinimumSize(self._smallest_size())
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

    def close(self) -> bool:
        """Close, as AllGuide itself asks (a language switch or a visitor reset replacing
        this window, a test's end): every caller in Python comes here, the window system
        never does (Alt+F4 and a window manager's close reach closeEvent through Qt
        alone), so a kiosk's guard can refuse the one and let the other through."""
        self.closing_by_app = True
        try:
            return super().close()
        finally:
            self.closing_by_app = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.warm_up.stop()  # nothing left to open quickly
        self.save_preferences()
        super().closeEvent(event)


def _paint_unseen(page: QWidget, stack: QStackedWidget) -> None:
    """Paint a page not shown yet into a QPicture (paint commands recorded, no pixels):
    its polish, layout, text layout and painting code, and the PySide enum classes they
    use, then happen on an idle turn rather than when someone first opens it.

    At the stack's size, as it will be shown: a hidden page is otherwise 640x480, and
    its first showing would lay it all out again."""
    if not page.isVisible():
        page.setGeometry(stack.contentsRect())
        page.render(QPicture())


# Ctrl+/ as in many editors and web apps; Shift+F1 beside F1's About.
_SHORTCUTS_KEYS = [QKeySequence("Ctrl+/"), QKeySequence("Shift+F1")]


def _with_standard(standard: QKeySequence.StandardKey, ours: str) -> list[QKeySequence]:
    """The platform's keys plus ours, without duplicates: Qt finds those ambiguous."""
    keys = QKeySequence.keyBindings(standard)
    if QKeySequence(ours) not in keys:
        keys.append(QKeySequence(ours))
    return keys
