"""The theme in use: what painters read their own colours from (``active_theme()``).

Apart from ``style.py``, which sets it, so that a style of a single widget (the scroll
bars') can read it at paint time without importing the whole theme machinery.
"""

from __future__ import annotations

from allguide.ui.theme.builtin import LIGHT
from allguide.ui.theme.colours import Theme

_active: list[Theme] = [LIGHT]


def active_theme() -> Theme:
    """The theme painters read their own colours from (the light one until one is applied)."""
    return _active[0]
