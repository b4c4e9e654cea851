"""The one list of custom item-data roles every AllGuide model uses."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class ItemRole(IntEnum):
    """Custom roles, beyond Qt's own, for data the views ask models for."""

    ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    SUMMARY = Qt.ItemDataRole.UserRole + 3


class NodeKind:
    """Values of ItemRole.KIND."""

    SECTION = "section"
    AGENT = "agent"
