"""Unexpected errors, from whichever thread, are told to the person in the GUI thread.

Made at every start, so it is kept small: the note itself (``allguide.ui.crash_note``,
a dialog and its widgets) is imported the first time there is something to tell.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from allguide.mode import Mode

if TYPE_CHECKING:
    from allguide.ui.crash_note import CrashNote


class CrashNotifier(QObject):
    """Shows one CrashNote for any number of errors, from whichever thread reports them.

    ``errorReported`` may be emitted from any thread: the note is made in the GUI thread.
    """

    errorReported = Signal()

    def __init__(self, mode: Mode, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = mode
        self._log_file = log_file
        self.note: CrashNote | None = None
        self.errorReported.connect(self._show)

    @Slot()
    def _show(self) -> None:
        if self.note is None:
            from allguide.ui.crash_note import CrashNote, note_parent

            self.note = CrashNote(self._mode, self._log_file, note_parent())
            self.note.destroyed.connect(self._forget)  # with its window, say: made anew
        self.note.show_again()

    @Slot()
    def _forget(self) -> None:
        self.note = None
