"""The side-effect list as the family filtered it, as one page for paper: every side
effect the list shows, in its order, each as the reader shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from allguide.ui.printing.markdown import demoted, literal
from allguide.ui.reader.page_builder import Page, PageBuilder
from allguide.ui.roles import ItemRole
from allguide.ui.side_effects.view import SideEffectsView
from allguide.ui.wording import fill, join_list


class SideEffectListPage(QObject):
    """Reads the view's filter model (not its pixels) when asked, so the paper shows the
    list as it is at that moment."""

    def __init__(self, view: SideEffectsView, pages: PageBuilder) -> None:
        super().__init__(view)
        self._view = view
        self._pages = pages

    def title(self) -> str:
        return self.tr("Side effects A–Z")

    def page(self) -> tuple[Page, str]:
        """The list as one Page, and a note in words of how it was filtered."""
        proxy = self._view.proxy
        parts = [f"# {literal(self.title())}"]
        right_to_left = False
        for row in range(proxy.rowCount()):
            effect_page = self._pages.build(str(proxy.index(row, 0).data(ItemRole.ID)))
            if effect_page is not None:
                parts.append(demoted(effect_page.markdown))
                right_to_left = right_to_left or effect_page.right_to_left
        if proxy.rowCount() == 0:
            parts.append(literal(self.tr("No side effect matches.")))
        markdown = "\n\n".join(parts) + "\n"
        page = Page("side-effects", self.title(), markdown, "", right_to_left=right_to_left)
        return page, self._filter_note()

    def _filter_note(self) -> str:
        notes = []
        typed = self._view.filter_box.text().strip()
        if typed:
            notes.append(fill(self.tr("Only the side effects that match “%1”."), typed))
        toggles = self._view.toggles.values()
        chosen = [str(t.property("treatmentTitle")) for t in toggles if t.isChecked()]
        if len(chosen) < len(self._view.toggles):
            notes.append(fill(self.tr("Only those that come with: %1."), join_list(chosen)))
        return " ".join(notes)
