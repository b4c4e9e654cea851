"""AllGuide's themes: one file of named colours per theme, turned into Qt's palette and
a few short style sheets. Painters read their own colours from ``active_theme()``."""

from allguide.ui.theme.active import active_theme
from allguide.ui.theme.builtin import LIGHT, LIGHT_NAME
from allguide.ui.theme.colours import Colour, Theme, contrast_ratio, role_names
from allguide.ui.theme.files import ThemeError, load_theme, parse_theme, read_theme, theme_names
from allguide.ui.theme.palette import palette, qcolor
from allguide.ui.theme.style import ThemeStyle, apply_theme, dress

__all__ = [
    "LIGHT",
    "LIGHT_NAME",
    "Colour",
    "Theme",
    "ThemeError",
    "ThemeStyle",
    "active_theme",
    "apply_theme",
    "contrast_ratio",
    "dress",
    "load_theme",
    "palette",
    "parse_theme",
    "qcolor",
    "read_theme",
    "role_names",
    "theme_names",
]
