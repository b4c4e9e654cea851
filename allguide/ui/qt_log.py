"""Qt's own messages (warnings about a font, a plugin, a failed paint) go into our log.

Installed by ``allguide.app`` for real runs only: pytest-qt installs its own handler
in tests, and Qt warnings must keep failing them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,  # Qt aborts right after: logged first
}

qt_log = logging.getLogger("allguide.qt")

# What the offscreen platform (the smoke test, screenshots) says when a popup asks to be
# raised or to take the keys: a note on the platform, not a problem of AllGuide's, so it
# is logged as information there.
PLATFORM_CANNOT = "This plugin does not support "


def _level(kind: QtMsgType, message: str) -> int:
    """The level Qt gave, but information for the offscreen platform's notes on what it
    cannot do (on a real display, a popup that cannot take the keys is a problem)."""
    if (
        kind == QtMsgType.QtWarningMsg
        and message.startswith(PLATFORM_CANNOT)
        and QGuiApplication.platformName() == "offscreen"
    ):
        return logging.INFO
    return LEVELS.get(kind, logging.WARNING)


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """One Qt message as one log record, at the level Qt gave it."""
    category = context.category or "default"
    if category == "default":
        qt_log.log(_level(kind, message), "%s", message)
    else:
        qt_log.log(_level(kind, message), "%s: %s", category, message)


def log_qt_message_without_text(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A kiosk's record of a Qt message: its category and level, never its words, which
    could quote what a visitor typed (the same rule as for errors: Mode.logs_error_messages)."""
    category = context.category or "default"
    qt_log.log(_level(kind, message), "%s: a Qt message (text not kept)", category)


def route_qt_messages(with_text: bool = True) -> Callable[[], None]:
    """Send Qt's messages to the log; returns how to give back the handler there was."""
    previous = qInstallMessageHandler(log_qt_message if with_text else log_qt_message_without_text)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore
