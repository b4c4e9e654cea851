"""The About dialog: the facts ``allguide --about`` prints, in the window's language.

Version and licence, the content's date and source, and each bundled component with
its licence and where its source code can be had (allguide/about.py holds the list).
Plain text in a read-only, scrollable box: nothing from package metadata is read as
markup. Component names and licences are data, shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from allguide import __version__
from allguide.about import ALLGUIDE_LICENCE, COMPONENTS, content_facts
from allguide.ui.dates import format_date
from allguide.ui.wording import fill


class AboutDialog(QDialog):
    """Closed with its Close button (or Escape). Its "Keyboard shortcuts" button asks for
    that page (``shortcutsRequested``): F1 is the key people try first for help."""

    shortcutsRequested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About AllGuide"))
        self.text_box = QPlainTextEdit()
        self.text_box.setObjectName("aboutText")
        self.text_box.setReadOnly(True)
        self.text_box.setPlainText(self._text(locale))
        self.text_box.setAccessibleName(self.tr("About AllGuide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.shortcuts_button = buttons.addButton(
            self.tr("&Keyboard shortcuts"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.shortcuts_button.clicked.connect(self.shortcutsRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_box, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _text(self, locale: QLocale) -> str:
        lines = [
            fill(self.tr("AllGuide %1"), __version__),
            fill(self.tr("Licence: %1"), ALLGUIDE_LICENCE),
            "",
        ]
        facts = content_facts()
        if facts is None:
            lines.append(self.tr("The content's date could not be read."))
        else:
            lines.append(
                fill(
                    self.tr("Content updated %1, from the %2 page “%3”."),
                    format_date(facts.updated, locale),
                    facts.publisher,
                    facts.title,
                )
            )
        lines += ["", self.tr("Third-party components:")]
        latin = self._left_to_right
        for component in COMPONENTS:
            version = component.version()
            name = component.name if version is None else f"{component.name} {version}"
            lines.append(latin(name))
            lines.append("  " + fill(self.tr("Licence: %1"), latin(component.licence)))
            lines.append("  " + fill(self.tr("Source code: %1"), latin(component.source)))
        return "\n".join(lines)

    def _left_to_right(self, value: str) -> str:
        """A name, licence or address read left to right inside right-to-left words: in
        Arabic the bidi algorithm would otherwise move an address's final "/" to its
        front ("/https://…"). Isolated (U+2066 … U+2069) only where the window is right
        to left, so the text elsewhere is exactly the data."""
        return f"\u2066{value}\u2069" if self.isRightToLeft() else value

    def text(self) -> str:
        """Everything the dialog says, for tests."""
        return self.text_box.toPlainText()
