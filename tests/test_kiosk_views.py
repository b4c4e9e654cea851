"""A kiosk's own views (ui/kiosk/views.py) for ``allguide screenshots --kiosk`` and the
kiosk smoke test: each shows what its name says, in any order, and only a kiosk has them."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.kiosk.pin import PinAttempts
from allguide.languages import Language
from allguide.mode import Mode
from allguide.screenshots import SIZE
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.overlay import Overlay
from allguide.ui.kiosk.pin_prompt import PinPrompt
from allguide.ui.kiosk.views import KIOSK_VIEWS, keyboard_of
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.views import VIEWS, views_for

Build = Callable[..., MainWindow]


@pytest.fixture
def kiosk(build: Build) -> MainWindow:
    return build(kiosk=True)


def shown_overlays(window: MainWindow) -> list[type[Overlay]]:
    return [type(overlay) for overlay in window.findChildren(Overlay) if overlay.isVisible()]


def test_only_a_kiosk_has_the_kiosk_views() -> None:
    assert views_for(kiosk=False) is VIEWS
    assert list(views_for(kiosk=True)) == [*VIEWS, "keyboard", "countdown", "attract", "qr-code"]


def test_the_keyboard_view_types_the_sample_search_on_its_keys(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    KIOSK_VIEWS["keyboard"](kiosk)
    keyboard = keyboard_of(kiosk)
    assert keyboard is not None and keyboard.isVisible()
    assert kiosk.search_box.text() == "tired"
    assert kiosk.navigator.current_view is View.SEARCH
    assert kiosk.search_panel.model.rowCount() > 0


def test_the_countdown_and_attract_views_cover_the_window_one_at_a_time(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    KIOSK_VIEWS["countdown"](kiosk)
    assert shown_overlays(kiosk) == [Countdown]
    countdown = kiosk.findChild(Countdown)
    assert countdown is not None and countdown.running
    KIOSK_VIEWS["attract"](kiosk)
    qtbot.waitUntil(lambda: shown_overlays(kiosk) == [AttractScreen])
    assert not countdown.running  # the countdown before it is stopped, not only hidden
    KIOSK_VIEWS["countdown"](kiosk)
    assert shown_overlays(kiosk) == [Countdown]


def test_a_usual_view_after_a_kiosk_one_takes_its_overlay_away(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    views = views_for(kiosk=True)
    views["countdown"](kiosk)
    views["home"](kiosk)
    assert shown_overlays(kiosk) == []


def test_the_qr_code_view_shows_a_references_address_as_a_qr_code(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    KIOSK_VIEWS["qr-code"](kiosk)
    code = kiosk.reader.link_bar.qr_code
    assert code is not None and code.isVisible()
    reference = next(r for r in kiosk.content.references if r.url.startswith("http"))
    assert code.text == reference.url
    assert code.matrix


@pytest.mark.e2e
def test_kiosk_screenshots_render_the_kiosk_views(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    names = ["home", "keyboard", "countdown", "attract", "qr-code"]
    views = [arg for name in names for arg in ("--view", name)]
    run = subprocess.run(
        [sys.executable, "-m", "allguide", "screenshots", str(out), "--kiosk", "--lang", "ar",
         *views],
        capture_output=True, text=True, check=False, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}-ar.png" for name in names)
    # The kiosk fills its screen, made the size of the other screenshots (not Qt's 800x800).
    header = (out / "keyboard-ar.png").read_bytes()[16:24]
    assert struct.unpack(">II", header) == SIZE
    # Without --kiosk a kiosk view is not known.
    run = subprocess.run(
        [sys.executable, "-m", "allguide", "screenshots", str(out), "--view", "keyboard"],
        capture_output=True, text=True, check=False, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert run.returncode == 2
    assert "unknown view 'keyboard'" in run.stderr


# What a visitor sees on the overlays: whole words, and the one button that matters stands
# out. The test screen is 800 by 800 pixels, a small kiosk's width; the text is a kiosk's.


@pytest.fixture
def kiosk_in(build_in: Build) -> Callable[[Language], MainWindow]:
    """A kiosk window in a language, at a kiosk's text size; English and the look after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, Appearance.starting(Mode.kiosk()))  # conftest puts the look back
    return lambda language: build_in(language)


def cut_lines(overlay: Overlay) -> list[str]:
    """Labels given less height than their wrapped words need (their last lines cut)."""
    return [
        label.text()
        for label in overlay.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]  # fmt: skip


def cut_words(overlay: Overlay) -> list[str]:
    """Buttons narrower than their words with a little room each side."""
    return [
        button.text()
        for button in overlay.findChildren(QPushButton)
        if button.width() < button.fontMetrics().horizontalAdvance(button.text()) + 2 * 8
    ]


def inside(window: MainWindow, widget: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint()), widget.size()))


@pytest.mark.parametrize("language", list(Language))
def test_the_countdown_shows_every_line_and_its_button_stands_out(
    qtbot: QtBot, kiosk_in: Callable[[Language], MainWindow], language: Language
) -> None:
    window = kiosk_in(language)
    KIOSK_VIEWS["countdown"](window)
    countdown = window.findChild(Countdown)
    assert countdown is not None
    qtbot.waitUntil(lambda: countdown.card.height() >= countdown.card.minimumSizeHint().height())
    # Spanish, French and Arabic lost their caption's last line, French its question's.
    assert cut_lines(countdown) == []
    assert cut_words(countdown) == []
    assert inside(window, countdown.card)
    button = countdown.still_here_button
    assert button.height() >= 2 * button.fontMetrics().height()  # taller than a touch button
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 2 * 16
    # Filled in the theme's accent colour, not the grey of every other button.
    picture = button.grab().toImage()
    middle = picture.pixelColor(picture.width() // 2, picture.height() * 3 // 4)
    accent = button.palette().color(QPalette.ColorRole.Accent)
    grey = button.palette().color(QPalette.ColorRole.Button)
    assert distance(middle, accent) < distance(middle, grey), (middle.name(), accent.name())


def distance(one: QColor, other: QColor) -> int:
    return sum(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True))


@pytest.mark.parametrize("language", list(Language))
def test_the_attract_screen_shows_every_line_and_each_language_in_its_own_name(
    qtbot: QtBot, kiosk_in: Callable[[Language], MainWindow], language: Language
) -> None:
    window = kiosk_in(language)
    KIOSK_VIEWS["attract"](window)
    attract = window.findChild(AttractScreen)
    assert attract is not None
    qtbot.waitUntil(lambda: attract.card.height() >= attract.card.minimumSizeHint().height())
    assert cut_lines(attract) == []
    assert cut_words(attract) == []
    assert inside(window, attract.card)
    names = [button.text() for button in attract.language_buttons]
    assert names == ["English", "Español", "Français", "العربية"]


@pytest.mark.parametrize("language", list(Language))
def test_the_pin_keypad_shows_whole_words_on_keys_of_one_width(
    qtbot: QtBot, kiosk_in: Callable[[Language], MainWindow], language: Language
) -> None:
    window = kiosk_in(language)
    prompt = PinPrompt(window, "scrypt$no$pin", PinAttempts())
    prompt.open_prompt()
    qtbot.waitUntil(lambda: prompt.card.height() >= prompt.card.minimumSizeHint().height())
    assert cut_lines(prompt) == []
    assert cut_words(prompt) == []  # "Effacer" touched its key's sides
    assert inside(window, prompt.card)
    keypad = [*prompt.digit_keys.values(), prompt.erase_key, prompt.ok_key]
    assert {key.width() for key in keypad} == {prompt.erase_key.width()}, [
        (key.text(), key.width()) for key in keypad
    ]
    prompt.close_prompt()


UPRIGHT_SHOT = """
import sys
from pathlib import Path
from allguide.app import Appearance
from allguide.mode import Mode
from allguide.screenshots import render_screenshots
render_screenshots(Path(sys.argv[1]), ["keyboard"], ["fr"], Appearance(), Mode.kiosk(),
                   size=(1080, 1920))
"""


@pytest.mark.e2e
def test_screenshots_of_an_upright_kiosk_fill_its_screen(tmp_path: Path) -> None:
    """An upright kiosk screen (1080 by 1920), for looking at the portrait layout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", UPRIGHT_SHOT, str(tmp_path)],
        capture_output=True, text=True, check=False, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    header = (tmp_path / "keyboard-fr.png").read_bytes()[16:24]
    assert struct.unpack(">II", header) == (1080, 1920)
