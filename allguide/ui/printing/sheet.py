"""A reader page as a document for paper: the disclaimer and the content's date on top,
the page itself, and the references it cites.

The page is laid out by the reader itself (ReaderView: the same Markdown, spacing and
writing direction, and nothing ever loaded from a path), from the reader's PageBuilder.
Links become plain text: on paper they lead nowhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextOption,
)

from allguide.content.model import Content, Reference
from allguide.ui.dates import format_date
from allguide.ui.reader.browser import ReaderView, blank_image
from allguide.ui.reader.page_builder import Page
from allguide.ui.text_runs import set_look, text_runs
from allguide.ui.wording import fill

PRINT_POINT_SIZE = 11.0
SMALL_POINT_SIZE = 9.5


class Paper(QTextDocument):
    """A document for paper that, like the reader, loads nothing: an image any page
    names is one blank pixel (the reader's own answer), never a file read."""

    def loadResource(self, resource_type: int, name: QUrl | str) -> Any:
        if resource_type == QTextDocument.ResourceType.ImageResource.value:
            return blank_image()
        return ""


class PrintSheet(QObject):
    """Makes the printed document of a Page shown in the reader."""

    def __init__(self, content: Content, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._locale = locale

    def disclaimer(self) -> str:
        document = self._content.document
        if document is not None:
            return document.disclaimer
        return self.tr("This is information, not medical advice: ask your care team.")

    def content_date(self) -> str:
        document = self._content.document
        if document is None:
            return self.tr("The content's date could not be read.")
        return fill(self.tr("Content updated %1."), format_date(document.updated, self._locale))

    def document(self, page: Page, note: str = "") -> QTextDocument:
        """The page for paper, ``page.right_to_left`` kept (Arabic reads right to left);
        ``note`` (how a list was filtered, say) under the content's date."""
        reader = ReaderView()  # never shown: it lays the page out as the reader does
        reader.show_page(page)
        document = Paper()
        font = QFont(document.defaultFont())
        font.setPointSizeF(PRINT_POINT_SIZE)
        document.setDefaultFont(font)
        QTextCursor(document).insertFragment(QTextDocumentFragment(reader.document()))
        reader.deleteLater()
        cited = self._cited(document)
        _unlink(document)
        cursor = QTextCursor(document)
        cursor.insertBlock()  # the page's first block keeps its own (heading) format
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        _set_plain_block(cursor)
        cursor.insertText(self.disclaimer(), _text_format(bold=True))
        cursor.insertBlock()
        _set_plain_block(cursor)
        cursor.insertText(self.content_date(), _text_format(point_size=SMALL_POINT_SIZE))
        if note:
            cursor.insertBlock()
            _set_plain_block(cursor)
            cursor.insertText(note, _text_format(bold=True))
        if cited:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
            _set_plain_block(cursor, top=14)
            cursor.insertText(self.tr("References cited on this page"), _text_format(bold=True))
            for reference in cited:
                cursor.insertBlock()
                _set_plain_block(cursor)
                cursor.insertText(_entry(reference), _text_format(point_size=SMALL_POINT_SIZE))
        if page.right_to_left:
            _right_to_left(document)
        return document

    def _cited(self, document: QTextDocument) -> list[Reference]:
        """The references the page links to, in the order they first appear."""
        seen: dict[str, Reference] = {}
        for _start, _end, text_format in text_runs(document):
            href = text_format.anchorHref()
            if href.startswith("#") and href[1:] not in seen:
                reference = self._content.reference(href[1:])
                if reference is not None:
                    seen[reference.id] = reference
        return list(seen.values())


def _entry(reference: Reference) -> str:
    text = f"[{reference.label}] {reference.publisher}. {reference.title}."
    return f"{text} {reference.url}" if reference.url else text


def _text_format(*, bold: bool = False, point_size: float = PRINT_POINT_SIZE) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setFontPointSize(point_size)
    text_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return text_format


def _set_plain_block(cursor: QTextCursor, *, top: float = 0) -> None:
    """A plain paragraph (not a heading or list item), with a little air after it."""
    block_format = QTextBlockFormat()
    block_format.setHeadingLevel(0)
    block_format.setTopMargin(top)
    block_format.setBottomMargin(6)
    cursor.setBlockFormat(block_format)
    cursor.setCharFormat(_text_format())


def _unlink(document: QTextDocument) -> None:
    """Every link as plain text in the page's ink: paper cannot follow one, and the
    screen theme's link colour may be pale on white."""
    for start, end, text_format in text_runs(document):
        if not text_format.isAnchor():
            continue
        text_format.clearForeground()
        text_format.setAnchor(False)
        text_format.setAnchorHref("")
        text_format.setFontUnderline(False)
        set_look(document, start, end, text_format)


def _right_to_left(document: QTextDocument) -> None:
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    direction = QTextBlockFormat()
    direction.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(direction)
