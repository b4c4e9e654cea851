"""The light theme, built in: what AllGuide looks like when a theme file is missing or bad.

``resources/themes/light.json`` says the same (tests/test_theme.py holds them equal),
so the file is where a designer changes it and this is only the safety net.
"""

from __future__ import annotations

from allguide.ui.theme.colours import Colour, Theme

LIGHT_NAME = "light"

LIGHT_COLOURS: dict[str, str] = {
    "window": "#f7f8fa",
    "surface": "#ffffff",
    "button": "#efefef",
    "selection": "#dcebfa",
    "hover": "#f0f6fc",
    "toolbar_hover": "#eef2f6",
    "text": "#1f2933",
    "quiet_text": "#52606d",
    "summary_text": "#3e4c59",
    "heading": "#12344d",
    "accent_text": "#0b3d6e",
    "disabled_text": "#9aa5b1",
    "faint_text": "#c3cad2",
    "placeholder_text": "#616e7c",
    "link": "#0000ff",
    "link_visited": "#800080",
    "tooltip_background": "#ffffdc",
    "tooltip_text": "#1f2933",
    "focus": "#1f6fbf",
    "icon": "#1f4e79",
    "line": "#dfe3e8",
    "control_border": "#cfd6de",
    "input_border": "#b8c2cc",
    "hover_border": "#8fb3d9",
    "faint_border": "#e4e8ec",
    "scroll_track": "#eceff2",
    "scroll_handle": "#7b8794",
    "mark_background": "#ffe08a",
    "mark_text": "#1f2933",
    "banner_background": "#fff8e1",
    "banner_border": "#f0dc9c",
    "banner_text": "#3d2c00",
    "banner_details": "#4a4030",
    "problems_background": "#fdecea",
    "problems_border": "#f3b8b0",
    "problems_text": "#5f1a12",
    "link_bar_background": "#eef4fb",
    "link_bar_border": "#c9d8ea",
    "phase_high": "#1f5f9e",
    "phase_lower": "#2b8a7e",
    "track_outline": "#7b8794",
    "track_fill": "#ffffffc8",
    "grid": "#dfe3e8",
    "today_line": "#b42318",
}

LIGHT = Theme(LIGHT_NAME, **{role: Colour.parse(value) for role, value in LIGHT_COLOURS.items()})
