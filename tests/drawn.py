"""What a RichTextDelegate draws for a row: its lines and which characters are highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from allguide.ui.rich_text import RichTextDelegate


def drawn_document(view: QAbstractItemView, index: QModelIndex) -> QTextDocument:
    """The document the view's delegate paints for ``index``."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)  # type: ignore[attr-defined]
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, RichTextDelegate)
    return delegate.document(option, index)


def lines(document: QTextDocument) -> list[str]:
    """The document's lines (its blocks) as plain text."""
    return document.toPlainText().split("\n")


def highlighted_characters(document: QTextDocument) -> set[tuple[int, int]]:
    """(line, offset in the line) of every character drawn on a highlight background."""
    marked = set()
    block, line = document.begin(), 0
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                start = fragment.position() - block.position()
                marked |= {(line, offset) for offset in range(start, start + fragment.length())}
            fragments += 1
        block, line = block.next(), line + 1
    return marked


def highlighted_words(document: QTextDocument) -> list[str]:
    """The highlighted runs of characters, in reading order, as a person sees them."""
    texts = lines(document)
    words: list[str] = []
    last: tuple[int, int] | None = None
    for line, offset in sorted(highlighted_characters(document)):
        if last is not None and last == (line, offset - 1):
            words[-1] += texts[line][offset]
        else:
            words.append(texts[line][offset])
        last = (line, offset)
    return words


def characters_of(line: int, ranges: list[list[int]]) -> set[tuple[int, int]]:
    """(line, offset) of every character in ItemRole ranges."""
    return {(line, offset) for start, end in ranges for offset in range(start, end)}
