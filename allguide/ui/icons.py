"""Icons bundled under resources/icons, in the theme's icon colour, sharp at any size.

Each icon is an SVG drawn in one colour, and a PNG of it as Qt draws it at its own
size (48x48). ``TintedIconEngine`` paints whichever is needed in the colour of the
theme in use when it paints (``Theme.icon``; ``disabled_text`` when disabled), so
the toolbar follows a theme chosen at run time with no one re-setting its icons.
Up to the PNG's size the PNG is used (reading SVG loads Qt's SVG library and image
plugin, ~0.7 MiB and ~3 ms at start, for nothing people can see); larger (a high
density screen, a large zoom) the SVG is drawn at the size asked, through Qt's
image plugin (never PySide6.QtSvg: the frozen build has the plugin, not the module).
In the light theme, at the PNG's size, the PNG is shown as it is: its colour is the
light theme's icon colour. The window's icon (the logo) keeps its own colours.
tests/test_icons.py keeps each PNG equal to its SVG and says how to redraw them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QImageReader, QPainter, QPixmap

from allguide.content.bundled import resources_root
from allguide.ui.theme import LIGHT, Colour, active_theme, qcolor

DRAWN_IN = LIGHT.icon  # the colour the SVGs are drawn in (tests/test_icons.py holds them)
LOGOS = frozenset({"allguide"})  # icons with colours of their own: never tinted
MAX_KEPT = 32  # pixmaps kept per icon: a few sizes, modes and themes


def _read(name: str, suffix: str) -> bytes | None:
    try:
        return (resources_root() / "icons" / f"{name}{suffix}").read_bytes()
    except OSError:
        return None


def _flipped(image: QImage, mirrored: bool) -> QImage:
    return image.flipped(Qt.Orientation.Horizontal) if mirrored else image


class TintedIconEngine(QIconEngine):
    """One bundled one-colour icon, painted in the active theme's icon colour."""

    def __init__(self, name: str, png: QImage, mirrored: bool) -> None:
        super().__init__()
        self._name = name
        self._png = png  # as drawn at its own size (mirrored already, if asked)
        self._mirrored = mirrored
        self._kept: dict[tuple[int, int, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return TintedIconEngine(self._name, self._png, self._mirrored)

    def key(self) -> str:
        return "allguide-tinted"

    def iconName(self) -> str:
        return self._name

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [self._png.size()]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._png.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The icon at ``size`` logical pixels on a screen of ``scale`` device pixels each."""
        logical = self.actualSize(size, mode, state)
        pixels = QSize(
            max(1, round(logical.width() * scale)), max(1, round(logical.height() * scale))
        )
        theme = active_theme()
        colour = theme.disabled_text if mode == QIcon.Mode.Disabled else theme.icon
        key = (pixels.width(), pixels.height(), qcolor(colour).rgba())
        kept = self._kept.get(key)
        if kept is None:
            if len(self._kept) >= MAX_KEPT:
                self._kept.clear()
            kept = QPixmap.fromImage(self._drawn(pixels, colour))
            self._kept[key] = kept
        pixmap = QPixmap(kept)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        target = QRect(rect)
        target.setSize(pixmap.deviceIndependentSize().toSize())
        target.moveCenter(rect.center())
        painter.drawPixmap(target, pixmap)

    def _drawn(self, pixels: QSize, colour: Colour) -> QImage:
        """The icon ``pixels`` big, in ``colour``: from the PNG up to its size, else the SVG."""
        image = None
        if pixels.width() > self._png.width() or pixels.height() > self._png.height():
            image = _svg_image(self._name, pixels)
        if image is None:
            image = self._png
            if image.size() == pixels and colour == DRAWN_IN:
                return image  # the light theme at the PNG's own size: exactly the PNG
            if image.size() != pixels:
                image = image.scaled(
                    pixels,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        else:
            image = _flipped(image, self._mirrored)
        return image if colour == DRAWN_IN else _tinted(image, colour)


def _svg_image(name: str, pixels: QSize) -> QImage | None:
    """The SVG drawn at ``pixels`` through Qt's image plugin; None if it cannot be."""
    data = _read(name, ".svg")
    if data is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(pixels)
    image = reader.read()
    return None if image.isNull() else image


def _tinted(image: QImage, colour: Colour) -> QImage:
    """``image``'s shape (its opacity) filled with ``colour``."""
    tinted = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    tinted.fill(qcolor(colour))
    painter = QPainter(tinted)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, image)
    painter.end()
    return tinted


def icon(name: str, *, mirrored: bool = False) -> QIcon:
    """The bundled icon ``name`` in the theme's colours; an empty icon if it is missing.

    ``mirrored``: flipped left to right, for an icon that points a way (Back, Forward)
    in a right-to-left language, where "back" is to the right."""
    png = QImage()
    data = _read(name, ".png")
    if data is None or not png.loadFromData(data, "PNG"):
        data = _read(name, ".svg")
        if data is None or not png.loadFromData(data, "SVG"):
            return QIcon()
    png = _flipped(png, mirrored)
    if name in LOGOS:
        return QIcon(QPixmap.fromImage(png))
    return QIcon(TintedIconEngine(name, png, mirrored))
