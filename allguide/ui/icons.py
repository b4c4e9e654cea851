"""Icons bundled as SVG under resources/icons, read through importlib.resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from allguide.content.bundled import resources_root


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (without .svg); an empty icon if it is missing."""
    path = resources_root() / "icons" / f"{name}.svg"
    pixmap = QPixmap()
    try:
        pixmap.loadFromData(path.read_bytes(), "SVG")
    except OSError:
        return QIcon()
    return QIcon(pixmap)
