"""Print and save as PDF (issue 14, section 4): the reader's page on paper, with its
title, the content's date, the disclaimer, the references it cites and page numbers;
never at a kiosk."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QImage, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from allguide.content.markup import CITATION
from allguide.languages import Language
from allguide.timeline.windows import date_windows
from allguide.ui.dates import format_date
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.printing import actions
from allguide.ui.printing.actions import PrintActions, file_name_for
from allguide.ui.reader.page_builder import Page
from tests.gui import press_ctrl

Build = Callable[..., MainWindow]


def answer_save_dialog(printing: PrintActions | None, path: Path) -> list[str]:
    """The Save dialog answers ``path``; what it suggested is kept."""
    assert printing is not None
    suggested: list[str] = []

    def choose(_parent: QWidget, _caption: str, suggestion: str, _filter: str) -> str:
        suggested.append(suggestion)
        return str(path)

    printing.choose_path = choose
    return suggested


def pdf_title(path: Path) -> str | None:
    metadata = pypdf.PdfReader(path).metadata
    return metadata.title if metadata is not None else None


def pages_text(path: Path) -> list[str]:
    """Each page's text, every run of spaces and line breaks one space."""
    pages = pypdf.PdfReader(path).pages
    # NFKC: a font's ligatures ("ﬀ" in "effects") back to their letters.
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pages]


def test_ctrl_s_saves_the_page_shown_with_its_date_disclaimer_and_references(
    qtbot: QtBot, build: Build, tmp_path: Path
) -> None:
    window = build()
    window.navigator.open("phase-induction")
    pdf = tmp_path / "induction.pdf"
    suggested = answer_save_dialog(window.printing, pdf)
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    assert Path(suggested[0]).name == "Induction.pdf"
    [text] = pages_text(pdf)
    document = window.content.document
    assert document is not None
    assert text.startswith(document.disclaimer)
    assert "Content updated " + format_date(document.updated, QLocale("en")) in text
    assert "Induction" in text and "complete remission" in text
    section = window.content.section("phase-induction")
    assert section is not None
    cited = {m.group(1) for m in CITATION.finditer(section.body)} | set(section.citations)
    assert cited
    references = text.split("References cited on this page", 1)[1]
    for reference_id in cited:
        reference = window.content.reference(reference_id)
        assert reference is not None
        assert f"[{reference.label}] {reference.publisher}. {reference.title}" in references
    assert text.endswith("Page 1 of 1")
    assert pdf_title(pdf) == "Induction"


def test_a_long_page_is_numbered_on_every_sheet(qtbot: QtBot, build: Build, tmp_path: Path) -> None:
    window = build()
    window.navigator.open("words-explained")
    pdf = tmp_path / "words.pdf"
    answer_save_dialog(window.printing, pdf)
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    texts = pages_text(pdf)
    assert len(texts) > 1
    for number, text in enumerate(texts, 1):
        assert text.endswith(f"Page {number} of {len(texts)}")


def test_a_name_without_pdf_gets_it_and_a_title_becomes_a_file_name(
    qtbot: QtBot, build: Build, tmp_path: Path
) -> None:
    window = build()
    window.navigator.open("phase-induction")
    answer_save_dialog(window.printing, tmp_path / "induction")
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    assert (tmp_path / "induction.pdf").is_file()
    assert file_name_for("CAR T: what/why?") == "CAR T what why.pdf"
    assert file_name_for("..") == "AllGuide.pdf"


def test_ctrl_p_prints_the_same_page(qtbot: QtBot, build: Build, tmp_path: Path) -> None:
    window = build()
    window.navigator.open("phase-induction")
    printing = window.printing
    assert printing is not None
    pdf = tmp_path / "printed.pdf"
    printers: list[QPrinter] = []

    def printer(_parent: QWidget) -> QPrinter:
        printers.append(QPrinter(QPrinter.PrinterMode.HighResolution))
        printers[0].setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printers[0].setOutputFileName(str(pdf))
        return printers[0]

    printing.choose_printer = printer
    press_ctrl(qtbot, window, Qt.Key.Key_P)
    [text] = pages_text(pdf)
    assert "Induction" in text and text.endswith("Page 1 of 1")
    assert "References cited on this page" in text


def test_the_home_view_cannot_be_saved(qtbot: QtBot, build: Build, tmp_path: Path) -> None:
    window = build()
    printing = window.printing
    assert printing is not None and not printing.save_pdf_action.isEnabled()  # home
    window.navigator.open("phase-induction")
    assert printing.save_pdf_action.isEnabled() and printing.print_action.isEnabled()
    window.navigator.home()
    assert not printing.save_pdf_action.isEnabled() and not printing.print_action.isEnabled()
    suggested = answer_save_dialog(printing, tmp_path / "home.pdf")
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    assert suggested == [] and not (tmp_path / "home.pdf").exists()


def test_without_qt_s_printing_module_only_save_as_pdf_is_offered(
    qtbot: QtBot, build: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen build that leaves PySide6.QtPrintSupport out still saves PDFs."""
    monkeypatch.setattr(actions, "printing_available", lambda: False)
    window = build()
    window.navigator.open("phase-induction")
    printing = window.printing
    assert printing is not None and printing.actions() == [printing.save_pdf_action]
    asked: list[QWidget] = []
    printing.choose_printer = lambda parent: asked.append(parent)  # type: ignore[func-returns-value]
    press_ctrl(qtbot, window, Qt.Key.Key_P)
    assert asked == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_the_reader_s_right_click_menu_offers_save_and_print(qtbot: QtBot, build: Build) -> None:
    window = build()
    window.navigator.open("phase-induction")
    assert window.printing is not None
    view = window.reader.view
    view.customContextMenuRequested.emit(QPoint(20, 20))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.objectName() == "readerMenu"
    assert menu.actions()[-2:] == window.printing.actions()
    menu.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the menu's raise and grab
def test_right_clicking_a_link_on_a_scrolled_page_offers_that_link(
    qtbot: QtBot, build: Build
) -> None:
    """The menu's "Copy Link Location" is for the link under the pointer, wherever the
    page is scrolled to (Qt wants the point in the document, not in the view)."""
    window = build()
    window.navigator.open("references")
    view = window.reader.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    viewport = view.viewport().rect()
    points = (
        QPoint(x, y)
        for y in range(viewport.top(), viewport.bottom(), 4)
        for x in range(viewport.left(), viewport.right(), 8)
    )
    on_link = next((p for p in points if view.anchorAt(p)), None)
    assert on_link is not None, "no link in view at the end of the references page"
    view.customContextMenuRequested.emit(on_link)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    copy_link = next(a for a in menu.actions() if a.objectName() == "link-copy")
    assert copy_link.isEnabled()
    menu.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_a_file_that_cannot_be_written_is_named_as_plain_text(
    qtbot: QtBot, build: Build, tmp_path: Path
) -> None:
    window = build()
    window.navigator.open("phase-induction")
    unwritable = tmp_path / "no-such-folder" / "<b>bold</b>.pdf"
    answer_save_dialog(window.printing, unwritable)

    formats: list[tuple[Qt.TextFormat, str]] = []

    def read_note() -> None:  # closes the note first: an assert here would hang its exec
        note = QApplication.activeModalWidget()
        if isinstance(note, QMessageBox):
            formats.append((note.textFormat(), note.text()))
            note.accept()

    QTimer.singleShot(0, read_note)
    assert window.printing is not None
    window.printing.save_pdf()
    assert len(formats) == 1
    text_format, text = formats[0]
    assert text_format == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in text
    assert not unwritable.exists()


def test_a_kiosk_offers_neither_and_its_keys_write_nothing(
    qtbot: QtBot, build: Build, tmp_path: Path
) -> None:
    window = build(kiosk=True)
    window.navigator.open("phase-induction")
    assert window.printing is None
    assert window.reader.view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu
    keys = {key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()}
    assert not keys & {"Ctrl+S", "Ctrl+P"}
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    press_ctrl(qtbot, window, Qt.Key.Key_P)
    assert QApplication.activeModalWidget() is None


def _logical(text: str) -> str:
    """Arabic as a PDF gives it back (presentation forms, each line in visual order)
    turned into letters in reading order, so words can be looked for."""
    letters = unicodedata.normalize("NFKC", text)
    return " ".join(word[::-1] for word in letters.split())


def test_an_arabic_page_comes_out_right_to_left_with_its_title(
    qtbot: QtBot, build_in: Build, tmp_path: Path
) -> None:
    window = build_in(Language.ARABIC, kiosk=False)
    window.navigator.open("phase-induction")
    printing = window.printing
    assert printing is not None
    pdf = tmp_path / "ar.pdf"
    answer_save_dialog(printing, pdf)
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    page = window.reader.page
    assert page is not None and page.right_to_left
    assert pdf_title(pdf) == page.title
    [text] = pages_text(pdf)
    for word in page.title.split():
        assert word in _logical(text)
    document = printing.sheet().document(page)
    block = document.begin()
    while block.isValid():
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        block = block.next()
    assert QTextCursor(document).block().text()  # the disclaimer first
    assert re.search(r"\d", text)  # the page number and date


def test_a_page_naming_an_image_reads_no_file(build: Build, tmp_path: Path) -> None:
    """Like the reader, paper loads nothing a page names: an image is one blank pixel."""
    picture = tmp_path / "picture.png"
    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    assert image.save(str(picture))
    window = build()
    assert window.printing is not None
    url = QUrl.fromLocalFile(str(picture)).toString()
    page = Page("x", "X", f"# X\n\n![picture]({url})\n", "")
    document = window.printing.sheet().document(page)
    loaded = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
    assert isinstance(loaded, QImage) and loaded.size().width() == 1


def test_the_side_effect_list_is_saved_as_filtered(
    qtbot: QtBot, build: Build, tmp_path: Path
) -> None:
    window = build()
    window.navigator.show(View.SIDE_EFFECTS)
    view = window.side_effects
    qtbot.keyClicks(view.filter_box, "tired")
    shown = view.visible_titles()
    assert 0 < len(shown) < view.model.rowCount()
    pdf = tmp_path / "list.pdf"
    suggested = answer_save_dialog(window.printing, pdf)
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    assert Path(suggested[0]).name == "Side effects A–Z.pdf"
    text = " ".join(pages_text(pdf))
    assert "Side effects A–Z" in text
    assert "Only the side effects that match “tired”." in text
    hidden = [str(view.model.index(r, 0).data()) for r in range(view.model.rowCount())]
    for title in hidden:
        assert (title in text) == (title in shown), title
    assert "References cited on this page" in text


def test_the_timeline_is_saved_with_my_dates_when_set(
    qtbot: QtBot, build: Build, tmp_path: Path
) -> None:
    window = build()
    window.navigator.show(View.TIMELINE)
    view = window.timeline
    pdf = tmp_path / "timeline.pdf"
    answer_save_dialog(window.printing, pdf)
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    without_dates = " ".join(pages_text(pdf))
    assert "Treatment phases over time" in without_dates
    for span in view.model.spans:
        assert span.phase.name in without_dates and span.phase.duration.text in without_dates
    assert "My dates" not in without_dates
    panel = view.my_dates
    assert panel is not None and panel.set_start(dt.date(2026, 3, 2))
    press_ctrl(qtbot, window, Qt.Key.Key_S)
    with_dates = " ".join(pages_text(pdf))
    assert "My dates" in with_dates
    for window_of_dates in date_windows(view.model.spans, dt.date(2026, 3, 2)):
        assert " ".join(panel.describe(window_of_dates).split()) in with_dates
    assert "Your care team's plan is what counts." in with_dates
    assert "References cited on this page" in with_dates
