"""The side-effect list's model, and the proxy that filters, sorts and finds what matched."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from allguide.content.model import Content
from allguide.search.backends import Term
from allguide.search.snippet import matches
from allguide.search.text import tokens
from allguide.ui.roles import ItemRole

Index = QModelIndex | QPersistentModelIndex


class SideEffectsModel(QStandardItemModel):
    """One row per side effect in the content."""

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.treatment_titles: dict[str, str] = {}
        for effect in content.side_effects:
            for treatment in effect.treatments:
                section = content.section(treatment)
                if section is not None:
                    self.treatment_titles.setdefault(treatment, section.title)
        for effect in content.side_effects:
            item = QStandardItem(effect.title)
            item.setEditable(False)
            item.setData(effect.id, ItemRole.ID)
            item.setData(list(effect.treatments), ItemRole.TREATMENTS)
            item.setData(list(effect.everyday_words), ItemRole.EVERYDAY_WORDS)
            words = " ".join([effect.title, *effect.everyday_words])
            item.setData(" ".join(tokens(words)), ItemRole.SEARCH_TEXT)
            treatments = [self.treatment_titles.get(t, t) for t in effect.treatments]
            item.setData(" · ".join(treatments), ItemRole.SUMMARY)
            self.appendRow(item)


class SideEffectsFilter(QSortFilterProxyModel):
    """Filters by typed words (prefixes, any case or accent) and by treatment; sorts A–Z."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._terms: list[Term] = []
        self._treatments: set[str] | None = None  # None: every treatment
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    @property
    def words(self) -> list[str]:
        return list(self._words)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tokens(text)
        self._terms = [Term(w, prefix=True) for w in self._words]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_treatments(self, treatments: Iterable[str] | None) -> None:
        self.beginFilterChange()
        self._treatments = set(treatments) if treatments is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        treatments = index.data(ItemRole.TREATMENTS) or ()
        if self._treatments is not None and not self._treatments.intersection(treatments):
            return False
        haystack = (index.data(ItemRole.SEARCH_TEXT) or "").split()
        return all(any(word.startswith(w) for word in haystack) for w in self._words)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Besides the source's data, what the typed words matched, as ranges to highlight."""
        if role == ItemRole.TITLE_HIGHLIGHTS:
            return [list(span) for span in self._title_matches(index)]
        if role == ItemRole.ALSO_MATCHED:
            return self._also_matched(index)
        if role == ItemRole.ALSO_HIGHLIGHTS:
            also = self._also_matched(index)
            return [list(span) for span in matches(also, self._terms)] if also else []
        return super().data(index, role)

    def _title_matches(self, index: Index) -> list[tuple[int, int]]:
        if not self._terms:
            return []
        return list(matches(str(super().data(index, Qt.ItemDataRole.DisplayRole)), self._terms))

    def _also_matched(self, index: Index) -> str:
        """The everyday words that matched when the title did not, so the row makes sense."""
        if not self._terms or self._title_matches(index):
            return ""
        words = super().data(index, ItemRole.EVERYDAY_WORDS) or ()
        return ", ".join(w for w in words if matches(w, self._terms))
