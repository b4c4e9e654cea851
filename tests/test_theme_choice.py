"""The theme at run time: the system's colour scheme until the family chooses, the choice
remembered in normal mode and never at a kiosk, and every open widget restyled at once.

Sessions are opened as a run opens them (``allguide.app.open_session``). The offscreen
platform cannot change the system's scheme (``QStyleHints.setColorScheme`` is ignored
there), so the system's scheme is set the way a desktop sets it for Qt: ``colorScheme()``
answers Dark and ``colorSchemeChanged`` is emitted.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QImageReader,
    QPalette,
    QStyleHints,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import allguide.app
import allguide.ui.theme.choice
import allguide.ui.theme.files
from allguide.app import open_session, speak, start_look, user_settings
from allguide.diagnostics import Diagnostics
from allguide.languages import Language
from allguide.mode import KioskSettings, Mode
from allguide.ui.icons import LOGOS, icon
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.language.switch import Session
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.preferences import Preferences
from allguide.ui.rich_text import RichTextDelegate
from allguide.ui.theme import LIGHT, Theme, active_theme, qcolor, read_theme, role_names
from allguide.ui.theme.choice import ThemeChoice, theme_choice
from tests.gui import click_tree_row

Role = QPalette.ColorRole
KIOSK = Mode.kiosk(KioskSettings(idle_seconds=600, countdown_seconds=60))
OpenSession = Callable[..., Session]
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


@pytest.fixture
def system_scheme(monkeypatch: pytest.MonkeyPatch) -> Callable[[Qt.ColorScheme], None]:
    """Set the system's colour scheme as a desktop does: asked, and announced."""
    scheme = [Qt.ColorScheme.Unknown]
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _hints: scheme[0])

    def turn(to: Qt.ColorScheme) -> None:
        scheme[0] = to
        QGuiApplication.styleHints().colorSchemeChanged.emit(to)

    return turn


@pytest.fixture
def open_run(qtbot: QtBot, qapp: QApplication, user_settings_dir: Path) -> Iterator[OpenSession]:
    """Sessions as a run opens them (normal mode unless told); closed afterwards."""
    sessions: list[Session] = []

    def make(mode: Mode | None = None) -> Session:
        mode = mode if mode is not None else Mode.normal()
        preferences = Preferences(user_settings(), persistent=mode.remembers_preferences)
        start_look(qapp, mode, preferences)  # as run_gui does first
        session = open_session(
            qapp,
            Language.ENGLISH,
            None,
            mode,
            Diagnostics(mode, None),
            preferences=preferences,
        )
        assert session is not None
        session.window.show()
        qtbot.waitExposed(session.window)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        reset = session.findChild(VisitorReset)
        if reset is not None:
            reset.stop()
        session.window.close()
        session.window.deleteLater()
        session.deleteLater()
    speak(qapp, Language.ENGLISH)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def window_colour(window: QWidget) -> str:
    return window.palette().color(Role.Window).name()


def remembered() -> object:
    settings = user_settings()
    settings.sync()
    return settings.value(Preferences.THEME)


# What there is -----------------------------------------------------------------------


def test_the_themes_are_offered_in_order_with_their_names(qapp: QApplication) -> None:
    choice = theme_choice()
    assert choice.names() == ["light", "dark", "high-contrast"]
    assert [choice.label(name) for name in choice.names()] == ["Light", "Dark", "High contrast"]
    assert choice.follow_label() == "Follow the system"


# Normal mode: the system's scheme until the family chooses ------------------------


@pytest.fixture
def themes_applied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the themes applied to the application from now on, in order."""
    applied: list[str] = []
    real = allguide.app.apply_theme

    def counting(app: QApplication, theme: Theme) -> None:
        applied.append(theme.name)
        real(app, theme)

    monkeypatch.setattr(allguide.app, "apply_theme", counting)
    monkeypatch.setattr(allguide.ui.theme.choice, "apply_theme", counting)
    return applied


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Dark, Qt.ColorScheme.Light])
def test_a_run_applies_its_theme_once(
    open_run: OpenSession,
    system_scheme: Callable[[Qt.ColorScheme], None],
    themes_applied: list[str],
    scheme: Qt.ColorScheme,
) -> None:
    """On a dark desktop, dark at once: not light first and then dark (start-up)."""
    system_scheme(scheme)
    session = open_run()
    wanted = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    assert themes_applied == [wanted]
    assert theme_choice().current() == wanted and theme_choice().follows_system()
    assert window_colour(session.window) == read_theme(wanted).window.css


def test_a_run_on_a_dark_desktop_starts_dark(
    open_run: OpenSession, system_scheme: Callable[[Qt.ColorScheme], None]
) -> None:
    system_scheme(Qt.ColorScheme.Dark)
    session = open_run()
    dark = read_theme("dark")
    assert theme_choice().current() == "dark"
    assert theme_choice().follows_system()
    assert window_colour(session.window) == dark.window.css


def test_a_run_follows_the_desktop_as_it_turns_dark_and_light(
    qtbot: QtBot, open_run: OpenSession, system_scheme: Callable[[Qt.ColorScheme], None]
) -> None:
    session = open_run()
    assert theme_choice().current() == "light"
    with qtbot.waitSignal(theme_choice().changed) as told:
        system_scheme(Qt.ColorScheme.Dark)
    assert told.args == ["dark"]
    assert window_colour(session.window) == read_theme("dark").window.css
    system_scheme(Qt.ColorScheme.Light)
    assert window_colour(session.window) == LIGHT.window.css
    assert remembered() is None  # following is not a choice: nothing written


def test_a_choice_is_kept_for_the_next_run_and_the_desktop_no_longer_decides(
    open_run: OpenSession, system_scheme: Callable[[Qt.ColorScheme], None]
) -> None:
    session = open_run()
    theme_choice().choose("high-contrast")
    high = read_theme("high-contrast")
    assert window_colour(session.window) == high.window.css
    assert remembered() == "high-contrast"
    system_scheme(Qt.ColorScheme.Dark)
    assert theme_choice().current() == "high-contrast"
    assert not theme_choice().follows_system()

    system_scheme(Qt.ColorScheme.Light)
    next_run = open_run()  # the next start reads the choice
    assert theme_choice().current() == "high-contrast"
    assert theme_choice().chosen() == "high-contrast"
    assert window_colour(next_run.window) == high.window.css

    theme_choice().choose(None)  # "Follow the system" again
    assert remembered() is None
    assert theme_choice().current() == "light"
    system_scheme(Qt.ColorScheme.Dark)
    assert theme_choice().current() == "dark"


def test_an_unknown_remembered_theme_is_dropped_and_told(open_run: OpenSession) -> None:
    settings = user_settings()
    settings.setValue(Preferences.THEME, "purple")
    settings.sync()
    preferences = Preferences(user_settings())
    session = open_session(
        QApplication.instance(),  # type: ignore[arg-type]
        Language.ENGLISH,
        None,
        Mode.normal(),
        Diagnostics(Mode.normal(), None),
        preferences=preferences,
    )
    assert session is not None
    assert theme_choice().current() == "light"
    problem = preferences.problem()
    assert problem is not None and Preferences.THEME in problem.dropped
    assert remembered() is None
    session.window.deleteLater()
    session.deleteLater()


def test_an_unknown_theme_is_not_chosen(
    open_run: OpenSession, caplog: pytest.LogCaptureFixture
) -> None:
    open_run()
    theme_choice().choose("purple")
    assert theme_choice().current() == "light"
    assert theme_choice().chosen() is None
    assert "no theme called 'purple'" in caplog.text


# A kiosk ----------------------------------------------------------------------------


def test_a_kiosk_starts_light_and_never_reads_or_writes_a_choice(
    open_run: OpenSession,
    user_settings_dir: Path,
    system_scheme: Callable[[Qt.ColorScheme], None],
) -> None:
    settings = user_settings()
    settings.setValue(Preferences.THEME, "dark")
    settings.sync()
    before = {p: p.read_bytes() for p in user_settings_dir.rglob("*") if p.is_file()}
    system_scheme(Qt.ColorScheme.Dark)
    session = open_run(KIOSK)
    assert theme_choice().current() == "light"  # neither the remembered nor the system's
    assert not theme_choice().can_follow_system()

    theme_choice().choose("high-contrast")  # a visitor's choice
    assert window_colour(session.window) == read_theme("high-contrast").window.css
    system_scheme(Qt.ColorScheme.Light)
    assert theme_choice().current() == "high-contrast"
    after = {p: p.read_bytes() for p in user_settings_dir.rglob("*") if p.is_file()}
    assert after == before

    window = session.start_over()  # the next visitor
    assert theme_choice().current() == "light"
    assert theme_choice().chosen() is None
    assert window_colour(window) == LIGHT.window.css


# Every open widget restyled ----------------------------------------------------------


def light_only_colours(theme: Theme) -> set[str]:
    """Colours of the light theme that ``theme`` does not use: none may be left."""
    return {getattr(LIGHT, role).css for role in role_names()} - {
        getattr(theme, role).css for role in role_names()
    }


PALETTE_ROLES = (
    Role.Window,
    Role.WindowText,
    Role.Base,
    Role.Text,
    Role.Button,
    Role.ButtonText,
    Role.Highlight,
    Role.HighlightedText,
    Role.Link,
    Role.PlaceholderText,
    Role.ToolTipBase,
    Role.ToolTipText,
)


def light_left(window: QWidget, theme: Theme) -> list[str]:
    """Every widget of ``window`` whose palette or sheet still holds a light theme colour."""
    old = light_only_colours(theme)
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        palette = widget.palette()
        for role in PALETTE_ROLES:
            if palette.color(role).name() in old:
                found.append(f"{type(widget).__name__} {widget.objectName()} {role.name}")
        found += [
            f"{type(widget).__name__} {widget.objectName()} sheet {colour}"
            for colour in old
            if colour in widget.styleSheet()
        ]
    return found


def link_colours(reader: QTextBrowser) -> set[str]:
    """The colours written into the page's links (a glossary word has none: it is
    drawn in the text's colour, whatever the theme)."""
    colours = set()
    block = reader.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            look = fragments.fragment().charFormat()
            if look.isAnchor() and look.hasProperty(QTextCharFormat.Property.ForegroundBrush):
                colours.add(look.foreground().color().name())
            fragments += 1
        block = block.next()
    return colours


def icon_colours(button: QToolButton) -> set[str]:
    """The opaque colours of a tool button's icon, as drawn for the screen."""
    image = button.icon().pixmap(button.iconSize()).toImage()
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def row_colours(window: MainWindow) -> set[str]:
    """The text colours the rich-text delegate lays a list's first row out in."""
    view = next(
        v
        for v in window.findChildren(QAbstractItemView)
        if isinstance(v.itemDelegate(), RichTextDelegate) and v.isVisible()
    )
    delegate = view.itemDelegate()
    assert isinstance(delegate, RichTextDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view  # type: ignore[attr-defined]
    document = delegate.document(option, view.model().index(0, 0))
    colours = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            look = fragments.fragment().charFormat()
            brush = look.foreground()
            colours.add(brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else "")
            fragments += 1
        block = block.next()
    colours.discard("")
    return colours | {view.palette().color(Role.Text).name()}


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_choosing_a_theme_restyles_every_open_widget(
    qtbot: QtBot, open_run: OpenSession, name: str
) -> None:
    session = open_run()
    window: MainWindow = session.window
    click_tree_row(qtbot, window, "phase-induction")
    reader = next(r for r in window.findChildren(QTextBrowser) if r.isVisible())
    assert link_colours(reader) == {LIGHT.link.css}
    window.navigator.show(View.SIDE_EFFECTS)  # a list drawn by the rich-text delegate
    qtbot.wait(0)
    home = next(
        b for b in window.findChildren(QToolButton) if b.defaultAction() is window.home_action
    )
    assert icon_colours(home) == {LIGHT.icon.css}
    assert row_colours(window) == {LIGHT.quiet_text.css, LIGHT.text.css}

    with qtbot.waitSignal(theme_choice().changed):
        theme_choice().choose(name)
    theme = read_theme(name)
    assert active_theme() == theme
    banner = window.findChild(QWidget, "disclaimerBanner")
    assert banner is not None and theme.banner_background.css in banner.styleSheet()
    assert window.tree.palette().color(Role.Base).name() == theme.surface.css
    assert reader.palette().color(Role.Base).name() == theme.surface.css
    assert reader.palette().color(Role.Text).name() == theme.text.css
    assert link_colours(reader) == {theme.link.css}  # the page already open
    assert icon_colours(home) == {theme.icon.css}
    assert light_left(window, theme) == []
    assert row_colours(window) == {theme.quiet_text.css, theme.text.css}  # rows drawn anew


def test_the_check_for_light_colours_sees_one_left(qtbot: QtBot, open_run: OpenSession) -> None:
    session = open_run()
    theme_choice().choose("dark")
    stray = QWidget(session.window)
    palette = stray.palette()
    palette.setColor(Role.Base, qcolor(LIGHT.surface))
    stray.setPalette(palette)
    assert light_left(session.window, read_theme("dark")) == [f"QWidget  {Role.Base.name}"]


def test_theme_choice_is_one_per_application(qapp: QApplication) -> None:
    assert theme_choice() is theme_choice()
    assert isinstance(theme_choice(), ThemeChoice)
    assert theme_choice().parent() is qapp


def test_icons_stay_sharp_at_any_scale(qapp: QApplication) -> None:
    """Past the PNG's size the SVG is drawn at the size asked, not the PNG enlarged."""
    home = icon("home")
    size = home.availableSizes()[0]
    big = home.pixmap(size, 3.0).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert big.size() == size * 3
    reader = QImageReader(str(ICONS / "home.svg"))
    reader.setScaledSize(size * 3)
    drawn = reader.read().convertToFormat(QImage.Format.Format_ARGB32)
    worst = max(
        abs(a - b)
        for y in range(0, drawn.height(), 2)
        for x in range(0, drawn.width(), 2)
        for a, b in zip(big.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb(), strict=True)
    )
    assert worst <= 3


@pytest.mark.parametrize("svg", sorted(ICONS.glob("*.svg")), ids=lambda p: p.stem)
def test_each_toolbar_svg_is_drawn_in_the_light_themes_icon_colour(svg: Path) -> None:
    """The PNG is shown as it is in the light theme: so its colour must be light's icon one."""
    if svg.stem in LOGOS:
        return
    text = svg.read_text("utf-8")
    colours = set(re.findall(r'(?:stroke|fill)="(#[0-9a-fA-F]{6})"', text))
    assert colours == {LIGHT.icon.css}


# A theme whose file is broken -------------------------------------------------------


@pytest.fixture
def broken_dark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled themes, with dark.json cut short (as a bad copy or a bad edit leaves it)."""
    folder = tmp_path / "themes"
    shutil.copytree(Path(str(allguide.ui.theme.files.themes_folder())), folder)
    broken = folder / "dark.json"
    broken.write_text('{"format": 1,\n "colours": {\n', "utf-8")
    monkeypatch.setattr(allguide.ui.theme.files, "themes_folder", lambda: folder)
    return broken


def open_display_menu(qtbot: QtBot, window: MainWindow) -> dict[str, QAction]:
    """Opened as a person opens it (a click on "Aa"); its theme entries by their words."""
    qtbot.mouseClick(window.display_button, Qt.MouseButton.LeftButton)
    menu = window.display_button.display_menu
    qtbot.waitUntil(menu.isVisible)
    entries = {action.text(): action for action in menu.actions()[4:]}  # after the sizes
    menu.close()
    return entries


def ticked(entries: dict[str, QAction]) -> list[str]:
    return [text for text, action in entries.items() if action.isChecked()]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_a_broken_theme_is_never_ticked_and_its_entry_says_why(
    qtbot: QtBot,
    open_run: OpenSession,
    broken_dark: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Dark chosen last time, but its file is broken now: light is shown, so Light is
    ticked; Dark is greyed out, in words a screen reader reads too; the log says where."""
    settings = user_settings()
    settings.setValue(Preferences.THEME, "dark")
    settings.sync()
    session = open_run()
    assert theme_choice().current() == "light"
    assert window_colour(session.window) == LIGHT.window.css
    assert f"{broken_dark}:3: not valid JSON" in caplog.text
    entries = open_display_menu(qtbot, session.window)
    assert ticked(entries) == ["Light"]
    dark = entries["Dark (not available)"]
    assert not dark.isEnabled()
    assert "damaged" in dark.toolTip()
    assert session.window.display_button.display_menu.toolTipsVisible()

    theme_choice().choose("dark")  # from elsewhere: nothing changes, calmly
    assert theme_choice().current() == "light"
    assert "theme 'dark' cannot be used" in caplog.text
    assert ticked(entries) == ["Light"]
    assert remembered() == "dark"  # kept: a repaired file shows it again


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_following_a_dark_desktop_to_a_broken_theme_ticks_what_is_shown(
    qtbot: QtBot,
    open_run: OpenSession,
    system_scheme: Callable[[Qt.ColorScheme], None],
    broken_dark: Path,
) -> None:
    system_scheme(Qt.ColorScheme.Dark)
    session = open_run()
    entries = open_display_menu(qtbot, session.window)
    assert theme_choice().current() == "light"
    assert ticked(entries) == ["Light"]  # not "Follow the system": it cannot give dark
    system_scheme(Qt.ColorScheme.Light)
    assert ticked(entries) == ["Follow the system"]  # following gives what it asks now
    system_scheme(Qt.ColorScheme.Dark)
    assert ticked(entries) == ["Light"]
    assert window_colour(session.window) == LIGHT.window.css
