"""At a kiosk a web link shows a QR code, made offline, and nothing to copy (issue 12).

The code is read back from the pixels the widget paints, module by module, and must
be segno's code for the address: what a phone's camera would see, not what the widget
says it holds. A family's own window still shows the address with a Copy button, and
neither segno nor any kiosk module is imported for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from allguide.mode import AddressShown
from allguide.ui.mainwindow import MainWindow
from allguide.ui.reader.external_link_bar import ExternalLinkBar
from tests.gui import click_link, click_tree_row

Build = Callable[..., MainWindow]

WEB_LINK = "https://www.nhs.uk/conditions/acute-lymphoblastic-leukaemia/treatment/"
LONGEST_LINK = (  # the longest address in the bundled content
    "https://www.cancerresearchuk.org/about-cancer/acute-lymphoblastic-leukaemia-all/"
    "treatment/chemotherapy/about"
)
SMALLEST_SIDE = 180  # pixels: a phone at arm's length reads a code this large


def is_dark(colour: QColor) -> bool:
    return colour.lightness() < 128


def read_code(image: QImage) -> tuple[tuple[bool, ...], ...]:
    """The modules painted in ``image``, found as a camera would: the dark area's
    bounds, the module size from the top-left finder pattern (7 modules wide), then
    each module's centre; the light quiet zone around it checked too."""
    dark = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if is_dark(image.pixelColor(x, y))
    ]
    assert dark, "no code painted"
    left = min(x for x, _ in dark)
    top = min(y for _, y in dark)
    right = max(x for x, _ in dark)
    bottom = max(y for _, y in dark)
    finder = 0
    while is_dark(image.pixelColor(left + finder, top)):
        finder += 1
    module = finder // 7
    assert module * 7 == finder, "the finder pattern is not a whole number of modules"
    side = (right - left + 1) // module
    assert side * module == right - left + 1 == bottom - top + 1
    # The quiet zone: four light modules all round, inside the widget.
    assert left >= 4 * module and top >= 4 * module
    assert image.width() - 1 - right >= 4 * module and image.height() - 1 - bottom >= 4 * module
    half = module // 2
    return tuple(
        tuple(
            is_dark(image.pixelColor(left + column * module + half, top + row * module + half))
            for column in range(side)
        )
        for row in range(side)
    )


def segno_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    code = segno.make_qr(text, error="m", boost_error=True)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def shown_bar(qtbot: QtBot, window: MainWindow, url: str) -> ExternalLinkBar:
    click_tree_row(qtbot, window, "references")
    click_link(qtbot, window.reader.view, url)
    bar = window.reader.link_bar
    assert bar.isVisible()
    return bar


def test_a_web_link_at_a_kiosk_shows_its_qr_code(qtbot: QtBot, build: Build) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    window = build(kiosk=True)
    bar = shown_bar(qtbot, window, WEB_LINK)
    assert window.navigator.current == "references"  # nothing opened
    code = bar.qr_code
    assert code is not None and code.isVisible()
    assert read_code(code.grab().toImage()) == segno_modules(WEB_LINK)
    assert min(code.width(), code.height()) >= SMALLEST_SIDE
    # The address as plain words beside it, and nothing that copies it.
    shown = [label for label in bar.findChildren(QLabel) if label.text() == WEB_LINK]
    assert len(shown) == 1
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    assert shown[0].textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert bar.findChildren(QLineEdit) == []
    assert [b.text() for b in bar.findChildren(QPushButton)] == ["Close"]
    assert clipboard.text() == "before"


def test_every_reader_of_a_kiosk_shows_codes_and_keeps_its_text(build: Build) -> None:
    """The reader, the side effects' and the timeline's details: all from the one Mode."""
    window = build(kiosk=True)
    for panel in (window.reader, window.side_effects.details, window.timeline.details):
        assert panel.link_bar.address_shown is AddressShown.QR_CODE
        flags = panel.view.textInteractionFlags()
        assert not flags & Qt.TextInteractionFlag.TextSelectableByMouse
    family = build()
    for panel in (family.reader, family.side_effects.details, family.timeline.details):
        assert panel.link_bar.address_shown is AddressShown.COPYABLE
        assert panel.view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_longest_address_is_a_code_a_phone_can_read(qtbot: QtBot, build: Build) -> None:
    window = build(kiosk=True)
    bar = shown_bar(qtbot, window, LONGEST_LINK)
    assert bar.qr_code is not None
    assert read_code(bar.qr_code.grab().toImage()) == segno_modules(LONGEST_LINK)
    assert bar.qr_code.width() <= window.reader.width()  # all of it on screen


def test_the_code_is_black_on_white_whatever_the_colours_around_it(
    qtbot: QtBot, build: Build
) -> None:
    """A code is data: its colours stay those a camera reads best, in a dark theme too."""
    window = build(kiosk=True)
    bar = shown_bar(qtbot, window, WEB_LINK)
    assert bar.qr_code is not None
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor("#101418"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    bar.setPalette(dark)
    image = bar.qr_code.grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
    }
    assert colours == {"#000000", "#ffffff"}
    assert read_code(image) == segno_modules(WEB_LINK)


def test_a_family_window_still_offers_to_copy_the_address(qtbot: QtBot, build: Build) -> None:
    window = build()
    bar = shown_bar(qtbot, window, WEB_LINK)
    assert bar.qr_code is None
    copy = next(b for b in bar.findChildren(QPushButton) if b.text() == "Copy address")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == WEB_LINK


IMPORTS_PROBE = """
import json, sys
from allguide import app
from allguide.content import load_bundled
from allguide.mode import Mode
OURS = ("segno", "allguide.ui.kiosk", "allguide.kiosk")
def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] == "segno" or m.startswith(OURS))
application = app.application()
window = app.build_window(load_bundled("en"), "en", persistent=False, mode=Mode.{mode}())
window.show()
for view in (window.reader, window.search_panel, window.side_effects, window.timeline):
    pass  # every lazy view built, as the warm-up builds them
before = loaded()
window.reader.link_bar.show_address("{url}")
print(json.dumps({{"before": before, "after": loaded()}}))
"""


def imports_of(mode: str) -> dict[str, list[str]]:
    run = subprocess.run(
        [sys.executable, "-c", IMPORTS_PROBE.format(mode=mode, url=WEB_LINK)],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    found: dict[str, list[str]] = json.loads(run.stdout.strip().splitlines()[-1])
    return found


def test_a_family_start_imports_neither_segno_nor_kiosk_code() -> None:
    found = imports_of("normal")
    assert found["before"] == []
    assert found["after"] == []  # a web link shown: still neither


def test_a_kiosk_imports_segno_only_for_its_first_code() -> None:
    """The check above can fail: a kiosk's window imports its kiosk modules, and segno
    once a code is shown."""
    found = imports_of("kiosk")
    assert "allguide.ui.kiosk.guard" in found["before"]
    assert "segno" not in found["before"]
    assert "segno" in found["after"]
