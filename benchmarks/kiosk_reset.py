"""How long a kiosk takes to forget its visitor (issue 12, section 4).

Run: python benchmarks/kiosk_reset.py [--runs N]
One kiosk session, as ``allguide --kiosk`` opens it (``app.open_session``); each run a
visitor opens every view (and, in the last case, reads in Spanish), then the reset is
timed from the countdown's end to the attract screen shown: the starting language
spoken again, the starting look applied, a new window built and shown, the old one
closed, popups and clipboard cleared. Wall and CPU time (CPU is steadier on a busy
machine); the old window's deletion, on the next turn of the event loop, is not
counted. Figures only: no limit is checked. A kiosk writes no settings, and this run starts no
log, so nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer

from allguide.app import Appearance, application, apply_appearance, open_session
from allguide.diagnostics import Diagnostics
from allguide.languages import Language
from allguide.mode import KioskSettings, Mode
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.language.switch import Session
from allguide.ui.navigator import View

NEVER = 24 * 3600.0  # no idle reset of its own while the benchmark drives it


def settle(ms: int) -> None:
    """Let the event loop run (the window shows, the old one is deleted)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def visit(session: Session, language: Language | None) -> None:
    if language is not None:
        session.switch_to(language.value)
    window = session.window
    window.search_box.search_now("tired")
    window.navigator.open("vincristine")
    window.navigator.show(View.SIDE_EFFECTS)
    window.navigator.show(View.TIMELINE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12, help="resets per case (default 12)")
    args = parser.parse_args()
    app = application()
    mode = Mode.kiosk(KioskSettings(idle_seconds=NEVER, countdown_seconds=NEVER))
    apply_appearance(app, Appearance.starting(mode))
    session = open_session(app, Language.ENGLISH, None, mode, Diagnostics(mode, None))
    if session is None:
        print("the kiosk window could not be built")
        return 1
    session.window.show()
    reset = session.findChild(VisitorReset)
    assert reset is not None
    settle(300)
    cases = (("every view", None), ("every view, in Spanish", Language.SPANISH))
    for label, language in cases:
        wall: list[float] = []
        cpu: list[float] = []
        for _ in range(args.runs):
            visit(session, language)
            settle(100)
            began_cpu, began = time.process_time(), time.perf_counter()
            reset.forget_visitor()
            wall.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - began_cpu) * 1000)
            if reset.attract is not None:  # the next visitor touches it
                reset.attract.hide()
                reset.attract.started.emit()
            settle(100)
        print(
            f"visitor reset, {label}: median {statistics.median(wall):.0f} ms wall"
            f" (min {min(wall):.0f}, max {max(wall):.0f}),"
            f" {statistics.median(cpu):.0f} ms CPU; {args.runs} runs"
        )
    reset.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
