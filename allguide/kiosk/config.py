"""The system-wide configuration file: whether this computer is a kiosk, and its settings.

Where it lives (``--config PATH`` names another file instead):

- Linux and other Unix: the first folder of ``$XDG_CONFIG_DIRS`` (``/etc/xdg`` when unset),
  then ``AllGuide/allguide.yaml``: ``/etc/xdg/AllGuide/allguide.yaml``;
- Windows: ``%ProgramData%\\AllGuide\\allguide.yaml`` (``C:\\ProgramData\\…``);
- macOS: ``/Library/Application Support/AllGuide/allguide.yaml``.

It is YAML (read with PyYAML's safe loader), one ``key: value`` a line::

    kiosk: true               # kiosk mode without --kiosk
    idle_seconds: 120         # untouched this long: the countdown (10 s to 24 h)
    countdown_seconds: 20     # the countdown's length (5 to 120 s)
    language: es              # each visitor's starting language (a bundled one)
    text_scale: 1.25          # starting text size (1.0 to 2.5)
    pin: scrypt$32768$8$1$…   # the line `allguide kiosk-pin` prints (staff exit)
    log_folder: /var/log/allguide   # the kiosk's log (no visitor content); none: no file

A kiosk must never be escaped through its configuration: each problem (unknown key,
wrong type, out of range, broken YAML, unreadable file) is a ``file:line: message``
for the log, that key keeps its safe default and the rest of the file is still used;
a file that exists but cannot be read or parsed at all means kiosk mode with every
default. ``--kiosk`` always means kiosk mode. No file and no ``--kiosk``: normal mode,
and nothing is said. Nothing here raises or stops the start.

Cheap to import (no YAML until a file is there): the command line asks it on every start.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from allguide.languages import Language
from allguide.mode import (
    DEFAULT_COUNTDOWN_SECONDS,
    DEFAULT_IDLE_SECONDS,
    DEFAULT_KIOSK_TEXT_SCALE,
    NORMAL_MODE,
    KioskSettings,
    Mode,
)

if TYPE_CHECKING:
    import reprlib

    import yaml

CONFIG_FOLDER = "AllGuide"
CONFIG_FILE = "allguide.yaml"
MAX_CONFIG_BYTES = 64 * 1024  # a few lines are expected; a huge file is refused unparsed
XDG_DEFAULT = "/etc/xdg"
WINDOWS_DEFAULT = r"C:\ProgramData"
MACOS_FOLDER = "/Library/Application Support"

IDLE_RANGE = (10.0, 24 * 60 * 60.0)
COUNTDOWN_RANGE = (5.0, 120.0)
TEXT_SCALE_RANGE = (1.0, 2.5)
_QUOTED_MAX = 40  # characters of a wrong value quoted back in a message

log = logging.getLogger(__name__)


def system_config_path(
    platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Where this computer's AllGuide configuration is looked for (see the module's text)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform.startswith("win"):
        folder = environ.get("ProgramData", "").strip() or WINDOWS_DEFAULT
        return Path(folder) / CONFIG_FOLDER / CONFIG_FILE
    if platform == "darwin":
        return Path(MACOS_FOLDER) / CONFIG_FOLDER / CONFIG_FILE
    # The XDG spec: a relative entry is ignored; none left, the default.
    folders = [d for d in environ.get("XDG_CONFIG_DIRS", "").split(":") if d.startswith("/")]
    return Path(folders[0] if folders else XDG_DEFAULT) / CONFIG_FOLDER / CONFIG_FILE


class ConfigProblem:
    """One problem in the configuration file; ``line`` is 1-based, None for the whole file.

    Plain classes here, not dataclasses: this module is imported on every start, and
    each dataclass costs about half a millisecond to build."""

    __slots__ = ("file", "line", "message")

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message

    def _key(self) -> tuple[str, int | None, str]:
        return (self.file, self.line, self.message)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConfigProblem) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"ConfigProblem{self._key()!r}"

    def __str__(self) -> str:
        from allguide.content.errors import printable  # one line, whatever the name holds

        where = printable(self.file)
        if self.line is None:
            return f"{where}: {printable(self.message)}"
        return f"{where}:{self.line}: {printable(self.message)}"


class Configured:
    """The run's Mode, what was wrong in the file, and which file was read (None: none)."""

    __slots__ = ("mode", "path", "problems")

    def __init__(
        self, mode: Mode, problems: tuple[ConfigProblem, ...] = (), path: Path | None = None
    ) -> None:
        self.mode = mode
        self.problems = problems
        self.path = path

    def _key(self) -> tuple[Mode, tuple[ConfigProblem, ...], Path | None]:
        return (self.mode, self.problems, self.path)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Configured) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Configured(mode={self.mode!r}, problems={self.problems!r}, path={self.path!r})"


class _Unreadable(Exception):
    """The whole file cannot be used: kiosk mode with every default (fail closed)."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def configured_mode(
    config: Path | None,
    kiosk: bool,
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    bundled: Collection[str] | None = None,
) -> Configured:
    """The Mode this run starts in: ``--kiosk`` (``kiosk``), ``--config`` (``config``,
    else the system file) and what that file says. ``bundled``: the languages a
    ``language:`` may name (default: the bundled content's)."""
    explicit = config is not None
    path = config if config is not None else system_config_path(platform, environ)
    name = str(path)
    try:
        text = _read(path)
    except FileNotFoundError:
        if not explicit:  # the usual family computer: no file, nothing to say
            return Configured(Mode.of(kiosk))
        problem = ConfigProblem(name, None, "no such file; kiosk mode with its defaults")
        return Configured(Mode.kiosk(), (problem,), path)
    except _Unreadable as unreadable:
        message = f"{unreadable.message}; kiosk mode with its defaults"
        return Configured(Mode.kiosk(), (ConfigProblem(name, unreadable.line, message),), path)
    try:
        settings = _Settings(name, bundled)
        settings.read(text)
    except _Unreadable as unreadable:
        message = f"{unreadable.message}; kiosk mode with its defaults"
        return Configured(Mode.kiosk(), (ConfigProblem(name, unreadable.line, message),), path)
    problems = tuple(settings.problems)
    if kiosk or settings.kiosk:
        return Configured(Mode.kiosk(settings.kiosk_settings()), problems, path)
    return Configured(NORMAL_MODE, problems, path)


def report(configured: Configured) -> None:
    """Say in the log which file was read and each problem in it (a warning each).

    Called once the log is started (``app.run_gui``), so it reaches the log file the
    configuration itself may name."""
    if configured.path is not None:
        log.info("configuration %s: %s mode", configured.path, configured.mode.label)
    for problem in configured.problems:
        log.warning("%s", problem)


def _read(path: Path) -> str:
    """The file's text, or _Unreadable; FileNotFoundError when there is no file at all."""
    try:
        kind = path.stat().st_mode
        if stat.S_ISDIR(kind):
            raise _Unreadable(None, "is a folder, not a configuration file")
        if not stat.S_ISREG(kind):  # a pipe or a terminal would block the start forever
            raise _Unreadable(None, "is not a regular file (a pipe or a device); not read")
        with path.open("rb") as stream:
            data = stream.read(MAX_CONFIG_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFoundError(path) from None
    except OSError as error:  # permission denied, an I/O error: it is there but unusable
        raise _Unreadable(None, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise _Unreadable(None, f"is larger than {MAX_CONFIG_BYTES // 1024} KiB; refused")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _Unreadable(line, f"is not UTF-8 text (byte {error.start})") from None


def _quoted(value: object) -> str:
    """A wrong value, shortened for its message. Only its start is ever written out: a
    few YAML aliases make a list of lists whose full text would take minutes and
    gigabytes to build (the file is small, the value it describes is not)."""
    if value is _BROKEN:
        return "a value YAML cannot build"
    text = _short_repr().repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= _QUOTED_MAX else text[: _QUOTED_MAX - 1] + "…"


def _short_repr() -> reprlib.Repr:
    """repr that stops after the first few items, levels and characters."""
    import reprlib  # only for a wrong value: not on every start

    short = reprlib.Repr()
    short.maxlevel = 3
    short.maxlist = short.maxtuple = short.maxdict = short.maxset = short.maxfrozenset = 4
    short.maxstring = short.maxlong = short.maxother = _QUOTED_MAX
    return short


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Settings:
    """The keys of one file as they are read, each checked on its own."""

    def __init__(self, file: str, bundled: Collection[str] | None) -> None:
        self.file = file
        self.bundled = bundled
        self.values: dict[str, Any] = {}
        self.problems: list[ConfigProblem] = []
        self.kiosk = False
        self._spoiled_kiosk = False  # the kiosk key was there but wrong, or repeated

    def read(self, text: str) -> None:
        import yaml

        loader = self._loader(text)
        try:
            root = self._compose(loader, text)
            if root is None:  # an empty file (or only comments): nothing set
                return
            if not isinstance(root, yaml.MappingNode):
                raise _Unreadable(_line(root), "should hold settings, one 'key: value' a line")
            seen: set[str] = set()
            repeated: set[str] = set()
            for key_node, value_node in root.value:
                self._read_entry(loader, key_node, value_node, seen, repeated)
            for key in repeated:  # which one was meant is not known: its safe default
                self.values.pop(key, None)
                if key == "kiosk":
                    self._spoiled_kiosk = True
        finally:
            loader.dispose()  # type: ignore[no-untyped-call]
        self.kiosk = self._kiosk_asked()

    def _loader(self, text: str) -> yaml.SafeLoader:
        import yaml

        try:  # the reader checks every character at once
            return yaml.SafeLoader(text)
        except yaml.reader.ReaderError as error:  # a control character: binary junk
            line = text[: error.position].count("\n") + 1
            raise _Unreadable(line, "holds a character that is not text") from None

    def _compose(self, loader: yaml.SafeLoader, text: str) -> yaml.Node | None:
        import yaml

        try:
            return loader.get_single_node()  # type: ignore[no-untyped-call,no-any-return]
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = mark.line + 1 if mark is not None else None
            reason = error.problem or error.context or "broken YAML"
            raise _Unreadable(line, f"is not valid YAML: {reason}") from None
        except yaml.reader.ReaderError as error:  # a control character: binary junk
            line = text[: error.position].count("\n") + 1
            raise _Unreadable(line, "holds a character that is not text") from None
        except RecursionError:
            raise _Unreadable(None, "is nested too deeply to be read") from None
        except yaml.YAMLError as error:
            raise _Unreadable(None, f"is not valid YAML ({type(error).__name__})") from None

    def _read_entry(
        self,
        loader: yaml.SafeLoader,
        key_node: yaml.Node,
        value_node: yaml.Node,
        seen: set[str],
        repeated: set[str],
    ) -> None:
        import yaml

        line = _line(key_node)
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        check = _CHECKS.get(key) if isinstance(key, str) else None
        if check is None or not isinstance(key, str):
            shown = _quoted(key) if isinstance(key, str) else "this key"
            known = ", ".join(_CHECKS)
            self._problem(line, f"unknown key {shown}; ignored (known: {known})")
            return
        if key in seen:
            repeated.add(key)
            self._problem(line, f"{key} is set more than once; {_DEFAULT_SAID[key]}")
            return
        seen.add(key)
        try:
            value = loader.construct_object(value_node, deep=True)  # type: ignore[no-untyped-call]
        except (yaml.YAMLError, RecursionError, ValueError, TypeError):
            value = _BROKEN
        accepted, message = check(self, value)
        if message is None:
            self.values[key] = accepted
            return
        if key == "kiosk":
            self._spoiled_kiosk = True
        # The value's own line, or the key's when the value is an alias (``*name``):
        # YAML gives the anchored value, which starts on an earlier line.
        self._problem(max(line, _line(value_node)), f"{message}; {_DEFAULT_SAID[key]}")

    def _problem(self, line: int, message: str) -> None:
        self.problems.append(ConfigProblem(self.file, line, message))

    def _kiosk_asked(self) -> bool:
        """``kiosk: true``; a wrong or repeated value, or none in a file with problems,
        means kiosk too (every other key only matters to a kiosk: the file is one's)."""
        if "kiosk" in self.values:
            return bool(self.values["kiosk"])
        return self._spoiled_kiosk or bool(self.problems)

    def kiosk_settings(self) -> KioskSettings:
        fields = {_FIELDS.get(key, key): value for key, value in self.values.items()}
        fields.pop("kiosk", None)
        return KioskSettings(**fields)

    # One check per key: (the value to use, None) or (None, what is wrong).

    def _check_kiosk(self, value: object) -> tuple[Any, str | None]:
        if isinstance(value, bool):
            return value, None
        return None, f"kiosk should be true or false, not {_quoted(value)}"

    def _check_idle(self, value: object) -> tuple[Any, str | None]:
        return _in_range("idle_seconds", value, IDLE_RANGE, "seconds")

    def _check_countdown(self, value: object) -> tuple[Any, str | None]:
        return _in_range("countdown_seconds", value, COUNTDOWN_RANGE, "seconds")

    def _check_text_scale(self, value: object) -> tuple[Any, str | None]:
        return _in_range("text_scale", value, TEXT_SCALE_RANGE, "")

    def _check_language(self, value: object) -> tuple[Any, str | None]:
        bundled = self.bundled
        if bundled is None:
            from allguide.content.bundled import available_languages

            bundled = available_languages()
        language = Language.parse(value) if isinstance(value, str) else None
        if language is not None and language.value in bundled:
            return language, None
        return None, f"language {_quoted(value)} is not one of {', '.join(bundled)}"

    def _check_pin(self, value: object) -> tuple[Any, str | None]:
        from allguide.kiosk.pin import is_pin_hash

        if isinstance(value, str) and is_pin_hash(value):
            return value.strip(), None
        # The value is never quoted: it might be the PIN itself.
        return None, "pin should be the line 'allguide kiosk-pin' prints, never the PIN itself"

    def _check_log_folder(self, value: object) -> tuple[Any, str | None]:
        if isinstance(value, str) and value.strip():
            try:
                folder = Path(value.strip()).expanduser()
            except RuntimeError:  # ~nosuchuser
                folder = None
            if folder is not None and folder.is_absolute():
                return folder, None
        return None, f"log_folder should be a folder's full path, not {_quoted(value)}"


_BROKEN = object()  # a value YAML itself could not build (a bad date, say)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _in_range(
    key: str, value: object, bounds: tuple[float, float], unit: str
) -> tuple[float | None, str | None]:
    low, high = bounds
    if _is_number(value) and low <= float(value) <= high:  # type: ignore[arg-type]
        return float(value), None  # type: ignore[arg-type]
    units = f" {unit}" if unit else ""
    return None, f"{key} should be a number from {low:g} to {high:g}{units}, not {_quoted(value)}"


_CHECKS: dict[str, Callable[[_Settings, object], tuple[Any, str | None]]] = {
    "kiosk": _Settings._check_kiosk,
    "idle_seconds": _Settings._check_idle,
    "countdown_seconds": _Settings._check_countdown,
    "language": _Settings._check_language,
    "text_scale": _Settings._check_text_scale,
    "pin": _Settings._check_pin,
    "log_folder": _Settings._check_log_folder,
}
_FIELDS = {"pin": "pin_hash"}  # a key whose KioskSettings field has another name
_DEFAULT_SAID = {
    "kiosk": "kiosk mode is used",
    "idle_seconds": f"{DEFAULT_IDLE_SECONDS:g} is used",
    "countdown_seconds": f"{DEFAULT_COUNTDOWN_SECONDS:g} is used",
    "language": "the system's language is used",
    "text_scale": f"{DEFAULT_KIOSK_TEXT_SCALE:g} is used",
    "pin": "no staff exit (stop AllGuide from the operating system)",
    "log_folder": "no log file",
}
