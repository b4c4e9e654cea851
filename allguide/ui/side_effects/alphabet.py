"""A–Z browsing, so that typing is optional: one button per first letter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from allguide.search.text import fold
from allguide.ui.flow_layout import FlowLayout
from allguide.ui.wording import fill


def first_letter(title: str) -> str:
    """The letter a title is filed under: no accent, upper case."""
    folded = fold(title.strip()[:1])
    return folded[:1].upper()


class AlphabetBar(QWidget):
    """Letters taken from the titles themselves, so any script works."""

    letterChosen = Signal(str)

    def __init__(self, titles: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alphabetBar")
        self.setAccessibleName(self.tr("Jump to a letter"))
        layout = FlowLayout(self, spacing=3)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.buttons: dict[str, QToolButton] = {}
        for letter in sorted({first_letter(t) for t in titles if t.strip()}):
            button = QToolButton()
            button.setText(letter)
            button.setObjectName("letterButton")
            button.setAccessibleName(fill(self.tr("Side effects starting with %1"), letter))
            button.clicked.connect(lambda _c=False, x=letter: self.letterChosen.emit(x))
            layout.addWidget(button)
            self.buttons[letter] = button

    def enable_only(self, letters: set[str]) -> None:
        for letter, button in self.buttons.items():
            button.setEnabled(letter in letters)
