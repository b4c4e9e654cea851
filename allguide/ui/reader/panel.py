"""The reader with its external-address bar underneath."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from allguide.ui.reader.browser import ReaderView
from allguide.ui.reader.external_link_bar import ExternalLinkBar


class ReaderPanel(QWidget):
    """Keeps the two together so the window need only place one widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ReaderView()
        self.link_bar = ExternalLinkBar()
        self.view.externalLinkRequested.connect(self.link_bar.show_address)
        self.view.pageShown.connect(self.link_bar.hide)  # no address left for the next reader
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.link_bar)
