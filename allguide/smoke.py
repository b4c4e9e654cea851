"""``allguide --smoke-test``: start the real GUI as a real start does, visit everything, report.

Like a real start it runs in the mode asked for (``--kiosk``), with the log file and
crash handlers on, and reads its settings: a temporary settings folder, seeded with
a remembered start date and a splitter position, stands in for the user's own. A
normal start must apply them and save its layout; a kiosk must ignore them, ask
nothing personal and write nothing.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from allguide.app import (
    APP_NAME,
    Appearance,
    application,
    apply_appearance,
    build_window,
    load,
    speak,
    start_diagnostics,
)
from allguide.diagnostics import Diagnostics
from allguide.languages import DEFAULT, Language
from allguide.mode import NORMAL_MODE, Mode
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.preferences import Preferences
from allguide.ui.timeline.my_dates import START_KEY, MyDatesPanel
from allguide.ui.views import views_for

SEEDED_START = dt.date(2025, 3, 4)
SEEDED_TREE_WIDTH = 222  # not the default width, so applying it shows


class SmokeFailure(Exception):
    """A check of the smoke test failed; the message says which."""


def run_smoke_test(language: str, content_dir: Path | None = None, mode: Mode = NORMAL_MODE) -> int:
    """0 when every page and view rendered; otherwise 1 and the reason on stderr."""
    diagnostics = start_diagnostics(mode)
    views = len(views_for(mode.is_kiosk))
    try:
        application()
        with _temporary_settings() as settings_folder:
            visited = _smoke(language, content_dir, mode, settings_folder, diagnostics)
        if diagnostics.errors_seen:
            where = diagnostics.log_file or "stderr"
            raise SmokeFailure(f"{diagnostics.errors_seen} unexpected error(s), logged in {where}")
        if diagnostics.qt_problems_seen:
            raise SmokeFailure(
                f"{diagnostics.qt_problems_seen} Qt warning(s) or critical message(s): "
                + "; ".join(diagnostics.qt_problems)
            )
    except SmokeFailure as failure:
        print(f"smoke test failed: {failure}", file=sys.stderr)
        return 1
    except Exception as exc:  # the point is to report anything at all
        print(f"smoke test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        diagnostics.stop()
    print(f"smoke test passed: {visited} pages and {views} views ({language}, {mode.label})")
    return 0


def _user_settings() -> QSettings:
    """The settings file ``build_window`` reads."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


@contextmanager
def _temporary_settings() -> Iterator[Path]:
    """User settings go to a fresh folder, seeded as a family's would be; then back."""
    before = Path(_user_settings().fileName()).parent.parent  # <folder>/AllGuide/AllGuide.ini
    with tempfile.TemporaryDirectory(prefix="allguide-smoke-") as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        try:
            _seed(_user_settings())
            yield Path(folder)
        finally:
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(before))


def _seed(settings: QSettings) -> None:
    splitter = QSplitter()
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    splitter.setSizes([SEEDED_TREE_WIDTH, 900])
    settings.setValue(Preferences.SPLITTER, splitter.saveState())
    settings.setValue(START_KEY, SEEDED_START.isoformat())
    settings.sync()
    splitter.deleteLater()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _smoke(
    language: str,
    content_dir: Path | None,
    mode: Mode,
    settings_folder: Path,
    diagnostics: Diagnostics,
) -> int:
    app = application()
    apply_appearance(app, Appearance())
    speak(app, Language.parse(language) or DEFAULT)  # its strings, dates, direction
    result = load(language, content_dir)
    if result.errors:
        raise SmokeFailure("content errors:\n" + "\n".join(str(e) for e in result.errors))
    seeded = _snapshot(settings_folder)
    window = build_window(result, language, persistent=True, mode=mode)
    window.show()
    QApplication.processEvents()
    _check_settings_read(window, mode)
    _check_printing(window, mode)
    page_ids = [
        entity.id
        for group in (
            result.content.sections,
            result.content.agents,
            result.content.side_effects,
            result.content.glossary,
            result.content.references,
        )
        for entity in group
    ]
    if len(page_ids) < 2:
        raise SmokeFailure(f"only {len(page_ids)} page(s) in the content")
    for page_id in page_ids:
        _visit(window, page_id)
    missing = set(window.navigation_model.page_ids()) - set(page_ids)
    if missing:
        raise SmokeFailure(f"tree rows with no page: {sorted(missing)}")
    window.navigator.back()
    if window.navigator.current != page_ids[-2]:
        raise SmokeFailure("Back did not return to the previous page")
    window.navigator.forward()
    kiosk = _kiosk_checks() if mode.is_kiosk else None
    for name, show in views_for(mode.is_kiosk).items():
        show(window)  # a kiosk's views take away an overlay the view before left
        QApplication.processEvents()
        if window.grab().isNull():
            raise SmokeFailure(f"view '{name}' rendered nothing")
        _check_view(window, name)
        if kiosk is not None:
            kiosk.check_kiosk_view(window, name)
    if kiosk is not None:
        kiosk.clear_overlays(window)
        kiosk.check_kiosk(window, mode)  # a close request refused, its keyboard types
    window.navigator.show(View.HOME)
    if window.pages.currentWidget() is not window.home:
        raise SmokeFailure("Home did not show the home page")
    window.close()
    if kiosk is not None:  # after a short idle time, the next visitor: nothing kept
        kiosk.check_visitor_reset(app, language, content_dir, mode, diagnostics)
    _check_settings_written(settings_folder, seeded, mode)
    return len(page_ids)


def _kiosk_checks() -> ModuleType:
    """The kiosk's own checks (allguide/smoke_kiosk.py), imported only for a kiosk."""
    from allguide import smoke_kiosk

    return smoke_kiosk


def _check_settings_read(window: MainWindow, mode: Mode) -> None:
    """A normal start applies what was remembered; a kiosk ignores it and asks nothing."""
    panels = window.timeline.findChildren(MyDatesPanel)  # built on first use
    tree_width = window.splitter.sizes()[0]
    if mode.asks_personal_dates != bool(panels):
        raise SmokeFailure(f"My dates is {'missing' if not panels else 'shown'} in {mode.label}")
    if mode.remembers_preferences:
        my_dates = window.timeline.my_dates
        if my_dates is None or my_dates.start != SEEDED_START:
            raise SmokeFailure("the remembered start date was not applied")
        if not my_dates.remember.isChecked():
            raise SmokeFailure("a remembered start date is not shown as remembered")
        if tree_width != SEEDED_TREE_WIDTH:
            raise SmokeFailure(f"the remembered splitter was not applied (tree {tree_width})")
    elif tree_width == SEEDED_TREE_WIDTH:
        raise SmokeFailure(f"{mode.label}: the remembered splitter was applied")


def _check_printing(window: MainWindow, mode: Mode) -> None:
    """Print is offered wherever Save as PDF is, with the CUPS plugin that lists the
    printers on Linux (a frozen build without Qt Print Support offered Save as PDF
    alone); a kiosk offers neither."""
    printing = window.printing
    if not mode.allows_printing_and_saving:
        if printing is not None:
            raise SmokeFailure(f"{mode.label}: Save as PDF / Print is offered")
        return
    if printing is None or printing.print_action not in printing.actions():
        raise SmokeFailure("Print is not offered: Qt Print Support is missing")
    if sys.platform.startswith("linux"):
        from PySide6.QtCore import QLibraryInfo

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        if not any((plugins / "printsupport").glob("*cups*")):
            raise SmokeFailure(f"no CUPS print plugin in {plugins}: Print would list no printer")


def _check_settings_written(folder: Path, seeded: dict[str, bytes], mode: Mode) -> None:
    """A normal start saves its layout on closing; a kiosk leaves the folder as it was."""
    if mode.remembers_preferences:
        if not _user_settings().contains(Preferences.GEOMETRY):
            raise SmokeFailure("closing the window did not save its layout")
    elif _snapshot(folder) != seeded:
        raise SmokeFailure(f"{mode.label}: the settings folder was written to")


def _check_view(window: MainWindow, name: str) -> None:
    """What each view must show with the bundled content."""
    if name == "search" and window.search_panel.model.rowCount() == 0:
        raise SmokeFailure("the search view found nothing for its sample query")
    if name == "timeline" and len(window.timeline.chart.bars) != len(window.content.phases):
        raise SmokeFailure("the timeline does not show every phase")
    if name == "side-effects":
        shown = len(window.side_effects.visible_titles())
        if shown != len(window.content.side_effects):
            raise SmokeFailure(f"the side-effect list shows {shown} side effects")


def _visit(window: MainWindow, page_id: str) -> None:
    window.navigator.open(page_id)
    QApplication.processEvents()
    page = window.reader.view.page
    if window.pages.currentWidget() is not window.reader or page is None:
        raise SmokeFailure(f"page '{page_id}' did not open in the reader")
    if len(window.reader.view.toPlainText().strip()) < 20:
        raise SmokeFailure(f"page '{page_id}' is empty")
    if page.focus_text and not window.reader.view.selected_text():
        raise SmokeFailure(f"page '{page_id}': '{page.focus_text}' not found on the page")
