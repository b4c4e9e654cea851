"""Idle steps outlive nothing: a window deleted with its warm-up held or running leaves
no error behind (a test's failure used to turn into "QTimer already deleted" later)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from allguide.ui.idle_steps import IdleSteps


def turn_the_event_loop(turns: int = 5) -> None:
    """Let every posted event and zero-time timer run, a few times over (no sleep)."""
    for _ in range(turns):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def test_steps_whose_window_was_deleted_start_and_stop_quietly(qtbot: QtBot) -> None:
    ran: list[str] = []
    window = QWidget()
    steps = IdleSteps([lambda: ran.append("step")], window)
    shiboken6.delete(window)  # the window goes, and its steps' timer with it
    steps.start()  # as a held warm-up is resumed after its test failed
    steps.stop()
    turn_the_event_loop()
    assert ran == []
    assert steps.pending() == 0


def test_a_step_that_deletes_its_window_ends_the_steps_quietly(qtbot: QtBot) -> None:
    ran: list[str] = []
    window = QWidget()

    def close_for_good() -> None:
        ran.append("delete")
        shiboken6.delete(window)

    steps = IdleSteps([close_for_good, lambda: ran.append("after")], window)
    steps.start()
    qtbot.waitUntil(lambda: ran == ["delete"])
    turn_the_event_loop()  # nothing more runs, nothing is raised
    assert ran == ["delete"]
    assert steps.pending() == 0
