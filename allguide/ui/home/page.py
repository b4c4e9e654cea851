"""The home page: what AllGuide is, for whom, and the main topics as large buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from allguide.content.markup import is_inert_markdown
from allguide.content.model import Document
from allguide.languages import DEFAULT, Language
from allguide.ui import fonts
from allguide.ui.fonts import emphasise
from allguide.ui.home.topic_button import TopicButton
from allguide.ui.language.chooser import LanguageRow
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.navigator import View
from allguide.ui.plain import plain_label

COLUMNS = 2
# How wide a button must be to sit beside others, in average characters: narrower, the
# buttons go one under another (a small screen, a large text size).
BUTTON_COLUMNS = 18


class HomePage(QScrollArea):
    """Built from the navigation model's top-level rows, so topics follow the content."""

    pageRequested = Signal(str)
    searchRequested = Signal()
    languageRequested = Signal(str)  # a Language's value

    def __init__(
        self,
        model: NavigationModel,
        document: Document | None,
        parent: QWidget | None = None,
        *,
        languages: Sequence[Language] = (),
        language: Language = DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the buttons
        body = QWidget()
        body.setObjectName("homeBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)

        # First on the page, each language in its own words: a family that reads no
        # English finds its language before anything else.
        self.language_row: LanguageRow | None = None
        if len(languages) > 1:
            self.language_row = LanguageRow(languages, language)
            self.language_row.languageChosen.connect(self.languageRequested)
            layout.addWidget(self.language_row)

        heading = QLabel(self.tr("Welcome to AllGuide"))
        heading.setObjectName("homeHeading")
        emphasise(heading, fonts.HEADING, bold=True)
        heading.setAccessibleName(heading.text())
        heading.setWordWrap(True)  # a narrow window, a large text size, a long translation
        layout.addWidget(heading)

        about = QLabel(
            self.tr(
                "AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) "
                "in plain words. It is for people with ALL and for their families and "
                "friends. It works without the internet."
            )
        )
        about.setWordWrap(True)
        about.setObjectName("homeAbout")
        layout.addWidget(about)

        if document is not None:
            intro = QLabel(document.introduction)
            # Our markup only once it is inert: else Qt would load its images or its HTML.
            checked = is_inert_markdown(document.introduction)
            intro.setTextFormat(Qt.TextFormat.MarkdownText if checked else Qt.TextFormat.PlainText)
            intro.setWordWrap(True)
            intro.setObjectName("homeIntroduction")
            layout.addWidget(intro)

        layout.addWidget(self._caption(self.tr("Look something up:")))
        shortcuts = QGridLayout()
        shortcuts.setSpacing(12)
        self.side_effects_button = TopicButton(
            View.SIDE_EFFECTS.page_id,
            self.tr("Side effects A–Z"),
            self.tr("Every side effect, in everyday words. Filter by treatment."),
        )
        self.timeline_button = TopicButton(
            View.TIMELINE.page_id,
            self.tr("Timeline"),
            self.tr("The phases of treatment and how long each may last."),
        )
        self.search_button = TopicButton(
            "",
            self.tr("Search"),
            self.tr("Type a word, a medicine from the pharmacy label, or a side effect."),
        )
        shortcut_buttons = [self.side_effects_button, self.timeline_button, self.search_button]
        for button in shortcut_buttons:
            if button.page_id:
                button.clicked.connect(
                    lambda _c=False, p=button.page_id: self.pageRequested.emit(p)
                )
        self.search_button.clicked.connect(self.searchRequested)
        layout.addLayout(shortcuts)

        layout.addWidget(self._caption(self.tr("Or choose a topic:")))

        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: list[TopicButton] = []
        for page_id, title, summary in model.top_level():
            button = TopicButton(page_id, title, summary)
            button.clicked.connect(lambda _checked=False, p=page_id: self.pageRequested.emit(p))
            self.buttons.append(button)
        layout.addLayout(grid)
        # Each grid with its buttons and how many go in a row where there is room.
        self._grids = [
            (shortcuts, shortcut_buttons, len(shortcut_buttons)),
            (grid, self.buttons, COLUMNS),
        ]
        self._wide: bool | None = None
        self._arrange(wide=True)

        layout.addStretch(1)
        self.setWidget(body)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab lands on this page, in order: its buttons, as they were made.

        Told, not read from Qt's focus chain: walking that makes PySide build a Python
        type (and its enums) for every Qt class it meets, ~5 ms of the start (issue 10).
        tests/test_home_tab_stops.py holds this equal to the walk.
        """
        languages: list[QWidget] = list(self.language_row.buttons) if self.language_row else []
        return languages + [button for _grid, buttons, _across in self._grids for button in buttons]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        most = max(across for _, _, across in self._grids)
        room = self.fontMetrics().averageCharWidth() * BUTTON_COLUMNS * most
        # Not viewport(): a plain QWidget handed to Python costs PySide ~5 ms the first time
        # (theme/style.py); and the room without a scroll bar cannot flip the layout back.
        self._arrange(wide=self.maximumViewportSize().width() >= room)

    def _arrange(self, wide: bool) -> None:
        """Buttons side by side (the shortcuts in one row, topics two a row) where they have
        room, else one under another, in the same order (and Tab order)."""
        if wide == self._wide:
            return
        self._wide = wide
        for grid, buttons, most in self._grids:
            across = most if wide else 1
            for number, button in enumerate(buttons):
                grid.addWidget(button, number // across, number % across)

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = plain_label(text)
        caption.setObjectName("homeChoose")
        return caption

    def button_for(self, page_id: str) -> TopicButton | None:
        return next((b for b in self.buttons if b.page_id == page_id), None)
