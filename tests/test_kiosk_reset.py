"""A kiosk forgets each visitor (issue 12, section 4): idle, countdown, reset, attract screen.

The session is built as a real run builds it (``allguide.app.open_session``), with short
timeouts, and driven like a person: typing, clicking, keys. The language switch uses
the bundled translations; assertions read data, never the translations' words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyleFactory,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from allguide.app import (
    Appearance,
    apply_appearance,
    open_session,
    speak,
)
from allguide.diagnostics import Diagnostics
from allguide.languages import Language
from allguide.mode import KioskSettings, Mode
from allguide.ui.kiosk.attract import AttractScreen
from allguide.ui.kiosk.idle import InputKind
from allguide.ui.kiosk.overlay import TOUCH_SIDE
from allguide.ui.kiosk.visitor_reset import VisitorReset
from allguide.ui.language.switch import Session
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.theme import active_theme, apply_theme
from allguide.ui.zoom import text_scale

QUERY = "tired after vincristine"  # what the visitor typed: found nowhere in AllGuide itself
QUICK = Mode.kiosk(KioskSettings(idle_seconds=0.2, countdown_seconds=0.3))
PATIENT = Mode.kiosk(KioskSettings(idle_seconds=0.2, countdown_seconds=5))  # time to answer
# A visitor's steps each restart the idle time; building the Spanish window or a view
# takes a moment, so the journey's idle time leaves room for a slow, busy machine.
JOURNEY = Mode.kiosk(KioskSettings(idle_seconds=0.8, countdown_seconds=0.6))
# The offscreen platform cannot raise a popup or grab the keyboard for it; a real one can.
POPUP_WARNING = "This plugin does not support"

OpenSession = Callable[[Mode], Session]


@pytest.fixture
def open_kiosk(qtbot: QtBot, qapp: QApplication, user_settings_dir: Path) -> Iterator[OpenSession]:
    """Sessions as a kiosk run opens them; afterwards the application as it was: English,
    left to right, its style, palette and font, no application-wide filter, an empty
    clipboard."""
    palette, font, theme = QPalette(qapp.palette()), qapp.font(), active_theme()
    sessions: list[Session] = []

    def make(mode: Mode) -> Session:
        session = open_session(qapp, Language.ENGLISH, None, mode, Diagnostics(mode, None))
        assert session is not None
        session.window.show()
        qtbot.waitExposed(session.window)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        reset = visitor_reset(session)
        reset.stop()
        session.window.close()
        session.window.deleteLater()
        session.deleteLater()  # now, not whenever the garbage collector finds its cycle
    speak(qapp, Language.ENGLISH)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    apply_theme(qapp, theme)
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(palette)
    qapp.setFont(font)
    QApplication.clipboard().clear()


def visitor_reset(session: Session) -> VisitorReset:
    reset = session.findChild(VisitorReset)
    assert isinstance(reset, VisitorReset)
    return reset


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def toolbar_button(window: MainWindow, action: QAction) -> QToolButton:
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def open_language_menu(qtbot: QtBot, window: MainWindow) -> QMenu:
    assert window.language_button is not None
    click(qtbot, window.language_button)
    menu = window.language_button.menu_shown
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    return menu


def texts_shown(widget: QWidget) -> list[str]:
    """What a widget holds as text a person could read (or a program could take)."""
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLineEdit):
        found.append(widget.text())
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        found.append(widget.toPlainText())
    return found


def test_a_familys_own_computer_never_forgets_by_itself(
    qtbot: QtBot, qapp: QApplication, user_settings_dir: Path
) -> None:
    """Normal mode: the same session (a language switch), but no idle watcher at all."""
    normal = Mode.normal()
    session = open_session(qapp, Language.ENGLISH, None, normal, Diagnostics(normal, None))
    assert session is not None
    qtbot.addWidget(session.window)
    assert session.findChild(VisitorReset) is None
    assert session.starting is Language.ENGLISH


# The countdown ------------------------------------------------------------------


def test_idle_brings_a_calm_countdown_inside_the_window(
    qtbot: QtBot, open_kiosk: OpenSession
) -> None:
    session = open_kiosk(PATIENT)
    reset = visitor_reset(session)
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):
        pass
    countdown = reset.countdown
    assert countdown is not None and countdown.isVisible()
    assert countdown.parentWidget() is session.window and countdown.isWindow() is False
    assert countdown.geometry() == session.window.rect()  # over all of it, toolbar too
    assert countdown.seconds_left() == 5 and countdown.seconds_label.text() == "5"
    button = countdown.still_here_button
    assert button.text() == "I'm still here"
    assert button.width() >= TOUCH_SIDE and button.height() >= TOUCH_SIDE
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [session.window]


def test_im_still_here_keeps_the_visitor_where_they_were(
    qtbot: QtBot, open_kiosk: OpenSession
) -> None:
    session = open_kiosk(PATIENT)
    reset = visitor_reset(session)
    window = session.window
    click(qtbot, toolbar_button(window, window.timeline_action))
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):
        pass
    assert reset.countdown is not None
    with qtbot.assertNotEmitted(reset.visitorForgotten):
        click(qtbot, reset.countdown.still_here_button)
    assert not reset.countdown.isVisible() and not reset.countdown.running
    assert session.window is window and window.navigator.current_view is View.TIMELINE
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):  # idle counts again
        pass


def test_a_screen_readers_press_on_im_still_here_keeps_the_visitor(
    qtbot: QtBot, open_kiosk: OpenSession
) -> None:
    """Assistive technology presses the button without a touch or a key: the button
    itself must keep the visitor, not only the input that reaches it."""
    session = open_kiosk(PATIENT)
    reset = visitor_reset(session)
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):
        pass
    countdown = reset.countdown
    assert countdown is not None
    button = QAccessible.queryAccessibleInterface(countdown.still_here_button)
    assert button is not None and button.text(QAccessible.Text.Name) == "I'm still here"
    actions = button.actionInterface()
    assert actions is not None
    with qtbot.waitSignal(countdown.still_here_button.clicked):
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert not countdown.isVisible() and not countdown.running


@pytest.mark.parametrize("how", ["touch elsewhere", "key", "Escape", "Ctrl+C"])
def test_a_touch_anywhere_or_a_key_also_keeps_the_visitor(
    qtbot: QtBot, open_kiosk: OpenSession, how: str
) -> None:
    """Any key, those the kiosk's guard refuses too: Escape is what many press to send
    a message away (the guard's filter, installed after the idle watcher's, sees keys
    first and keeps them from the window, never from the watcher)."""
    session = open_kiosk(PATIENT)
    reset = visitor_reset(session)
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):
        pass
    countdown = reset.countdown
    assert countdown is not None
    if how == "key":
        qtbot.keyClick(countdown, Qt.Key.Key_A)
    elif how == "Escape":
        qtbot.keyClick(countdown, Qt.Key.Key_Escape)
    elif how == "Ctrl+C":
        qtbot.keyClick(countdown, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.mouseClick(countdown, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not countdown.isVisible() and not countdown.running
    assert session.window.isVisible()


# The reset ----------------------------------------------------------------------


def test_a_quiet_kiosk_resets_once_and_waits_on_its_attract_screen(
    qtbot: QtBot, open_kiosk: OpenSession
) -> None:
    session = open_kiosk(QUICK)
    reset = visitor_reset(session)
    first = session.window
    with qtbot.waitSignal(reset.visitorForgotten, timeout=3000):
        pass
    assert session.window is not first
    attract = reset.attract
    assert isinstance(attract, AttractScreen) and attract.isVisible()
    assert attract.parentWidget() is session.window and not attract.isWindow()
    # No reset loop: untouched, nothing more happens (twice the idle and countdown time).
    with qtbot.waitSignal(reset.countdownShown, timeout=1000, raising=False) as again:
        pass
    assert not again.signal_triggered
    assert attract.isVisible()
    # The next visitor's first touch starts: the attract screen goes, idle counts again.
    qtbot.mouseClick(attract, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not attract.isVisible()
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):
        pass


def test_the_attract_screen_offers_the_four_languages_each_in_its_own_name(
    qtbot: QtBot, open_kiosk: OpenSession
) -> None:
    session = open_kiosk(QUICK)
    reset = visitor_reset(session)
    with qtbot.waitSignal(reset.visitorForgotten, timeout=3000):
        pass
    attract = reset.attract
    assert attract is not None
    buttons = attract.language_buttons
    assert [b.text() for b in buttons] == [language.own_name for language in Language]
    assert all(b.width() >= TOUCH_SIDE and b.height() >= TOUCH_SIDE for b in buttons)
    with qtbot.waitSignal(session.switched) as switched:
        click(qtbot, buttons[1])  # Español
    spanish = switched.args[0]
    assert spanish is session.window and spanish.language is Language.SPANISH
    assert spanish.navigator.current_view is View.HOME
    assert not spanish.findChildren(AttractScreen) or not any(
        a.isVisible() for a in spanish.findChildren(AttractScreen)
    )
    with qtbot.waitSignal(reset.countdownShown, timeout=3000):  # this visitor has started
        pass


@pytest.mark.qt_log_ignore(POPUP_WARNING)
def test_a_reset_forgets_everything_a_visitor_did(
    qtbot: QtBot, open_kiosk: OpenSession, caplog: pytest.LogCaptureFixture
) -> None:
    session = open_kiosk(JOURNEY)
    reset = visitor_reset(session)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = session.window
    shown = [False]
    reset.countdownShown.connect(lambda: shown.__setitem__(0, True))

    # A visitor searches, and opens the first result.
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, QUERY)
    qtbot.waitUntil(lambda: window.navigator.current_view is View.SEARCH)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.navigator.current
    assert View.of(page) is None
    page_title = window.windowTitle().removesuffix(" – AllGuide")
    # ... filters the side effects and switches a treatment off ...
    click(qtbot, toolbar_button(window, window.side_effects_action))
    qtbot.keyClicks(window.side_effects.filter_box, "sick")
    click(qtbot, next(iter(window.side_effects.toggles.values())))
    # ... draws the timeline with equal widths, and scrolls down it ...
    click(qtbot, toolbar_button(window, window.timeline_action))
    click(qtbot, window.timeline.equal_button)
    assert not window.timeline.to_scale_button.isChecked()
    qtbot.keyClick(window.timeline, Qt.Key.Key_PageDown)
    assert window.timeline.verticalScrollBar().value() > 0
    # ... goes back twice and forward once ...
    click(qtbot, toolbar_button(window, window.back_action))
    click(qtbot, toolbar_button(window, window.back_action))
    click(qtbot, toolbar_button(window, window.forward_action))
    assert window.navigator.history_lengths() != (0, 0)
    # ... goes back to the search (a space more), so Spanish runs it again ...
    qtbot.keyClick(window.search_box, Qt.Key.Key_End)
    qtbot.keyClicks(window.search_box, " ")
    qtbot.waitUntil(lambda: window.navigator.current_view is View.SEARCH)
    # ... copies something and makes the text larger (issue 14's control, stood in for) ...
    app.clipboard().setText(QUERY)
    apply_appearance(app, Appearance(font_scale=2.0))
    # ... reads on in Spanish, and opens the language menu.
    menu = open_language_menu(qtbot, window)
    [spanish_action] = [a for a in menu.actions() if a.text() == Language.SPANISH.own_name]
    with qtbot.waitSignal(session.switched) as switched:
        spanish_action.trigger()
    window = switched.args[0]
    assert window.language is Language.SPANISH and window.search_box.text() == QUERY
    open_language_menu(qtbot, window)
    assert not shown[0], "the visitor was warned while still busy: raise JOURNEY's idle time"
    # A window of its own (a stand-in for a note the app showed) and a tooltip stay open.
    note = QLabel(page_title)
    note.setWindowFlag(Qt.WindowType.Tool)
    note.show()
    QToolTip.showText(window.mapToGlobal(QPoint(10, 10)), page_title, window)

    # Then leaves; the countdown comes; "I'm still here" (someone came back) keeps it all.
    with qtbot.waitSignal(reset.countdownShown, timeout=5000):
        pass
    assert reset.countdown is not None and reset.countdown.parentWidget() is window
    click(qtbot, reset.countdown.still_here_button)
    assert not reset.countdown.isVisible() and session.window is window
    open_language_menu(qtbot, window)
    QToolTip.showText(window.mapToGlobal(QPoint(10, 10)), page_title, window)
    assert note.isVisible() and QToolTip.isVisible()

    # And leaves for good: the reset.
    with caplog.at_level(logging.INFO), qtbot.waitSignal(reset.visitorForgotten, timeout=5000):
        pass
    new = session.window
    assert new is not window
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the visitor's window is gone
    # The starting language, spoken: its words, its locale, its direction.
    assert new.language is Language.ENGLISH
    assert new.search_box.placeholderText() == "Search: a word, a medicine, a side effect…"
    assert QLocale().language() is QLocale.Language.English and not new.isRightToLeft()
    # The home page, an empty search box and history.
    assert new.navigator.current == View.HOME.page_id
    assert new.navigator.history_lengths() == (0, 0)
    assert not new.back_action.isEnabled() and not new.forward_action.isEnabled()
    assert new.search_box.text() == ""
    assert new.home.verticalScrollBar().value() == 0
    # The starting look: the kiosk's text size again.
    assert text_scale(app) == pytest.approx(JOURNEY.text_scale)
    # No popup, no other window, nothing on the clipboard.
    assert QApplication.activePopupWidget() is None
    assert not note.isVisible() and not QToolTip.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [new]
    assert app.clipboard().text() == ""
    # Nothing the visitor typed, anywhere in any widget.
    holding = [w for w in QApplication.allWidgets() if any(QUERY in t for t in texts_shown(w))]
    assert holding == []
    assert all(page_title not in w.windowTitle() for w in QApplication.topLevelWidgets())
    # The attract screen waits for the next visitor.
    assert reset.attract is not None and reset.attract.isVisible()
    # Every view as it starts: filters, treatments, timeline, scroll positions.
    assert new.side_effects.filter_box.text() == ""
    assert all(toggle.isChecked() for toggle in new.side_effects.toggles.values())
    assert new.timeline.to_scale_button.isChecked()
    assert new.timeline.verticalScrollBar().value() == 0
    assert new.reader.view.verticalScrollBar().value() == 0
    # The log says a reset happened, and nothing of what the visitor did.
    assert "visitor reset" in caplog.text
    assert QUERY not in caplog.text and page_title not in caplog.text
    # No second reset while the kiosk stands untouched.
    untouched = int((JOURNEY.kiosk_settings.idle_seconds + 0.6) * 2 * 1000)
    with qtbot.waitSignal(reset.countdownShown, timeout=untouched, raising=False) as again:
        pass
    assert not again.signal_triggered and session.window is new
    del page
    note.deleteLater()


# What counts as a person's input ---------------------------------------------------


def test_only_a_persons_input_counts_not_the_codes(qtbot: QtBot, open_kiosk: OpenSession) -> None:
    """An event the code sends must not keep a kiosk from forgetting its visitor."""
    session = open_kiosk(PATIENT)
    watcher = visitor_reset(session).watcher
    seen: list[InputKind] = []
    watcher.inputSeen.connect(seen.append)
    box = session.window.search_box
    QApplication.sendEvent(
        box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    assert seen == []
    qtbot.keyClick(box, Qt.Key.Key_A)
    assert seen == [InputKind.KEY]
    qtbot.mouseMove(box, QPoint(3, 3))
    assert seen[-1] is InputKind.POINTER
    del seen[:]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert InputKind.POINTER in seen


def test_a_next_window_that_cannot_be_built_leaves_the_kiosk_running(
    qtbot: QtBot,
    open_kiosk: OpenSession,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The content read fine at start but not now (a disk failing, say): the kiosk logs
    it and keeps its window, with popups and clipboard cleared, rather than crashing."""
    session = open_kiosk(QUICK)
    reset = visitor_reset(session)
    window = session.window
    monkeypatch.setattr("allguide.app.open_window", lambda *args, **kwargs: None)
    QApplication.clipboard().setText(QUERY)
    with caplog.at_level(logging.INFO), qtbot.waitSignal(reset.visitorForgotten, timeout=3000):
        pass
    assert session.window is window and window.isVisible()
    assert QApplication.clipboard().text() == ""
    assert "could not be built" in caplog.text
    assert reset.attract is not None and reset.attract.parentWidget() is window
