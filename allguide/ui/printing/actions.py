"""The window's Save page as PDF (Ctrl+S) and Print (Ctrl+P) actions, and the toolbar's
Print button whose menu holds both (its tooltip and accessible description say so).

Built only in normal mode: a kiosk never offers them (its guard swallows the keys)."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTextEdit, QToolBar, QToolButton, QWidget

from allguide.ui.icons import icon
from allguide.ui.navigator import View
from allguide.ui.wording import fill

if TYPE_CHECKING:  # imported on first use: the window's start pays nothing for them
    from PySide6.QtCore import QLocale
    from PySide6.QtPrintSupport import QPrinter

    from allguide.content.model import Content
    from allguide.ui.printing.sheet import PrintSheet
    from allguide.ui.printing.side_effect_list import SideEffectListPage
    from allguide.ui.printing.timeline_page import TimelinePage
    from allguide.ui.reader.page_builder import Page, PageBuilder
    from allguide.ui.side_effects.view import SideEffectsView
    from allguide.ui.timeline.view import TimelineView

# Characters no file name may hold on one of the systems we run on.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def ask_pdf_path(parent: QWidget, caption: str, suggested: str, filter_text: str) -> str:
    """The platform's Save dialog; "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog  # on first use: PySide builds its type then

    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, filter_text)
    return path


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The platform's Print dialog; None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from allguide.ui.printing.pages import a4_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted.value:
        return None
    return printer


def printing_available() -> bool:
    """Whether Qt's printing module is here: build.spec bundles it (with the CUPS plugin
    on Linux), and a build that left it out would offer Save as PDF alone."""
    return importlib.util.find_spec("PySide6.QtPrintSupport") is not None


def file_name_for(title: str) -> str:
    """A page title as a file name: the same words, without what a file system refuses."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split()).strip(" .") or "AllGuide"
    return f"{name}.pdf"


class PrintActions(QObject):
    """Prints or saves the reader page being shown; disabled on the other views.

    ``choose_path`` and ``choose_printer`` are the dialogs (tests put their own answers)."""

    def __init__(self, window: QWidget, content: Content, locale: QLocale) -> None:
        super().__init__(window)  # the window is reached through parent(): no cycle
        self._content = content
        self._locale = locale
        self._sheet: PrintSheet | None = None
        self._page: Page | None = None
        self._views: dict[View, SideEffectListPage | TimelinePage] = {}
        self._view_shown: View | None = None
        self.choose_path: Callable[[QWidget, str, str, str], str] = ask_pdf_path
        self.choose_printer: Callable[[QWidget], QPrinter | None] = ask_printer
        self.save_pdf_action = self._action(
            self.tr("Save page as PDF…"), QKeySequence.StandardKey.Save
        )
        self.print_action = self._action(self.tr("Print…"), QKeySequence.StandardKey.Print)
        self.save_pdf_action.triggered.connect(self.save_pdf)
        self.print_action.triggered.connect(self.print_page)
        self._can_print = printing_available()
        for action in self.actions():
            window.addAction(action)
        # The toolbar's one button for both: seen by someone who knows neither key nor
        # right-click menu. Its words, short for the toolbar's room, carry its Alt letter
        # (iconText: Qt drops the '&' from an iconText it makes from the text).
        self.menu_action = QAction(icon("print"), self.tr("Save or print"), self)
        self.menu_action.setIconText(self.tr("&Print"))
        # Built with the window, not on first click as the Display menu is: a QMenu of two
        # actions costs ~0.1 ms CPU of the window's ~28 ms, imports nothing, and a start
        # measured either way was the same (startup_check CPU medians 239 and 240 ms).
        self.menu = QMenu(window)
        self.menu.setObjectName("saveOrPrintMenu")
        self.menu.addActions(self.actions())
        self.menu_action.triggered.connect(self._open_toolbar_menu)
        self.show_page(None)

    def _action(self, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def actions(self) -> list[QAction]:
        if self._can_print:
            return [self.save_pdf_action, self.print_action]
        return [self.save_pdf_action]

    def offer_list(self, view: SideEffectsView, pages: PageBuilder) -> None:
        """The side-effect list can be printed as filtered (once the view is built)."""
        from allguide.ui.printing.side_effect_list import SideEffectListPage

        self._views[View.SIDE_EFFECTS] = SideEffectListPage(view, pages)

    def offer_timeline(self, view: TimelineView, pages: PageBuilder) -> None:
        """The timeline can be printed, with My dates when set (once the view is built)."""
        from allguide.ui.printing.timeline_page import TimelinePage

        self._views[View.TIMELINE] = TimelinePage(view, pages, self._locale)

    def show_page(self, page: Page | None, *, view: View | None = None) -> None:
        """The page now shown in the reader, or None and the ``view`` shown instead
        (the side-effect list and the timeline can be printed too)."""
        self._page = page
        self._view_shown = view if view in self._views else None
        for action in (*self.actions(), self.menu_action):
            action.setEnabled(page is not None or self._view_shown is not None)

    def put_in(self, toolbar: QToolBar) -> None:
        """The Print button (Save as PDF or print) after ``toolbar``'s buttons so far."""
        toolbar.addAction(self.menu_action)
        button = toolbar.widgetForAction(self.menu_action)
        if button is not None:  # its own words: a screen reader would read the tooltip's
            button.setAccessibleDescription(
                self.tr("Save the page shown as a PDF file, or print it")
            )

    @Slot()
    def _open_toolbar_menu(self) -> None:
        """Under the button, lined up with its leading edge (the right one, right to left).
        Popped up, not Qt's menu button: that runs a loop of its own until closed."""
        menu = self.menu
        for widget in self.menu_action.associatedObjects():
            if isinstance(widget, QToolButton) and widget.isVisible():
                left = widget.width() - menu.sizeHint().width() if widget.isRightToLeft() else 0
                menu.popup(widget.mapToGlobal(QPoint(left, widget.height())))
                return
        window = self._window()  # its button behind the toolbar's overflow: mid-window
        menu.popup(window.mapToGlobal(window.rect().center()))

    def _shown(self) -> tuple[Page, str] | None:
        """What is shown now as a page for paper, with a note on how a list was filtered."""
        if self._page is not None:
            return self._page, ""
        if self._view_shown is not None:
            return self._views[self._view_shown].page()
        return None

    def sheet(self) -> PrintSheet:
        """What lays a page out for paper, made on first use."""
        if self._sheet is None:
            from allguide.ui.printing.sheet import PrintSheet

            self._sheet = PrintSheet(self._content, self._locale, self)
        return self._sheet

    def offer_in(self, view: QTextEdit) -> None:
        """``view``'s right-click menu: its own (Copy, Select all), then these actions."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._open_menu)

    @Slot(QPoint)
    def _open_menu(self, position: QPoint) -> None:
        view = self.sender()  # no lambda holding the view: a closed window is freed at once
        if not isinstance(view, QTextEdit):
            return
        # Qt wants the point in the document (a link under a scrolled page), the popup
        # goes where the pointer is on screen.
        in_document = position + QPoint(
            view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        )
        menu = view.createStandardContextMenu(in_document)
        menu.setObjectName("readerMenu")
        menu.addSeparator()
        menu.addActions(self.actions())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(position))

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def _footer(self, number: int, count: int) -> str:
        return fill(self.tr("Page %1 of %2"), str(number), str(count))

    @Slot()
    def save_pdf(self) -> None:
        shown = self._shown()
        if shown is None:
            return
        page, note = shown
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / file_name_for(page.title))
        path = self.choose_path(
            self._window(), self.tr("Save page as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from allguide.ui.printing.pages import save_pdf

        document = self.sheet().document(page, note)
        if not save_pdf(document, Path(path), page.title, self._footer):
            from PySide6.QtWidgets import QMessageBox  # only on a failure

            warning = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                fill(self.tr("The file “%1” could not be written."), path),
                QMessageBox.StandardButton.Ok,
                self._window(),
            )
            warning.setTextFormat(Qt.TextFormat.PlainText)  # a file name is text, never markup
            warning.exec()

    @Slot()
    def print_page(self) -> None:
        shown = self._shown()
        if shown is None:
            return
        page, note = shown
        printer = self.choose_printer(self._window())
        if printer is None:
            return
        printer.setDocName(page.title)
        from allguide.ui.printing.pages import draw_pages

        draw_pages(self.sheet().document(page, note), printer, self._footer)
