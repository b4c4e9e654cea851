"""The one list of custom item-data roles every AllGuide model uses."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class ItemRole(IntEnum):
    """Custom roles, beyond Qt's own, for data the views ask models for.

    Models give data only; RichTextDelegate draws it. A row's title is its
    DisplayRole. Ranges are lists of [start, end] character offsets into a text.
    """

    ID = Qt.ItemDataRole.UserRole + 1  # str
    KIND = Qt.ItemDataRole.UserRole + 2  # str: what the row is (a page, a medicine, …)
    SUMMARY = Qt.ItemDataRole.UserRole + 3  # str: a quieter line under the title
    KIND_NAME = Qt.ItemDataRole.UserRole + 4  # str: KIND in words, after the title
    SNIPPET = Qt.ItemDataRole.UserRole + 5  # str: a line of text under the title
    HIGHLIGHTS = Qt.ItemDataRole.UserRole + 6  # ranges in SNIPPET
    SCORE = Qt.ItemDataRole.UserRole + 7  # float
    TREATMENTS = Qt.ItemDataRole.UserRole + 8  # list[str]: ids of a side effect's treatments
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 9  # str: folded words a filter looks in
    TITLE_HIGHLIGHTS = Qt.ItemDataRole.UserRole + 10  # ranges in the title
    ALSO_MATCHED = Qt.ItemDataRole.UserRole + 11  # str: other words that matched, not the title
    ALSO_HIGHLIGHTS = Qt.ItemDataRole.UserRole + 12  # ranges in ALSO_MATCHED
    EVERYDAY_WORDS = Qt.ItemDataRole.UserRole + 13  # list[str]: a side effect's other words


class NodeKind:
    """Values of ItemRole.KIND."""

    SECTION = "section"
    AGENT = "agent"
