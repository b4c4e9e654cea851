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
from pytestqt.qtbot import QtBot

from allguide.screenshots import SIZE
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.countdown import Countdown
from allguide.ui.kiosk.overlay import Overlay
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
