"""The reader: shows one page's Markdown and turns link clicks into requests.

It never follows a link itself. Page links and citations become
``pageRequested``; anything else (a web address) becomes
``externalLinkRequested``, so nothing here can open a browser or touch the
network.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip, QWidget

from allguide.content.terms import TERM_PREFIX, term_id_of
from allguide.ui.plain import plain_tooltip
from allguide.ui.reader.page_builder import Page
from allguide.ui.text_runs import set_look, text_runs

# GitHub's dialect (lists, tables, autolinks) without raw HTML: content is Markdown only.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
READABLE_WIDTH = 760  # pixels of text column; longer lines tire the eye
PAGE_MARGIN = 24
READING_FONT_SCALE = 1.15
LINE_HEIGHT_PERCENT = 135
LINE_HEIGHT_PROPORTIONAL = 1  # QTextBlockFormat.LineHeightTypes.ProportionalHeight


class ReaderView(QTextBrowser):
    """A read-only page of content with links handled by the owner."""

    pageRequested = Signal(str)
    externalLinkRequested = Signal(str)
    pageShown = Signal(str)
    # A marked glossary word was clicked, tapped or pressed (Enter): its id, and where
    # the word is on screen (global coordinates) so its meaning can be shown beside it.
    termRequested = Signal(str, QRect)

    def __init__(self, parent: QWidget | None = None, *, margin: int = 0) -> None:
        super().__init__(parent)
        self._page: Page | None = None
        self._margin = margin or PAGE_MARGIN
        self._pointer: QPoint | None = None  # where a click on a link was let go
        self._tooltips: dict[str, str] = {}
        self._hover_tooltips = True
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Reader"))
        self._set_reading_font()
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.highlighted.connect(self._on_link_hovered)

    def _set_reading_font(self) -> None:
        reading_font = QFont(self.font())
        reading_font.setPointSizeF(reading_font.pointSizeF() * READING_FONT_SCALE)
        self.document().setDefaultFont(reading_font)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (ui/zoom): the page's text follows it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_reading_font()

    @property
    def page(self) -> Page | None:
        return self._page

    def set_link_tooltips(self, tooltips: dict[str, str]) -> None:
        """Text shown when hovering a link to an id, e.g. a reference's full entry."""
        self._tooltips = tooltips

    def set_hover_tooltips(self, shown: bool) -> None:
        """Whether hovering a link shows its tooltip: a touch screen has no hover (a tap
        on a citation opens its reference instead)."""
        self._hover_tooltips = shown

    def tooltip_for(self, url: QUrl) -> str:
        """What hovering a link shows: an id's tooltip, or a web link's address."""
        if url.hasFragment() and not url.scheme():
            return self._tooltips.get(url.fragment(), "")
        return url.toString()

    def show_page(self, page: Page) -> None:
        self._page = page
        self.document().setMarkdown(page.markdown, MARKDOWN_FEATURES)
        self._space_lines()
        self._mark_terms()
        self._fit_column()
        if page.focus_text:
            self.focus_on(page.focus_text)
        else:
            self.moveCursor(QTextCursor.MoveOperation.Start)
            self.verticalScrollBar().setValue(0)
        self.pageShown.emit(page.id)

    def _space_lines(self) -> None:
        """Looser lines than Qt's default, and air between paragraphs but not list items."""
        block = self.document().begin()
        cursor = QTextCursor(self.document())
        while block.isValid():
            spacing = QTextBlockFormat()
            spacing.setLineHeight(LINE_HEIGHT_PERCENT, LINE_HEIGHT_PROPORTIONAL)
            # A list item's block format points at its list. (Not block.textList():
            # in PySide6 6.12.0 it returns None without a reference and crashes later.)
            in_list = block.blockFormat().objectIndex() >= 0
            spacing.setBottomMargin(4 if in_list else 10)
            if self._page is not None and self._page.right_to_left:
                spacing.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(spacing)
            block = block.next()

    def _mark_terms(self) -> None:
        """A glossary word looks unlike a link: the text's own colour with a dotted
        underline, the usual sign of "tap for its meaning". No colour is written into
        the page, so it follows the theme as the rest of the text does."""
        document = self.document()
        for start, end, look in text_runs(document):
            if look.isAnchor() and look.anchorHref().startswith("#" + TERM_PREFIX):
                look.clearForeground()
                look.setFontUnderline(True)
                look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                set_look(document, start, end, look)

    def marked_words(self) -> list[tuple[str, QRect]]:
        """(glossary id, where it is on screen) of each word marked on the page shown."""
        found: list[tuple[str, QRect]] = []
        for start, end, look in text_runs(self.document()):
            term_id = term_id_of(look.anchorHref().removeprefix("#"))
            if term_id is not None:
                found.append((term_id, self._span_on_screen(start, end)))
        return found

    def _span_on_screen(self, start: int, end: int) -> QRect:
        """Where characters ``start`` to ``end`` are drawn, on screen (global coordinates)."""
        first, last = QTextCursor(self.document()), QTextCursor(self.document())
        first.setPosition(start)
        last.setPosition(end)
        rect = self.cursorRect(first).united(self.cursorRect(last))
        return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def focus_on(self, text: str) -> bool:
        """Select the first paragraph starting with ``text`` and scroll it into view."""
        block = self.document().begin()
        while block.isValid():
            if block.text().startswith(text):
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + len(text), QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def selected_text(self) -> str:
        return self.textCursor().selectedText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt tells of a clicked link while the mouse is let go: remember where."""
        self._pointer = event.position().toPoint()
        try:
            super().mouseReleaseEvent(event)
        finally:
            self._pointer = None

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment() and not url.path():
            term_id = term_id_of(url.fragment())
            if term_id is not None:
                self.termRequested.emit(term_id, self._link_rect())
            else:
                self.pageRequested.emit(url.fragment())
        else:
            self.externalLinkRequested.emit(url.toString())

    def _link_rect(self) -> QRect:
        """The line of the link just used, on screen: under the pointer for a click or a
        tap, at the focused link for the keyboard."""
        if self._pointer is None:
            cursor = self.textCursor()
            return self._span_on_screen(cursor.selectionStart(), cursor.selectionEnd())
        rect = self.cursorRect(self.cursorForPosition(self._pointer))
        rect.setLeft(self._pointer.x())
        rect.setWidth(1)
        return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())

    @Slot(QUrl)
    def _on_link_hovered(self, url: QUrl) -> None:
        tip = self.tooltip_for(url) if self._hover_tooltips else ""
        if tip:
            QToolTip.showText(self.cursor().pos(), plain_tooltip(tip), self)
        else:
            QToolTip.hideText()

    def loadResource(self, resource_type: int, name: QUrl | str) -> Any:
        """Nothing is ever read from a path or address: content has no images.

        Returning nothing is not enough: Qt then opens the file itself. So every
        image is one blank pixel and every other resource is empty.
        """
        if resource_type == QTextDocument.ResourceType.ImageResource.value:
            return blank_image()
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Keep a comfortable line length by centring the text column.

        Done with the document's side margins, not the viewport's, so that
        resizing cannot feed back into another resize.
        """
        side = self._margin + max(0, self.viewport().width() - READABLE_WIDTH) // 2
        root = root_frame(self.document())
        frame_format = root.frameFormat()
        if int(frame_format.leftMargin()) == side and int(frame_format.topMargin()) == self._margin:
            return
        frame_format.setMargin(self._margin)
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        root.setFrameFormat(frame_format)


def root_frame(document: QTextDocument) -> QTextFrame:
    """The document's root frame, through a cursor at its start (always in the root frame).

    Not ``document.rootFrame()``: PySide keeps each frame that returns as a child of
    the document's wrapper, and every ``setMarkdown`` makes a new root frame, so a
    kiosk showing pages for months would keep one dead wrapper per page shown.
    """
    return QTextCursor(document).currentFrame()


def blank_image() -> QImage:
    """One transparent pixel: what any image a page names is shown as."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image
