"""Shared fixtures: offscreen Qt, no network, bundled and breakable content."""

from __future__ import annotations

import os
import shutil
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings as hypothesis_settings
from PySide6.QtCore import QLocale, QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult, language_dir, load_bundled, load_content
from allguide.ui.mainwindow import MainWindow
from allguide.ui.preferences import Preferences
from allguide.ui.theme import Theme, ThemeStyle, active_theme, apply_theme
from allguide.ui.theme import style as theme_style
from tests.gui import MakeWindow

# Property tests (tests/test_properties*.py). `make test` runs a short, fixed sample (the
# same examples every run, so CI is reproducible); HYPOTHESIS_PROFILE=long runs ten times
# as many, freshly random. Neither keeps an example database.
hypothesis_settings.register_profile(
    "suite", max_examples=100, derandomize=True, database=None, deadline=None
)
hypothesis_settings.register_profile(
    "long", max_examples=1000, derandomize=False, database=None, deadline=None, print_blob=True
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


class NetworkUsed(AssertionError):
    """AllGuide must never touch the network."""


_NAME_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}
_SOCKET_USES = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_network_refused = False


def _refuse_the_network(event: str, args: tuple[Any, ...]) -> None:
    """An audit hook: sees the socket module's C calls too, whoever imported what."""
    if not _network_refused or not event.startswith("socket."):
        return
    internet = event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6, -1)
    not_local = event in _SOCKET_USES and args[0].family != socket.AF_UNIX
    if internet or not_local or event in _NAME_LOOKUPS:
        raise NetworkUsed(f"network use attempted: {event}{args[1:]}")


sys.addaudithook(_refuse_the_network)  # audit hooks cannot be removed: it acts in tests only


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that tries to open a network connection or resolve a name."""
    global _network_refused

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise NetworkUsed("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    _network_refused = True
    try:
        yield
    finally:
        _network_refused = False


@dataclass(frozen=True)
class Look:
    """What a test can change of the application's look: ``apply_appearance`` (the theme's
    style, palette and the theme painters read), a text size, a style or sheet set by hand."""

    style_name: str
    themed: bool
    palette: QPalette
    font: QFont
    sheet: str
    theme: Theme

    @staticmethod
    def of(app: QApplication) -> Look:
        style = app.style()
        return Look(
            style.name(),
            isinstance(style, ThemeStyle),
            QPalette(app.palette()),
            QFont(app.font()),
            app.styleSheet(),
            active_theme(),
        )

    def put_back(self, app: QApplication) -> None:
        """Each part only if it changed: setting a style re-polishes every widget."""
        if app.styleSheet() != self.sheet:
            app.setStyleSheet(self.sheet)
        now = Look.of(app)
        if (now.style_name, now.themed, now.theme) != (self.style_name, self.themed, self.theme):
            if self.themed:
                apply_theme(app, self.theme)
            else:
                app.setStyle(self.style_name)
                theme_style._active[0] = self.theme  # what painters read, with no theme applied
        if app.palette() != self.palette:
            app.setPalette(self.palette)
        if app.font() != self.font:
            app.setFont(self.font)


@pytest.fixture(autouse=True)
def same_look(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test leaves the application's look as it found it, so that no test sees another's
    theme, palette or text size, whatever order they run in (pytest-randomly). A test applying
    the app's look (``allguide.app.apply_appearance``) need not put it back itself."""
    uses_qt = not {"qapp", "qtbot"}.isdisjoint(request.fixturenames)
    app = request.getfixturevalue("qapp") if uses_qt else QApplication.instance()
    if not isinstance(app, QApplication):
        yield
        return
    look = Look.of(app)
    yield
    look.put_back(app)


@pytest.fixture(scope="session")
def bundled() -> LoadResult:
    return load_bundled("en")


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the English content, to break on purpose."""
    target = tmp_path / "en"
    source = language_dir("en")
    target.mkdir()
    for entry in source.iterdir():
        if entry.name.endswith(".yaml"):
            (target / entry.name).write_text(entry.read_text("utf-8"), "utf-8")
    return target


@pytest.fixture
def edit(content_copy: Path) -> Callable[[str, str, str], Path]:
    """Replace ``old`` with ``new`` (exactly once) in one file of the copy."""

    def apply(name: str, old: str, new: str) -> Path:
        path = content_copy / name
        text = path.read_text("utf-8")
        assert text.count(old) == 1, f"{old!r} should occur once in {name}"
        path.write_text(text.replace(old, new), "utf-8")
        return path

    return apply


@pytest.fixture
def load_copy(content_copy: Path) -> Callable[[], LoadResult]:
    return lambda: load_content(content_copy, display_prefix="en")


@pytest.fixture
def settings_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "settings" / "allguide.ini"
    yield path
    shutil.rmtree(path.parent, ignore_errors=True)


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture
def make_window(
    qtbot: QtBot, bundled: LoadResult, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> MakeWindow:
    def never_open(url: QUrl) -> bool:
        raise AssertionError(f"AllGuide tried to open {url.toString()}")

    monkeypatch.setattr(QDesktopServices, "openUrl", never_open)

    def make(result: LoadResult = bundled, persistent: bool = True) -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(
            result.content, Preferences(settings, persistent), result.errors, QLocale("en")
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


SETTINGS_FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


def point_settings_at(folder: Path, scope: QSettings.Scope) -> None:
    """Send QSettings files of ``scope`` to ``folder`` (the same on Linux for both formats)."""
    for settings_format in SETTINGS_FORMATS:
        QSettings.setPath(settings_format, scope, str(folder))


@dataclass(frozen=True)
class SettingsSandbox:
    """Where QSettings' user and system scopes point for the whole test session."""

    user: Path
    system: Path


@pytest.fixture(scope="session", autouse=True)
def settings_sandbox(tmp_path_factory: pytest.TempPathFactory) -> SettingsSandbox:
    """No test can read or write the real user's (or the machine's) settings."""
    root = tmp_path_factory.mktemp("qsettings")
    sandbox = SettingsSandbox(root / "user", root / "system")
    for folder, scope in (
        (sandbox.user, QSettings.Scope.UserScope),
        (sandbox.system, QSettings.Scope.SystemScope),
    ):
        folder.mkdir()
        point_settings_at(folder, scope)
    return sandbox


@pytest.fixture(scope="session", autouse=True)
def log_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No test, nor any allguide process a test starts, writes a log into the real home."""
    from allguide.diagnostics import LOG_DIR_ENV

    folder = tmp_path_factory.mktemp("logs")
    before = os.environ.get(LOG_DIR_ENV)
    os.environ[LOG_DIR_ENV] = str(folder)
    yield folder
    if before is None:
        os.environ.pop(LOG_DIR_ENV, None)
    else:
        os.environ[LOG_DIR_ENV] = before


SYSTEM_CONFIG_ENV = ("XDG_CONFIG_DIRS", "ProgramData")  # where allguide.yaml is looked for


@pytest.fixture(scope="session", autouse=True)
def system_config_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No test, nor any allguide process a test starts, reads the machine's kiosk
    configuration (/etc/xdg/AllGuide/allguide.yaml, or under %ProgramData%): on a
    computer set up as a kiosk it would turn every normal run into a kiosk."""
    folder = tmp_path_factory.mktemp("system-config")
    before = {name: os.environ.get(name) for name in SYSTEM_CONFIG_ENV}
    for name in SYSTEM_CONFIG_ENV:
        os.environ[name] = str(folder)
    yield folder
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@contextmanager
def user_settings_in(folder: Path, sandbox: SettingsSandbox) -> Iterator[Path]:
    """User-scope settings go to ``folder`` inside the block, and back to the sandbox after."""
    point_settings_at(folder, QSettings.Scope.UserScope)
    try:
        yield folder
    finally:
        point_settings_at(sandbox.user, QSettings.Scope.UserScope)


@pytest.fixture
def user_settings_dir(tmp_path: Path, settings_sandbox: SettingsSandbox) -> Iterator[Path]:
    """Where QSettings' user-scope INI files go during a test: a fresh, empty folder."""
    folder = tmp_path / "user-settings"
    folder.mkdir()
    with user_settings_in(folder, settings_sandbox):
        yield folder


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def build(qtbot: QtBot, bundled: LoadResult, user_settings_dir: Path) -> Callable[..., MainWindow]:
    """The main window as the app builds it (``allguide.app.build_window``), shown."""
    from allguide.app import build_window

    def make(kiosk: bool = False, result: LoadResult = bundled) -> MainWindow:
        window = build_window(result, "en", persistent=not kiosk, kiosk=kiosk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def build_in(qtbot: QtBot, user_settings_dir: Path) -> Iterator[Callable[..., MainWindow]]:
    """Windows as the app builds them in a language (a kiosk unless told), shown, with
    the application speaking that language; it speaks English again afterwards."""
    from allguide.app import build_window, load, speak
    from allguide.languages import Language

    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def make(language: Language = Language.ENGLISH, kiosk: bool = True) -> MainWindow:
        speak(app, language)
        window = build_window(load(language.value, None), language.value, False, kiosk=kiosk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    speak(app, Language.ENGLISH)


@pytest.fixture
def edit_item(content_copy: Path) -> Callable[[str, str, str, str], Path]:
    """Replace ``old`` with ``new`` (exactly once) within the item ``item_id`` of one file.

    Anchored on the item's ``- id:`` line, so the edit survives changes to other items.
    """

    def apply(name: str, item_id: str, old: str, new: str) -> Path:
        path = content_copy / name
        text = path.read_text("utf-8")
        start = text.index(f"  - id: {item_id}\n")
        end = text.find("\n  - id: ", start + 1)
        end = len(text) if end < 0 else end
        block = text[start:end]
        assert block.count(old) == 1, f"{old!r} should occur once in {item_id} of {name}"
        path.write_text(text[:start] + block.replace(old, new) + text[end:], "utf-8")
        return path

    return apply
