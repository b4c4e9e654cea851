"""Where a family picks its language: each language named in itself, never translated."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Signal, Slot
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from allguide.languages import Language
from allguide.ui.flow_layout import FlowLayout
from allguide.ui.plain import plain_tooltip

EVERY_LANGUAGE = "Language · Idioma · Langue · اللغة"  # never translated: see LanguageButton


class LanguageButton(QToolButton):
    """The toolbar's chooser: shows the language in use; a click lists them all.

    The menu is made when first opened, not with the window: start-up (issue 10)."""

    languageChosen = Signal(str)  # a Language's value

    def __init__(
        self, languages: Sequence[Language], current: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._languages = list(languages)
        self._current = current
        self.setObjectName("languageButton")
        # Its Alt letter: the first of the language's own name (Alt+E for English).
        self.setText("&" + current.own_name)
        # In every language at once: someone who cannot read the one shown still finds it.
        self.setToolTip(plain_tooltip(EVERY_LANGUAGE))
        self.setAccessibleName(self.tr("Language"))
        self.setAccessibleDescription(current.own_name)
        self.menu_shown: QMenu | None = None
        self.clicked.connect(self._open_menu)

    @Slot()
    def _open_menu(self) -> None:
        menu = QMenu(self)
        menu.setObjectName("languageMenu")
        for language in self._languages:
            action = menu.addAction(language.own_name)
            action.setCheckable(True)
            action.setChecked(language is self._current)
            action.triggered.connect(lambda _checked=False, chosen=language: self._choose(chosen))
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu_shown = menu
        # Under the button, lined up with its leading edge (the right one, right to left).
        left = self.width() - menu.sizeHint().width() if self.isRightToLeft() else 0
        menu.popup(self.mapToGlobal(QPoint(left, self.height())))

    def _choose(self, language: Language) -> None:
        if language is not self._current:
            self.languageChosen.emit(language.value)


class LanguageRow(QWidget):
    """The home page's chooser: a button per other language, each in its own name."""

    languageChosen = Signal(str)  # a Language's value

    def __init__(
        self, languages: Sequence[Language], current: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("languageRow")
        self.setAccessibleName(self.tr("Language"))
        layout = FlowLayout(self, spacing=6)  # wraps: never wider than a narrow window
        layout.setContentsMargins(0, 0, 0, 0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.buttons: list[QToolButton] = []
        for language in languages:
            if language is current:
                continue
            button = QToolButton()
            button.setObjectName("languageChoice")
            button.setText(language.own_name)
            button.setAutoRaise(False)
            button.clicked.connect(
                lambda _checked=False, chosen=language: self.languageChosen.emit(chosen.value)
            )
            layout.addWidget(button)
            self.buttons.append(button)
