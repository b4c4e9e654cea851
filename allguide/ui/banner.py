"""The always-visible notice: not medical advice, the content date, translation status."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from allguide.content.model import Document
from allguide.ui.dates import format_date
from allguide.ui.fonts import emphasise
from allguide.ui.plain import wrapping_label
from allguide.ui.wording import fill


class DisclaimerBanner(QFrame):
    """Shown on every screen. Falls back to built-in words if the document failed to load."""

    def __init__(
        self, document: Document | None, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disclaimerBanner")
        disclaimer = (
            document.disclaimer
            if document is not None
            else self.tr("This is information, not medical advice: ask your care team.")
        )
        # Wrapped, even within a word too long for a line: never wider than the screen.
        self.disclaimer_label = wrapping_label(disclaimer)
        self.disclaimer_label.setObjectName("disclaimerText")
        emphasise(self.disclaimer_label, 1.0, bold=True)
        self.details_label = wrapping_label(self._details(document, locale))
        self.details_label.setObjectName("disclaimerDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(2)
        layout.addWidget(self.disclaimer_label)
        layout.addWidget(self.details_label)
        self.setAccessibleName(disclaimer)

    def _details(self, document: Document | None, locale: QLocale) -> str:
        if document is None:
            return self.tr("The content's date could not be read.")
        text = fill(
            self.tr("Content updated %1, from the %2 page “%3”."),
            format_date(document.updated, locale),
            document.source.publisher,
            document.source.title,
        )
        if document.translation is not None:
            note = self.tr("This is a translation of the English version of %1.")
            text += " " + fill(note, format_date(document.translation.of_updated, locale))
        return text

    def text(self) -> str:
        """Everything the banner says, for tests and screen readers."""
        return f"{self.disclaimer_label.text()} {self.details_label.text()}"
