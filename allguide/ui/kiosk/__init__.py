"""Kiosk mode's widgets: a window locked in full screen, made for fingers, that forgets
each visitor (issue 12). Imported only when the Mode is a kiosk, so a family's start
pays nothing for it.

``fit_for_kiosk`` is what ``app.build_window`` calls on every window it builds in kiosk
mode (the first, and each one a language switch or a visitor reset builds): each part
installs itself on the window and reads the Mode, never a flag of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from allguide.mode import Mode
    from allguide.ui.mainwindow import MainWindow


def fit_for_kiosk(window: MainWindow, mode: Mode) -> None:
    """Lock ``window`` down and make it touch-first, as ``mode`` says."""
    from allguide.ui.kiosk import full_screen, guard
    from allguide.ui.kiosk.keyboard import install_keyboard
    from allguide.ui.kiosk.orientation import follow_orientation
    from allguide.ui.kiosk.staff_exit import install_staff_exit
    from allguide.ui.kiosk.touch import make_touch_first

    guard.install(window, mode)  # no closing, escape keys, menus or clipboard
    full_screen.install(window, mode)  # frameless on the primary screen, put back if moved
    make_touch_first(window, mode)
    install_keyboard(window, mode)
    follow_orientation(window, mode)
    install_staff_exit(window, mode)  # a gesture or keys, then the staff PIN (none: no exit)
