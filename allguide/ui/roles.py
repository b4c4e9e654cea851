"""The one list of custom item-data roles every AllGuide model uses."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class ItemRole(IntEnum):
    """Custom roles, beyond Qt's own, for data the views ask models for."""

    ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    SUMMARY = Qt.ItemDataRole.UserRole + 3
    RICH_TEXT = Qt.ItemDataRole.UserRole + 4  # HTML a RichTextDelegate paints
    SNIPPET = Qt.ItemDataRole.UserRole + 5
    HIGHLIGHTS = Qt.ItemDataRole.UserRole + 6  # list of (start, end) in SNIPPET
    SCORE = Qt.ItemDataRole.UserRole + 7
    TREATMENTS = Qt.ItemDataRole.UserRole + 8  # ids of the treatments a side effect comes with
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 9  # folded words a filter looks in
    TITLE_HIGHLIGHTS = Qt.ItemDataRole.UserRole + 10  # list of (start, end) in the title


class NodeKind:
    """Values of ItemRole.KIND."""

    SECTION = "section"
    AGENT = "agent"
