"""What a kiosk shows between visitors: "Touch to start", and each language in its own
name to start in (an overlay inside the window: ui/kiosk/overlay.py).

Calm and still: no animation asks for attention in a waiting room. It stays until
someone touches it (anywhere: ``started``; a language: ``languageChosen``, then
started). While it shows, no idle countdown runs (visitor_reset.py): a kiosk nobody
touches is reset once, not again and again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QPushButton

from allguide.languages import Language
from allguide.ui.kiosk.overlay import OPAQUE, Overlay, card_words, touch_button

if TYPE_CHECKING:
    from allguide.ui.mainwindow import MainWindow

LANGUAGES_ACROSS = 2


class AttractScreen(Overlay):
    """Covers the new visitor's window until its first touch or key."""

    started = Signal()
    languageChosen = Signal(str)  # a Language's value; ``started`` follows

    def __init__(self, window: MainWindow, languages: Sequence[Language]) -> None:
        super().__init__(window, OPAQUE)
        self.setObjectName("kioskAttract")
        self.setAccessibleName(self.tr("Touch to start"))
        invitation = card_words(self.tr("Touch to start"), heading=True)
        invitation.setObjectName("attractInvitation")
        about = card_words(self.tr("AllGuide explains the treatment of ALL in plain words."))
        layout = self.card_column(spacing=16)
        layout.addWidget(invitation)
        layout.addWidget(about)
        # Each in its own name, never translated: whoever cannot read the words above
        # still finds their language.
        self.language_buttons: list[QPushButton] = []
        for language in languages if len(languages) > 1 else ():
            button = touch_button(language.own_name)
            button.setObjectName("attractLanguage")
            button.clicked.connect(lambda _checked=False, chosen=language: self._choose(chosen))
            self.language_buttons.append(button)
        choices = QGridLayout()  # two a row: fits a screen standing upright too
        choices.setSpacing(12)
        for number, choice in enumerate(self.language_buttons):
            choices.addWidget(choice, number // LANGUAGES_ACROSS, number % LANGUAGES_ACROSS)
        layout.addLayout(choices)

    def _choose(self, language: Language) -> None:
        self.hide()
        self.deleteLater()
        self.languageChosen.emit(language.value)
        self.started.emit()

    def _start(self) -> None:
        self.hide()
        self.deleteLater()
        self.started.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere but on a language starts in the language shown."""
        event.accept()
        self._start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key starts too, unless it moves between the languages (Tab)."""
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
            return
        event.accept()
        self._start()
