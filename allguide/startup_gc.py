"""The garbage collector waits while AllGuide starts, then never rescans what the start built.

A start makes a few hundred thousand objects that live as long as the app (modules,
classes, the content, the window's wrappers) and almost no garbage. With the collector
on, it walks them again and again: about 60 young and a few middle collections, and at
times a full one (15 to 40 ms here), all before the first paint (issue 10).

So ``pause`` turns automatic collection off as the GUI's start begins, and ``resume``,
just after the first paint, freezes everything there is (``gc.freeze``: later
collections skip it, so young and full collections during use stay short) and turns
the collector back on as it was. Thresholds are never changed. Qt-free and tiny, so
the command line can pause before it imports the app.

The start's own garbage (cycles left by imports: attrs' class builders, argparse's
formatters; about 1,500 objects, 0.3 MiB) is frozen with the rest instead of being
found by a full collection that would cost 15 to 40 ms just after the first paint.
tests/test_startup_gc.py checks that it stays that small.
"""

from __future__ import annotations

import gc


class StartupCollector:
    """One start's pause; each method may be called more than once."""

    def __init__(self) -> None:
        self._was_enabled: bool | None = None  # None: not paused

    @property
    def paused(self) -> bool:
        return self._was_enabled is not None

    def pause(self) -> None:
        """Automatic collection off until ``resume`` or ``cancel`` (again: no change)."""
        if self._was_enabled is None:
            self._was_enabled = gc.isenabled()
            gc.disable()

    def resume(self) -> None:
        """After the first paint: freeze what the start made, give the collector back."""
        if self._was_enabled is None:
            return
        gc.freeze()
        self.cancel()

    def cancel(self) -> None:
        """A start that stopped early: the collector back as it was, nothing frozen."""
        if self._was_enabled is None:
            return
        was_enabled, self._was_enabled = self._was_enabled, None
        if was_enabled:
            gc.enable()


STARTUP_COLLECTOR = StartupCollector()  # the process's own: the command line pauses it
