"""The runs of a text document: each stretch of text in one format, and where it lies.

A page is restyled after Qt has read its Markdown: its links recoloured for a new theme
(theme/style.py), its glossary words drawn apart (reader/browser.py), its links made
plain for paper (printing/sheet.py). Each first lists the runs, then changes them with
a cursor: changing them while walking would split the runs being walked.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument


class TextRun(NamedTuple):
    """Characters ``start`` to ``end`` of a document, all in ``look``."""

    start: int
    end: int
    look: QTextCharFormat


def text_runs(document: QTextDocument) -> list[TextRun]:
    """Every run of ``document``, in order."""
    runs = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            start = fragment.position()
            runs.append(TextRun(start, start + fragment.length(), fragment.charFormat()))
            fragments += 1
        block = block.next()
    return runs


def set_look(
    document: QTextDocument, start: int, end: int, look: QTextCharFormat, *, merge: bool = False
) -> None:
    """Give characters ``start`` to ``end`` the format ``look`` (``merge``: only the
    properties ``look`` sets, the others kept)."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    if merge:
        cursor.mergeCharFormat(look)
    else:
        cursor.setCharFormat(look)
