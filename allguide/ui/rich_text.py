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
    QColor,
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
    return _marked(base, qcolor(theme.mark_background), qcolor(theme.mark_text))


def _marked(base: QTextCharFormat, background: QColor, text: QColor) -> QTextCharFormat:
    marked = QTextCharFormat(base)
    marked.setBackground(background)
    marked.setForeground(text)
    marked.setFontWeight(SEMI_BOLD)
    return marked


def insert_highlighted(
    cursor: QTextCursor, text: str, ranges: Ranges, base: QTextCharFormat
) -> None:
    """Insert ``text`` as plain text, with exactly the characters in ``ranges`` marked."""
    position = 0
    marked: QTextCharFormat | None = None  # made once per text, only if something is marked
    for start, end in sorted(ranges):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue  # empty, overlapping or past the end: nothing more to mark
        if marked is None:
            marked = highlight_format(base)
        cursor.insertText(text[position:start], base)
        cursor.insertText(text[start:end], marked)
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


class _LaidOut:
    """A row's document, and its size hint at the width it was last laid out to."""

    __slots__ = ("document", "size")

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.size: QSize | None = None


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's ItemRole data as a laid-out document, wrapped to the view's width.

    Views ask for a row's size and paint it many times over; each document is
    kept by what it says (the row's data, the font), so it is built only once,
    and at another width (a scroll bar shown, the window resized) only laid out
    again, with its size hint kept until the width changes.
    """

    def __init__(self, parent: QObject | None = None, bold_titles: bool = True) -> None:
        super().__init__(parent)
        self._bold_titles = bold_titles
        self._documents: dict[tuple[RowText, str, str], _LaidOut] = {}

    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        """The document this delegate paints for ``index`` (``option`` as a view gives it)."""
        row_option = QStyleOptionViewItem(option)
        self.initStyleOption(row_option, index)
        return self._laid_out(row_option, index).document

    def _laid_out(self, option: QStyleOptionViewItem, index: Index) -> _LaidOut:
        widget = option.widget  # type: ignore[attr-defined]
        viewport = getattr(widget, "viewport", None)
        width = viewport().width() if viewport is not None else option.rect.width()  # type: ignore[attr-defined]
        width = max(120, width or 400)
        font: QFont = option.font  # type: ignore[attr-defined]
        row = RowText.of(index)
        key = (row, font.key(), active_theme().name)  # its colours are the theme's
        laid_out = self._documents.get(key)
        if laid_out is None:
            if len(self._documents) >= MAX_KEPT_DOCUMENTS:
                self._documents.clear()
            laid_out = _LaidOut(row_document(row, font, width, self._bold_titles))
            self._documents[key] = laid_out
        elif laid_out.document.textWidth() != width:
            laid_out.document.setTextWidth(width)
            laid_out.size = None
        return laid_out

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""  # type: ignore[attr-defined]
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
        )  # type: ignore[attr-defined]
        document = self._laid_out(option, index).document
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
        laid_out = self._laid_out(option, index)
        if laid_out.size is None:
            document = laid_out.document
            laid_out.size = QSize(int(document.idealWidth()), int(document.size().height()))
        return QSize(laid_out.size)
