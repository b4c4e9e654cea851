"""``allguide --smoke-test``: start the real GUI, visit everything, report."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from allguide.app import Appearance, application, apply_appearance, build_window, load
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.views import VIEWS


class SmokeFailure(Exception):
    """A check of the smoke test failed; the message says which."""


def run_smoke_test(language: str, content_dir: Path | None = None) -> int:
    """0 when every page and view rendered; otherwise 1 and the reason on stderr."""
    try:
        visited = _smoke(language, content_dir)
    except SmokeFailure as failure:
        print(f"smoke test failed: {failure}", file=sys.stderr)
        return 1
    except Exception as exc:  # the point is to report anything at all
        print(f"smoke test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {visited} pages and {len(VIEWS)} views ({language})")
    return 0


def _smoke(language: str, content_dir: Path | None) -> int:
    app = application()
    apply_appearance(app, Appearance())
    result = load(language, content_dir)
    if result.errors:
        raise SmokeFailure("content errors:\n" + "\n".join(str(e) for e in result.errors))
    window = build_window(result, language, persistent=False)
    window.show()
    QApplication.processEvents()
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
    for name, show in VIEWS.items():
        show(window)
        QApplication.processEvents()
        if window.grab().isNull():
            raise SmokeFailure(f"view '{name}' rendered nothing")
        _check_view(window, name)
    window.navigator.show(View.HOME)
    if window.pages.currentWidget() is not window.home:
        raise SmokeFailure("Home did not show the home page")
    window.close()
    return len(page_ids)


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
