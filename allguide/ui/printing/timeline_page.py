"""The timeline for paper: My dates when the family set a start date, then every phase
in order as the reader shows it (how long, how strong, its sources)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from allguide.timeline.windows import date_windows
from allguide.ui.dates import format_date
from allguide.ui.printing.markdown import demoted, literal
from allguide.ui.reader.page_builder import Page, PageBuilder
from allguide.ui.timeline.view import TimelineView
from allguide.ui.wording import fill


class TimelinePage(QObject):
    """Reads the view's phase model and My dates when asked: the paper shows them as
    they are at that moment."""

    def __init__(self, view: TimelineView, pages: PageBuilder, locale: QLocale) -> None:
        super().__init__(view)
        self._view = view
        self._pages = pages
        self._locale = locale

    def title(self) -> str:
        return self.tr("Treatment phases over time")

    def page(self) -> tuple[Page, str]:
        """The timeline as one Page (no note: nothing is filtered)."""
        parts = [f"# {literal(self.title())}"]
        parts.append(literal(self.tr("This is not your child's or your own plan.")))
        parts += self._my_dates()
        model = self._view.model
        right_to_left = False
        for row in range(model.rowCount()):
            phase_page = self._pages.build(model.phase_span(row).phase.section)
            if phase_page is not None:
                parts.append(demoted(phase_page.markdown))
                right_to_left = right_to_left or phase_page.right_to_left
        markdown = "\n\n".join(parts) + "\n"
        return Page("timeline", self.title(), markdown, "", right_to_left=right_to_left), ""

    def _my_dates(self) -> list[str]:
        """My dates' windows, in the panel's own words, when a start date is set."""
        panel = self._view.my_dates
        if panel is None or panel.start is None:
            return []
        heading = self.tr("My dates")
        start = fill(self.tr("Start date: %1."), format_date(panel.start, self._locale))
        lines = [f"## {literal(heading)}", literal(start)]
        lines += [
            literal(panel.describe(window))
            for window in date_windows(self._view.model.spans, panel.start)
        ]
        lines.append(
            literal(
                self.tr(
                    "These dates only use the lengths the source gives. "
                    "Your care team's plan is what counts."
                )
            )
        )
        return lines
