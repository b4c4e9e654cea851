"""Contrast of every text and mark the app draws, per theme, computed from each theme's file.

The pairs below are where the app paints a colour role on a background role, read from
``allguide/ui/theme/palette.py`` (Qt's roles: Window/WindowText, Base/Text, Button/ButtonText,
Highlight/HighlightedText, Link, PlaceholderText, ToolTip, the Disabled group),
``style.py`` (a page's text and its selection), ``looks.py`` (the few sheets, the buttons the
style paints, the named labels' text roles) and the painters that read ``active_theme()``
(rich_text.py: rows' quiet lines and search marks; timeline: the axis, "Today", the bars).

Thresholds (WCAG 2 contrast ratio, foreground over background):

============  ==========  ==================  ======================================
theme         text        inactive text (*)    lines and marks a person must see
============  ==========  ==================  ======================================
light, dark   >= 4.5 (AA) >= 1.5              >= 3 (AA non-text, 1.4.11)
high-contrast >= 7 (AAA)  >= 7 (AAA)          >= 4.5
============  ==========  ==================  ======================================

(*) Inactive text: disabled controls and letters no side effect starts with. WCAG exempts
them (1.4.3), and they must look unlike active text; they must still be seen. A high-contrast
theme keeps every text at 7:1 and tells them apart by hue instead.

Every role is classed (text, background, line) so a new colour cannot slip in unseen: a new
text role fails ``test_every_text_role_is_paired`` until its pairs are written here, and a new
sheet pairing of ``color`` and ``background`` fails until it is listed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum

import pytest

from allguide.ui.theme import Colour, Theme, contrast_ratio, read_theme, role_names, theme_names
from allguide.ui.theme.looks import BUTTON_LOOKS, BUTTON_TEXT_ROLES, SHEETS, TEXT_ROLES
from allguide.ui.timeline.phase_bar import TINT_ALPHA


class Need(Enum):
    """What a pair is, which sets how much contrast it needs."""

    TEXT = "text"
    INACTIVE = "inactive text"
    MARK = "line or mark"


HIGH_CONTRAST = "high-contrast"
THRESHOLDS: dict[str, dict[Need, float]] = {
    "light": {Need.TEXT: 4.5, Need.INACTIVE: 1.5, Need.MARK: 3.0},
    "dark": {Need.TEXT: 4.5, Need.INACTIVE: 1.5, Need.MARK: 3.0},
    HIGH_CONTRAST: {Need.TEXT: 7.0, Need.INACTIVE: 7.0, Need.MARK: 4.5},
}

# (foreground, background, need, where the app draws it)
PAIRS: list[tuple[str, str, Need, str]] = [
    # palette.py: Qt's roles
    ("text", "window", Need.TEXT, "WindowText on Window: labels"),
    ("text", "surface", Need.TEXT, "Text on Base: lists, pages, inputs, the toolbar"),
    ("text", "button", Need.TEXT, "ButtonText on Button: push buttons"),
    ("accent_text", "selection", Need.TEXT, "HighlightedText on Highlight: a chosen row"),
    ("link", "surface", Need.TEXT, "Link: in a page"),
    ("link", "window", Need.TEXT, "Link: in a label (About)"),
    ("link_visited", "surface", Need.TEXT, "LinkVisited"),
    ("placeholder_text", "surface", Need.TEXT, "PlaceholderText in the search box"),
    ("tooltip_text", "tooltip_background", Need.TEXT, "ToolTipText on ToolTipBase"),
    ("disabled_text", "window", Need.INACTIVE, "Disabled WindowText"),
    ("disabled_text", "surface", Need.INACTIVE, "Disabled toolbar button"),
    ("disabled_text", "button", Need.INACTIVE, "Disabled Text on Base (= button)"),
    # style.py: a page, its selected text marked like a search hit
    ("mark_text", "mark_background", Need.TEXT, "a search hit, selected page text"),
    # looks.py: named labels (TEXT_ROLES) on the window or in a topic button
    ("heading", "window", Need.TEXT, "homeHeading, viewHeading, subHeading"),
    ("heading", "surface", Need.TEXT, "My dates' title, a subheading in a panel"),
    ("quiet_text", "window", Need.TEXT, "homeChoose, the timeline's axis"),
    ("quiet_text", "surface", Need.TEXT, "a row's kind and summary, the treatment toggle"),
    ("quiet_text", "hover", Need.TEXT, "a pressed treatment toggle"),
    ("quiet_text", "selection", Need.TEXT, "a chosen row's kind and summary (rich_text.py)"),
    ("summary_text", "window", Need.TEXT, "timelineLegend"),
    ("summary_text", "surface", Need.TEXT, "topicSummary in a topic button"),
    ("summary_text", "hover", Need.TEXT, "topicSummary under the pointer"),
    ("summary_text", "selection", Need.TEXT, "topicSummary pressed"),
    ("accent_text", "surface", Need.TEXT, "topicTitle, a letter, a suggestion"),
    ("accent_text", "hover", Need.TEXT, "topicTitle or a letter under the pointer"),
    ("accent_text", "window", Need.TEXT, "a topic title beside the window"),
    ("faint_text", "surface", Need.INACTIVE, "a letter no side effect starts with"),
    # looks.py: the toolbar and buttons the style paints
    ("text", "toolbar_hover", Need.TEXT, "a toolbar button under the pointer"),
    ("text", "selection", Need.TEXT, "a pressed toolbar button or key, a chosen phase"),
    ("text", "hover", Need.TEXT, "a key under the pointer"),
    # looks.py: the bars
    ("banner_text", "banner_background", Need.TEXT, "the disclaimer"),
    ("banner_details", "banner_background", Need.TEXT, "the disclaimer's details"),
    ("problems_text", "problems_background", Need.TEXT, "the problems bar"),
    ("text", "link_bar_background", Need.TEXT, "the external link bar"),
    ("surface", "focus", Need.TEXT, "a kiosk overlay's main button: Base on Accent"),
    # timeline
    ("today_line", "window", Need.TEXT, "the 'Today' label, in the line's colour"),
    ("today_line", "surface", Need.TEXT, "the 'Today' label over a panel"),
    # Lines and marks
    ("focus", "surface", Need.MARK, "the focus ring"),
    ("focus", "window", Need.MARK, "the focus ring"),
    ("focus", "selection", Need.MARK, "the ring on the tree's chosen row, a checked toggle"),
    ("focus", "toolbar_hover", Need.MARK, "the ring on a tool button under the pointer"),
    ("focus", "hover", Need.MARK, "the ring on a button under the pointer"),
    ("icon", "surface", Need.MARK, "a toolbar icon"),
    ("icon", "toolbar_hover", Need.MARK, "a toolbar icon under the pointer"),
    ("icon", "selection", Need.MARK, "a pressed toolbar button's icon"),
    ("today_line", "window", Need.MARK, "the Today line"),
    ("phase_high", "window", Need.MARK, "a high-dose phase's bar"),
    ("phase_lower", "window", Need.MARK, "a phase's bar"),
    ("track_outline", "window", Need.MARK, "a track's box"),
    # scroll_bars.py: every scroll bar
    ("scroll_handle", "scroll_track", Need.MARK, "a scroll bar's handle on its track"),
    ("focus", "scroll_track", Need.MARK, "a handle under the pointer or dragged"),
    ("quiet_text", "scroll_track", Need.MARK, "a scroll bar's arrows"),
    # check_boxes.py: every check box (My dates' "Remember this date")
    ("quiet_text", "surface", Need.MARK, "a check box's edge"),
    ("quiet_text", "window", Need.MARK, "a check box's edge, beside its box"),
    ("text", "surface", Need.MARK, "a check box's tick"),
]

# Every role, by what it is. A role added to Theme must be classed here (and a text role paired).
TEXT_ROLE_NAMES = frozenset(
    {
        "text",
        "quiet_text",
        "summary_text",
        "heading",
        "accent_text",
        "disabled_text",
        "faint_text",
        "placeholder_text",
        "link",
        "link_visited",
        "tooltip_text",
        "mark_text",
        "banner_text",
        "banner_details",
        "problems_text",
        "today_line",
    }
)
BACKGROUND_ROLE_NAMES = frozenset(
    {
        "window",
        "surface",
        "button",
        "selection",
        "hover",
        "toolbar_hover",
        "tooltip_background",
        "mark_background",
        "banner_background",
        "problems_background",
        "link_bar_background",
        "track_fill",
        "scroll_track",
    }
)
LINE_ROLE_NAMES = frozenset(
    {
        "focus",
        "icon",
        "line",
        "control_border",
        "input_border",
        "hover_border",
        "faint_border",
        "banner_border",
        "problems_border",
        "link_bar_border",
        "phase_high",
        "phase_lower",
        "track_outline",
        "grid",
        "scroll_handle",
    }
)


def every_theme() -> list[Theme]:
    return [read_theme(name) for name in theme_names()]


def needs(theme: Theme) -> dict[Need, float]:
    return THRESHOLDS[theme.name]


def ratio(theme: Theme, foreground: str, background: str) -> float:
    return contrast_ratio(getattr(theme, foreground), getattr(theme, background))


def drawn_on_tints(theme: Theme) -> list[tuple[str, float]]:
    """Text on a phase's faint bar and inside a track's box: backgrounds mixed over the window."""
    found = []
    for role in ("phase_high", "phase_lower"):
        bar: Colour = getattr(theme, role)
        tint = Colour(bar.red, bar.green, bar.blue, TINT_ALPHA).over(theme.window)
        found.append((f"text on {role}'s bar", contrast_ratio(theme.text, tint)))
    box = theme.track_fill.over(theme.window)
    found.append(("text in a track box", contrast_ratio(theme.text, box)))
    return found


def too_faint(theme: Theme) -> list[str]:
    """Every pair below its theme's threshold, as 'fg on bg: ratio < needed'."""
    limits = needs(theme)
    found = [
        f"{fg} on {bg}: {ratio(theme, fg, bg):.2f} < {limits[need]}"
        for fg, bg, need, _ in PAIRS
        if ratio(theme, fg, bg) < limits[need]
    ]
    found += [
        f"{what}: {value:.2f} < {limits[Need.TEXT]}"
        for what, value in drawn_on_tints(theme)
        if value < limits[Need.TEXT]
    ]
    return found


def test_there_are_the_three_themes() -> None:
    assert set(theme_names()) == set(THRESHOLDS)


@pytest.mark.parametrize("theme", every_theme(), ids=lambda theme: theme.name)
def test_every_pair_the_app_draws_is_readable(theme: Theme) -> None:
    assert too_faint(theme) == []


@pytest.mark.parametrize("theme", every_theme(), ids=lambda theme: theme.name)
def test_inactive_text_looks_unlike_active_text(theme: Theme) -> None:
    """A disabled button or an empty letter must read as such: by contrast or by hue."""
    for inactive in ("disabled_text", "faint_text"):
        assert getattr(theme, inactive) != theme.text
        assert getattr(theme, inactive) != theme.accent_text


def test_the_check_sees_a_faint_colour() -> None:
    """Broken on purpose: a dark grey body text in the dark theme, a mid grey in high contrast."""
    dark = read_theme("dark")
    assert "text on window: 2.17 < 4.5" in too_faint(replace(dark, text=Colour.parse("#555555")))
    high = read_theme(HIGH_CONTRAST)
    assert any(
        line.startswith("quiet_text on surface")
        for line in too_faint(replace(high, quiet_text=Colour.parse("#8a8a8a")))
    )


def test_every_role_is_classed() -> None:
    classed = TEXT_ROLE_NAMES | BACKGROUND_ROLE_NAMES | LINE_ROLE_NAMES
    assert sorted(set(role_names()) - classed) == [], "class the new role above"
    assert sorted(classed - set(role_names())) == []


def test_every_text_role_is_paired() -> None:
    paired = {fg for fg, _, need, _ in PAIRS if need is not Need.MARK}
    assert sorted(TEXT_ROLE_NAMES - paired) == [], "write where the new text is drawn, and on what"


def test_every_text_role_the_looks_use_is_paired() -> None:
    """Named labels' roles and buttons' text roles (looks.py) are all text roles with pairs."""
    used = set(TEXT_ROLES.values()) | {r for pair in BUTTON_TEXT_ROLES.values() for r in pair}
    paired = {fg for fg, _, _, _ in PAIRS}
    assert used <= TEXT_ROLE_NAMES
    assert sorted(used - paired) == []


SHEET_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COLOUR = re.compile(r"(?<![-\w])color:\s*\$(\w+)")
BACKGROUND = re.compile(r"background:\s*\$(\w+)")


def sheet_pairs() -> set[tuple[str, str]]:
    """(text, background) wherever a sheet rule sets both, or a colour on the sheet's own
    widget's background (the first rule of that sheet that sets one)."""
    found: set[tuple[str, str]] = set()
    for template in SHEETS.values():
        own_background = None
        for _selector, body in SHEET_RULE.findall(template):
            background = BACKGROUND.search(body)
            if own_background is None and background:
                own_background = background.group(1)
            colour = COLOUR.search(body)
            if colour:
                behind = background.group(1) if background else own_background
                if behind is not None:
                    found.add((colour.group(1), behind))
    return found


def test_every_colour_pairing_in_the_sheets_is_listed() -> None:
    listed = {(fg, bg) for fg, bg, _, _ in PAIRS}
    assert sheet_pairs(), "the sheet reader found nothing: check SHEET_RULE"
    assert sorted(sheet_pairs() - listed) == []


def test_every_painted_button_state_is_listed_for_its_text() -> None:
    """The buttons the style paints: their text on each background they take."""
    listed = {(fg, bg) for fg, bg, _, _ in PAIRS}
    texts = {
        "topicButton": ("accent_text", "summary_text"),
        "letterButton": (BUTTON_TEXT_ROLES["letterButton"][0],),
        "keyboardKey": ("text",),
        "languageChoice": ("text",),  # the home page's other languages
    }
    assert set(texts) == set(BUTTON_LOOKS)
    missing = [
        (fg, bg)
        for name, look in BUTTON_LOOKS.items()
        for bg in (look.background, look.hover_background, look.pressed_background)
        if bg is not None
        for fg in texts[name]
        if (fg, bg) not in listed
    ]
    assert missing == []


def lowest(theme: Theme) -> tuple[str, float]:
    """The lowest text pair of a theme (inactive text aside), for the report."""
    values = [(f"{fg} on {bg}", ratio(theme, fg, bg)) for fg, bg, n, _ in PAIRS if n is Need.TEXT]
    values += drawn_on_tints(theme)
    return min(values, key=lambda pair: pair[1])


if __name__ == "__main__":  # python tests/test_contrast.py: each theme's lowest pairs
    for each in every_theme():
        print(f"{each.name}: lowest text pair {lowest(each)[0]} {lowest(each)[1]:.2f}")
        for line in too_faint(each):
            print("   ", line)
