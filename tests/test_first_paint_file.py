"""ALLGUIDE_FIRST_PAINT_FILE: how benchmarks/frozen_startup.py times a frozen app's start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from allguide.diagnostics import LOG_DIR_ENV
from allguide.ui import first_paint
from allguide.ui.first_paint import (
    FIRST_PAINT_FILE_ENV,
    AfterFirstPaint,
    exit_at_first_paint_if_asked,
)


def test_unset_it_adds_nothing_to_the_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    exit_at_first_paint_if_asked(window, environ={})
    assert window.findChildren(AfterFirstPaint) == []


def test_set_it_writes_the_first_paint_and_ends_the_run(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(first_paint.os, "_exit", exits.append)
    path = tmp_path / "paint.json"
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(320, 200)
    before = time.monotonic_ns()
    exit_at_first_paint_if_asked(window, environ={FIRST_PAINT_FILE_ENV: str(path)})
    assert not path.exists()  # not before the paint
    window.show()
    qtbot.waitUntil(lambda: exits == [0])
    figures = json.loads(path.read_text("utf-8"))
    assert before < figures["paint_ns"] <= time.monotonic_ns()
    assert figures["window_size"] == [320, 200]


def test_the_real_start_reports_its_first_paint_and_exits(tmp_path: Path) -> None:
    """``python -m allguide`` as the frozen app runs it: run_gui honours the variable."""
    path = tmp_path / "paint.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        LOG_DIR_ENV: str(tmp_path / "logs"),
        FIRST_PAINT_FILE_ENV: str(path),
    }
    spawned = time.monotonic_ns()
    run = subprocess.run(
        [sys.executable, "-m", "allguide"],
        capture_output=True, text=True, check=False, env=env, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(path.read_text("utf-8"))
    assert spawned < figures["paint_ns"] < time.monotonic_ns()
    width, height = figures["window_size"]
    assert width > 0 and height > 0
