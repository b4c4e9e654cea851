"""Crashes that would still happen are seen: a log file, an exception hook, faulthandler.

Everything here is Qt-free and cheap to import and to start: it is on the start path,
so the log file rotates through ``RotatingLogFile`` below rather than
``logging.handlers`` (which imports socket, pickle and queue: about 7 ms of every start).
The Qt side is in ``allguide.ui.crash_notifier`` (errors told in the GUI thread),
``allguide.ui.crash_note`` (the note a person sees, imported only when an error
happens) and ``allguide.ui.qt_log`` (Qt's own messages); ``allguide.app`` wires
them together for real runs only, never at import, so tests keep their own hooks.

Where the log goes:

- ``ALLGUIDE_LOG_DIR`` (environment), when set: that folder, in every mode. IT sets it
  for a kiosk that should keep a log; tests set it so nothing reaches the real home.
- otherwise the kiosk configuration file's ``log_folder``, when it names one;
- otherwise, in normal mode, the user's data folder (Qt's AppLocalDataLocation/logs);
- otherwise (a kiosk, by default) no file: warnings go to stderr only.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TextIO

from allguide import __version__
from allguide.mode import Mode

LOG_DIR_ENV = "ALLGUIDE_LOG_DIR"
LOG_FILE = "allguide.log"
FAULT_FILE = "allguide-faults.log"
LOG_MAX_BYTES = 256 * 1024  # a few days of a busy kiosk's warnings; then it rotates
LOG_BACKUPS = 3
LOGGER = "allguide"  # our loggers; Qt's messages go to allguide.qt
QT_LOGGER = "allguide.qt"
QT_PROBLEMS_KEPT = 10  # the words of the first few Qt warnings, for the smoke test's report
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REPEAT_SUMMARY_SECONDS = 60.0  # an error repeated on every paint: one count line a minute at most

log = logging.getLogger(__name__)


def log_folder(
    mode: Mode, default_folder: Path | None, environ: Mapping[str, str] = os.environ
) -> Path | None:
    """The folder the log file goes to, or None for no file at all."""
    configured = environ.get(LOG_DIR_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    if mode.log_folder is not None:  # the kiosk configuration's ``log_folder``
        return mode.log_folder
    if mode.logs_to_file_by_default:
        return default_folder
    return None


def describe(error: BaseException, with_messages: bool) -> str:
    """The traceback of ``error`` and the errors it was raised from.

    Without messages, each error is named by its type only: a message can quote what
    a visitor typed or which page they read, which a kiosk's log must not keep.
    """
    if with_messages:
        return "".join(traceback.format_exception(error)).rstrip()
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # Places only, never source lines: a line can hold text too (and on Python 3.13
        # even the code given with -c is shown).
        frames = "".join(
            f'  File "{frame.f_code.co_filename}", line {line}, in {frame.f_code.co_name}\n'
            for frame, line in traceback.walk_tb(current.__traceback__)
        )
        parts.append(f"Traceback (most recent call last):\n{frames}{type(current).__qualname__}")
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__suppress_context__:
            current = None
        else:
            current = current.__context__
    return "\n\nwhich was raised while handling an earlier error:\n\n".join(parts)


@dataclass
class Diagnostics:
    """The log file and the crash handlers of one run; ``stop`` undoes them (for tests)."""

    mode: Mode
    folder: Path | None
    errors_seen: int = 0  # unexpected errors reported by the hooks (the smoke test checks it)
    # Qt's warnings and critical messages logged under allguide.qt (the smoke test checks them):
    # how many, and the words of the first QT_PROBLEMS_KEPT
    qt_problems_seen: int = 0
    qt_problems: list[str] = field(default_factory=list)
    clock: Callable[[], float] = time.monotonic  # when repeats are summed up (tests set it)
    _handlers: list[logging.Handler] = field(default_factory=list)
    _fault_file: TextIO | None = None
    _faulthandler_was_on: bool = False
    _level_before: int = logging.NOTSET
    _hook: ExceptionHook | None = None
    _cleanups: list[Callable[[], None]] = field(default_factory=list)

    @property
    def log_file(self) -> Path | None:
        return self.folder / LOG_FILE if self.folder is not None else None

    @property
    def fault_file(self) -> Path | None:
        return self.folder / FAULT_FILE if self.folder is not None else None

    def install_hooks(self, notify: Callable[[], None]) -> None:
        """Unexpected errors (main or any thread) are logged, then ``notify`` tells the person."""
        self._hook = ExceptionHook(self, notify)
        self._hook.install()

    def log_start_failure(self, error: BaseException) -> None:
        """The window could not be built: the traceback goes into the log (a kiosk's
        without the messages), as the hook would log it; the caller tells the person."""
        self.errors_seen += 1
        log.error(
            "AllGuide could not open its window:\n%s",
            describe(error, self.mode.logs_error_messages),
        )

    def add_cleanup(self, cleanup: Callable[[], None]) -> None:
        """Something ``stop`` should undo (the Qt side gives back Qt's message handler)."""
        self._cleanups.append(cleanup)

    def stop(self) -> None:
        """Give back the hooks, handlers and files this run took."""
        import faulthandler

        while self._cleanups:
            self._cleanups.pop()()
        if self._hook is not None:
            self._hook.flush_repeats()
            self._hook.uninstall()
            self._hook = None
        logger = logging.getLogger(LOGGER)
        for handler in self._handlers:
            logger.removeHandler(handler)
            handler.close()
        self._handlers.clear()
        logger.setLevel(self._level_before)
        faulthandler.disable()
        stderr = usable_stderr()
        if self._faulthandler_was_on and stderr is not None:  # pytest's, say: back on stderr
            faulthandler.enable(stderr, all_threads=True)
        if self._fault_file is not None:
            self._fault_file.close()
            self._fault_file = None


def start(mode: Mode, default_folder: Path | None) -> Diagnostics:
    """Log to a rotating file (if this mode has a folder) and to stderr; enable faulthandler.

    A folder that cannot be made or written is said on stderr and the run goes on
    without a file: diagnostics never stop the app.
    """
    import faulthandler

    logger = logging.getLogger(LOGGER)
    level_before = logger.level
    logger.setLevel(logging.INFO)
    diagnostics = Diagnostics(
        mode, None, _faulthandler_was_on=faulthandler.is_enabled(), _level_before=level_before
    )
    qt_problems = QtProblemCounter(diagnostics)
    diagnostics._handlers.append(qt_problems)
    logger.addHandler(qt_problems)
    stderr = usable_stderr()  # None when a launcher closed it (2>&-, a windowed build)
    if stderr is not None:
        to_stderr = logging.StreamHandler(stderr)
        to_stderr.setLevel(logging.WARNING)
        to_stderr.setFormatter(logging.Formatter("allguide: %(levelname)s: %(message)s"))
        diagnostics._handlers.append(to_stderr)
        logger.addHandler(to_stderr)
    try:
        folder = log_folder(mode, default_folder)
    except RuntimeError as error:  # "~nosuchuser": expanduser cannot say where that is
        log.warning("no log file: %s", error)
        folder = None
    if folder is not None:
        _add_log_file(diagnostics, logger, folder)
    if diagnostics._fault_file is not None:
        faulthandler.enable(diagnostics._fault_file, all_threads=True)
    elif stderr is not None:
        faulthandler.enable(stderr, all_threads=True)
    log.info(
        "AllGuide %s started in %s mode (Python %s, %s)",
        __version__,
        mode.label,
        sys.version.split()[0],
        sys.platform,
    )
    return diagnostics


class QtProblemCounter(logging.Handler):
    """Counts each Qt warning or critical message logged under ``allguide.qt`` and keeps
    the words of the first few: routed into our log, they would otherwise fail no test
    (the smoke test checks them). Only a few are kept, so a kiosk's months stay flat."""

    def __init__(self, diagnostics: Diagnostics) -> None:
        super().__init__(logging.WARNING)
        self._diagnostics = diagnostics

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == QT_LOGGER or record.name.startswith(QT_LOGGER + "."):
            self._diagnostics.qt_problems_seen += 1
            if len(self._diagnostics.qt_problems) < QT_PROBLEMS_KEPT:
                self._diagnostics.qt_problems.append(f"{record.levelname}: {record.getMessage()}")


class RotatingLogFile(logging.FileHandler):
    """A log file that never grows past ``max_bytes``: when the next record would not
    fit, the file becomes ``.1`` (``.1`` becomes ``.2``, and so on; past ``backups``
    the oldest goes). ``logging.handlers.RotatingFileHandler``'s job, without its imports.

    Sizes are counted in bytes as written (UTF-8), and read from the file itself, so
    another AllGuide appending to the same log is counted too. A single record bigger
    than the cap still gets written, alone in its file.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8", errors="backslashreplace")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + self.terminator
            if self.stream is None:  # closed by an earlier failed rotation: open again
                self.stream = self._open()
            size = len(line.encode("utf-8", "backslashreplace"))
            written = os.fstat(self.stream.fileno()).st_size
            if written and written + size > self.max_bytes:
                self._rotate()
            self.stream.write(line)
            self.flush()
        except RecursionError:  # as logging's own handlers do
            raise
        except Exception:
            self.handleError(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # if a rename below fails, the next record opens it again
        path = Path(self.baseFilename)
        if self.backups > 0:
            for number in range(self.backups - 1, 0, -1):
                older = path.with_name(f"{path.name}.{number}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{number + 1}"))
            path.replace(path.with_name(f"{path.name}.1"))
        else:
            path.unlink(missing_ok=True)
        self.stream = self._open()


def usable_stderr() -> TextIO | None:
    """The process's stderr, or None when there is none to write to (closed or absent)."""
    for stream in (sys.__stderr__, sys.stderr):
        if stream is None:
            continue
        try:
            stream.fileno()
        except (OSError, ValueError, AttributeError):  # closed, or not a real file
            continue
        if not stream.closed:
            return stream
    return None


def _add_log_file(diagnostics: Diagnostics, logger: logging.Logger, folder: Path) -> None:
    """The rotating log and the fault file in ``folder``; a folder we cannot use costs
    the files, never the start."""
    to_file: RotatingLogFile | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        to_file = _rotating_file(folder / LOG_FILE)
        fault_file = _open_fault_file(folder / FAULT_FILE)
    except OSError as error:
        if to_file is not None:
            to_file.close()
        log.warning("no log file in %s (%s)", folder, error.strerror or error)
        return
    diagnostics.folder = folder
    diagnostics._handlers.append(to_file)
    logger.addHandler(to_file)
    diagnostics._fault_file = fault_file


def _rotating_file(path: Path) -> RotatingLogFile:
    handler = RotatingLogFile(path, max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler


def _open_fault_file(path: Path) -> TextIO:
    """The file faulthandler writes a hard crash's stacks into; open for the whole run.

    It only grows when the process dies; past the log's size it is kept once as ``.1``,
    so a kiosk restarted after every crash cannot fill its disk.
    """
    if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
        path.replace(path.with_name(path.name + ".1"))
    return path.open("a", encoding="utf-8")


class ExceptionHook:
    """``sys.excepthook`` and ``threading.excepthook``: log the error, tell the person once.

    An error raised while one is being reported (by the note, say) is logged but not
    reported again, so a broken note cannot loop.
    """

    def __init__(self, diagnostics: Diagnostics, notify: Callable[[], None]) -> None:
        self._diagnostics = diagnostics
        self._notify = notify
        self._busy = threading.local()
        self._repeats = RepeatCounter(lambda: diagnostics.clock())
        self._told: set[ErrorPlace] = set()
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook

    def install(self) -> None:
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        sys.excepthook = self.sys_hook
        threading.excepthook = self.threading_hook

    def uninstall(self) -> None:
        if sys.excepthook == self.sys_hook:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self.threading_hook:
            threading.excepthook = self._previous_threading

    def sys_hook(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_traceback: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal: not a crash
            self._previous_sys(exc_type, exc_value, exc_traceback)
            return
        self.report(exc_value, where="")

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, where=f" in thread {name}")

    def report(self, error: BaseException, where: str) -> None:
        if getattr(self._busy, "reporting", False):
            details = describe(error, self._diagnostics.mode.logs_error_messages)
            log.error("Another unexpected error%s while telling of one:\n%s", where, details)
            self._busy.telling_failed = True
            return
        self._busy.reporting = True
        try:
            self._diagnostics.errors_seen += 1
            place = error_place(error)
            if not self._repeats.seen_before(place):
                details = describe(error, self._diagnostics.mode.logs_error_messages)
                log.error("Unexpected error%s; AllGuide keeps going:\n%s", where, details)
            elif place in self._told:
                return  # counted and summed up now and then; the note is not shown again
            self._busy.telling_failed = False
            self._notify()
            if not self._busy.telling_failed:  # a note that failed is tried again next time
                self._told.add(place)
        except Exception as second:  # the note itself failed: logged, never raised again
            log.error(
                "The note about an unexpected error could not be shown:\n%s",
                describe(second, self._diagnostics.mode.logs_error_messages),
            )
        finally:
            self._busy.reporting = False

    def flush_repeats(self) -> None:
        """Log the repeats not summed up yet (at the end of a run)."""
        self._repeats.flush()


ErrorPlace = tuple[str, str, int]  # the error's type, and the file and line it was raised at


def error_place(error: BaseException) -> ErrorPlace:
    """What makes two errors "the same": their type and where they were raised."""
    last = error.__traceback__
    if last is None:
        return (type(error).__qualname__, "?", 0)
    while last.tb_next is not None:  # the frames themselves: no source read on every repeat
        last = last.tb_next
    return (type(error).__qualname__, last.tb_frame.f_code.co_filename, last.tb_lineno)


@dataclass
class _Repeat:
    last_summary: float
    count: int = 0


class RepeatCounter:
    """An error raised on every paint would fill the log with the same traceback and keep
    showing the note: the first one is reported in full, the repeats are counted and
    summed up in one line a minute at most."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._repeats: dict[ErrorPlace, _Repeat] = {}
        self._lock = threading.Lock()

    def seen_before(self, place: ErrorPlace) -> bool:
        """True for a repeat (counted, and summed up if a minute has passed)."""
        now = self._clock()
        with self._lock:
            repeat = self._repeats.get(place)
            if repeat is None:
                self._repeats[place] = _Repeat(last_summary=now)
                return False
            repeat.count += 1
            if now - repeat.last_summary < REPEAT_SUMMARY_SECONDS:
                return True
            count, repeat.count, repeat.last_summary = repeat.count, 0, now
        _log_repeats(place, count)
        return True

    def flush(self) -> None:
        with self._lock:
            pending = [(place, r.count) for place, r in self._repeats.items() if r.count]
            for repeat in self._repeats.values():
                repeat.count = 0
        for place, count in pending:
            _log_repeats(place, count)


def _log_repeats(place: ErrorPlace, count: int) -> None:
    kind, filename, line = place
    log.error("The same error (%s at %s:%d) happened %d more times", kind, filename, line, count)
