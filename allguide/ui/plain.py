"""Plain text where Qt would guess rich text: the one place text meets a tooltip or label.

Qt reads a tooltip, and a QLabel left at its default, as HTML when the text
looks like it (``<img src=…>`` then loads a file). Content fields, queries and
messages are never our markup, so they go through here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip Qt shows literally, line breaks kept; empty stays empty (none)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` exactly as written, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
