"""Themes: one file of colours per theme, readable text in each, a calm fallback, the same look.

The look is checked as a person sees it: pixels of widgets grabbed after keys
and clicks, not style-sheet strings.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QFrame, QStyleFactory, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance, available_themes
from allguide.ui.home.topic_button import TopicButton
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.rich_text import highlight_format
from allguide.ui.theme import (
    LIGHT,
    Colour,
    Theme,
    ThemeError,
    ThemeStyle,
    active_theme,
    apply_theme,
    contrast_ratio,
    load_theme,
    qcolor,
    read_theme,
    role_names,
    theme_names,
)
from allguide.ui.theme.builtin import LIGHT_COLOURS
from allguide.ui.timeline.phase_bar import TINT_ALPHA
from tests.gui import press_tab

AA_TEXT = 4.5  # WCAG 2 AA, normal-size text
AA_GRAPHICS = 3.0  # WCAG 2 AA, non-text: focus rings, lines that carry meaning


def every_theme() -> list[Theme]:
    return [LIGHT, *(read_theme(name) for name in theme_names())]


def theme_ids() -> list[str]:
    return ["built-in", *theme_names()]


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, given back its plain style, palette and font after the test."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    palette, font, style = QPalette(application.palette()), application.font(), active_theme()
    yield application
    apply_theme(application, style)
    application.setStyle(QStyleFactory.create("Fusion"))
    application.setPalette(palette)
    application.setFont(font)


# Files ---------------------------------------------------------------------


def test_the_light_file_is_the_built_in_light_theme() -> None:
    """The fallback is the light theme itself, so a broken file changes nothing a user sees."""
    assert read_theme("light") == LIGHT
    assert "light" in available_themes()


def test_a_theme_file_sets_every_role_and_nothing_else() -> None:
    for name in theme_names():
        data = json.loads(Path(f"resources/themes/{name}.json").read_text("utf-8"))
        assert sorted(data["colours"]) == sorted(role_names()), name
    assert sorted(LIGHT_COLOURS) == sorted(role_names())


def write_theme(folder: Path, name: str, colours: dict[str, str]) -> Path:
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"format": 1, "colours": colours}, indent=2), "utf-8")
    return path


def line_with(path: Path, needle: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line
    )


BROKEN: list[tuple[str, Callable[[dict[str, str]], object], str, str]] = [
    ("bad colour", lambda c: c.update(text="dark grey"), '"text"', "is not a colour"),
    ("number", lambda c: c.update(window=255), '"window"', "is not a colour"),
    ("unknown role", lambda c: c.update(sparkle="#ffffff"), '"sparkle"', "unknown colour role"),
    ("missing role", lambda c: c.pop("heading"), '"colours"', "missing colour roles: heading"),
]


@pytest.mark.parametrize(("_name", "spoil", "where", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_wrong_theme_file_is_told_at_file_and_line_and_the_light_theme_is_used(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    _name: str,
    spoil: Callable[[dict[str, str]], object],
    where: str,
    says: str,
) -> None:
    colours: dict[str, str] = dict(LIGHT_COLOURS)
    spoil(colours)
    path = write_theme(tmp_path, "spoilt", colours)
    with pytest.raises(ThemeError) as error:
        read_theme("spoilt", tmp_path)
    assert str(error.value).startswith(f"{path}:{line_with(path, where)}: ")
    assert says in str(error.value)
    with caplog.at_level(logging.WARNING):
        assert load_theme("spoilt", tmp_path) is LIGHT
    assert f"{path}:{line_with(path, where)}: " in caplog.text
    assert "built-in light theme" in caplog.text


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ('{"format": 1,\n "colours": {\n', 3, "not valid JSON"),
        ("[]", 1, "a JSON object"),
        ('{\n"format": 2,\n"colours": {}}', 2, "'format' must be 1"),
        ('{"format": 1, "colours": {}, \n"extra": 1}', 2, "unknown key 'extra'"),
        ('{"format": 1,\n"colours": "#ffffff"}', 2, "'colours' must be an object"),
        ("\udcff", 1, "cannot be read"),
    ],
)
def test_a_file_that_is_not_a_theme_is_told_at_its_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str, line: int, says: str
) -> None:
    path = tmp_path / "odd.json"
    path.write_text(text, "utf-8", errors="surrogateescape")
    with caplog.at_level(logging.WARNING):
        assert load_theme("odd", tmp_path) is LIGHT
    assert f"{path}:{line}: " in caplog.text
    assert says in caplog.text


@pytest.mark.parametrize("name", ["missing", "../themes/light", "Light"])
def test_a_theme_without_a_usable_file_gives_the_light_theme(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    with caplog.at_level(logging.WARNING):
        assert load_theme(name, tmp_path) is LIGHT
    assert "built-in light theme" in caplog.text


def test_a_missing_theme_file_does_not_stop_the_app(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    apply_appearance(app, Appearance(theme="no-such-theme"))
    window = make_window()
    assert active_theme() is LIGHT
    assert window.isVisible()


# Contrast ------------------------------------------------------------------


def test_contrast_ratio_follows_wcag() -> None:
    black, white = Colour.parse("#000000"), Colour.parse("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21)
    assert contrast_ratio(white, white) == pytest.approx(1)
    assert contrast_ratio(Colour.parse("#767676"), white) == pytest.approx(4.54, abs=0.01)
    half_black = Colour.parse("#00000080")  # over white: 127 of 255, #7f7f7f
    assert contrast_ratio(half_black, white) == contrast_ratio(Colour.parse("#7f7f7f"), white)


# Text and the background it is painted on, wherever the app pairs them.
TEXT_ON: list[tuple[str, str]] = [
    ("text", "window"),
    ("text", "surface"),
    ("text", "button"),
    ("text", "toolbar_hover"),
    ("text", "hover"),
    ("text", "link_bar_background"),
    ("quiet_text", "window"),
    ("quiet_text", "surface"),
    ("summary_text", "window"),
    ("summary_text", "surface"),
    ("summary_text", "hover"),
    ("heading", "window"),
    ("heading", "surface"),
    ("accent_text", "surface"),
    ("accent_text", "selection"),
    ("accent_text", "hover"),
    ("placeholder_text", "surface"),
    ("link", "surface"),
    ("link_visited", "surface"),
    ("tooltip_text", "tooltip_background"),
    ("mark_text", "mark_background"),
    ("banner_text", "banner_background"),
    ("banner_details", "banner_background"),
    ("problems_text", "problems_background"),
    ("today_line", "window"),  # the "Today" label is written in the line's colour
]
# Lines and marks a person must see to use the app.
GRAPHICS_ON: list[tuple[str, str]] = [
    ("focus", "surface"),
    ("focus", "window"),
    ("focus", "selection"),  # the ring on the tree's chosen row and on a checked toggle
    ("focus", "toolbar_hover"),  # the ring on a tool button under the pointer
    ("today_line", "window"),
    ("phase_high", "window"),
    ("phase_lower", "window"),
    ("track_outline", "window"),
]


def too_faint(theme: Theme) -> list[str]:
    """Every pairing below WCAG AA: 4.5:1 for text, 3:1 for focus rings and the timeline's lines."""
    found = [
        f"{fg} on {bg}: {contrast_ratio(getattr(theme, fg), getattr(theme, bg)):.2f}"
        for pairs, needed in ((TEXT_ON, AA_TEXT), (GRAPHICS_ON, AA_GRAPHICS))
        for fg, bg in pairs
        if contrast_ratio(getattr(theme, fg), getattr(theme, bg)) < needed
    ]
    # Words drawn on a phase's faint bar and inside a track's box.
    for role in ("phase_high", "phase_lower"):
        bar: Colour = getattr(theme, role)
        tint = Colour(bar.red, bar.green, bar.blue, TINT_ALPHA).over(theme.window)
        if contrast_ratio(theme.text, tint) < AA_TEXT:
            found.append(f"text on {role}: {contrast_ratio(theme.text, tint):.2f}")
    box = theme.track_fill.over(theme.window)
    if contrast_ratio(theme.text, box) < AA_TEXT:
        found.append(f"text in a track box: {contrast_ratio(theme.text, box):.2f}")
    return found


@pytest.mark.parametrize("theme", every_theme(), ids=theme_ids())
def test_every_text_in_every_theme_is_readable(theme: Theme) -> None:
    assert too_faint(theme) == []


def test_the_contrast_check_sees_faint_text_and_lines() -> None:
    faint = replace(
        LIGHT,
        quiet_text=Colour.parse("#b0b0b0"),
        focus=Colour.parse("#c0d0e0"),
        track_fill=Colour.parse("#000000c0"),
    )
    assert too_faint(faint) == [
        "quiet_text on window: 2.04",
        "quiet_text on surface: 2.17",
        "focus on surface: 1.57",
        "focus on window: 1.48",
        "focus on selection: 1.30",
        "focus on toolbar_hover: 1.40",
        "text in a track box: 1.36",
    ]
    grey_text = replace(LIGHT, text=Colour.parse("#8a8a8a"))
    assert "text on phase_high: 2.35" in too_faint(grey_text)


# The look --------------------------------------------------------------------


def test_most_widgets_never_go_through_the_style_sheet_machinery(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    """Issue 10: an application-wide sheet made every widget a style-sheet widget, re-polished
    as it got a parent. Now only a few have a sheet, and none on the home page, shown first."""
    apply_appearance(app, Appearance())
    window = make_window()
    for view in (View.SEARCH, View.SIDE_EFFECTS, View.TIMELINE):
        window.navigator.show(view)
    widgets = [window, *window.findChildren(QWidget)]
    through_sheets = [w for w in widgets if uses_a_sheet(w)]
    assert app.styleSheet() == ""
    assert len(through_sheets) < len(widgets) / 2, (len(through_sheets), len(widgets))
    assert [w for w in window.home.findChildren(QWidget) if uses_a_sheet(w)] == []


def uses_a_sheet(widget: QWidget) -> bool:
    return widget.style().metaObject().className() == "QStyleSheetStyle"


def border_pixel(widget: QWidget) -> QColor:
    """The colour of the widget's left edge, half-way down (a straight stretch of any border)."""
    return widget.grab().toImage().pixelColor(0, widget.height() // 2)


def tab_to(qtbot: QtBot, window: MainWindow, wanted: type[QWidget]) -> QWidget:
    """Press Tab from the tree, as a person would, until a ``wanted`` widget has the focus."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        if isinstance(focused, wanted):
            return focused
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached a {wanted.__name__}")


def test_keyboard_focus_shows_a_ring_in_the_themes_focus_colour(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    apply_appearance(app, Appearance())
    window = make_window()
    qtbot.mouseMove(window.banner)  # the pointer away from the buttons: no hover colours
    button = tab_to(qtbot, window, TopicButton)
    assert border_pixel(button) == qcolor(LIGHT.focus)
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert not button.hasFocus()
    assert border_pixel(button) == qcolor(LIGHT.control_border)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # where keys go
    assert window.search_box.hasFocus()
    assert border_pixel(window.search_box) == qcolor(LIGHT.focus)


def focus_pixels(widget: QWidget) -> set[tuple[int, int]]:
    """Where the widget, grabbed now, shows the theme's focus colour."""
    image = widget.grab().toImage()
    focus = qcolor(LIGHT.focus)
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y) == focus
    }


def tab_until(qtbot: QtBot, wanted: Callable[[QWidget], bool]) -> QWidget:
    """Press Tab, as a person would, until the focus is on a ``wanted`` widget."""
    for _ in range(60):
        focused = press_tab(qtbot)
        if wanted(focused):
            return focused
    raise AssertionError("Tab never reached the widget wanted")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def ring_appears_with_focus(
    qtbot: QtBot, widget: QWidget, seen: QWidget | None = None, text_stays: bool = True
) -> set[tuple[int, int]]:
    """Focus-coloured pixels ``widget`` (or its part ``seen``) shows while it has the focus,
    and no longer shows after Tab moves the focus on. With ``text_stays``, also that the
    ring only adds an edge: the middle of the widget, its text, is the same pixels."""
    seen = seen or widget
    assert widget.hasFocus()
    focused, focused_middle = focus_pixels(seen), middle(seen)
    press_tab(qtbot)
    assert not widget.hasFocus()
    if text_stays:
        assert focused_middle == middle(seen), "the text moved when the ring came"
    return focused - focus_pixels(seen)


def middle(widget: QWidget) -> QImage:
    """The widget's middle rows, 8 pixels in from its sides: its text, not its (rounded)
    ring, whose corners reach these rows on a short widget (24 px at a 9 pt font)."""
    image = widget.grab().toImage()
    return image.copy(8, image.height() // 2 - 5, image.width() - 16, 11)


@pytest.fixture
def focus_window(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> MainWindow:
    """The window in the light theme, active, with the pointer away from every button."""
    apply_appearance(app, Appearance())
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseMove(window.banner)
    return window


def test_a_toolbar_button_shows_a_focus_ring(qtbot: QtBot, focus_window: MainWindow) -> None:
    focus_window.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
    button = tab_until(
        qtbot, lambda w: isinstance(w, QToolButton) and w.parent() is focus_window.toolbar
    )
    assert ring_appears_with_focus(qtbot, button)


def test_a_treatment_toggle_shows_a_focus_ring(qtbot: QtBot, focus_window: MainWindow) -> None:
    focus_window.navigator.show(View.SIDE_EFFECTS)
    focus_window.side_effects.filter_box.setFocus(Qt.FocusReason.OtherFocusReason)
    toggle = tab_until(qtbot, named("treatmentToggle"))
    assert toggle.isChecked()  # its edge is already the focus colour, but 1 pixel wide
    assert ring_appears_with_focus(qtbot, toggle)
    press_tab(qtbot, backwards=True)
    assert toggle.hasFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # turned off: no edge of the focus colour
    assert not toggle.isChecked()
    assert ring_appears_with_focus(qtbot, toggle)


def test_a_search_suggestion_shows_a_focus_ring(qtbot: QtBot, focus_window: MainWindow) -> None:
    box = focus_window.search_box
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    with qtbot.waitSignal(box.searchRequested, timeout=5000):
        qtbot.keyClicks(box, "chemotrepy")
    qtbot.waitUntil(focus_window.search_panel.suggestions.isVisible)
    button = tab_until(qtbot, named("suggestionButton"))
    assert ring_appears_with_focus(qtbot, button)


def test_the_navigation_tree_shows_a_focus_ring_on_its_current_row(
    qtbot: QtBot, focus_window: MainWindow
) -> None:
    tree = focus_window.tree
    focus_window.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
    tab_until(qtbot, lambda w: w is tree)
    assert tree.currentIndex().isValid()
    row = tree.visualRect(tree.currentIndex())
    ring = ring_appears_with_focus(qtbot, tree, seen=tree.viewport(), text_stays=False)
    assert ring and all(row.top() <= y <= row.bottom() for _x, y in ring)  # around that row


def test_the_bars_and_views_have_the_themes_colours(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    apply_appearance(app, Appearance())
    window = make_window()
    banner = window.banner.grab().toImage()
    assert banner.pixelColor(2, 2) == qcolor(LIGHT.banner_background)
    assert banner.pixelColor(2, banner.height() - 1) == qcolor(LIGHT.banner_border)
    home = window.home.grab().toImage()
    assert home.pixelColor(4, 4) == qcolor(LIGHT.window)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=first_row(window))
    row = window.tree.visualRect(window.tree.currentIndex())
    tree = window.tree.viewport().grab().toImage()
    assert tree.pixelColor(row.right() - 2, row.center().y()) == qcolor(LIGHT.selection)


def colour_count(image: QImage) -> dict[str, int]:
    counts: dict[str, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            name = image.pixelColor(x, y).name()
            counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.mark.parametrize("name", ["dark", "high-contrast", "light"])
def test_the_home_pages_scroll_bar_is_painted_in_the_themes_colours(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow], name: str
) -> None:
    """Not Fusion's grey (shaded from the button colour): a quiet track, a handle that
    stands out from it, in every theme, also when the theme changes while it is shown."""
    apply_appearance(app, Appearance(font_scale=2.0))  # the home page scrolls
    window = make_window()
    theme = read_theme(name)
    apply_theme(app, theme)
    bar = window.home.verticalScrollBar()
    assert bar.isVisible()
    counts = colour_count(bar.grab().toImage())
    most = max(counts, key=lambda colour: counts[colour])
    assert most == theme.scroll_track.css
    assert counts.get(theme.scroll_handle.css, 0) > bar.width() * 10  # the handle, solid
    assert contrast_ratio(theme.scroll_handle, theme.scroll_track) >= AA_GRAPHICS


def first_row(window: MainWindow) -> object:
    return window.tree.visualRect(window.tree.model().index(0, 0)).center()


def contrasting(theme: Theme) -> Theme:
    """A theme whose colours differ from the light one's where these tests look."""
    return replace(
        theme,
        name="test",
        banner_background=Colour.parse("#102030"),
        track_outline=Colour.parse("#00aa00"),
        mark_background=Colour.parse("#00ffff"),
        today_line=Colour.parse("#aa00aa"),
    )


def is_green(colour: QColor) -> bool:
    return colour.green() > colour.red() + 60 and colour.green() > colour.blue() + 60


def test_painters_take_their_colours_from_the_theme(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    theme = contrasting(LIGHT)
    apply_theme(app, theme)
    assert highlight_format(QTextCharFormat()).background().color() == qcolor(theme.mark_background)
    window = make_window()
    window.navigator.show(View.TIMELINE)
    track = window.timeline.chart.tracks[0]
    picture = track.grab().toImage()
    greens = [
        (x, y)
        for y in range(picture.height())
        for x in range(0, picture.width(), 2)
        if is_green(picture.pixelColor(x, y))
    ]
    assert greens  # the dashed outline, in the theme's (green) colour


def test_a_theme_applied_later_redresses_the_open_window(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    """Issue 14 will switch themes while the app runs: widgets already shown follow."""
    apply_appearance(app, Appearance())
    window = make_window()
    theme = contrasting(LIGHT)
    apply_theme(app, theme)
    qtbot.waitUntil(
        lambda: window.banner.grab().toImage().pixelColor(2, 2) == qcolor(theme.banner_background)
    )
    assert window.palette().color(QPalette.ColorRole.Window) == qcolor(theme.window)


def look_of(widget: QWidget) -> tuple[object, ...]:
    """Everything ThemeStyle.dress may set on a widget, as plain values."""
    palette = widget.palette()
    colours = tuple(
        palette.color(group, role).rgba()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled)
        for role in QPalette.ColorRole
        if role != QPalette.ColorRole.NColorRoles
    )
    margins = widget.contentsMargins()
    frame = (widget.frameShape(), widget.lineWidth()) if isinstance(widget, QFrame) else None
    return (
        widget.styleSheet(),
        colours,
        widget.font().weight(),
        widget.minimumSize().toTuple(),
        type(widget.style()).__name__,
        (margins.left(), margins.top(), margins.right(), margins.bottom()),
        widget.autoFillBackground(),
        widget.backgroundRole(),
        frame,
    )


def test_no_widget_of_a_used_window_is_left_undressed(
    qtbot: QtBot, app: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    """The window dresses itself and each part it builds later (not Qt's polish: issue 10),
    so every widget must already look as dressing it would make it look."""
    apply_appearance(app, Appearance())
    window = make_window()
    window.navigator.open("chemotherapy")
    window.search_box.search_now("tired")
    for view in (View.SIDE_EFFECTS, View.TIMELINE, View.HOME):
        window.navigator.show(view)
    style = app.style()
    assert isinstance(style, ThemeStyle)
    widgets = [window, *window.findChildren(QWidget)]
    assert len(widgets) > 200  # every view was built
    named = {w.objectName() for w in widgets}
    assert {"searchResults", "sideEffectList", "phaseList", "topicButton"} <= named
    undressed = []
    for widget in widgets:
        before = look_of(widget)
        style.dress(widget)
        after = look_of(widget)
        if after != before:
            changed = [i for i, (b, a) in enumerate(zip(before, after, strict=True)) if b != a]
            undressed.append(f"{type(widget).__name__} {widget.objectName()!r}: {changed}")
    assert undressed == []
