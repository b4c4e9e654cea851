"""What a screen reader is told: every control it can land on or press has a name, and
lists, the tree, the timeline bars and the A–Z bar tell it their items.

Read through Qt's accessibility interfaces (``QAccessible.queryAccessibleInterface``),
the same objects a screen reader's bridge (AT-SPI, UI Automation, NSAccessibility)
reads, not through widget properties: a name Qt makes up from a button's text, or
a row's text from an item model, counts, and a name set somewhere Qt does not look
does not. On the offscreen platform the interfaces are built on request, with no
bridge installed and no ``QAccessible.setActive(True)`` (that only switches on the
events sent to a bridge): Qt's own interfaces for widgets, item views (one child
per row) and toolbars come from its built-in factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from allguide.languages import Language
from allguide.ui.mainwindow import MainWindow
from allguide.ui.views import VIEWS, views_for

BuildIn = Callable[..., MainWindow]


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def shown(root: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """``root`` and everything under it that is on screen (hidden pages are skipped)."""
    if root.state().invisible:
        return
    yield root
    for index in range(root.childCount()):
        child = root.child(index)
        if child is not None and child.isValid():
            yield from shown(child)


def can_be_used(item: QAccessibleInterface) -> bool:
    """Whether a screen reader's user can land on it (focusable) or press it."""
    actions = item.actionInterface()
    return bool(item.state().focusable) or (actions is not None and bool(actions.actionNames()))


def describe(item: QAccessibleInterface) -> str:
    thing = item.object()
    kind = type(thing).__name__ if thing is not None else "item"
    name = thing.objectName() if thing is not None else ""
    parent = item.parent()
    inside = parent.text(QAccessible.Text.Name) if parent is not None else ""
    return f"{item.role().name} {kind} {name!r} (in {inside!r})"


def nameless(window: MainWindow) -> list[str]:
    return [
        describe(item)
        for item in shown(interface(window))
        if can_be_used(item) and not item.text(QAccessible.Text.Name).strip()
    ]


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ARABIC])
def test_every_control_on_every_view_has_a_name(build_in: BuildIn, language: Language) -> None:
    window = build_in(language, kiosk=False)
    found: dict[str, list[str]] = {}
    for view, show in VIEWS.items():
        show(window)
        if missing := nameless(window):
            found[view] = missing
    assert found == {}


def test_every_control_on_a_kiosk_has_a_name(build_in: BuildIn) -> None:
    """The kiosk's own views too: its on-screen keyboard's keys (⌫, space) included."""
    window = build_in(Language.ENGLISH, kiosk=True)
    found: dict[str, list[str]] = {}
    for view, show in views_for(kiosk=True).items():
        show(window)
        if missing := nameless(window):
            found[view] = missing
    assert found == {}


def items(widget: QWidget) -> list[tuple[QAccessible.Role, str]]:
    face = interface(widget)
    children = (face.child(index) for index in range(face.childCount()))
    return [(child.role(), child.text(QAccessible.Text.Name)) for child in children if child]


def test_the_search_box_clear_button_says_what_it_does(build_in: BuildIn) -> None:
    window = build_in(Language.ENGLISH, kiosk=False)
    VIEWS["search"](window)
    assert (QAccessible.Role.Button, "Clear the search") in items(window.search_box)


def test_the_tree_tells_its_topics(build_in: BuildIn) -> None:
    window = build_in(Language.ENGLISH, kiosk=False)
    topics = items(window.tree)
    assert len(topics) > 5
    assert (QAccessible.Role.TreeItem, "Chemotherapy") in topics


def test_the_search_results_are_told_as_list_items(build_in: BuildIn) -> None:
    window = build_in(Language.ENGLISH, kiosk=False)
    VIEWS["search"](window)
    results = items(window.search_panel.results)
    assert results and all(role == QAccessible.Role.ListItem for role, _ in results)
    assert any(name.startswith("Tiredness") for _, name in results)


def test_the_timeline_bars_are_phases_a_screen_reader_can_choose(build_in: BuildIn) -> None:
    window = build_in(Language.ENGLISH, kiosk=False)
    VIEWS["timeline"](window)
    chart = window.timeline.findChild(QWidget, "timelineChart")
    assert chart is not None
    bars = [(role, name) for role, name in items(chart) if role == QAccessible.Role.RadioButton]
    assert [name.split(":")[0] for _, name in bars] == [
        "1. Induction",
        "2. Consolidation",
        "3. Maintenance",
    ]


def test_the_a_to_z_letters_say_what_they_jump_to(build_in: BuildIn) -> None:
    window = build_in(Language.ARABIC, kiosk=False)
    VIEWS["side-effects"](window)
    letters = window.side_effects.findChildren(QWidget, "letterButton")
    assert letters
    for letter in letters:
        face = interface(letter)
        assert face.role() == QAccessible.Role.Button
        # More than the bare letter: what pressing it does.
        assert len(face.text(QAccessible.Text.Name)) > 3


def marked_up(window: MainWindow) -> list[str]:
    return [
        f"{describe(item)}: {item.text(QAccessible.Text.Description)!r}"
        for item in shown(interface(window))
        if "<" in item.text(QAccessible.Text.Description)
    ]


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ARABIC])
def test_no_description_reads_out_markup(build_in: BuildIn, language: Language) -> None:
    """A control with no description of its own gets its tooltip's, which may be rich
    text (ui/plain.py wraps long tooltips): a screen reader would read the tags aloud."""
    window = build_in(language, kiosk=False)
    found: dict[str, list[str]] = {}
    for view, show in VIEWS.items():
        show(window)
        if markup := marked_up(window):
            found[view] = markup
    assert found == {}


INVISIBLE = ("\u2060", "\u200b")  # a word joiner, a zero-width space: drawn, never said


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_no_invisible_layout_character_reaches_a_screen_reader(
    build_in: BuildIn, language: Language
) -> None:
    """Labels keep "A–Z" whole and break very long words with characters nobody sees;
    a screen reader is told the words as written (it read "A–\\u2060Z")."""
    window = build_in(language, kiosk=False)
    said = [
        item.text(QAccessible.Text.Name)
        for show in VIEWS.values()
        if show(window) is None
        for item in shown(interface(window))
    ]
    assert not [name for name in said if any(mark in name for mark in INVISIBLE)]
    tile = window.home.side_effects_button.findChild(QWidget, "topicTitle")
    assert tile is not None
    assert interface(tile).text(QAccessible.Text.Name) == window.side_effects_action.text()


def test_a_wrapping_label_tells_the_text_it_was_given() -> None:
    from allguide.ui.plain import WrappingLabel

    label = WrappingLabel("x" * 60)  # drawn with break opportunities in it
    assert interface(label).text(QAccessible.Text.Name) == "x" * 60
    label.setText("Short words")  # drawn as given: Qt's own text, and no name of ours
    assert label.accessibleName() == ""
    assert interface(label).text(QAccessible.Text.Name) == "Short words"
