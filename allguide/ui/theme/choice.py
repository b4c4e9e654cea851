"""Which theme is in use, and who decided: the family, or (until they do) the system.

One ``ThemeChoice`` per application (``theme_choice()``). Normal mode follows the system's
colour scheme (a dark desktop gives the dark theme, live as it changes) until the family
chooses a theme; that choice is remembered (``Preferences.THEME``) for the next start.
A kiosk starts in its starting theme, never reads or writes a choice, and a visitor's
choice goes with the visitor (``Session.start_over`` puts back the starting look, and
the next window's ``begin`` forgets the choice).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from allguide.ui.preferences import Preferences
from allguide.ui.theme.active import active_theme
from allguide.ui.theme.builtin import LIGHT_NAME
from allguide.ui.theme.files import ThemeError, load_theme, read_theme, theme_names
from allguide.ui.theme.style import apply_theme

log = logging.getLogger(__name__)

DARK_NAME = "dark"
HIGH_CONTRAST_NAME = "high-contrast"
MENU_ORDER = (LIGHT_NAME, DARK_NAME, HIGH_CONTRAST_NAME)  # then any other theme file, by name


def system_theme() -> str:
    """The theme the system's colour scheme asks for: dark for Dark, else light."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK_NAME if scheme == Qt.ColorScheme.Dark else LIGHT_NAME


class ThemeChoice(QObject):
    """The run's theme: ``names()``, ``current()``, ``chosen()``, ``choose(name | None)``.

    ``changed`` is emitted (with ``current()``) after the look changed, the choice did
    (following the system and choosing the theme it gives look alike but are not the same
    choice: a menu shows which), or the system's scheme that is followed did.

    A theme whose file is broken is never shown (the built-in light theme is, and the
    file's ``file:line`` is logged): ``usable`` says so for a menu, ``falls_back`` says
    the theme shown is not the one asked for."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chosen: str | None = None
        self._follows_system = False
        self._starting = LIGHT_NAME
        self._preferences: Preferences | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    # What there is -----------------------------------------------------------------

    def names(self) -> list[str]:
        """The themes there are, in the order a menu lists them (light, dark, high contrast)."""
        there = theme_names()
        known = [name for name in MENU_ORDER if name in there]
        return known + sorted(name for name in there if name not in MENU_ORDER)

    def label(self, name: str) -> str:
        """A theme's name as people read it, in the interface's language."""
        labels = {
            LIGHT_NAME: self.tr("Light"),
            DARK_NAME: self.tr("Dark"),
            HIGH_CONTRAST_NAME: self.tr("High contrast"),
        }
        return labels.get(name, name)

    def follow_label(self) -> str:
        """The menu's entry for following the system's colour scheme."""
        return self.tr("Follow the system")

    def usable(self, name: str) -> bool:
        """Whether theme ``name`` can be shown: its file reads as a theme. Light always
        can (a broken light file gives the built-in light theme, which is the same)."""
        if name == LIGHT_NAME:
            return True
        try:
            read_theme(name)
        except ThemeError:
            return False
        return True

    # What is in use ----------------------------------------------------------------

    def current(self) -> str:
        """The theme in use now."""
        return active_theme().name

    def chosen(self) -> str | None:
        """The theme the family (or a visitor) chose; None while the start decides."""
        return self._chosen

    def follows_system(self) -> bool:
        """Whether the theme changes with the system's colour scheme (normal mode, unchosen)."""
        return self._follows_system and self._chosen is None

    def can_follow_system(self) -> bool:
        """Whether "Follow the system" is offered: in normal mode, never at a kiosk."""
        return self._follows_system

    def falls_back(self) -> bool:
        """Whether the theme shown is not the one asked for (chosen, the system's or the
        kiosk's), because that one's file is broken: the built-in light theme is shown."""
        return self._wanted() != self.current()

    # Changing it -------------------------------------------------------------------

    def begin(
        self,
        preferences: Preferences,
        *,
        follow_system: bool,
        starting: str,
        apply: bool = True,
    ) -> str:
        """A window's start: the remembered choice (normal mode), else the system's scheme
        (``follow_system``), else ``starting`` (a kiosk's look). A kiosk passes
        ``follow_system=False`` and non-persistent preferences: nothing is read.

        Returns the theme wanted. ``apply=False`` only decides: a run's start applies it
        with the rest of its look, once (app.start_look), and the window's own ``begin``
        then finds it in place."""
        self._follows_system = follow_system
        self._starting = starting
        self._preferences = preferences if follow_system else None
        self._chosen = self._remembered()
        wanted = self._wanted()
        if apply:
            self._apply(wanted)
        return wanted

    def choose(self, name: str | None) -> None:
        """Use theme ``name`` from now on (remembered in normal mode); None: follow the
        system again (at a kiosk: the starting theme). An unknown name, or a theme whose
        file is broken (its menu entry says so), changes nothing."""
        if name is not None and name not in self.names():
            log.warning("no theme called %r; the theme stays %s", name, self.current())
            return
        if name is not None and not self.usable(name):
            log.warning("theme %r cannot be used; the theme stays %s", name, self.current())
            return
        self._chosen = name
        if self._preferences is not None:
            if name is None:
                self._preferences.remove(Preferences.THEME)
            else:
                self._preferences.set_text(Preferences.THEME, name)
        self._apply(self._wanted(), always_tell=True)

    def _remembered(self) -> str | None:
        if self._preferences is None:
            return None
        name = self._preferences.text_value(Preferences.THEME)
        if name is not None and name not in theme_names():
            self._preferences.drop(Preferences.THEME)  # told in the problems bar
            return None
        return name

    def _wanted(self) -> str:
        if self._chosen is not None:
            return self._chosen
        return system_theme() if self._follows_system else self._starting

    @Slot(Qt.ColorScheme)
    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The desktop turned dark or light: follow it, unless the family chose."""
        if not self.follows_system():
            return
        # Told even if the look stays (the system's theme broken): a menu ticks anew.
        self._apply(DARK_NAME if scheme == Qt.ColorScheme.Dark else LIGHT_NAME, always_tell=True)

    def _apply(self, name: str, *, always_tell: bool = False) -> None:
        """Show theme ``name`` (the built-in light one if its file is broken), unless it
        is what is shown already; tell ``changed`` if the look changed or ``always_tell``."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        theme = load_theme(name) if name != self.current() else active_theme()
        if theme != active_theme():
            apply_theme(app, theme)
        elif not always_tell:
            return
        self.changed.emit(self.current())


_choices: list[ThemeChoice] = []


def theme_choice() -> ThemeChoice:
    """The application's one ThemeChoice (made on first use, owned by the application)."""
    app = QApplication.instance()
    if _choices and _choices[0].parent() is app:
        return _choices[0]
    _choices[:] = [ThemeChoice(app)]
    return _choices[0]
