"""``allguide screenshots``: render named views offscreen to PNG files.

In kiosk mode (``--kiosk``) the window is a kiosk's, and a kiosk's own views are there
too (ui/kiosk/views.py: the on-screen keyboard, the countdown, the attract screen, a QR
code); an overlay one view left is taken away before the next.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from allguide.app import Appearance, application, apply_appearance, build_window, load, speak
from allguide.languages import DEFAULT, Language
from allguide.mode import Mode
from allguide.ui.views import views_for

SIZE = (1280, 800)


def render_screenshots(
    out_dir: Path,
    views: Sequence[str],
    languages: Sequence[str],
    appearance: Appearance,
    mode: Mode,
    content_dir: Path | None = None,
    size: tuple[int, int] = SIZE,
) -> list[Path]:
    """Write ``<view>-<lang>.png`` for each pair and return the paths written.

    ``size``: the window's, and a kiosk's screen (an upright kiosk is 1080 by 1920)."""
    with _offscreen_screen(size):  # as large as the window: popups are placed within it
        app = application()
    apply_appearance(app, appearance)
    out_dir.mkdir(parents=True, exist_ok=True)
    shown = views_for(mode.is_kiosk)
    written = []
    for language in languages:
        speak(app, Language.parse(language) or DEFAULT)  # its strings, dates, direction
        result = load(language, content_dir)
        window = build_window(result, language, persistent=False, mode=mode)
        window.resize(*size)
        window.move(window.screen().availableGeometry().topLeft())  # all of it on the screen
        window.show()
        for view in views:
            shown[view](window)  # a kiosk's take away an overlay the one before left
            QApplication.processEvents()
            path = out_dir / f"{view}-{language}.png"
            if not with_popups(window).save(str(path)):
                raise OSError(f"{path}: could not be written")
            written.append(path)
            close_popups()
        window.close()
        window.deleteLater()
    speak(app, DEFAULT)
    return written


@contextlib.contextmanager
def _offscreen_screen(size: tuple[int, int]) -> Iterator[None]:
    """The offscreen platform's screen made ``size`` (the window's) for the application
    created inside, instead of Qt's 800 by 800: a kiosk fills its screen, and a popup
    by a word is placed within the screen, so it must be as wide as the window. Only
    for a new application on the plain offscreen platform."""
    if QApplication.instance() is not None or os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        yield
        return
    width, height = size
    screen = {"name": "screenshots", "x": 0, "y": 0, "width": width, "height": height}
    with tempfile.TemporaryDirectory(prefix="allguide-screen-") as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}), "utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        try:
            yield  # Qt reads the file when the application is created
        finally:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def with_popups(window: QWidget) -> QImage:
    """The window as it looks, with the popups open over it (a word's meaning, a menu):
    each is a window of its own, so ``grab`` alone leaves them out."""
    image = window.grab().toImage()
    painter = QPainter(image)
    for popup in QApplication.topLevelWidgets():
        owner = popup.parentWidget()
        is_popup = popup.windowType() == Qt.WindowType.Popup
        if is_popup and popup.isVisible() and owner is not None and owner.window() is window:
            painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    return image


def close_popups() -> None:
    """Close what a view left open, so the next view starts clean."""
    closed: set[int] = set()
    while (popup := QApplication.activePopupWidget()) is not None and id(popup) not in closed:
        closed.add(id(popup))
        popup.close()
