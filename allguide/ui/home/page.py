"""The home page: what AllGuide is, for whom, and the main topics as large buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from allguide.content.markup import bad_markup
from allguide.content.model import Document
from allguide.ui import fonts
from allguide.ui.fonts import emphasise
from allguide.ui.home.topic_button import TopicButton
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.navigator import View
from allguide.ui.plain import plain_label

COLUMNS = 2


class HomePage(QScrollArea):
    """Built from the navigation model's top-level rows, so topics follow the content."""

    pageRequested = Signal(str)
    searchRequested = Signal()

    def __init__(
        self, model: NavigationModel, document: Document | None, parent: QWidget | None = None
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

        heading = QLabel(self.tr("Welcome to AllGuide"))
        heading.setObjectName("homeHeading")
        emphasise(heading, fonts.HEADING, bold=True)
        heading.setAccessibleName(heading.text())
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
            # Our markup only once the validator's checks pass: else Qt would load its images.
            checked = not any(bad_markup(document.introduction))
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
        for column, button in enumerate(
            (self.side_effects_button, self.timeline_button, self.search_button)
        ):
            if button.page_id:
                button.clicked.connect(
                    lambda _c=False, p=button.page_id: self.pageRequested.emit(p)
                )
            shortcuts.addWidget(button, 0, column)
        self.search_button.clicked.connect(self.searchRequested)
        layout.addLayout(shortcuts)

        layout.addWidget(self._caption(self.tr("Or choose a topic:")))

        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: list[TopicButton] = []
        for number, (page_id, title, summary) in enumerate(model.top_level()):
            button = TopicButton(page_id, title, summary)
            button.clicked.connect(lambda _checked=False, p=page_id: self.pageRequested.emit(p))
            grid.addWidget(button, number // COLUMNS, number % COLUMNS)
            self.buttons.append(button)
        layout.addLayout(grid)

        layout.addStretch(1)
        self.setWidget(body)

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = plain_label(text)
        caption.setObjectName("homeChoose")
        return caption

    def button_for(self, page_id: str) -> TopicButton | None:
        return next((b for b in self.buttons if b.page_id == page_id), None)
