"""Tells the user, calmly, what could not be loaded, and where.

Content that failed to load and a settings file that could not be read are
different problems with different consequences, so each kind has its own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum, auto

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from allguide.content.errors import ContentError
from allguide.ui.plain import plain_label
from allguide.ui.preferences import SettingsProblem
from allguide.ui.wording import fill

SHOWN = 5


class ProblemKind(Enum):
    """What a problem costs: pages (content) or only the remembered window layout (settings)."""

    CONTENT = auto()
    SETTINGS = auto()


class ProblemsBar(QFrame):
    """Hidden when all is well; otherwise says what went wrong and lists where."""

    def __init__(self, parent: QWidget | None = None, *, selectable: bool = True) -> None:
        """``selectable``: the places can be selected and copied for whoever fixes them
        (not at a kiosk, which lets nothing onto the clipboard: Mode.allows_clipboard)."""
        super().__init__(parent)
        self.setObjectName("problemsBar")
        self._summary = plain_label()
        self._summary.setWordWrap(True)
        self._summary.setObjectName("problemsSummary")
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setObjectName("problemsDetails")
        if selectable:
            self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        self._kinds: set[ProblemKind] = set()
        self._errors: list[ContentError] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._summary)
        layout.addWidget(self._details)
        self.hide()

    @property
    def kinds(self) -> set[ProblemKind]:
        """The kinds of problem shown."""
        return set(self._kinds)

    def show_settings_problem(self, settings: SettingsProblem | None) -> None:
        """Tell a settings problem found late (the window's layout is restored last)."""
        self.show_problems(self._errors, settings)

    def show_problems(
        self, errors: Sequence[ContentError], settings: SettingsProblem | None = None
    ) -> None:
        self._errors = list(errors)
        self._kinds = set()
        summaries: list[str] = []
        lines: list[str] = []
        if errors:
            self._kinds.add(ProblemKind.CONTENT)
            summaries.append(
                self.tr(
                    "Some content could not be loaded, so a few pages may be missing. "
                    "Everything else works. Please tell the people who look after this computer:"
                )
            )
            lines += [str(e) for e in errors[:SHOWN]]
            if len(errors) > SHOWN:
                lines.append(self.tr("… and %n more.", "", len(errors) - SHOWN))
        if settings is not None:
            self._kinds.add(ProblemKind.SETTINGS)
            if settings.status == QSettings.Status.NoError:  # the file was read; some values not
                summary = self.tr(
                    "Some of AllGuide's saved settings could not be used, so they were "
                    "forgotten and the usual ones are used. All the content is there."
                )
            else:
                summary = self.tr(
                    "AllGuide's saved settings could not be read, so it started with the usual "
                    "window size and layout. All the content is there."
                )
            summaries.append(summary)
            lines.append(f"{settings.file}: {self._reason(settings)}")  # as file: message
        if not summaries:
            self.hide()
            return
        self._summary.setText(" ".join(summaries))
        self._details.setText("\n".join(lines))
        self.show()

    def _reason(self, settings: SettingsProblem) -> str:
        reasons = []
        if settings.status == QSettings.Status.FormatError:
            reasons.append(self.tr("the settings file has a mistake in it"))
        elif settings.status != QSettings.Status.NoError:
            reasons.append(self.tr("the settings file cannot be read"))
        if settings.dropped:  # values of the wrong kind, or out of range: forgotten
            reasons.append(
                fill(
                    self.tr("these saved values could not be used, so they were forgotten: %1"),
                    ", ".join(settings.dropped),
                )
            )
        return "; ".join(reasons)

    def text(self) -> str:
        return f"{self._summary.text()}\n{self._details.text()}"
