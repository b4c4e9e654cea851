"""Text that is not our own markup stays text: nothing it names is read or shown as markup."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QToolTip
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.search.engine import SearchHit, SearchResponse
from allguide.ui.banner import DisclaimerBanner
from allguide.ui.home.page import HomePage
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.plain import plain_tooltip
from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.page_builder import Page, PageBuilder
from allguide.ui.search.model import SearchResultsModel
from allguide.ui.timeline.phase_bar import PhaseBar
from allguide.ui.timeline.track_row import TrackRow
from tests.conftest import line_of
from tests.gui import MakeWindow, click_tree_row, link_position, tooltip_shown
from tests.test_search_ui import type_search
from tests.test_timeline_ui import open_timeline

Edit = Callable[[str, str, str], Path]
Load = Callable[[], LoadResult]

_opened: list[str] = []
_watching: list[bool] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching and event == "open" and args and isinstance(args[0], str | bytes | Path):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # hooks cannot be removed: this one records only while watching


@pytest.fixture
def opened_files() -> Iterator[list[str]]:
    """Every file Python opens while the test runs (Qt's own reads are checked separately)."""
    _opened.clear()
    _watching.append(True)
    yield _opened
    _watching.clear()


IN_OPEN = 0x20  # inotify: the file was opened, by anyone in any way (Qt's C++ code too)


@pytest.fixture
def opens_of() -> Iterator[Callable[[Path], Callable[[], bool]]]:
    """``opens_of(path)()`` tells whether ``path`` was opened since the watch began (Linux)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "inotify_init1"):
        pytest.skip("no inotify here")
    watcher = libc.inotify_init1(os.O_NONBLOCK)
    if watcher < 0:
        pytest.skip("no inotify here")

    def watch(path: Path) -> Callable[[], bool]:
        assert libc.inotify_add_watch(watcher, os.fsencode(path), IN_OPEN) >= 0

        def opened() -> bool:
            try:
                return bool(os.read(watcher, 4096))
            except BlockingIOError:
                return False

        return opened

    yield watch
    os.close(watcher)


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    """A real 7x9 image on disk: if the reader ever read it, its size would show."""
    path = tmp_path / "pic.png"
    assert QImage(7, 9, QImage.Format.Format_ARGB32).save(str(path))
    return path


def test_reader_loads_no_image_a_page_names(
    qtbot: QtBot,
    picture: Path,
    opened_files: list[str],
    opens_of: Callable[[Path], Callable[[], bool]],
) -> None:
    picture_opened = opens_of(picture)
    view = ReaderView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    urls = [str(picture), picture.as_uri(), "file:///etc/passwd", f"{picture}#ref"]
    markdown = (
        "# Title\n\nWords before.\n\n"
        f"![a]({urls[0]}) ![b]({urls[1]}) ![c]({urls[2]})\n\n"
        "A reference-style ![d][pic] image.\n\n"
        f"[pic]: {urls[3]}\n\nWords after.\n"
    )
    view.show_page(Page("p", "Title", markdown, "p"))
    view.grab()  # lay out and paint: this is when Qt resolves images
    assert not picture_opened()  # by Qt's own code either

    text = view.toPlainText()
    assert "Words before." in text and "Words after." in text
    document = view.document()
    for url in urls:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert isinstance(resource, QImage)
        assert resource.size().width() == 1, f"{url} was read"
    assert not [name for name in opened_files if "pic.png" in name or "passwd" in name]
    picture.read_bytes()
    assert picture_opened()  # the watch does see an open


# The validator: no images, no link definitions --------------------------------


def _messages(result: LoadResult) -> list[str]:
    return [str(e) for e in result.errors]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("![x](/tmp/some.png)", "image '![x](/tmp/some.png)': images are not allowed"),
        ("![x](file:///etc/passwd)", "image '![x](file:///etc/passwd)': images are not allowed"),
        ("![x](https://example.org/a.png)", "image '![x](https://example.org/a.png)': images are"),
        ("![x][pic]", "image '![x][pic]': images are not allowed"),
        ("![pic]", "image '![pic]': images are not allowed"),
    ],
)
def test_validator_refuses_images(edit: Edit, load_copy: Load, bad: str, problem: str) -> None:
    path = edit("sections.yaml", "      It works by killing", f"      {bad} It works by killing")
    [message] = _messages(load_copy())
    assert message.startswith(f"en/sections.yaml:{line_of(path, bad)}: chemotherapy: {problem}")


@pytest.mark.parametrize(
    "definition",
    [
        "[label]: https://example.org",
        "[pic]: /dev/zero",
        "   [x]: <file:///etc>",
        "> [r]: file:///etc/passwd",  # found by review: in a block quote,
        "- [r]: file:///etc/passwd",  # a list item,
        "[a\\]b]: file:///etc/passwd",  # or with an escaped bracket in the label
    ],
)
def test_validator_refuses_link_definitions(edit: Edit, load_copy: Load, definition: str) -> None:
    path = edit(
        "sections.yaml",
        "      It works by killing",
        f"      [x][label] here.\n\n      {definition}\n\n      It works by killing",
    )
    found = _messages(load_copy())
    line = line_of(path, definition)
    expected = f"en/sections.yaml:{line}: chemotherapy: '{definition.strip()}': link definitions"
    assert [m for m in found if m.startswith(expected)], found


# Reference addresses: whole https URLs, never spliced into markup --------------

HOSTILE_URL = "https://x>![p](/dev/zero)<https://y"
REF_1_URL = (
    "https://www.cancerresearchuk.org/about-cancer/acute-lymphoblastic-leukaemia-all/"
    "treatment/chemotherapy/about"
)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (HOSTILE_URL, "has a space, a control character or one of"),
        ("https://a b.org/", "has a space, a control character or one of"),
        ('https://a.org/"x', "has a space, a control character or one of"),
        ("https://a.org/\\x", "has a space, a control character or one of"),
        ("http://a.org/", "does not match '^https://'"),  # the schema's words, said once
        ("file:///etc/passwd", "does not match '^https://'"),
        ("https:///path-only", "has no host name"),
        ("https://[::1/", "is not an address"),
    ],
)
def test_validator_refuses_a_reference_url_that_is_not_a_whole_address(
    edit: Edit, load_copy: Load, url: str, problem: str
) -> None:
    quoted = '"' + url.replace("\\", "\\\\").replace('"', '\\"') + '"'
    path = edit("references.yaml", f"url: {REF_1_URL}\n", f"url: {quoted}\n")
    [message] = _messages(load_copy())
    line = line_of(path, f"url: {quoted}")
    assert message.startswith(f"en/references.yaml:{line}: ")
    assert f"'{url}' {problem}" in message


@pytest.mark.parametrize(
    "link", ["[words](https://x>y)", "[words](https://)", "[words](https://a.org/`x`)"]
)
def test_validator_refuses_a_body_link_that_is_not_a_whole_address(
    edit: Edit, load_copy: Load, link: str
) -> None:
    path = edit("sections.yaml", "      It works by killing", f"      {link} It works by killing")
    [message] = _messages(load_copy())
    assert message.startswith(f"en/sections.yaml:{line_of(path, link)}: chemotherapy: link '(")


def test_a_hostile_url_that_reached_the_page_is_inert_text(
    qtbot: QtBot, edit: Edit, load_copy: Load, opened_files: list[str]
) -> None:
    edit("references.yaml", f"url: {REF_1_URL}\n", f'url: "{HOSTILE_URL}"\n')
    result = load_copy()
    assert result.errors  # refused; shown anyway here, as if the check had been missed
    builder = PageBuilder(result.content, QLocale("en"))
    page = builder.build("ref-1")
    assert page is not None
    assert "](/dev/zero)" not in page.markdown and f"<{HOSTILE_URL}>" not in page.markdown
    view = ReaderView()
    qtbot.addWidget(view)
    view.show_page(page)
    view.grab()
    assert HOSTILE_URL in view.toPlainText()  # shown literally, character for character
    hrefs, images = _links_and_images(view.document())
    assert not images
    assert not [href for href in hrefs if "zero" in href]
    assert REF_1_URL not in " ".join(hrefs)


def _links_and_images(document: QTextDocument) -> tuple[list[str], list[str]]:
    """Every link target and image name in a rendered document."""
    hrefs: list[str] = []
    images: list[str] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.isAnchor():
                hrefs.append(char_format.anchorHref())
            if char_format.isImageFormat():
                images.append(char_format.toImageFormat().name())
            it += 1
        block = block.next()
    return hrefs, images


def test_short_fields_on_a_page_are_literal_text(qtbot: QtBot, edit: Edit, load_copy: Load) -> None:
    hostile = "![p](/dev/zero) <b>x</b> [y](#hostile) *z* `c`"
    edit("agents.yaml", "In the US: people with acute", f"In the US: {hostile} people with acute")
    result = load_copy()
    assert not result.errors  # a plain field: any text is fine, it is shown as it is
    page = PageBuilder(result.content, QLocale("en")).build("revumenib")
    assert page is not None
    view = ReaderView()
    qtbot.addWidget(view)
    view.show_page(page)
    view.grab()
    assert f"In the US: {hostile} people" in view.toPlainText()
    hrefs, images = _links_and_images(view.document())
    assert not images and "#hostile" not in hrefs


# Labels and tooltips: content, queries and messages are shown as written ----------

# Were it read as HTML, /dev/zero would be read until memory ran out: a missing file fails softly.
MARKUP = "<img src=/no/such/picture.png> <b>x</b> &amp; <a href='#y'>y</a>"


def test_the_banner_shows_the_disclaimer_and_details_as_written(
    qtbot: QtBot, edit: Edit, load_copy: Load
) -> None:
    edit("document.yaml", 'disclaimer: "This is', f'disclaimer: "{MARKUP} This is')
    edit("document.yaml", "publisher: ", f'publisher: "{MARKUP}" # ')
    result = load_copy()
    assert result.content.document is not None
    banner = DisclaimerBanner(result.content.document, QLocale("en"))
    qtbot.addWidget(banner)
    for label in (banner.disclaimer_label, banner.details_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert MARKUP in label.text()


@pytest.mark.parametrize(
    "text", [MARKUP, "a\nb <br> c", "plain words", "<p>x</p>\n<script>y</script>"]
)
def test_a_plain_tooltip_shows_its_text_literally(text: str) -> None:
    assert tooltip_shown(plain_tooltip(text)) == text


def test_plain_tooltip_of_nothing_is_no_tooltip() -> None:
    assert plain_tooltip("") == ""


def test_tree_tooltips_show_titles_as_written(edit: Edit, load_copy: Load) -> None:
    edit("sections.yaml", "    title: Phases of treatment\n", f'    title: "{MARKUP}"\n')
    model = NavigationModel(load_copy().content)
    index = model.index_of("chemotherapy-phases")
    # Data; the tree shows it as plain text (tests/test_item_tooltips.py hovers it).
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(MARKUP + "\n")


def test_search_result_tooltips_show_snippets_as_written(qtbot: QtBot) -> None:
    model = SearchResultsModel()
    hit = SearchHit("chemotherapy", "section", MARKUP, MARKUP, (), 1.0)
    model.set_response(SearchResponse(MARKUP, (hit,)))
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == MARKUP  # data; the results list shows it as plain text (test_item_tooltips)


def test_timeline_tooltips_show_labels_as_written(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    bar = PhaseBar(view.chart.bars[0].span, MARKUP)
    row = TrackRow(view.chart.tracks[0].track, MARKUP)
    for widget in (bar, row):
        qtbot.addWidget(widget)
        assert tooltip_shown(widget.toolTip()) == MARKUP


def test_reader_link_tooltips_show_references_as_written(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "allguide.ui.reader.browser.QToolTip.showText", lambda _pos, text, _w: shown.append(text)
    )
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_link_tooltips({"ref-1": MARKUP})
    view.highlighted.emit(QUrl("#ref-1"))
    assert [tooltip_shown(text) for text in shown] == [MARKUP]


# The home page's introduction: Markdown the validator has checked, else plain text ----


def test_validator_checks_the_introduction(edit: Edit, load_copy: Load) -> None:
    image = "![x](/tmp/p.png)"
    path = edit("document.yaml", "    Treatment is likely", f"    {image} Treatment is likely")
    [message] = _messages(load_copy())
    line = line_of(path, image)
    assert message == f"en/document.yaml:{line}: document: image '{image}': images are not allowed"


@pytest.mark.parametrize(
    ("extra", "markdown"),
    [
        ("", True),
        ("![x]({picture}) ", False),
        ("<b>x</b> ", False),
        # Found by review: Qt's HTML parser skips spaces after "<", and a comment or a
        # declaration first makes the rest of the line raw HTML.
        ('<!-- x -->< img src="{picture}"> ', False),
        ('< img src="{picture}"> ', False),
        ('<?x?><img src="{picture}"> ', False),
        ('<!X><img src="{picture}"> ', False),
    ],
)
def test_the_home_introduction_is_markdown_only_when_checked(
    qtbot: QtBot,
    edit: Edit,
    load_copy: Load,
    picture: Path,
    opens_of: Callable[[Path], Callable[[], bool]],
    extra: str,
    markdown: bool,
) -> None:
    picture_opened = opens_of(picture)
    line = extra.format(picture=picture)
    edit("document.yaml", "    Treatment is likely", f"    {line}Treatment is likely")
    result = load_copy()
    home = HomePage(NavigationModel(result.content), result.content.document)
    qtbot.addWidget(home)
    home.show()
    home.grab()
    intro = home.findChild(QLabel, "homeIntroduction")
    assert isinstance(intro, QLabel)
    expected = Qt.TextFormat.MarkdownText if markdown else Qt.TextFormat.PlainText
    assert intro.textFormat() == expected
    assert not picture_opened()


@pytest.mark.parametrize("query", ["<img src={picture}>", "<b>chemo</b>", "/dev/stdin"])
def test_a_query_is_shown_as_typed(
    qtbot: QtBot, window: MainWindow, picture: Path, query: str
) -> None:
    typed = query.format(picture=picture)
    type_search(qtbot, window, typed)
    heading = window.search_panel.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert typed in heading.text()
    assert window.search_box.text() == typed


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, on a tooltip
def test_hovering_a_citation_shows_its_reference_as_written(
    qtbot: QtBot, make_window: MakeWindow, edit: Edit, load_copy: Load
) -> None:
    title = "title: Typical treatment of acute lymphocytic leukemia (ALL)"
    edit("references.yaml", title, f'title: "{MARKUP}"')
    window = make_window(load_copy())
    click_tree_row(qtbot, window, "phase-induction")
    view = window.reader.view
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    qtbot.mouseMove(view.viewport(), link_position(view, "#ref-2"))
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    qtbot.mouseMove(view.viewport(), QPoint(1, 1))  # the next test's hover must be a move
    QToolTip.hideText()
    assert tooltip_shown(shown) == f"2. American Cancer Society. {MARKUP}."
