"""The side-effect list's model, and the proxy that filters, sorts and finds what matched.

A row is found by the start of any word it shows, and by the search words that point
to it (allguide/ui/side_effects/words.py): "drowsy" finds nervous system problems.
"""

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
from allguide.ui.side_effects.words import EffectFinder, Match
from allguide.ui.wording import join_list

Index = QModelIndex | QPersistentModelIndex


class SideEffectsModel(QStandardItemModel):
    """One row per side effect in the content; ``finder`` says which words find each."""

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finder = EffectFinder(content)
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
        self._found: dict[str, Match] = {}  # per side-effect id, for the words typed
        self._treatments: set[str] | None = None  # None: every treatment
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    @property
    def words(self) -> list[str]:
        return list(self._words)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        source = self.sourceModel()
        self._words = tokens(text)
        self._terms = [Term(w, prefix=True) for w in self._words]
        self._found = source.finder.find(text) if isinstance(source, SideEffectsModel) else {}
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
        return not self._words or self._match(index).found

    def _match(self, index: Index) -> Match:
        """What the typed words find in the row: its shown words, its search words."""
        found = self._found.get(str(index.data(ItemRole.ID)))
        if found is not None:
            return found
        haystack = (index.data(ItemRole.SEARCH_TEXT) or "").split()  # no finder: shown words
        return Match(all(any(word.startswith(w) for word in haystack) for w in self._words))

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
        """The words that matched when the title did not, so the row makes sense: its
        everyday words, and the search words typed ("drowsy" on nervous system problems)."""
        if not self._terms or self._title_matches(index):
            return ""
        everyday = super().data(index, ItemRole.EVERYDAY_WORDS) or ()
        shown = [w for w in everyday if matches(w, self._terms)]
        searched = self._match(index).phrases
        seen = {tuple(tokens(w)) for w in shown}
        return join_list([*shown, *(w for w in searched if tuple(tokens(w)) not in seen)])
