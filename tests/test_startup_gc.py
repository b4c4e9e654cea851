"""The garbage collector waits while the app starts, and is back as it was after the first paint."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from allguide.cli import EXIT_USAGE, main
from allguide.diagnostics import LOG_DIR_ENV
from allguide.startup_gc import StartupCollector
from allguide.ui.first_paint import AfterFirstPaint

# Start-up garbage is frozen, not collected (allguide/startup_gc.py): today about 1,500
# objects, 0.3 MiB. Far above that, the start has begun leaving real garbage behind.
FROZEN_GARBAGE_OBJECTS = 20_000
FROZEN_GARBAGE_BYTES = 4 * 2**20


@pytest.fixture
def collector_given_back() -> Iterator[None]:
    """Whatever a test does to the collector, the session gets it back as it was."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_pause_and_resume_give_the_collector_back_as_it_was(collector_given_back: None) -> None:
    thresholds = gc.get_threshold()
    gc.enable()
    collector = StartupCollector()
    collector.pause()
    collector.pause()  # the command line and run_gui both pause: one pause
    assert collector.paused and not gc.isenabled()
    made_during_the_start = [object() for _ in range(10)]
    collector.resume()
    assert gc.isenabled() and not collector.paused
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() > len(made_during_the_start)  # never scanned again
    collector.resume()  # a second resume (the fallback after the paint's) does nothing
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(collector_given_back: None) -> None:
    gc.disable()
    collector = StartupCollector()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


def test_a_start_that_stops_early_gives_the_collector_back_unfrozen(
    collector_given_back: None,
) -> None:
    gc.enable()
    gc.unfreeze()
    collector = StartupCollector()
    collector.pause()
    collector.cancel()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    collector.resume()  # after a cancel: nothing left to do
    assert gc.get_freeze_count() == 0


def test_a_start_the_command_line_refuses_gives_the_collector_back(
    collector_given_back: None, capsys: pytest.CaptureFixture[str]
) -> None:
    gc.enable()
    assert main(["--lang", "xx"]) == EXIT_USAGE  # paused before the language was checked
    assert "unknown language 'xx'" in capsys.readouterr().err
    assert gc.isenabled()


class PaintLog(QObject):
    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__(widget)
        self._log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._log.append("paint")
        return False


def test_work_after_the_first_paint_runs_once_after_it(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    log: list[str] = []
    PaintLog(widget, log)
    after = AfterFirstPaint(widget, lambda: log.append("then"))
    assert log == [] and not after.done
    widget.show()
    qtbot.waitUntil(lambda: after.done)
    assert log[0] == "paint" and log.count("then") == 1
    widget.update()
    qtbot.waitUntil(lambda: log.count("paint") >= 2)
    assert log.count("then") == 1


def test_a_window_never_painted_still_gets_its_work_done(qtbot: QtBot) -> None:
    widget = QWidget()  # never shown
    qtbot.addWidget(widget)
    calls: list[int] = []
    after = AfterFirstPaint(widget, lambda: calls.append(1), at_most_ms=1)
    qtbot.waitUntil(lambda: after.done)
    widget.show()
    qtbot.waitExposed(widget)
    assert calls == [1]


REAL_START = """
import gc, json, os, sys
BEFORE = [gc.isenabled(), list(gc.get_threshold())]
import allguide.app as app
from PySide6.QtCore import QEvent, QObject, QTimer
seen = {}
build = app.build_window

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = gc.isenabled()
            poll(1000)
        return False

def watched(*args, **kwargs):
    window = build(*args, **kwargs)
    window.installEventFilter(Watch(window))
    return window

def poll(turns):  # a few turns of the event loop, not the 3 s fallback
    if gc.isenabled() or turns == 0:
        report()
    else:
        QTimer.singleShot(0, lambda: poll(turns - 1))

def report():
    after = [gc.isenabled(), list(gc.get_threshold())]
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    garbage_bytes = sum(sys.getsizeof(o) for o in gc.garbage)
    print(json.dumps({"before": BEFORE, "at_paint": seen["at_paint"], "after": after,
                      "frozen": frozen, "garbage": len(gc.garbage), "bytes": garbage_bytes}))
    sys.stdout.flush()
    os._exit(0)

app.build_window = watched
from allguide.cli import main
main([])
"""


def test_the_real_start_pauses_the_collector_until_its_first_paint(tmp_path: Path) -> None:
    """``allguide`` as the console script runs it (``cli.main``, ``run_gui``): no collection
    during the start, the collector back with its thresholds just after the first paint,
    and what the start made frozen, of which little is garbage."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        LOG_DIR_ENV: str(tmp_path / "logs"),
    }
    run = subprocess.run(
        [sys.executable, "-c", REAL_START],
        capture_output=True, text=True, check=False, env=env, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.splitlines()[-1])
    assert found["before"][0] is True
    assert found["at_paint"] is False  # paused for the whole start
    assert found["after"] == found["before"]  # back, thresholds untouched, soon after the paint
    assert found["frozen"] > 10_000
    assert found["garbage"] < FROZEN_GARBAGE_OBJECTS, found
    assert found["bytes"] < FROZEN_GARBAGE_BYTES, found
