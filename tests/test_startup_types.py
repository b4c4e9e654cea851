"""The start hands no plain Qt widget to Python before the first paint (issue 10).

PySide builds a widget class's Python type, and its enums, only when the class is
first used. But the first time a widget whose class is Qt's own (a scroll area's
viewport, a toolbar's extension button) reaches Python (through a ``polish``
override, ``viewport()``, a focus-chain walk), PySide works out its type by
trying every widget class it has: ~60 types and their enums, ~8 ms of the start.
This runs the real start in a fresh process and looks, at its first paint,
whether classes the window never uses (QWizard, QFontDialog…) were built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, os
import PySide6.QtWidgets as widgets
UNUSED = ("QWizard", "QFontDialog", "QMdiArea", "QCalendarWidget", "QGraphicsView")
eager = [name for name in UNUSED if name in widgets.__dict__]
from allguide import app, startup_gc
from allguide.mode import NORMAL_MODE
collector = startup_gc.STARTUP_COLLECTOR
resume = collector.resume
def painted():  # run_gui's call at the window's first paint
    resume()
    built = [name for name in UNUSED if name in widgets.__dict__]
    print(json.dumps({"eager": eager, "built": built}), flush=True)
    os._exit(0)
collector.resume = painted
app.run_gui("en", None, NORMAL_MODE)
"""


def test_the_first_paint_builds_no_widget_types_the_window_does_not_use(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    run = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    if found["eager"]:
        pytest.skip(f"this PySide builds every type at import ({found['eager']})")
    assert found["built"] == []
