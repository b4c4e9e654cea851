"""The one reader panel: a page, its links and citation tooltips, and the address bar.

The main reader, the side-effect details and the timeline's phase details all
use it, so a web link anywhere shows its address instead of opening, and a
citation anywhere shows its reference on hover. The Mode says how an address is
shown (copyable, or a QR code at a kiosk) and whether the page's text may be selected
with the mouse (not at a kiosk: nothing is dragged out or copied; links still work).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from allguide.mode import NORMAL_MODE, Mode
from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.external_link_bar import ExternalLinkBar
from allguide.ui.reader.page_builder import Page

# What a kiosk's reader answers: links, by touch, mouse or keyboard; no mouse selection.
LINKS_ONLY = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class ReaderPanel(QFrame):
    """A ReaderView with the external-address bar underneath; page links go to the owner.

    ``tooltips`` maps ids to the text shown when hovering a link to them
    (PageBuilder.reference_tooltips gives the references' entries). A QFrame, so
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
    ) -> None:
        super().__init__(parent)
        self.view = ReaderView()
        self.view.set_link_tooltips(dict(tooltips or {}))
        if not mode.allows_clipboard:
            self.view.setTextInteractionFlags(LINKS_ONLY)
        self.link_bar = ExternalLinkBar(mode.external_addresses)
        self.view.externalLinkRequested.connect(self.link_bar.show_address)
        self.view.pageShown.connect(self.link_bar.hide)  # no address left for the next page
        self.view.pageRequested.connect(self.pageRequested)
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
