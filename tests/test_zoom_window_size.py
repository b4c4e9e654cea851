"""The window opens within a 1366x768 laptop's screen, where the usual 1200x800 would run
off the bottom, and opens next time where and as large as it was left (normal mode)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from allguide.ui import mainwindow, window_fit
from allguide.ui.mainwindow import MainWindow

LAPTOP = QRect(0, 0, 1366, 768)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_fit, "available_areas", lambda: [LAPTOP])
    monkeypatch.setattr(mainwindow, "available_areas", lambda: [LAPTOP])


def test_a_laptop_window_fits_and_is_remembered_for_the_next_start(
    qtbot: QtBot, build: Callable[..., MainWindow], laptop: None
) -> None:
    first = build()
    assert first.frameGeometry().bottom() < LAPTOP.bottom()  # 800 tall would not fit
    assert LAPTOP.contains(first.frameGeometry())
    left_as = QRect(60, 50, 700, 600)  # also on the offscreen platform's own screen
    first.setGeometry(left_as)
    qtbot.waitUntil(lambda: first.geometry() == left_as)
    first.close()  # saved as it closes
    again = build()
    assert again.geometry() == left_as
