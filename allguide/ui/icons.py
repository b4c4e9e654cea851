"""Icons bundled under resources/icons, read through importlib.resources.

Each icon is an SVG and a PNG of it as Qt draws it at its own size (48x48, the
window's 256x256; Qt drew the SVG at that size whatever the screen, so the
pixels are the same).
The PNG is what is loaded: reading SVG would load Qt's SVG library and image
plugin at start-up, ~0.7 MiB and ~3 ms for nothing people can see.
tests/test_icons.py keeps each PNG equal to its SVG and says how to redraw them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap

from allguide.content.bundled import resources_root


def icon(name: str, *, mirrored: bool = False) -> QIcon:
    """The bundled icon ``name``: its PNG, else its SVG; an empty icon if both are missing.

    ``mirrored``: flipped left to right, for an icon that points a way (Back, Forward)
    in a right-to-left language, where "back" is to the right."""
    folder = resources_root() / "icons"
    pixmap = QPixmap()
    for suffix, image_format in ((".png", "PNG"), (".svg", "SVG")):
        try:
            data = (folder / f"{name}{suffix}").read_bytes()
        except OSError:
            continue
        if pixmap.loadFromData(data, image_format):
            if mirrored:
                pixmap = QPixmap.fromImage(pixmap.toImage().flipped(Qt.Orientation.Horizontal))
            return QIcon(pixmap)
    return QIcon()
