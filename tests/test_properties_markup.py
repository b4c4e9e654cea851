"""Property: markup of any kind, in any text field of the content or in the search box,
is either refused by the validator at ``file:line`` or shown without any file outside the
bundle being opened (issue 9, section 5).

Three witnesses watch the real window while it shows every page the markup reaches, the
home page, every view and the search results: an audit hook (files Python opens), the
reader's resource loading (what Qt asks it for), and inotify on the folder every file the
markup names is in (Qt's own C++ code opens files without Python seeing it).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import allguide
from allguide.app import build_window
from allguide.content import load_content
from allguide.content.bundled import resources_root, schema_text
from allguide.ui.mainwindow import MainWindow
from allguide.ui.reader.browser import ReaderView
from allguide.ui.views import VIEWS
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

MARK = "zqxmark"  # a word no page has: where it shows, the markup reached

# Witness 1: files Python opens. An audit hook cannot be removed, so it records only
# while a test watches.
_opened: list[str] = []
_watching: list[bool] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching and event == "open" and args and isinstance(args[0], str | bytes | Path):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)

# What showing a page may legitimately open: the bundle, and Python and AllGuide's own code
# (a module imported for the first time).
ALLOWED_ROOTS = tuple(
    os.path.realpath(root)
    for root in {
        str(resources_root()),
        os.path.dirname(allguide.__file__),
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
    }
)


def outside_bundle(paths: list[str]) -> list[str]:
    return [
        p
        for p in paths
        if not os.path.realpath(p).startswith(tuple(r + os.sep for r in ALLOWED_ROOTS))
    ]


# Witness 2: what Qt asks the reader to load, and what it gets.
_requests: list[tuple[str, bool]] = []  # (name, answered with nothing)


def _blank(resource: object) -> bool:
    if isinstance(resource, QImage):
        return resource.size().width() <= 1 and resource.size().height() <= 1
    return resource in ("", None, b"")


@pytest.fixture(scope="module", autouse=True)
def reader_requests() -> Iterator[list[tuple[str, bool]]]:
    original = ReaderView.loadResource

    def recorded(self: ReaderView, resource_type: int, name: QUrl | str) -> Any:
        resource = original(self, resource_type, name)
        shown = name.toString() if isinstance(name, QUrl) else str(name)
        _requests.append((shown, _blank(resource)))
        return resource

    ReaderView.loadResource = recorded  # type: ignore[method-assign]
    yield _requests
    ReaderView.loadResource = original  # type: ignore[method-assign]


# Witness 3: inotify on the folder every path the markup names is in.
IN_OPEN = 0x20


class Bait:
    """A folder of real files (a picture, a page, a style sheet) that markup points at,
    watched so that any open of them, by anyone, is seen."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        assert QImage(7, 9, QImage.Format.Format_ARGB32).save(str(folder / "pic.png"))
        (folder / "page.html").write_text("<img src='pic.png'>", "utf-8")
        (folder / "style.css").write_text("body { background: url(pic.png) }", "utf-8")
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._watch = -1
        if hasattr(self._libc, "inotify_init1"):
            self._watch = self._libc.inotify_init1(os.O_NONBLOCK)
            if self._watch >= 0:
                added = self._libc.inotify_add_watch(self._watch, os.fsencode(folder), IN_OPEN)
                assert added >= 0

    def opened(self) -> bool:
        """True if any file in the folder was opened since last asked (always False
        where there is no inotify)."""
        if self._watch < 0:
            return False
        try:
            return bool(os.read(self._watch, 65536))
        except BlockingIOError:
            return False

    def close(self) -> None:
        if self._watch >= 0:
            os.close(self._watch)


@pytest.fixture(scope="module")
def bait() -> Iterator[Bait]:
    with tempfile.TemporaryDirectory(prefix="allguide-bait-") as root:
        found = Bait(Path(root))
        (found.folder / "pic.png").read_bytes()
        assert found.opened() or found._watch < 0  # the watch does see an open
        yield found
        found.close()


# The markup ------------------------------------------------------------------------

PNG_DATA = (  # one pixel
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5E"
    "rkJggg=="
)


BAIT = "{bait}"  # stands for the bait folder, filled in when the test runs

# Places markup can name: the bait folder's files in every spelling, and others.
TARGETS = [
    f"{BAIT}/pic.png",
    f"file://{BAIT}/pic.png",
    f"file:{BAIT}/pic.png",
    f"file://localhost{BAIT}/pic.png",
    f"{BAIT}/page.html",
    f"{BAIT}/style.css",
    f"{BAIT}/missing.png",
    f"{BAIT}/pic.png#frag",
    f"{BAIT}/pic.png?q=1",
    f"{BAIT}/../{BAIT}/pic.png",
    f"{BAIT}/./pic.png",
    "qrc:/pic.png",
    "qrc:///images/pic.png",
    ":/pic.png",
    f"data:image/png;base64,{PNG_DATA}",
    f"data:text/html,<img src={BAIT}/pic.png>",
    "https://example.invalid/pic.png",
    "http://example.invalid/x",
    "//example.invalid/share/pic.png",
    "\\\\example.invalid\\share\\pic.png",
    "pic.png",
    "image://provider/pic",
    "javascript:alert(1)",
    "#chemotherapy",
    "#no-such-page",
]


def baited(text: str, bait: Path) -> str:
    """``text`` with its placeholders pointing into the bait folder."""
    return text.replace(BAIT, str(bait))


TEMPLATES = [
    "<img src={t}>",
    '<img src="{t}" width=5000 height=5000>',
    "<img src='{t}'/>",
    "<IMG SRC={t}",
    '<a href="{t}">x</a>',
    "<b>b</b><i>i</i><script>x()</script>",
    "<style>@import url({t});</style>",
    '<link rel=stylesheet href="{t}">',
    '<body background="{t}">',
    '<table background="{t}"><tr><td>x</td></tr></table>',
    "<div style=\"background-image: url('{t}')\">x</div>",
    '<iframe src="{t}"></iframe>',
    '<object data="{t}"></object>',
    '<svg><image href="{t}"/></svg>',
    "&lt;img src={t}&gt; &amp;",
    "![alt]({t})",
    '![alt]({t} "title")',
    "![alt](<{t}>)",
    "![alt][r]\n\n[r]: {t}",
    "![r]\n\n[r]: {t}",
    "[words]({t})",
    "[words][r]\n\n[r]: <{t}>",
    "[r]: {t}",
    "   [r]: {t} 'title'",
    "<{t}>",
    # Found by review: Qt's HTML parser skips spaces after "<"; a comment, a declaration or
    # a processing instruction first makes the rest of the line raw HTML; definitions
    # hide in block quotes, list items and escaped labels.
    '<!-- x -->< img src="{t}">',
    '< img src="{t}">',
    '<?x?><img src="{t}">',
    '<!X><img src="{t}">',
    "> [r]: {t}",
    "- [r]: {t}",
    "[a\\]b]: {t}",
    "{t}",
    "www.example.invalid/{t}",
    "`<img src={t}>`",
    "```\n<img src={t}>\n```",
    "| a | b |\n|---|---|\n| ![i]({t}) | x |",
    "- ![i]({t})\n- [x]({t})",
    "> ![q]({t})",
    "# ![h]({t})",
    "[^{t}]",
    "[x](#chemotherapy) [^ref-1] ![",
]


GLUE = st.sampled_from([" ", "\n\n", " \u200f", "\u202e ", " \ufeff", "\n", "é "])


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Some pieces of markup, each naming a target, with odd text between them."""
    pieces = draw(
        st.lists(
            st.tuples(st.sampled_from(TEMPLATES), st.sampled_from(TARGETS)), min_size=1, max_size=3
        )
    )
    text = MARK
    for template, target in pieces:
        text += draw(GLUE) + template.replace("{t}", target)
    return text + draw(GLUE) + MARK


# The text fields of the content, found from the schema ----------------------------

SCHEMA: dict[str, Any] = __import__("json").loads(schema_text())


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    """A schema node with its $ref followed and allOf merged."""
    while "$ref" in node:
        target: Any = SCHEMA
        for step in node["$ref"].removeprefix("#/").split("/"):
            target = target[step]
        node = {**{k: v for k, v in node.items() if k != "$ref"}, **target}
    for part in node.get("allOf", ()):
        node = {**node, **resolved(part)}
    return node


def schema_at(path: Path_) -> dict[str, Any] | None:
    node = resolved(SCHEMA)
    for part in path:
        if isinstance(part, int):
            if "items" not in node:
                return None
            node = resolved(node["items"])
        else:
            properties = node.get("properties", {})
            if part not in properties:
                return None
            node = resolved(properties[part])
    return node


def is_text(node: dict[str, Any] | None) -> bool:
    """Free text (not an id, date, language or choice): where markup could go."""
    if node is None or node.get("type") != "string" or "enum" in node:
        return False
    return node.get("pattern") in (None, "^https://")


def field_slots() -> list[tuple[str, Path_]]:
    """Every text value in the bundled content, and for each text field of the schema
    that no bundled item fills, a place in the first item of its kind."""
    slots = [
        (name, path)
        for name, data in BUNDLED_DATA.items()
        for path in all_paths(data)
        if is_text(schema_at(path))
    ]
    filled = {tuple("*" if isinstance(p, int) else p for p in path) for _n, path in slots}
    for name, data in BUNDLED_DATA.items():
        for group in data:
            first: Path_ = (group,) if group == "document" else (group, 0)
            for path in unfilled(schema_at(first), first):
                if tuple("*" if isinstance(p, int) else p for p in path) not in filled:
                    slots.append((name, path))
                    filled.add(tuple("*" if isinstance(p, int) else p for p in path))
    return sorted(slots, key=repr)


def unfilled(node: dict[str, Any] | None, path: Path_) -> Iterator[Path_]:
    """Text fields under ``node``, at index 0 of each list."""
    if node is None:
        return
    if is_text(node):
        yield path
    for key, child in node.get("properties", {}).items():
        yield from unfilled(resolved(child), (*path, key))
    if "items" in node:
        yield from unfilled(resolved(node["items"]), (*path, 0))


SLOTS = field_slots()
FIELDS = sorted({tuple("*" if isinstance(p, int) else p for p in path) for _n, path in SLOTS})


def test_every_text_field_of_the_schema_is_attacked() -> None:
    """The slots cover each kind of text field; none is left out by hand."""
    kinds = {path[0] for path in FIELDS}
    assert kinds == {
        "document", "sections", "phases", "agents", "side_effects", "glossary",
        "references", "synonyms", "timeline_tracks", "search_words",
    }  # fmt: skip
    for expected in [
        ("sections", "*", "body"),
        ("sections", "*", "summary"),
        ("agents", "*", "brands", "*", "name"),
        ("agents", "*", "approved_for"),
        ("agents", "*", "other_names", "*"),
        ("phases", "*", "duration", "text"),
        ("references", "*", "url"),
        ("document", "source", "note"),
        ("synonyms", "*", "means", "*"),
        ("timeline_tracks", "*", "when"),
    ]:
        assert expected in FIELDS
    assert ("sections", "*", "id") not in FIELDS  # ids cannot hold markup: their pattern


def set_at(data: Any, path: Path_, value: str) -> Any:
    """``data`` with ``value`` at ``path``, making the lists and mappings on the way."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(data) if isinstance(data, list) else []
        if head >= len(items):
            items.append(None)
        items[head] = set_at(items[head], rest, value)
        return items
    mapping = dict(data) if isinstance(data, dict) else {}
    mapping[head] = set_at(mapping.get(head), rest, value)
    return mapping


# Showing it all ---------------------------------------------------------------------


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` as a person would: ASCII on the keyboard, any other letter through
    the input method (QTest's key clicks know only ASCII keys)."""
    for run in re.findall(r"[ -~]+|[^ -~]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def show_everything(qtbot: QtBot, window: MainWindow, queries: list[str]) -> list[str]:
    """Every page the mark is on, every view, and each query typed into the search box
    and its first result opened, as a person would. Returns the pages shown."""
    shown: list[str] = []
    builder = window.page_builder
    content = window.content
    ids = [
        entity.id
        for group in (content.sections, content.agents, content.side_effects)
        for entity in group
    ] + [next((e.id for e in content.glossary), ""), next((e.id for e in content.references), "")]
    for page_id in ids:
        page = builder.build(page_id) if page_id else None
        if page is not None and MARK in page.markdown and page.id not in shown:
            window.navigator.open(page_id)
            window.grab()
            shown.append(page.id)
    for show in VIEWS.values():
        show(window)
        window.grab()
    for query in queries:
        window.search_box.setFocus()
        window.search_box.clear()
        with qtbot.waitSignal(window.search_box.searchRequested, timeout=5000):
            type_into(qtbot, window.search_box, query)
            qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # search now, open the first
        window.grab()
    QApplication.processEvents()
    return shown


def assert_nothing_outside_opened(bait: Bait, opened: list[str]) -> None:
    assert not bait.opened(), "a file the markup names was opened"
    assert not outside_bundle(opened), outside_bundle(opened)
    unblank = [name for name, blank in _requests if not blank]
    assert not unblank, f"the reader loaded {unblank}"


def one_line(query: str) -> str:
    """What can be typed into a one-line box: no line breaks or control keys."""
    return "".join(c for c in query if c.isprintable())[:80] or MARK


Edit = tuple[tuple[str, Path_], str]  # (file, path) and the markup put there

MARKDOWN = resolved(SCHEMA["$defs"]["markdown"])
MARKDOWN_SLOTS = [slot for slot in SLOTS if schema_at(slot[1]) == MARKDOWN]
# Half the edits go where Markdown is rendered: the reader's pages and the home page.
slot = st.one_of(st.sampled_from(MARKDOWN_SLOTS), st.sampled_from(SLOTS))
edits = st.lists(st.tuples(slot, markup()), min_size=1, max_size=4, unique_by=lambda e: e[0])

IMAGES = (
    f"{MARK} ![a]({BAIT}/pic.png) ![b](file://{BAIT}/pic.png) <img src={BAIT}/pic.png> "
    f"![c][r] <{BAIT}/pic.png>\n\n[r]: {BAIT}/pic.png\n\n{MARK}"
)
CANONICAL: list[list[Edit]] = [
    [
        (("sections.yaml", ("sections", 0, "body")), IMAGES),
        (("document.yaml", ("document", "introduction")), IMAGES),
        (("glossary.yaml", ("glossary", 0, "definition")), IMAGES),
    ],
    [(("references.yaml", ("references", 0, "url")), f"https://x>![p]({BAIT}/pic.png)<https://y")],
    [
        (("sections.yaml", ("sections", 0, "title")), IMAGES),
        (("agents.yaml", ("agents", 0, "name")), IMAGES),
        (("references.yaml", ("references", 0, "title")), IMAGES),
        (("document.yaml", ("document", "disclaimer")), IMAGES),
    ],
]


def with_edits(chosen: list[Edit], bait: Path) -> dict[str, bytes]:
    """The files the edits change, dumped."""
    changed: dict[str, Any] = {}
    for (name, path), hostile in chosen:
        data = changed.get(name, BUNDLED_DATA[name])
        changed[name] = set_at(data, path, baited(hostile, bait))
    return {name: dumped(data) for name, data in changed.items()}


def watched(bait: Bait) -> contextlib.AbstractContextManager[list[str]]:
    """Files Python opens inside the block; the other witnesses start afresh too."""

    @contextlib.contextmanager
    def watch() -> Iterator[list[str]]:
        _requests.clear()
        bait.opened()
        _opened.clear()
        _watching.append(True)
        try:
            yield _opened
        finally:
            _watching.clear()

    return watch()


@hypothesis_settings(
    max_examples=examples(12), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(chosen=edits)
@example(chosen=CANONICAL[0])
@example(chosen=CANONICAL[1])
@example(chosen=CANONICAL[2])
def test_markup_in_any_text_field_is_refused_or_opens_nothing(
    qtbot: QtBot, bait: Bait, chosen: list[Edit]
) -> None:
    with content_folder(with_edits(chosen, bait.folder)) as folder:
        result = load_content(folder, display_prefix=str(folder))
        assert_reported_well(result, folder)
    # Refused or not, the window opens with what loaded, its problems bar quoting the markup.
    with watched(bait) as opened:
        window = build_window(result, PREFIX, persistent=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        show_everything(
            qtbot, window, [MARK, *(one_line(baited(h, bait.folder)) for _, h in chosen)]
        )
    assert_nothing_outside_opened(bait, opened)
    window.close()
    window.deleteLater()


@pytest.fixture(scope="module")
def bundled_window() -> Iterator[MainWindow]:
    window = build_window(BUNDLED, PREFIX, persistent=False)
    window.show()
    yield window
    window.close()
    window.deleteLater()


@hypothesis_settings(
    max_examples=examples(25), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.one_of(markup(), st.text(max_size=40), st.sampled_from(TARGETS)))
@example(query=f"<img src={BAIT}/pic.png>")
@example(query=f"<img src=file://{BAIT}/pic.png width=9000>")
@example(query=f"![x]({BAIT}/pic.png) <{BAIT}/pic.png>")
def test_markup_typed_into_the_search_box_opens_nothing(
    qtbot: QtBot, bait: Bait, bundled_window: MainWindow, query: str
) -> None:
    with watched(bait) as opened:
        show_everything(qtbot, bundled_window, [one_line(baited(query, bait.folder))])
    assert_nothing_outside_opened(bait, opened)
