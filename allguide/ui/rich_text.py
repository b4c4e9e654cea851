"""Rows of item views drawn from their models' data: a title, quieter lines, highlights.

Models give only data (ItemRole: the title, its kind in words, a summary, a
snippet, the other words that matched, and the ranges to highlight in each).
The delegate lays that out as a QTextDocument, inserting every text as plain
text, so nothing a model or a user wrote is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from allguide.ui.roles import ItemRole
from allguide.ui.theme import active_theme, qcolor

PADDING = 10
LARGER = 1  # font size steps, as Qt's rich text counts them: "large"
SMALLER = -1  # "small"
SEMI_BOLD = 600
MAX_KEPT_DOCUMENTS = 256  # a few screens of rows at a few widths

Index = QModelIndex | QPersistentModelIndex
Ranges = tuple[tuple[int, int], ...]


def _ranges(value: object) -> Ranges:
    """ItemRole ranges ([start, end] lists) as a tuple of pairs; anything else as none."""
    if not isinstance(value, Sequence) or isinstance(value, str):
        return ()
    return tuple((int(pair[0]), int(pair[1])) for pair in value if len(pair) == 2)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class RowText:
    """What a row says, read from its model through ItemRole; hashable, so it keys a cache."""

    title: str
    title_highlights: Ranges = ()
    kind_name: str = ""
    summary: str = ""
    snippet: str = ""
    highlights: Ranges = ()
    also_matched: str = ""
    also_highlights: Ranges = ()

    @classmethod
    def of(cls, index: Index) -> RowText:
        return cls(
            title=str(index.data() or ""),
            title_highlights=_ranges(index.data(ItemRole.TITLE_HIGHLIGHTS)),
            kind_name=_text(index.data(ItemRole.KIND_NAME)),
            summary=_text(index.data(ItemRole.SUMMARY)),
            snippet=_text(index.data(ItemRole.SNIPPET)),
            highlights=_ranges(index.data(ItemRole.HIGHLIGHTS)),
            also_matched=_text(index.data(ItemRole.ALSO_MATCHED)),
            also_highlights=_ranges(index.data(ItemRole.ALSO_HIGHLIGHTS)),
        )


def highlight_format(base: QTextCharFormat) -> QTextCharFormat:
    """``base`` marked as a match: the theme's mark (yellow in the light one), a little bolder."""
    theme = active_theme()
    marked = QTextCharFormat(base)
    marked.setBackground(qcolor(theme.mark_background))
    marked.setForeground(qcolor(theme.mark_text))
    marked.setFontWeight(SEMI_BOLD)
    return marked


def insert_highlighted(
    cursor: QTextCursor, text: str, ranges: Ranges, base: QTextCharFormat
) -> None:
    """Insert ``text`` as plain text, with exactly the characters in ``ranges`` marked."""
    position = 0
    for start, end in sorted(ranges):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue  # empty, overlapping or past the end: nothing more to mark
        cursor.insertText(text[position:start], base)
        cursor.insertText(text[start:end], highlight_format(base))
        position = end
    cursor.insertText(text[position:], base)


def row_document(row: RowText, font: QFont, width: int, bold_title: bool) -> QTextDocument:
    """The row laid out: the title (larger), its kind, then a line for each other text."""
    quiet_text = qcolor(active_theme().quiet_text)
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(PADDING)
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    title = QTextCharFormat()
    title.setProperty(QTextFormat.Property.FontSizeAdjustment, LARGER)
    if bold_title:
        title.setFontWeight(SEMI_BOLD)
    insert_highlighted(cursor, row.title, row.title_highlights, title)
    if row.kind_name:
        kind = QTextCharFormat()
        kind.setProperty(QTextFormat.Property.FontSizeAdjustment, SMALLER)
        kind.setForeground(quiet_text)
        cursor.insertText(" ", title)
        cursor.insertText(f"— {row.kind_name}", kind)
    quiet = QTextCharFormat()
    quiet.setForeground(quiet_text)
    for line, ranges, line_format in (
        (row.summary, (), quiet),
        (row.snippet, row.highlights, plain),
        (row.also_matched, row.also_highlights, plain),
    ):
        if line:
            cursor.insertBlock(QTextBlockFormat(), plain)
            insert_highlighted(cursor, line, ranges, line_format)
    document.setTextWidth(width)
    return document


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's ItemRole data as a laid-out document, wrapped to the view's width.

    Views ask for a row's size and paint it many times over; each document is
    kept by what it depends on (the row's data, the font, the width), so it is
    built only once.
    """

    def __init__(self, parent: QObject | None = None, bold_titles: bool = True) -> None:
        super().__init__(parent)
        self._bold_titles = bold_titles
        self._documents: dict[tuple[RowText, str, int], QTextDocument] = {}

    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        """The document this delegate paints for ``index`` (``option`` as a view gives it)."""
        row_option = QStyleOptionViewItem(option)
        self.initStyleOption(row_option, index)
        return self._document(row_option, index)

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        widget = option.widget  # type: ignore[attr-defined]
        viewport = getattr(widget, "viewport", None)
        width = viewport().width() if viewport is not None else option.rect.width()  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        key = (RowText.of(index), font.key(), max(120, width or 400))
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= MAX_KEPT_DOCUMENTS:
                self._documents.clear()
            document = row_document(key[0], font, key[2], self._bold_titles)
            self._documents[key] = document
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""  # type: ignore[attr-defined]
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
        )  # type: ignore[attr-defined]
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(option.rect.topLeft())  # type: ignore[attr-defined]
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))  # type: ignore[attr-defined]
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
