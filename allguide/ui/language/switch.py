"""Switching the language while AllGuide runs: a new window, built in the new language;
and a kiosk's start over for its next visitor, the same way.

Why a new window rather than each widget retranslating itself: every string, date,
number, layout direction, content text, search index and view is then made for the
new language by the same code that made the first window, so nothing can be left in
the old one. Building a window takes ~20 ms and the content ~3 ms (issue 10), well
under the second the issue allows. The family stays where it was: the same page (ids
are the same in every language), the same window place and size, the same search.

A kiosk forgets each visitor the same way (``Session.start_over``), but carries nothing
over: a new window in the starting language and look, no other window or popup left
open, an empty clipboard. Nothing of the last visitor can survive in a widget's state
that the code forgot to reset, because no widget of theirs survives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from allguide.languages import Language
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.reader.page_builder import IN_ENGLISH

log = logging.getLogger(__name__)


class LanguageSwitch(QObject):
    """Holds the one main window and replaces it when another language is asked for.

    ``prepare`` makes the application speak a language (its translators, its layout
    direction) before anything is built; ``build`` loads that language's content and
    builds a window for it, or returns None if it cannot (already logged); ``remember``
    keeps the choice for the next start (a kiosk's does nothing).
    """

    switched = Signal(object)  # the new MainWindow

    def __init__(
        self,
        window: MainWindow,
        prepare: Callable[[Language], None],
        build: Callable[[Language], MainWindow | None],
        remember: Callable[[Language], None],
    ) -> None:
        super().__init__()
        self.window = window
        self._prepare = prepare
        self._build = build
        self._remember = remember
        window.languageRequested.connect(self.switch_to)

    @Slot(str)
    def switch_to(self, value: str) -> None:
        language = Language.parse(value)
        old = self.window
        if language is None or language is old.language:
            return
        self._prepare(language)
        new = self._build(language)
        if new is None:  # its content would not load: stay as we were, in the old language
            if old.language is not None:
                self._prepare(old.language)
            return
        carry_over(old, new)
        self._replace(old, new)
        self._remember(language)
        log.info("language switched")  # not which: a kiosk's log keeps no visitor's choice
        self.switched.emit(new)

    def _replace(self, old: MainWindow, new: MainWindow) -> None:
        """``new`` is the window in use from now on; ``old`` goes (closed, then deleted)."""
        new.languageRequested.connect(self.switch_to)
        self.window = new
        new.show()
        if not old.close():  # a kiosk's guard may refuse even our own close: hidden anyway
            old.hide()
        old.deleteLater()


class Session(LanguageSwitch):
    """The run's one window: another language replaces it (``switch_to``), and so does
    a kiosk's next visitor (``start_over``).

    ``starting`` is the language each visitor starts in; ``restore_look`` puts back the
    look a run starts with (theme and text size), so a visitor's changes go too.
    """

    startedOver = Signal(object)  # the new MainWindow, in the starting language

    def __init__(
        self,
        window: MainWindow,
        prepare: Callable[[Language], None],
        build: Callable[[Language], MainWindow | None],
        remember: Callable[[Language], None],
        *,
        starting: Language,
        restore_look: Callable[[], None],
    ) -> None:
        super().__init__(window, prepare, build, remember)
        self.starting = starting
        self._restore_look = restore_look

    def start_over(self) -> MainWindow:
        """A new window at the home page, in the starting language and look, and nothing
        else of the last visitor: no other window or popup, an empty clipboard.

        Returns the window in use afterwards. If the starting language's window cannot be
        built (its content, read fine at start, is now broken; logged), the old window
        stays, in its own language, but popups and clipboard are still cleared."""
        old = self.window
        self._prepare(self.starting)
        self._restore_look()
        new = self._build(self.starting)
        if new is None:
            if old.language is not None:
                self._prepare(old.language)
            log.error("the next visitor's window could not be built; the last one stays")
        else:
            self._replace(old, new)
        close_everything_but(self.window)
        clear_clipboard()
        if new is not None:
            self.startedOver.emit(new)
        return self.window


def close_everything_but(window: QWidget) -> None:
    """Close every popup, menu, tooltip and other top-level widget except ``window``."""
    QToolTip.hideText()
    for _ in range(16):  # nested menus: each closes its own; bounded, never a loop
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        if not popup.close():
            popup.hide()
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if not widget.close():
            widget.hide()


def clear_clipboard() -> None:
    """Nothing a visitor copied stays for the next one (nor in X11's selection)."""
    clipboard = QApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


def carry_over(old: MainWindow, new: MainWindow) -> None:
    """What the family was looking at, into the new window: place, size, page, search."""
    new.restoreGeometry(old.saveGeometry())
    new.splitter.setSizes(old.splitter.sizes())
    page = old.navigator.current.removeprefix(IN_ENGLISH)  # the page, in the new language
    query = old.search_box.text().strip()
    if page == View.SEARCH.page_id:
        if query:
            new.search_box.setText(query)
            new.search_box.search_now(query)
    else:  # a view, or a page: the same ids in every language (allguide validate)
        new.navigator.open(page)
