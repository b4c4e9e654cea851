"""The Mode: the one place that says what normal and kiosk mode each do."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from allguide.app import build_window
from allguide.content import LoadResult
from allguide.mode import KIOSK_MODE, NORMAL_MODE, Mode, ModeKind
from allguide.ui.mainwindow import MainWindow
from allguide.ui.timeline.my_dates import START_KEY, MyDatesPanel
from tests.conftest import files_under

DECISIONS = (
    "remembers_preferences",
    "asks_personal_dates",
    "logs_to_file_by_default",
    "logs_error_messages",
    "error_note_shows_details",
    "can_be_closed",
    "allows_context_menus",
    "allows_clipboard",
    "allows_printing_and_saving",
)
# What only a kiosk does (issue 12): locked, made for fingers, notes inside its window.
KIOSK_ONLY = ("locks_full_screen", "touch_first", "notes_stay_inside_the_window")


@pytest.mark.parametrize("decision", KIOSK_ONLY)
def test_only_a_kiosk_locks_itself_down(decision: str) -> None:
    assert getattr(KIOSK_MODE, decision) is True
    assert getattr(NORMAL_MODE, decision) is False


@pytest.mark.parametrize("decision", DECISIONS)
def test_a_family_computer_keeps_what_a_kiosk_does_not(decision: str) -> None:
    assert getattr(NORMAL_MODE, decision) is True
    assert getattr(KIOSK_MODE, decision) is False


def test_only_a_kiosk_note_closes_itself() -> None:
    assert KIOSK_MODE.error_note_closes_itself
    assert not NORMAL_MODE.error_note_closes_itself


def test_only_a_kiosk_retries_a_failed_start() -> None:
    assert KIOSK_MODE.retries_a_failed_start
    assert not NORMAL_MODE.retries_a_failed_start


def test_the_kiosk_switch_names_the_mode() -> None:
    assert Mode.of(kiosk=True) == KIOSK_MODE == Mode(ModeKind.KIOSK) == Mode.kiosk()
    assert Mode.of(kiosk=False) == NORMAL_MODE == Mode() == Mode.normal()
    assert KIOSK_MODE.is_kiosk and not NORMAL_MODE.is_kiosk
    assert (NORMAL_MODE.label, KIOSK_MODE.label) == ("normal", "kiosk")


def test_a_mode_cannot_be_changed_on_the_way() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        KIOSK_MODE.kind = ModeKind.NORMAL  # type: ignore[misc]


@pytest.mark.parametrize("mode", [NORMAL_MODE, KIOSK_MODE], ids=lambda m: m.label)
def test_the_window_does_what_its_mode_says(
    mode: Mode,
    qtbot: QtBot,
    bundled: LoadResult,
    user_settings_dir: Path,
) -> None:
    """``build_window(mode=…)`` hands the mode down: My dates and remembering follow it."""
    window = build_window(bundled, "en", persistent=True, mode=mode)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert bool(window.timeline.findChildren(MyDatesPanel)) is mode.asks_personal_dates
    panel = window.timeline.my_dates
    if panel is not None:  # a family enters today and asks to remember it
        window.timeline_action.trigger()
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.remember, Qt.MouseButton.LeftButton)
        assert panel.remember.isChecked() and panel.start is not None
    window.close()
    written = files_under(user_settings_dir)
    assert bool(written) is mode.remembers_preferences, written
    if written:
        assert START_KEY.split("/")[1] in written[0].read_text("utf-8")


def test_the_main_window_is_normal_unless_told(
    make_window: Callable[..., MainWindow],
) -> None:
    assert make_window().timeline.my_dates is not None
