"""Switching the language while AllGuide runs: a new window, built in the new language.

Why a new window rather than each widget retranslating itself: every string, date,
number, layout direction, content text, search index and view is then made for the
new language by the same code that made the first window, so nothing can be left in
the old one. Building a window takes ~20 ms and the content ~3 ms (issue 10), well
under the second the issue allows. The family stays where it was: the same page (ids
are the same in every language), the same window place and size, the same search.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

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
        new.languageRequested.connect(self.switch_to)
        self.window = new
        new.show()
        old.close()
        old.deleteLater()
        self._remember(language)
        log.info("language switched to %s", language.value)
        self.switched.emit(new)


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
