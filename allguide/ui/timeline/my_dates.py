"""My dates: a family's start date turned into estimated calendar windows.

Only in normal mode. Kept on disk only when the family ticks "Remember", and
gone in one click with "Forget my date".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from allguide.timeline.windows import DateWindow, PhaseSpan, date_windows
from allguide.ui.dates import DATE_FORMAT, format_date, qdate
from allguide.ui.flow_layout import flow_widget
from allguide.ui.plain import plain_label
from allguide.ui.preferences import Preferences
from allguide.ui.timeline.settle import lay_out_now
from allguide.ui.timeline.start_date import EARLIEST as EARLIEST  # the key and range, here too
from allguide.ui.timeline.start_date import LATEST as LATEST
from allguide.ui.timeline.start_date import START_KEY as START_KEY
from allguide.ui.timeline.start_date import drop_unreadable_start
from allguide.ui.wording import fill


class MyDatesPanel(QGroupBox):
    """Emits ``startChanged`` with a ``datetime.date``, or None when cleared."""

    startChanged = Signal(object)

    def __init__(
        self,
        spans: list[PhaseSpan],
        preferences: Preferences,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("My dates"))
        self.setObjectName("myDates")
        self._spans = spans
        self._preferences = preferences
        self._locale = locale
        self.start: dt.date | None = None

        intro = QLabel(
            self.tr("Enter the day treatment started to see roughly when each phase may fall.")
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("startDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDateRange(qdate(EARLIEST), qdate(LATEST))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Start date of treatment"))
        self.show_button = QPushButton(self.tr("Show my dates"))
        self.show_button.clicked.connect(self._apply)
        self.remember = QCheckBox(self.tr("Remember this date on this computer"))
        self.remember.toggled.connect(self._on_remember)
        self.clear_button = QPushButton(self.tr("Forget my date"))
        self.clear_button.clicked.connect(self.clear)
        self.windows_label = plain_label()
        self.windows_label.setObjectName("dateWindows")
        self.windows_label.setWordWrap(True)
        self.problem_label = plain_label()
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        # The date and its buttons wrap onto a second line rather than widen the box.
        row = flow_widget([self.date_edit, self.show_button, self.clear_button])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(row)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.windows_label)
        self._restore()
        self._refresh()

    # Persistence -----------------------------------------------------------

    def _restore(self) -> None:
        if drop_unreadable_start(self._preferences):  # noted with the other settings, too
            self.tell_start_forgotten()
            return
        start = self._preferences.date_value(START_KEY, EARLIEST, LATEST)
        if start is not None:
            self.remember.setChecked(True)
            self.set_start(start)

    def tell_start_forgotten(self) -> None:
        """Say that the saved start date was unreadable; the main window calls it when it
        dropped the date at start-up, before this panel was built."""
        self.problem_label.setText(
            self.tr("The saved start date could not be read, so it was forgotten.")
        )
        self.problem_label.show()

    @Slot(bool)
    def _on_remember(self, remember: bool) -> None:
        if remember and self.start is not None:
            self._preferences.set_text(START_KEY, self.start.isoformat())
        elif not remember:
            self._preferences.remove(START_KEY)

    # Actions -----------------------------------------------------------------

    @Slot()
    def _apply(self) -> None:
        self.set_start(self.date_edit.date().toPython())  # type: ignore[arg-type]

    def set_start(self, start: dt.date) -> bool:
        """Show the windows from ``start``; a day outside EARLIEST..LATEST is refused (False)."""
        if not EARLIEST <= start <= LATEST:
            return False
        self.start = start
        self.date_edit.setDate(qdate(start))
        if self.remember.isChecked():
            self._preferences.set_text(START_KEY, start.isoformat())
        self._refresh()
        self.startChanged.emit(start)
        return True

    @Slot()
    def clear(self) -> None:
        """Forget the date everywhere, in one step."""
        self.start = None
        self.remember.setChecked(False)
        self._preferences.remove(START_KEY)
        self.date_edit.setDate(QDate.currentDate())
        self.problem_label.hide()
        self._refresh()
        self.startChanged.emit(None)

    # Words -----------------------------------------------------------------

    def _refresh(self) -> None:
        self._write_windows()
        lay_out_now(self)  # the window makes room for the new words before it paints them

    def _write_windows(self) -> None:
        self.clear_button.setEnabled(self.start is not None)
        if self.start is None:
            self.windows_label.setText("")
            return
        lines = [self.describe(window) for window in date_windows(self._spans, self.start)]
        lines.append(
            self.tr(
                "These dates only use the lengths the source gives. "
                "Your care team's plan is what counts."
            )
        )
        self.windows_label.setText("\n\n".join(lines))

    def _date(self, day: dt.date) -> str:
        return format_date(day, self._locale)

    def describe(self, window: DateWindow) -> str:
        """One phase's window, every part of it a "may": these are estimates, not a plan."""
        name = window.span.phase.name
        if window.start_from == window.start_to:
            start = fill(self.tr("may start on %1"), self._date(window.start_from))
        else:
            start = fill(
                self.tr("may start between %1 and %2"),
                self._date(window.start_from),
                self._date(window.start_to),
            )
        if not window.span.phase.duration.months:  # "can last up to …": no earliest end
            end = fill(self.tr("may go on until as late as %1"), self._date(window.end_to))
        elif window.end_from == window.end_to:
            end = fill(self.tr("may end on %1"), self._date(window.end_to))
        else:
            end = fill(
                self.tr("may end between %1 and %2"),
                self._date(window.end_from),
                self._date(window.end_to),
            )
        return fill(self.tr("%1: %2; %3."), name, start, end)
