"""Text that is not our own markup stays text: nothing it names is read or shown as markup."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.page_builder import Page
from tests.conftest import line_of

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


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    """A real 7x9 image on disk: if the reader ever read it, its size would show."""
    path = tmp_path / "pic.png"
    assert QImage(7, 9, QImage.Format.Format_ARGB32).save(str(path))
    return path


def test_reader_loads_no_image_a_page_names(
    qtbot: QtBot, picture: Path, opened_files: list[str]
) -> None:
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

    text = view.toPlainText()
    assert "Words before." in text and "Words after." in text
    document = view.document()
    for url in urls:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert isinstance(resource, QImage)
        assert resource.size().width() == 1, f"{url} was read"
    assert not [name for name in opened_files if "pic.png" in name or "passwd" in name]


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
    "definition", ["[label]: https://example.org", "[pic]: /dev/zero", "   [x]: <file:///etc>"]
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
