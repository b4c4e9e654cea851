"""A theme's colours as plain data: named roles, each a colour read from a theme file.

Qt-free, so the contrast of a theme can be checked (and a file validated)
without a display. ``allguide.ui.theme.palette`` turns a Theme into Qt's terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

HEX_COLOUR = re.compile(r"#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?")


@dataclass(frozen=True)
class Colour:
    """An sRGB colour with opacity, written ``#rrggbb`` or ``#rrggbbaa`` as in CSS."""

    red: int
    green: int
    blue: int
    alpha: int = 255

    @classmethod
    def parse(cls, text: str) -> Colour:
        """``text`` as a colour; ValueError says what a colour looks like."""
        match = HEX_COLOUR.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not a colour like #1f2933 (or #1f2933cc)")
        rgb, alpha = match.group(1), match.group(2)
        return cls(int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16), int(alpha or "ff", 16))

    @property
    def css(self) -> str:
        """As a style sheet writes it (Qt's own ``#aarrggbb`` order differs, so rgba())."""
        if self.alpha == 255:
            return f"#{self.red:02x}{self.green:02x}{self.blue:02x}"
        return f"rgba({self.red}, {self.green}, {self.blue}, {self.alpha})"

    def over(self, background: Colour) -> Colour:
        """This colour painted over an opaque ``background``: what the eye sees."""
        a = self.alpha / 255

        def mix(top: int, bottom: int) -> int:
            return round(top * a + bottom * (1 - a))

        return Colour(
            mix(self.red, background.red),
            mix(self.green, background.green),
            mix(self.blue, background.blue),
        )

    def relative_luminance(self) -> float:
        """WCAG 2 relative luminance of the opaque colour."""

        def linear(channel: int) -> float:
            c = channel / 255
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(self.red) + 0.7152 * linear(self.green) + 0.0722 * linear(self.blue)


def contrast_ratio(foreground: Colour, background: Colour) -> float:
    """WCAG 2 contrast ratio (1 to 21) of ``foreground`` painted on an opaque ``background``."""
    lighter, darker = sorted(
        (foreground.over(background).relative_luminance(), background.relative_luminance()),
        reverse=True,
    )
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Theme:
    """Every colour AllGuide paints, by what it is for. One theme file per theme sets them all.

    Field names are the keys of a theme file's ``colours`` object.
    """

    name: str
    # Surfaces
    window: Colour  # behind every view
    surface: Colour  # lists, pages, inputs, buttons, the toolbar
    button: Colour  # plain push buttons; Qt's bevels are shaded from it
    selection: Colour  # a chosen row, a checked toggle, a pressed button
    hover: Colour  # a button under the pointer
    toolbar_hover: Colour  # a toolbar button under the pointer
    # Text
    text: Colour
    quiet_text: Colour  # captions, kinds, the axis of the timeline
    summary_text: Colour  # a topic's summary, the timeline's legend
    heading: Colour
    accent_text: Colour  # topic titles, chosen rows, letters
    disabled_text: Colour
    faint_text: Colour  # a letter no side effect starts with
    placeholder_text: Colour
    link: Colour
    link_visited: Colour
    tooltip_background: Colour
    tooltip_text: Colour
    # Lines
    focus: Colour  # the keyboard focus ring, a checked toggle's edge
    icon: Colour  # the toolbar's icons (drawn from their SVGs in this colour)
    line: Colour  # dividers and the edges of lists and panels
    control_border: Colour  # the edge of a topic or letter button
    input_border: Colour  # the edge of a text box or toggle
    hover_border: Colour
    faint_border: Colour
    # Scroll bars (painted by scroll_bars.ScrollBarStyle, not Fusion's grey)
    scroll_track: Colour  # quiet: near the window, never a grey band across a dark page
    scroll_handle: Colour  # stands out from its track (3:1; 4.5:1 in high contrast)
    # Search hits (and selected text in a page)
    mark_background: Colour
    mark_text: Colour
    # Bars
    banner_background: Colour  # "not medical advice": always shown
    banner_border: Colour
    banner_text: Colour
    banner_details: Colour
    problems_background: Colour  # what could not be loaded
    problems_border: Colour
    problems_text: Colour
    link_bar_background: Colour  # the web address AllGuide will not open
    link_bar_border: Colour
    # Timeline
    phase_high: Colour  # a high-dose phase's bar (also told in words, never by colour alone)
    phase_lower: Colour
    track_outline: Colour
    track_fill: Colour
    grid: Colour
    today_line: Colour  # the line and its "Today" label


def role_names() -> list[str]:
    """The colour roles a theme file must set, in the order the dataclass lists them."""
    return [f.name for f in fields(Theme) if f.name != "name"]
