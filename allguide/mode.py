"""How AllGuide runs: the one place that says what normal and kiosk mode each do.

A family's own computer remembers their choices and may keep a log; a public kiosk
serves strangers one after another, so it writes nothing of one visitor to disk and
shows them nothing technical. (Clearing the screen between visitors, an idle reset of
the search, the history and the page, is kiosk mode's own issue, 12: it belongs here.)
Code asks the Mode a question ("does this run remember preferences?") instead of
testing a kiosk flag, so a new mode or a new decision is added here, once. Qt-free:
the command line and the core can use it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ModeKind(enum.Enum):
    NORMAL = "normal"
    KIOSK = "kiosk"


@dataclass(frozen=True)
class Mode:
    """The decisions that differ between ways of running; each one is a property."""

    kind: ModeKind = ModeKind.NORMAL

    @staticmethod
    def normal() -> Mode:
        return NORMAL_MODE

    @staticmethod
    def kiosk() -> Mode:
        return KIOSK_MODE

    @staticmethod
    def of(kiosk: bool) -> Mode:
        """The mode the ``--kiosk`` switch asks for."""
        return KIOSK_MODE if kiosk else NORMAL_MODE

    @property
    def is_kiosk(self) -> bool:
        return self.kind is ModeKind.KIOSK

    @property
    def remembers_preferences(self) -> bool:
        """Window layout and a remembered start date are read and written between runs."""
        return not self.is_kiosk

    @property
    def asks_personal_dates(self) -> bool:
        """The timeline offers "My dates": a stranger's treatment dates are not asked for."""
        return not self.is_kiosk

    @property
    def logs_to_file_by_default(self) -> bool:
        """A log file in the user's data folder, unless IT names a folder (then always)."""
        return not self.is_kiosk

    @property
    def logs_error_messages(self) -> bool:
        """An error's own message may quote what a visitor typed: a kiosk log keeps only
        the kind of error and where it happened."""
        return not self.is_kiosk

    @property
    def error_note_shows_details(self) -> bool:
        """The note about an unexpected error names the log file; a kiosk shows strangers
        no paths and no technical words."""
        return not self.is_kiosk

    @property
    def error_note_closes_itself(self) -> bool:
        """No one at a kiosk may be there to close a note: it goes away on its own."""
        return self.is_kiosk

    @property
    def retries_a_failed_start(self) -> bool:
        """A kiosk nobody tends tries once more with the bundled content before it shows
        that it could not open; a family's laptop says so at once."""
        return self.is_kiosk

    @property
    def label(self) -> str:
        """The mode's name for logs and the smoke test's report (not shown to users)."""
        return self.kind.value


NORMAL_MODE = Mode(ModeKind.NORMAL)
KIOSK_MODE = Mode(ModeKind.KIOSK)
