"""The search results page: the list, or a plain "no results" with suggestions."""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from allguide.search import QueryError, QueryProblem, SearchEngine, SearchResponse
from allguide.ui.fonts import TITLE, emphasise
from allguide.ui.rich_text import RichTextDelegate
from allguide.ui.roles import ItemRole
from allguide.ui.search.model import SearchResultsModel
from allguide.ui.search.results_list import ResultsList
from allguide.ui.wording import fill, join_list

RESULT_LIMIT = 50


class SearchPanel(QWidget):
    """Runs queries on the engine and shows what they found."""

    pageRequested = Signal(str)
    suggestionChosen = Signal(str)

    def __init__(self, engine: SearchEngine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._engine = engine
        self.model = SearchResultsModel(self)
        self.heading = QLabel()
        self.heading.setObjectName("searchHeading")
        emphasise(self.heading, TITLE)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the query is shown as typed
        self.results = ResultsList()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)

        self.suggestions = QFrame()
        self.suggestions.setObjectName("searchSuggestions")
        self._suggestion_layout = QHBoxLayout(self.suggestions)
        self._suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestions.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.results, 1)

    # Running a query -----------------------------------------------------

    @Slot(str)
    def run(self, query: str) -> None:
        try:
            response = self._engine.search(query, RESULT_LIMIT)
        except QueryError as error:
            self.model.set_response(None)
            self._show_suggestions(())
            self.heading.setText(self._problem(error.problem))
            return
        self.model.set_response(response)
        self.heading.setText(self._heading(query, response))
        if response.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._show_suggestions(response.suggestions)

    def _problem(self, problem: QueryProblem) -> str:
        """Why the query cannot be searched, in the user's language."""
        match problem:
            case QueryProblem.EMPTY:
                return self.tr("Type a word to search for.")
            case QueryProblem.TOO_LONG:
                return self.tr("That search is too long. Try a few words.")
            case unknown:
                assert_never(unknown)

    def _heading(self, query: str, response: SearchResponse) -> str:
        """What was searched, in words: the count, or the words no page uses and what was.

        With words left out, the results match only the other words: the heading
        says so in sentences of their own ("No page uses “sore”. Pages that
        mention “throat”:"), so that "sore throat" is not read as finding it. A
        word left out unnamed (a word of the synonyms file outside its phrase:
        "hungry" in "hungry chemo") is not in "Results for “chemo”" either.
        """
        if not response.hits:
            return fill(self.tr("Nothing found for “%1”."), query)
        parts = []
        if response.not_found:
            missing = join_list(fill(self.tr("“%1”"), word) for word in response.not_found)
            parts.append(fill(self.tr("No page uses %1."), missing))
        else:
            searched = query
            if response.unsearched and response.searched_for:
                searched = " ".join(response.searched_for)
            parts.append(fill(self.tr("Results for “%1”: %2"), searched, len(response.hits)))
        if response.corrections:
            searched = join_list(
                fill(self.tr("“%1”"), word) for word in response.corrections.values()
            )
            parts.append(fill(self.tr("(also searched for %1)"), searched))
        if response.not_found and response.searched_for:
            others = " ".join(response.searched_for)
            parts.append(fill(self.tr("Pages that mention “%1”:"), others))
        return " ".join(parts)

    def _show_suggestions(self, suggestions: tuple[str, ...]) -> None:
        while self._suggestion_layout.count():
            item = self._suggestion_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not suggestions:
            self.suggestions.hide()
            return
        self._suggestion_layout.addWidget(QLabel(self.tr("Did you mean:")))
        for suggestion in suggestions:
            button = QPushButton(suggestion)
            button.setObjectName("suggestionButton")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, s=suggestion: self.suggestionChosen.emit(s))
            self._suggestion_layout.addWidget(button)
        self._suggestion_layout.addStretch(1)
        self.suggestions.show()

    # Keys from the search box ----------------------------------------------

    @Slot(int)
    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        row = min(rows - 1, max(0, current + step))  # no current row: -1
        self.results.setCurrentIndex(self.model.index(row, 0))

    @Slot()
    def open_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open(index)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        self.pageRequested.emit(index.data(ItemRole.ID))

    def suggestion_buttons(self) -> list[QPushButton]:
        return self.suggestions.findChildren(QPushButton)
