"""Highlighted rich text in item views: one delegate, and the HTML helpers it paints."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from allguide.ui.roles import ItemRole

HIGHLIGHT_STYLE = "background-color:#ffe08a; color:#1f2933; font-weight:600;"
PADDING = 10
MAX_KEPT_DOCUMENTS = 256  # a few screens of rows at a few widths

Index = QModelIndex | QPersistentModelIndex


def highlighted(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` as HTML with each (start, end) span marked; everything else escaped."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        out.append(html.escape(text[position:start]))
        out.append(f'<span style="{HIGHLIGHT_STYLE}">{html.escape(text[start:end])}</span>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


class RichTextDelegate(QStyledItemDelegate):
    """Paints ItemRole.RICH_TEXT as HTML, wrapped to the view's width.

    Views ask for a row's size and paint it many times over; each laid-out
    document is kept by what it depends on, so it is built only once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, int], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        text = index.data(ItemRole.RICH_TEXT) or html.escape(str(index.data() or ""))
        widget = option.widget  # type: ignore[attr-defined]
        viewport = getattr(widget, "viewport", None)
        width = viewport().width() if viewport is not None else option.rect.width()  # type: ignore[attr-defined]
        key = (text, option.font.key(), max(120, width or 400))  # type: ignore[attr-defined]
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= MAX_KEPT_DOCUMENTS:
                self._documents.clear()
            document = QTextDocument()
            document.setDefaultFont(option.font)  # type: ignore[attr-defined]
            document.setDocumentMargin(PADDING)
            document.setHtml(text)
            document.setTextWidth(key[2])
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
