"""The side-effect list: filter as you type, by treatment, or A–Z; details alongside."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from allguide.content.model import Content
from allguide.mode import NORMAL_MODE, Mode
from allguide.ui.flow_layout import flow_widget
from allguide.ui.fonts import VIEW_HEADING, emphasise
from allguide.ui.plain import plain_tooltip
from allguide.ui.reader.page_builder import PageBuilder
from allguide.ui.reader.panel import ReaderPanel
from allguide.ui.rich_text import RichTextDelegate
from allguide.ui.roles import ItemRole
from allguide.ui.side_effects.alphabet import AlphabetBar, first_letter
from allguide.ui.side_effects.model import SideEffectsFilter, SideEffectsModel


class SideEffectsView(QWidget):
    """Emits ``pageRequested`` for links in the details, like the reader does."""

    pageRequested = Signal(str)

    def __init__(
        self,
        content: Content,
        page_builder: PageBuilder,
        parent: QWidget | None = None,
        *,
        mode: Mode = NORMAL_MODE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sideEffectsView")
        self._pages = page_builder
        self.model = SideEffectsModel(content, self)
        self.proxy = SideEffectsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        heading = QLabel(self.tr("Side effects A–Z"))
        heading.setObjectName("viewHeading")
        emphasise(heading, VIEW_HEADING, bold=True)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("sideEffectFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Type to filter, e.g. tired or sick"))
        self.filter_box.setAccessibleName(self.tr("Filter side effects"))
        self.filter_box.textChanged.connect(self._on_text)

        self.toggles: dict[str, QPushButton] = {}
        for treatment, title in self.model.treatment_titles.items():
            toggle = QPushButton()
            toggle.setProperty("treatmentTitle", title)
            toggle.setObjectName("treatmentToggle")
            toggle.setCheckable(True)
            toggle.setChecked(True)
            _show_toggle_state(toggle)
            toggle.toggled.connect(self._on_toggles)
            self.toggles[treatment] = toggle
        comes_with = QLabel(self.tr("Comes with:"))
        toggles = flow_widget([comes_with, *self.toggles.values()])

        self.alphabet = AlphabetBar(
            str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())
        )
        self.alphabet.letterChosen.connect(self.jump_to)

        self.list = QListView()
        self.list.setObjectName("sideEffectList")
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(RichTextDelegate(self.list, bold_titles=False))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Side effects"))
        self.list.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty = QLabel(
            self.tr("No side effect matches. Try other words, or switch on all treatments.")
        )
        self.empty.setWordWrap(True)
        self.empty.hide()

        # The one reader panel: web links show their address, citations their reference.
        self.details = ReaderPanel(
            page_builder.reference_tooltips(), mode=mode, definitions=page_builder.definition
        )
        self.details.pageRequested.connect(self.pageRequested)
        self.details.view.setAccessibleName(self.tr("Side effect details"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 620])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(self.filter_box)
        layout.addWidget(toggles)
        layout.addWidget(self.alphabet)
        layout.addWidget(splitter, 1)
        self._after_filter()

    # Filtering -------------------------------------------------------------

    @Slot(str)
    def _on_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    @Slot()
    def _on_toggles(self) -> None:
        for toggle in self.toggles.values():  # the state in words, not colour alone
            _show_toggle_state(toggle)
        chosen = [t for t, toggle in self.toggles.items() if toggle.isChecked()]
        self.proxy.set_treatments(chosen)
        self._after_filter()

    def _after_filter(self) -> None:
        rows = self.proxy.rowCount()
        self.empty.setVisible(rows == 0)
        letters = {first_letter(str(self.proxy.index(r, 0).data())) for r in range(rows)}
        self.alphabet.enable_only(letters)
        if rows and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    # Selection and details ---------------------------------------------------

    @Slot(str)
    def jump_to(self, letter: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if first_letter(str(index.data())) == letter:
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def select(self, effect_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ItemRole.ID) == effect_id:
                self.list.setCurrentIndex(index)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        page = self._pages.build(index.data(ItemRole.ID))
        if page is not None:
            self.details.show_page(page)

    def visible_titles(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]


# A button cannot wrap its text: a longer title is cut short, and shown whole in its tooltip.
LONGEST_TOGGLE_TITLE = 32  # average characters; every title in our content is shorter


def _show_toggle_state(toggle: QPushButton) -> None:
    """The treatment's title on its toggle, with a tick when it is on (the state in
    words, not colour alone); cut short with "…" where it would be wider than
    ``LONGEST_TOGGLE_TITLE`` characters, so the view is never wider than the screen."""
    title = str(toggle.property("treatmentTitle"))
    metrics = toggle.fontMetrics()
    room = metrics.averageCharWidth() * LONGEST_TOGGLE_TITLE
    shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    if toggle.isChecked():
        shown = f"✓ {shown}"
    toggle.setText(shown.replace("&", "&&"))  # an "&" in a title is shown, not a shortcut
    cut = shown.removeprefix("✓ ") != title
    toggle.setToolTip(plain_tooltip(title if cut else ""))  # no tooltip if shown whole
    toggle.setAccessibleName(title if cut else "")  # else Qt reads the button's text
