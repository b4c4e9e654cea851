"""What the palette cannot say: borders, corners and paddings of named widgets.

``SHEETS`` are short style sheets for a few widgets (and their children), with
``$role`` for the theme's colours. Only these go through Qt's style-sheet
machinery; every other widget is painted by the plain style from the palette,
which is what keeps the start fast (an application-wide sheet re-polished every
widget each time it got a parent). Widgets there are many of, or that a sheet
makes slow (item views), are painted by the style itself from ``BUTTON_LOOKS``
and ``FRAME_LOOKS``. Plain colours of named labels are palette roles
(``TEXT_ROLES``), not sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from string import Template

from allguide.ui.theme.colours import Theme, role_names

# Widgets with their own sheet, by object name. A focus ring is 2 pixels of $focus, its
# padding 1 pixel less than the widget's own border gives up, so the text stays put.
SHEETS: dict[str, str] = {
    "disclaimerBanner": """
        #disclaimerBanner { background: $banner_background; border: none;
                            border-bottom: 1px solid $banner_border; }
        #disclaimerText { color: $banner_text; }
        #disclaimerDetails { color: $banner_details; }
    """,
    "problemsBar": """
        #problemsBar { background: $problems_background; border: none;
                       border-bottom: 1px solid $problems_border; }
        #problemsSummary { color: $problems_text; font-weight: 600; }
        #problemsDetails { color: $problems_text; font-family: monospace; }
    """,
    "searchBox": """
        #searchBox { padding: 6px 8px; border: 1px solid $input_border; border-radius: 6px;
                     background: $surface; }
        #searchBox:focus { border: 2px solid $focus; }
    """,
    "sideEffectFilter": """
        #sideEffectFilter { padding: 6px 8px; border: 1px solid $input_border;
                            border-radius: 6px; background: $surface; }
        #sideEffectFilter:focus { border: 2px solid $focus; }
    """,
    "phaseDetails": """
        #phaseDetails { border: 1px solid $line; border-radius: 6px; background: $surface;
                        padding: 2px; }
    """,
    "treatmentToggle": """
        #treatmentToggle { padding: 6px 12px; border: 1px solid $input_border;
                           border-radius: 14px; background: $surface; color: $quiet_text; }
        #treatmentToggle:checked { background: $selection; border: 1px solid $focus;
                                   color: $accent_text; }
        #treatmentToggle:pressed { background: $hover; border: 1px solid $focus; }
        #treatmentToggle:focus { border: 2px solid $focus; padding: 5px 11px; outline: none; }
    """,
    "searchSuggestions": """
        #suggestionButton { padding: 4px 10px; border: 1px solid $hover_border;
                            border-radius: 12px; background: $surface; color: $accent_text; }
        #suggestionButton:pressed { background: $selection; }
        #suggestionButton:focus { border: 2px solid $focus; padding: 3px 9px; outline: none; }
    """,
    "myDates": """
        #myDates { background: $surface; border: 1px solid $line; border-radius: 6px;
                   margin-top: 12px; padding: 8px; }
        #myDates::title { subcontrol-origin: margin; left: 10px; padding: 0 4px;
                          color: $heading; font-weight: 600; }
    """,
}

# Widgets with a sheet by class, for every widget of that class.
TOOLBAR_SHEET = """
    QToolBar { background: $surface; border: none; border-bottom: 1px solid $line;
               padding: 4px; spacing: 6px; }
    QToolButton { padding: 6px 10px; border-radius: 6px; color: $text; }
    QToolButton:hover { background: $toolbar_hover; }
    QToolButton:pressed { background: $selection; }
    QToolButton:disabled { color: $disabled_text; }
    QToolButton:focus { border: 2px solid $focus; padding: 4px 8px; }
"""


@dataclass(frozen=True)
class ButtonLook:
    """A button the style paints itself (no sheet): a rounded box, by state, in theme roles."""

    background: str
    border: str
    radius: float
    hover_background: str | None = None
    hover_border: str | None = None
    pressed_background: str | None = None
    focus_border: str | None = None  # drawn 2 pixels wide: the keyboard focus ring
    disabled_border: str | None = None


# Buttons there are many of (a dozen topics, a letter per side effect): painted by the
# style from these, so they and the labels inside them never need a sheet.
BUTTON_LOOKS: dict[str, ButtonLook] = {
    "topicButton": ButtonLook(
        "surface",
        "control_border",
        radius=10,
        hover_background="hover",
        hover_border="hover_border",
        pressed_background="selection",
        focus_border="focus",
    ),
    "letterButton": ButtonLook(
        "surface",
        "control_border",
        radius=4,
        hover_background="hover",
        pressed_background="selection",  # a finger sees its press (kiosk, issue 12)
        focus_border="focus",  # the old sheet showed none: keyboard users could not see it
        disabled_border="faint_border",
    ),
    # The home page's other languages: flat on the window until hovered, and a focus
    # ring (Fusion's own for a flat button was a faint grey a keyboard user missed).
    "languageChoice": ButtonLook(
        "window",
        "window",
        radius=6,
        hover_background="hover",
        hover_border="hover_border",
        pressed_background="selection",
        focus_border="focus",
    ),
    # The kiosk's on-screen keyboard: keys never take focus, so no focus ring.
    "keyboardKey": ButtonLook(
        "surface",
        "control_border",
        radius=6,
        hover_background="hover",
        hover_border="hover_border",
        pressed_background="selection",
    ),
}


class Edges(Enum):
    """Which edges of a frame get its line."""

    ALL = auto()
    TOP = auto()
    RIGHT = auto()  # the leading side's neighbour: mirrored for right-to-left languages


@dataclass(frozen=True)
class FrameLook:
    """A frame the style paints itself (no sheet): a line along some edges, maybe rounded."""

    line: str
    edges: Edges = Edges.ALL
    radius: float = 0
    background: str | None = None  # filled behind the frame's children; None: the palette's


# Frames the style paints, by object name: lists (a sheet on an item view costs a lot:
# every row's size and paint goes through it) and the bar in every reader panel.
FRAME_LOOKS: dict[str, FrameLook] = {
    "searchResults": FrameLook("line", radius=6),
    "sideEffectList": FrameLook("line", radius=6),
    "phaseList": FrameLook("line", radius=6),
    "externalLinkBar": FrameLook("link_bar_border", Edges.TOP, background="link_bar_background"),
    # A kiosk's countdown, attract and PIN cards: an edge that shows in every theme
    # (drawn from the window colour, it vanished in high contrast's black).
    "kioskCard": FrameLook("control_border", radius=8, background="surface"),
}
# The navigation tree: a line on its side towards the page, and room around its rows.
TREE_LOOK = FrameLook("line", Edges.RIGHT, background="surface")
TREE_PADDING = 8  # pixels around its rows (a plain frame this wide, painted but for the line)

# Text of those buttons: (enabled, disabled) roles.
BUTTON_TEXT_ROLES: dict[str, tuple[str, str]] = {"letterButton": ("accent_text", "faint_text")}
MINIMUM_SIDES: dict[str, int] = {"letterButton": 33}  # pixels, border included: a fingertip

# Named labels whose only difference is the colour of their text: a palette role.
TEXT_ROLES: dict[str, str] = {
    "homeHeading": "heading",
    "homeAbout": "text",
    "homeIntroduction": "text",
    "homeChoose": "quiet_text",
    "viewHeading": "heading",
    "searchHeading": "text",
    "timelineLegend": "summary_text",
    "subHeading": "heading",
    "topicTitle": "accent_text",
    "topicSummary": "summary_text",
}
SEMI_BOLD_NAMES = frozenset({"subHeading", "letterButton"})
TOP_MARGINS: dict[str, int] = {"homeChoose": 8}  # pixels above the caption


def fill(template: str, theme: Theme) -> str:
    """``template`` with each ``$role`` replaced by the theme's colour, one line per rule."""
    colours = {role: getattr(theme, role).css for role in role_names()}
    sheet = Template(template).substitute(colours)
    return "\n".join(" ".join(line.split()) for line in sheet.strip().splitlines())
