"""The one reader panel: a page, its links and citation tooltips, and the address bar.

The main reader, the side-effect details and the timeline's phase details all
use it, so a web link anywhere shows its address instead of opening, and a
citation anywhere shows its reference on hover. The Mode says how an address is
shown (copyable, or a QR code at a kiosk) and whether the page's text may be selected
with the mouse (not at a kiosk: nothing is dragged out or copied; links still work).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from allguide.mode import NORMAL_MODE, Mode
from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.external_link_bar import ExternalLinkBar
from allguide.ui.reader.page_builder import Page

if TYPE_CHECKING:  # built on the first word asked about
    from allguide.ui.reader.term_card import TermCard

# What a kiosk's reader answers: links, by touch, mouse or keyboard; no mouse selection.
LINKS_ONLY = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class ReaderPanel(QFrame):
    """A ReaderView with the external-address bar underneath; page links go to the owner.

    ``tooltips`` maps ids to the text shown when hovering a link to them
    (PageBuilder.reference_tooltips gives the references' entries). ``definitions``
    gives the card for a glossary word marked on the page (PageBuilder.definition): a
    click, a tap or Enter on the word shows its meaning beside it. A QFrame, so
    a border from the style sheet (the timeline's ``#phaseDetails``) is drawn and
    the page sits inside it; a plain QWidget subclass would draw none.
    """

    pageRequested = Signal(str)

    def __init__(
        self,
        tooltips: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        mode: Mode = NORMAL_MODE,
        definitions: Callable[[str], Page | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tooltips = dict(tooltips or {})
        self._definitions = definitions
        self.term_card: TermCard | None = None
        self.view = ReaderView()
        self.view.set_link_tooltips(self._tooltips)
        if not mode.allows_clipboard:
            self.view.setTextInteractionFlags(LINKS_ONLY)
        self.link_bar = ExternalLinkBar(mode.external_addresses)
        self.view.externalLinkRequested.connect(self.link_bar.show_address)
        self.view.pageShown.connect(self.link_bar.hide)  # no address left for the next page
        self.view.pageRequested.connect(self.pageRequested)
        self.view.termRequested.connect(self.explain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.link_bar)

    @property
    def page(self) -> Page | None:
        return self.view.page

    def show_page(self, page: Page) -> None:
        self.view.show_page(page)

    @Slot(str, QRect)
    def explain(self, term_id: str, word: QRect) -> None:
        """Show what the glossary word ``term_id`` means, beside ``word`` on screen."""
        card = self._definitions(term_id) if self._definitions is not None else None
        if card is None:  # not in this language's glossary: its full entry, if any
            self.pageRequested.emit(term_id)
            return
        if self.term_card is None:
            from allguide.ui.reader.term_card import TermCard

            self.term_card = TermCard(self._tooltips, self)
            self.term_card.pageRequested.connect(self.pageRequested)
            self.term_card.externalLinkRequested.connect(self.link_bar.show_address)
        self.term_card.show_for(card, word)
