"""How AllGuide runs: the one place that says what normal and kiosk mode each do.

A family's own computer remembers their choices and may keep a log; a public kiosk
serves strangers one after another, so it is locked in full screen, made for fingers,
writes nothing of one visitor to disk, and forgets each visitor after a quiet spell.
Code asks the Mode a question ("does this run remember preferences?", "how is a web
address shown?") instead of testing a kiosk flag, so a new mode or a new decision is
added here, once. The Mode is built once in the wiring (the command line, with the
kiosk configuration file) and handed to whatever needs it. Qt-free: the command line
and the core can use it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from allguide.languages import Language


class ModeKind(enum.Enum):
    NORMAL = "normal"
    KIOSK = "kiosk"


class AddressShown(enum.Enum):
    """How a web address in the content is offered (AllGuide itself never goes online)."""

    COPYABLE = "copyable"  # as text, with a Copy button: the family's own computer
    QR_CODE = "qr-code"  # as a QR code a visitor reads with their own phone: no clipboard


DEFAULT_IDLE_SECONDS = 120.0
DEFAULT_COUNTDOWN_SECONDS = 20.0
DEFAULT_KIOSK_TEXT_SCALE = 1.25


@dataclass(frozen=True)
class KioskSettings:
    """What the kiosk configuration file may set (allguide/kiosk/config.py reads it).

    ``language`` is the visitors' starting language (None: the system's if bundled,
    else English); ``pin_hash`` the staff PIN's salted scrypt hash (None: no staff exit,
    the app is stopped from the operating system); ``log_folder`` where the kiosk's log
    goes (None: no log file at all)."""

    idle_seconds: float = DEFAULT_IDLE_SECONDS
    countdown_seconds: float = DEFAULT_COUNTDOWN_SECONDS
    language: Language | None = None
    text_scale: float = DEFAULT_KIOSK_TEXT_SCALE
    pin_hash: str | None = None
    log_folder: Path | None = None


@dataclass(frozen=True)
class IdleReset:
    """After ``idle_seconds`` untouched, a ``countdown_seconds`` warning, then a new visitor."""

    idle_seconds: float
    countdown_seconds: float


@dataclass(frozen=True)
class Mode:
    """The decisions that differ between ways of running; each one is a property."""

    kind: ModeKind = ModeKind.NORMAL
    kiosk_settings: KioskSettings = field(default_factory=KioskSettings)

    @staticmethod
    def normal() -> Mode:
        return NORMAL_MODE

    @staticmethod
    def kiosk(settings: KioskSettings | None = None) -> Mode:
        """Kiosk mode, with the configuration file's settings (default: the defaults)."""
        return KIOSK_MODE if settings is None else Mode(ModeKind.KIOSK, settings)

    @staticmethod
    def of(kiosk: bool) -> Mode:
        """The mode the ``--kiosk`` switch asks for."""
        return KIOSK_MODE if kiosk else NORMAL_MODE

    @property
    def is_kiosk(self) -> bool:
        return self.kind is ModeKind.KIOSK

    # What is kept -------------------------------------------------------

    @property
    def remembers_preferences(self) -> bool:
        """Window layout, language and a remembered start date are read and written
        between runs."""
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
    def log_folder(self) -> Path | None:
        """The folder the kiosk configuration names for the log, if any."""
        return self.kiosk_settings.log_folder if self.is_kiosk else None

    @property
    def logs_error_messages(self) -> bool:
        """An error's own message may quote what a visitor typed: a kiosk log keeps only
        the kind of error and where it happened."""
        return not self.is_kiosk

    # What is told -------------------------------------------------------

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
    def notes_stay_inside_the_window(self) -> bool:
        """A note (an unexpected error) is part of the window, not a window of its own
        that a window manager could move, minimise or put in front of a kiosk."""
        return self.is_kiosk

    @property
    def retries_a_failed_start(self) -> bool:
        """A kiosk nobody tends tries once more with the bundled content before it shows
        that it could not open; a family's laptop says so at once."""
        return self.is_kiosk

    # What a visitor may do ----------------------------------------------

    @property
    def can_be_closed(self) -> bool:
        """Close requests and quitting keys end the run (a kiosk: only the staff exit)."""
        return not self.is_kiosk

    @property
    def locks_full_screen(self) -> bool:
        """Frameless full screen on the primary screen, put back whenever it is moved."""
        return self.is_kiosk

    @property
    def allows_context_menus(self) -> bool:
        return not self.is_kiosk

    @property
    def allows_clipboard(self) -> bool:
        """Copying, pasting and dragging text out: a kiosk lets nothing leave or arrive."""
        return not self.is_kiosk

    @property
    def allows_printing_and_saving(self) -> bool:
        """Keys that print, save or open a file or a dialog do what the platform does;
        a kiosk ignores them."""
        return not self.is_kiosk

    @property
    def offers_about(self) -> bool:
        """An About dialog (F1) with the licences: a window of its own, so not at a
        kiosk, whose notice and QR codes point to the source instead."""
        return not self.is_kiosk

    @property
    def external_addresses(self) -> AddressShown:
        return AddressShown.QR_CODE if self.is_kiosk else AddressShown.COPYABLE

    @property
    def touch_first(self) -> bool:
        """Large touch targets, kinetic scrolling, nothing that needs hover, and an
        on-screen keyboard for the search box."""
        return self.is_kiosk

    @property
    def text_scale(self) -> float:
        """The starting text size, a multiple of the base size (a kiosk's is larger)."""
        return self.kiosk_settings.text_scale if self.is_kiosk else 1.0

    @property
    def starting_language(self) -> Language | None:
        """The language each visitor starts in, if the configuration names one."""
        return self.kiosk_settings.language if self.is_kiosk else None

    # Between visitors ---------------------------------------------------

    @property
    def idle_reset(self) -> IdleReset | None:
        """When a kiosk forgets its visitor; None: never (a family's own computer)."""
        if not self.is_kiosk:
            return None
        settings = self.kiosk_settings
        return IdleReset(settings.idle_seconds, settings.countdown_seconds)

    @property
    def staff_pin_hash(self) -> str | None:
        """The staff exit's PIN hash; None: no staff exit (normal mode closes as usual)."""
        return self.kiosk_settings.pin_hash if self.is_kiosk else None

    @property
    def label(self) -> str:
        """The mode's name for logs and the smoke test's report (not shown to users)."""
        return self.kind.value


NORMAL_MODE = Mode(ModeKind.NORMAL)
KIOSK_MODE = Mode(ModeKind.KIOSK)
