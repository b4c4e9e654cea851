"""Thin wiring: the QApplication, its look, the content and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from allguide import __version__
from allguide.content import LoadResult, load_bundled, load_content
from allguide.content.bundled import resources_root
from allguide.ui.mainwindow import MainWindow
from allguide.ui.preferences import Preferences

APP_NAME = "AllGuide"
BASE_POINT_SIZE = 11.0
DEFAULT_THEME = "light"


@dataclass(frozen=True)
class Appearance:
    theme: str = DEFAULT_THEME
    font_scale: float = 1.0


def available_themes() -> list[str]:
    folder = resources_root() / "themes"
    return sorted(e.name.removesuffix(".qss") for e in folder.iterdir() if e.name.endswith(".qss"))


def use_offscreen_if_headless() -> None:
    """Headless commands render offscreen unless the caller chose a platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication of this process, created on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    sheet = resources_root() / "themes" / f"{appearance.theme}.qss"
    app.setStyleSheet(sheet.read_text("utf-8"))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * appearance.font_scale)
    app.setFont(font)


def load(language: str, content_dir: Path | None) -> LoadResult:
    if content_dir is None:
        return load_bundled(language)
    return load_content(content_dir, display_prefix=str(content_dir))


def build_window(
    result: LoadResult, language: str, persistent: bool, kiosk: bool = False
) -> MainWindow:
    """The main window; in kiosk mode nothing is remembered and nothing personal is asked."""
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    preferences = Preferences(settings, persistent=persistent and not kiosk)
    return MainWindow(result.content, preferences, result.errors, QLocale(language), kiosk=kiosk)


def run_gui(language: str, content_dir: Path | None, kiosk: bool) -> int:
    app = application()
    apply_appearance(app, Appearance())
    result = load(language, content_dir)
    window = build_window(result, language, persistent=not kiosk, kiosk=kiosk)
    window.show()
    return app.exec()
