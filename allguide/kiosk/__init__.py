"""Kiosk mode's Qt-free parts: its configuration file and the staff PIN (issue 12).

The widgets are in ``allguide.ui.kiosk``; what each mode allows is ``allguide.mode``.
"""
