"""Thin wiring: the QApplication, its look, the content and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt, QTranslator, qVersion
from PySide6.QtWidgets import QApplication, QDialog

from allguide import APP_ID, __version__
from allguide.content import LoadResult, load_bundled, load_content
from allguide.content.bundled import available_languages
from allguide.content.model import Content
from allguide.diagnostics import Diagnostics
from allguide.languages import Language, choose_language
from allguide.mode import Mode
from allguide.ui.mainwindow import MainWindow
from allguide.ui.preferences import Preferences
from allguide.ui.theme import LIGHT_NAME, apply_theme, load_theme, theme_names
from allguide.ui.zoom import restore_text_scale, set_text_scale

if TYPE_CHECKING:  # imported when a run opens its window (open_session)
    from allguide.ui.language.switch import Session

APP_NAME = "AllGuide"
DEFAULT_THEME = LIGHT_NAME


@dataclass(frozen=True)
class Appearance:
    theme: str = DEFAULT_THEME
    font_scale: float = 1.0

    @staticmethod
    def starting(mode: Mode) -> Appearance:
        """The look a run starts with, and a kiosk returns to for each new visitor."""
        return Appearance(font_scale=mode.text_scale)


def available_themes() -> list[str]:
    return theme_names()


def use_offscreen_if_headless() -> None:
    """Headless commands render offscreen unless the caller chose a platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def name_the_application() -> None:
    """The names Qt builds folders from (settings, data); set before the app exists."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication of this process, created on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    name_the_application()
    return QApplication(list(argv) if argv is not None else sys.argv[:1])


def data_folder() -> Path | None:
    """The user's own data folder for AllGuide (AppLocalDataLocation), if the system has one."""
    name_the_application()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) if location else None


def start_diagnostics(
    mode: Mode, default_log_folder: Path | None = None, *, qt_messages: bool = True
) -> Diagnostics:
    """Real runs only (never at import, so tests keep pytest-qt's hooks): the log file,
    faulthandler, Qt's messages into the log, and unexpected errors logged and told calmly.

    Call it before the QApplication exists, so a platform plugin that fails is logged;
    the note appears once there is an application to show it.
    """
    from allguide import diagnostics
    from allguide.ui.crash_notifier import CrashNotifier
    from allguide.ui.qt_log import route_qt_messages

    if default_log_folder is None:
        folder = data_folder()
        default_log_folder = folder / "logs" if folder is not None else None
    started = diagnostics.start(mode, default_log_folder)
    diagnostics.log.info("Qt %s, PySide6 %s", qVersion(), PySide6.__version__)
    if qt_messages:  # tests leave pytest-qt's handler in place, so Qt warnings fail them
        started.add_cleanup(route_qt_messages(with_text=mode.logs_error_messages))
    notifier = CrashNotifier(mode, started.log_file)

    def notify() -> None:
        if QApplication.instance() is not None:
            notifier.errorReported.emit()

    started.install_hooks(notify)
    started.add_cleanup(notifier.deleteLater)
    return started


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """The theme's palette and short sheets (no application-wide sheet: issue 10), and the
    text size: ``font_scale`` times the system's own font size (never a size of ours).
    A missing or broken theme file gives the built-in light theme and a log line."""
    apply_theme(app, load_theme(appearance.theme))
    set_text_scale(app, appearance.font_scale)


def load(language: str, content_dir: Path | None) -> LoadResult:
    if content_dir is None:
        return load_bundled(language)
    return load_content(content_dir, display_prefix=str(content_dir))


def bundled_languages() -> list[Language]:
    """The languages whose content is bundled, in one fixed order (English, Español,
    Français, العربية) wherever they are listed: the choosers list these."""
    bundled = {language for name in available_languages() if (language := Language.parse(name))}
    return [language for language in Language if language in bundled]


def user_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def build_window(
    result: LoadResult,
    language: str,
    persistent: bool,
    kiosk: bool = False,
    *,
    mode: Mode | None = None,
    preferences: Preferences | None = None,
) -> MainWindow:
    """The main window as ``mode`` (or ``kiosk``) asks: a kiosk remembers nothing and asks
    nothing personal. ``persistent=False`` also keeps a normal window from remembering.
    ``preferences``: the settings already read at start (so what was dropped is told)."""
    mode = mode if mode is not None else Mode.of(kiosk)
    if preferences is None:
        remembers = persistent and mode.remembers_preferences
        preferences = Preferences(user_settings(), persistent=remembers)
    from allguide.ui.i18n import interface_locale

    window = MainWindow(
        result.content,
        preferences,
        result.errors,
        interface_locale(language),
        mode=mode,
        languages=bundled_languages(),
        english=None if language == Language.ENGLISH else english_original,
    )
    if mode.is_kiosk:  # imported only here: a family's start pays nothing for kiosk mode
        from allguide.ui.kiosk import fit_for_kiosk

        fit_for_kiosk(window, mode)
    return window


def english_original() -> Content | None:
    """The bundled English content, which every translation follows ("Show in English")."""
    result = load_bundled(Language.ENGLISH.value)
    return result.content if result.content.document is not None else None


def start_language(
    asked: str | None, mode: Mode, preferences: Preferences | None = None
) -> Language:
    """``--lang``, else the language chosen last time (not at a kiosk), else the system's,
    else English: each only if its content is bundled (languages.choose_language).

    ``preferences`` are the start's own, which the window then gets: a value dropped
    as unreadable here is told in its problems bar with the rest."""
    remembered = None
    if mode.remembers_preferences:
        if preferences is None:
            preferences = Preferences(user_settings())
        remembered = preferences.text_value(Preferences.LANGUAGE)
    bundled = [language.value for language in bundled_languages()]
    # A kiosk's configuration may name the language each visitor starts in.
    asked = asked or mode.starting_language
    return choose_language(asked, remembered, QLocale.system().name(), bundled)


def content_language(folder: Path) -> str | None:
    """The language a content folder says it is in (its document), if it says."""
    document = load_content(folder, display_prefix=str(folder)).content.document
    return document.language if document is not None else None


def remember_language(language: Language, mode: Mode) -> None:
    """Keep the language chosen for the next start; a kiosk keeps nothing."""
    preferences = Preferences(user_settings(), persistent=mode.remembers_preferences)
    preferences.set_text(Preferences.LANGUAGE, language.value)
    preferences.sync()


_spoken: list[QTranslator] = []  # the translators installed for the language in use


def speak(app: QApplication, language: Language) -> None:
    """Make the application speak ``language`` before anything is built in it: its
    translators (AllGuide's strings and Qt's own), its default locale (dates, numbers,
    plurals) and its writing direction (Arabic: the whole window right to left).
    English loads nothing (start-up, issue 10)."""
    from allguide.ui.i18n import install_translators, remove_translators

    remove_translators(app, _spoken)
    _spoken[:] = install_translators(app, language.value)
    direction = Qt.LayoutDirection.LeftToRight
    if language.right_to_left:
        direction = Qt.LayoutDirection.RightToLeft
    if app.layoutDirection() != direction:
        app.setLayoutDirection(direction)


def run_gui(
    asked: str | None,
    content_dir: Path | None,
    mode: Mode,
    *,
    after_log_start: Callable[[], None] | None = None,
) -> int:
    """The app's start; the garbage collector waits until the first paint (startup_gc).

    ``asked`` is ``--lang`` (None: the language chosen last time, the system's or English).
    ``after_log_start`` says what must reach the log file (the configuration's problems).
    A window that cannot be built is logged, and a calm plain-text window says so
    (closing it ends the run with status 1) instead of a run that ends in nothing.
    """
    from allguide.startup_gc import STARTUP_COLLECTOR
    from allguide.ui.first_paint import AfterFirstPaint, exit_at_first_paint_if_asked

    STARTUP_COLLECTOR.pause()  # the command line paused it before its imports already
    diagnostics = start_diagnostics(mode)
    if after_log_start is not None:
        after_log_start()
    app = application()
    preferences = Preferences(user_settings(), persistent=mode.remembers_preferences)
    start_look(app, mode, preferences)
    # --content DIR holds one language: the window speaks it unless --lang says otherwise.
    folder_language = content_language(content_dir) if content_dir is not None else None
    language = start_language(asked or folder_language, mode, preferences)
    speak(app, language)
    session = open_session(
        app,
        language,
        content_dir,
        mode,
        diagnostics,
        folder_language=folder_language,
        preferences=preferences,
    )
    if session is None:
        STARTUP_COLLECTOR.resume()
        failure = start_failure(mode, diagnostics)
        failure.finished.connect(app.quit)  # even if a crash note is still open
        failure.show()
        app.exec()
        return 1
    AfterFirstPaint(session.window, STARTUP_COLLECTOR.resume)
    exit_at_first_paint_if_asked(session.window)  # benchmarks/frozen_startup.py only
    session.window.show()  # the session holds the window in use: a replaced one is freed
    status = app.exec()
    del session
    return status


def open_session(
    app: QApplication,
    language: Language,
    content_dir: Path | None,
    mode: Mode,
    diagnostics: Diagnostics,
    *,
    folder_language: str | None = None,
    preferences: Preferences | None = None,
) -> Session | None:
    """The run's window in ``language`` (not shown yet), held by the session that replaces
    it for another language and, at a kiosk, for each new visitor after a quiet spell
    (back in ``language`` and the starting look). None when it cannot be built (logged).

    The one place a run (run_gui) and the tests put these together. ``language`` is the
    one the run starts in (start_language: ``--lang``, else a kiosk's configured one...);
    the application already speaks it. ``folder_language``: ``content_dir``'s own.
    """
    from allguide.ui.language.switch import Session

    begin_theme(mode, preferences)
    window = open_window(language.value, content_dir, mode, diagnostics, preferences=preferences)
    if window is None:
        return None

    def build(chosen: Language) -> MainWindow | None:
        # --content DIR holds one language: the others are the bundled ones.
        folder = content_dir if chosen.value == folder_language else None
        return open_window(chosen.value, folder, mode, diagnostics, retry=False)

    def remember(chosen: Language) -> None:
        remember_language(chosen, mode)

    def restore_look() -> None:
        apply_appearance(app, Appearance.starting(mode))
        begin_theme(mode, None)  # a visitor's theme goes with the visitor

    session = Session(
        window,
        lambda chosen: speak(app, chosen),
        build,
        remember,
        starting=language,
        restore_look=restore_look,
    )
    if mode.idle_reset is not None:  # imported only here: a family's start pays nothing
        from allguide.ui.kiosk.visitor_reset import forget_each_visitor

        forget_each_visitor(session, mode.idle_reset)
    return session


def start_look(app: QApplication, mode: Mode, preferences: Preferences) -> None:
    """A run's look before anything is built, its theme applied once: the one chosen
    last, else the system's scheme (a dark desktop: dark, not light and then dark), else
    the kiosk's; and the text size chosen last time (never at a kiosk)."""
    theme = begin_theme(mode, preferences, apply=False)  # open_session's finds it in place
    apply_appearance(app, Appearance(theme=theme, font_scale=Appearance.starting(mode).font_scale))
    restore_text_scale(app, preferences)


def begin_theme(mode: Mode, preferences: Preferences | None, *, apply: bool = True) -> str:
    """The run's theme: in normal mode the one chosen last, else the system's colour
    scheme (followed live); at a kiosk its starting look, nothing read or written.
    Returns its name; ``apply=False`` only decides (start_look applies it)."""
    from allguide.ui.theme.choice import theme_choice

    if preferences is None:
        settings = user_settings() if mode.remembers_preferences else None  # a kiosk: none
        preferences = Preferences(settings, persistent=mode.remembers_preferences)
    return theme_choice().begin(
        preferences,
        follow_system=not mode.is_kiosk,
        starting=Appearance.starting(mode).theme,
        apply=apply,
    )


def open_window(
    language: str,
    content_dir: Path | None,
    mode: Mode,
    diagnostics: Diagnostics,
    *,
    retry: bool = True,
    preferences: Preferences | None = None,
) -> MainWindow | None:
    """The main window, or None when it could not be built (each failure logged).

    At start a kiosk tries once more with the bundled content: nobody may be there to
    restart it, and the content it was given may be what is broken.
    """
    again = retry and mode.retries_a_failed_start
    attempts: list[Path | None] = [content_dir] + ([None] if again else [])
    for attempt in attempts:
        try:
            result = load(language, attempt)
            return build_window(
                result, language, persistent=True, mode=mode, preferences=preferences
            )
        except Exception as error:  # any bug at all: logged, then told calmly
            diagnostics.log_start_failure(error)
    return None


def start_failure(mode: Mode, diagnostics: Diagnostics) -> QDialog:
    """The plain-text window that says AllGuide could not open (imported only then)."""
    from allguide.ui.crash_note import StartFailure

    return StartFailure(mode, diagnostics.log_file)
