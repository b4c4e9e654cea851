"""A glossary word's meaning, shown in place beside the word.

A small popup over the page (Qt closes it on a click or tap outside it, or on
Escape): the term, its plain definition with the source's citations, where the
words come from, and a link to its entry in "Words explained". Its text is a page
from the PageBuilder, so it is the same validated content as the reader shows,
with the same safe links: a link in it asks the owner for the page and closes
the card; nothing here opens a page itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.page_builder import Page
from allguide.ui.theme import dress
from allguide.ui.wording import fill

CARD_MARGIN = 10  # pixels around the text inside the card
WIDTH_IN_CHARACTERS = 46  # a short line: the card is read at a glance
GAP = 4  # between the word and the card
INSIDE = 2  # between the card's line and what it holds


class TermCard(QFrame):
    """One definition at a time; ``show_for`` fills it and places it by its word."""

    pageRequested = Signal(str)
    externalLinkRequested = Signal(str)

    def __init__(self, tooltips: Mapping[str, str], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("termCard")
        self._word = QRect()  # where the word explained is, to place the card again
        # A line in the text's colour sets the card apart from the page in every theme.
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setLineWidth(2)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.view = ReaderView(margin=CARD_MARGIN)
        self.view.set_link_tooltips(dict(tooltips))
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.pageRequested.connect(self._on_page_requested)
        self.view.externalLinkRequested.connect(self.externalLinkRequested)
        self.close_button = QToolButton()
        self.close_button.setObjectName("termCardClose")
        self.close_button.setText(self.tr("Close"))  # a word: a tired eye misses a "×"
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(INSIDE, INSIDE, INSIDE, INSIDE)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    @property
    def page(self) -> Page | None:
        return self.view.page

    def show_for(self, page: Page, word: QRect) -> None:
        """Show ``page`` (a PageBuilder.definition) next to ``word`` (global coordinates):
        below it, or above it where the screen ends, always wholly on the screen."""
        self.view.show_page(page)
        self.setAccessibleName(page.title)
        self.view.setAccessibleName(fill(self.tr("Meaning of “%1”"), page.title))
        dress(self)
        self.ensurePolished()  # the card's font, and so the page's, before measuring it
        self.view.ensurePolished()
        self._word = QRect(word)
        self._fit()
        self.show()
        self.view.setFocus(Qt.FocusReason.PopupFocusReason)

    def _fit(self) -> None:
        """As large as its text at the current text size, by its word, on the screen."""
        area = self._screen_area(self._word.center())
        size = self._size_within(area)
        self.resize(size)
        self.move(_place(size, self._word, area, right_to_left=self.isRightToLeft()))

    def changeEvent(self, event: QEvent) -> None:
        """A new text size while the card is open: measured and placed again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            self._fit()

    def _size_within(self, area: QRect) -> QSize:
        frame = 2 * (self.frameWidth() + INSIDE)
        width = min(
            self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS + 2 * CARD_MARGIN,
            area.width() - 2 * GAP - frame,
        )
        # A copy to measure: the view lays out its own document at its own width. The
        # copy is the view's child, so it asks the view for any picture (a blank one),
        # never the disk.
        document = self.view.document().clone(self.view)
        document.setTextWidth(width)
        text_height = math.ceil(document.size().height())
        document.deleteLater()
        button = max(self.close_button.sizeHint().height(), self.close_button.minimumHeight())
        height = text_height + button + frame
        return QSize(width + frame, min(height, area.height() * 2 // 3))

    def _screen_area(self, point: QPoint) -> QRect:
        """The screen the word is on; else the one its window is on."""
        owner = self.parentWidget()
        screen = QGuiApplication.screenAt(point) or (owner or self).screen()
        return screen.availableGeometry()

    @Slot(str)
    def _on_page_requested(self, page_id: str) -> None:
        self.close()
        self.pageRequested.emit(page_id)


def _place(size: QSize, word: QRect, area: QRect, *, right_to_left: bool) -> QPoint:
    """Top-left corner for a card of ``size`` by ``word``, inside ``area``."""
    x = word.right() - size.width() if right_to_left else word.left()
    x = max(area.left() + GAP, min(x, area.right() - size.width() - GAP))
    y = word.bottom() + GAP
    if y + size.height() > area.bottom() and word.top() - GAP - size.height() >= area.top():
        y = word.top() - GAP - size.height()
    y = max(area.top(), min(y, area.bottom() - size.height()))
    return QPoint(x, y)
