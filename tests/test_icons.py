"""The toolbar and window icons load from PNGs drawn from their SVGs, pixel for pixel.

``allguide.ui.icons`` reads ``NAME.png`` so that the start never loads Qt's SVG
library and image plugin (~0.7 MiB resident and ~3 ms for six icons). Qt drew the
SVGs at their own size (48x48; the window's 256x256) whatever the screen, so a PNG
of that drawing is what people saw. Each PNG must still be that drawing: after editing an SVG, write
them again with ``QT_QPA_PLATFORM=offscreen python tests/test_icons.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPixmap

from allguide.ui.icons import icon

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
# Channel steps a PNG may differ from a fresh drawing by (another Qt may antialias an
# edge a step or two apart; a changed SVG differs by far more).
TOLERANCE = 3


def drawn(svg: Path) -> QImage:
    """The SVG as Qt draws it at its own size (what the app showed before the PNGs)."""
    pixmap = QPixmap()
    assert pixmap.loadFromData(svg.read_bytes(), "SVG"), svg
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def largest_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            for ca, cb in zip(pa.getRgb(), pb.getRgb(), strict=True):
                worst = max(worst, abs(int(ca or 0) - int(cb or 0)))
    return worst


@pytest.mark.parametrize("svg", sorted(ICONS.glob("*.svg")), ids=lambda p: p.stem)
def test_each_png_is_its_svg_as_drawn(qapp: object, svg: Path) -> None:
    png = svg.with_suffix(".png")
    assert png.is_file(), f"{png.name} missing: run python tests/test_icons.py"
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
    expected = drawn(svg)
    assert image.size() == expected.size()
    assert largest_difference(image, expected) <= TOLERANCE, (
        f"{png.name} is not {svg.name} as drawn: run python tests/test_icons.py"
    )


@pytest.mark.parametrize("svg", sorted(ICONS.glob("*.svg")), ids=lambda p: p.stem)
def test_the_app_shows_the_png(qapp: object, svg: Path) -> None:
    shown_icon = icon(svg.stem)
    shown = shown_icon.pixmap(shown_icon.availableSizes()[0]).toImage()
    expected = QImage(str(svg.with_suffix(".png")))
    assert shown.convertToFormat(QImage.Format.Format_ARGB32) == expected.convertToFormat(
        QImage.Format.Format_ARGB32
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_no_svg_library_is_loaded_for_the_icons(qapp: object) -> None:
    """Checked in a fresh interpreter: this one may have loaded QtSvg for the tests above."""
    import subprocess

    probe = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from allguide.ui.icons import icon;"
        "[icon(n) for n in ('allguide', 'back', 'forward', 'home', 'list', 'timeline')];"
        "print('Svg' in open('/proc/self/maps').read())"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.strip() == "False"


def write_pngs() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    for svg in sorted(ICONS.glob("*.svg")):
        assert drawn(svg).save(str(svg.with_suffix(".png")), "PNG"), svg
        print(f"wrote {svg.with_suffix('.png').name}")
    del app


if __name__ == "__main__":
    write_pngs()
