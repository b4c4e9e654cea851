"""Property: content at the schema's limits (the longest text, in any script, the most
items, the largest and smallest numbers) still opens in a window that fits the screen,
on every page it reaches and every view (issue 9, section 5)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from allguide.app import build_window
from allguide.content import load_content
from allguide.ui.mainwindow import MainWindow
from allguide.ui.window_fit import available_areas
from tests.test_properties_markup import (
    MARK,
    SCHEMA,
    resolved,
    schema_at,
    set_at,
    show_everything,
)
from tests.test_properties_yaml import (
    BUNDLED,
    BUNDLED_DATA,
    PREFIX,
    Path_,
    all_paths,
    assert_reported_well,
    content_folder,
    dumped,
    examples,
)

ID = resolved(SCHEMA["$defs"]["id"])
# Pieces long text is made of: words, one unbroken word, other scripts, combining marks.
PIECES = ["word ", "W", "\u0627\u0644\u0639 ", "😀", "a\u0301", "\u200f", "-", "漢"]


def bounded(path: Path_) -> dict[str, Any] | None:
    """The schema of ``path`` if it has a limit worth pushing: text, a number, a list."""
    node = schema_at(path)
    if node is None or node.get("pattern") == ID["pattern"]:
        return None
    if node.get("type") == "string" and "maxLength" in node and "pattern" not in node:
        return node
    if node.get("type") == "integer" and "maximum" in node:
        return node
    if node.get("type") == "array" and "maxItems" in node:
        items = resolved(node["items"])
        if items.get("type") in ("string", "integer") and items.get("pattern") != ID["pattern"]:
            return node
    return None


LIMITED = sorted(
    (
        (name, path)
        for name, data in BUNDLED_DATA.items()
        for path in all_paths(data)
        if bounded(path) is not None
    ),
    key=repr,
)


@st.composite
def at_the_limit(draw: st.DrawFn, node: dict[str, Any]) -> Any:
    if node.get("type") == "string":
        piece = draw(st.sampled_from(PIECES))
        length = node["maxLength"]
        text = (MARK + " " + piece * length)[:length]
        return text if len(text) == length else text + "x" * (length - len(text))
    if node.get("type") == "integer":
        return draw(st.sampled_from([node.get("minimum", 0), node["maximum"]]))
    items = resolved(node["items"])
    count = node["maxItems"]
    if items.get("type") == "integer":
        top = items["maximum"]
        return list(range(top - count + 1, top + 1))
    piece = draw(st.sampled_from(PIECES)).strip() or "w"
    return [f"{MARK}{n} {piece}"[: items.get("maxLength", 100)] for n in range(count)]


def window_with(qtbot: QtBot, name: str, path: Path_, value: Any) -> MainWindow:
    """The main window, shown, with ``value`` at ``path`` of the bundled file ``name``."""
    with content_folder({name: dumped(set_at(BUNDLED_DATA[name], path, value))}) as folder:
        result = load_content(folder, display_prefix=str(folder))
        assert_reported_well(result, folder)
    window = build_window(result, PREFIX, persistent=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@hypothesis_settings(
    max_examples=examples(10), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_content_at_its_limits_opens_and_shows_every_page_and_view(
    qtbot: QtBot, data: st.DataObject
) -> None:
    name, path = data.draw(st.sampled_from(LIMITED), label="field")
    node = bounded(path)
    assert node is not None
    window = window_with(qtbot, name, path, data.draw(at_the_limit(node), label="value"))
    show_everything(qtbot, window, [MARK])
    window.close()
    window.deleteLater()


# What the property found: a field the window shows in a label or a button that cannot
# wrap made its smallest width that of the text. Labels now wrap even a long unbroken word,
# and treatment toggles cut a long title short; tried on every run.

UNBROKEN = MARK + "W" * 2000


@pytest.mark.parametrize(
    ("name", "path", "value"),
    [
        ("document.yaml", ("document", "disclaimer"), UNBROKEN[:2000]),  # banner
        ("document.yaml", ("document", "source", "publisher"), UNBROKEN[:2000]),  # banner details
        ("sections.yaml", ("sections", 0, "title"), UNBROKEN[:200]),  # side-effect toggles
        ("sections.yaml", ("sections", 0, "title"), " ".join(["Words"] * 33)),  # no space to wrap
    ],
)
def test_text_at_its_limit_leaves_the_window_narrower_than_the_screen(
    qtbot: QtBot, name: str, path: Path_, value: str
) -> None:
    window = window_with(qtbot, name, path, value)
    show_everything(qtbot, window, [])
    assert window.minimumSizeHint().width() <= available_areas()[0].width()


def test_a_first_start_on_a_small_screen_fits_it(qtbot: QtBot) -> None:
    window = build_window(BUNDLED, PREFIX, persistent=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert available_areas()[0].contains(window.frameGeometry()), window.frameGeometry()
