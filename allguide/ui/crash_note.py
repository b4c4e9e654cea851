"""The calm note a person sees when something went wrong but AllGuide keeps going.

Not a modal message box: it never blocks the window, and at a kiosk it closes by
itself (no one may be there to close it, and the next visitor should not find it).
It says what happened in plain words; in normal mode it names the log file for
whoever looks after the computer; a kiosk shows strangers no paths and nothing technical.

Imported only when an error happens (by ``allguide.ui.crash_notifier``): a start
without errors does not pay for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from allguide.mode import Mode
from allguide.ui.fonts import emphasise
from allguide.ui.plain import plain_label
from allguide.ui.wording import fill

# Long enough to read two short sentences slowly, in a second language; short enough
# that the next visitor at a kiosk does not find it.
KIOSK_NOTE_SECONDS = 20.0


class CrashNote(QDialog):
    """Something went wrong; you can go on reading."""

    def __init__(self, mode: Mode, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashNote")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.headline = plain_label(self.tr("Something went wrong, but AllGuide is still working."))
        emphasise(self.headline, 1.0, bold=True)
        self.headline.setWordWrap(True)
        self.details = plain_label(self._details(mode, log_file))
        self.details.setObjectName("crashNoteDetails")
        self.details.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.setAccessibleName(self.headline.text())
        # At a kiosk, part of the window it is over (a child widget, framed, in the
        # middle), never a window of its own: nothing to move, minimise or escape into.
        self._inside = mode.notes_stay_inside_the_window and parent is not None
        if self._inside:
            self.setWindowFlags(Qt.WindowType.Widget)
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.Base)  # a card, as the kiosk's others
        self.close_timer: QTimer | None = None
        if mode.error_note_closes_itself:
            self.close_timer = QTimer(self)
            self.close_timer.setSingleShot(True)
            self.close_timer.setInterval(round(KIOSK_NOTE_SECONDS * 1000))
            self.close_timer.timeout.connect(self.accept)

    def _details(self, mode: Mode, log_file: Path | None) -> str:
        if not mode.error_note_shows_details:
            return self.tr("You can go on reading. This message closes by itself.")
        if log_file is None:
            return self.tr(
                "You can go on reading. If it keeps happening, close AllGuide and open it again."
            )
        return fill(
            self.tr(
                "You can go on reading. What went wrong was written down in %1, "
                "for whoever looks after this computer."
            ),
            log_file,
        )

    def text(self) -> str:
        """Everything the note says, for tests and screen readers."""
        return f"{self.headline.text()} {self.details.text()}"

    def show_again(self) -> None:
        """Show (or bring back) the note; at a kiosk its time starts again."""
        if self._inside and (window := self.parentWidget()) is not None:
            self.resize(self.sizeHint().boundedTo(window.size()))
            self.move(window.rect().center() - self.rect().center())
        self.show()
        self.raise_()
        if self.close_timer is not None:
            self.close_timer.start()


def note_parent() -> QWidget | None:
    """The window the note belongs to, so it opens over it."""
    active = QApplication.activeWindow()
    if active is not None and active.isVisible():
        return active
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.isWindow() and not isinstance(w, CrashNote)
    ]
    return shown[0] if shown else None


class StartFailure(QDialog):
    """AllGuide could not open its window: said calmly, in plain text, instead of a run
    that ends with nothing on screen. Closing it ends the run (status 1).

    It does not close itself, even at a kiosk: a start that failed twice (a kiosk tries
    once more with the bundled content) needs a person, and an empty screen tells no one.
    """

    def __init__(self, mode: Mode, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startFailure")
        self.setWindowTitle(self.tr("AllGuide could not open"))
        self.headline = plain_label(self.tr("AllGuide could not open. This is not your fault."))
        emphasise(self.headline, 1.0, bold=True)
        self.headline.setWordWrap(True)
        self.details = plain_label(self._details(mode, log_file))
        self.details.setObjectName("startFailureDetails")
        self.details.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.setAccessibleName(self.headline.text())

    def _details(self, mode: Mode, log_file: Path | None) -> str:
        if not mode.error_note_shows_details:
            return self.tr("Please tell someone who looks after this computer.")
        if log_file is None:
            return self.tr(
                "Close this window and open AllGuide again. If it keeps happening, "
                "tell whoever looks after this computer."
            )
        return fill(
            self.tr(
                "Close this window and open AllGuide again. What went wrong was written "
                "down in %1, for whoever looks after this computer."
            ),
            log_file,
        )

    def text(self) -> str:
        """Everything the window says, for tests and screen readers."""
        return f"{self.headline.text()} {self.details.text()}"
