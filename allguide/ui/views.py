"""The named views of the main window, shared by screenshots and the smoke test.

Later features add their views here, and both commands pick them up.
"""

from __future__ import annotations

from collections.abc import Callable

from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View

SAMPLE_SECTION = "phase-induction"


def _home(window: MainWindow) -> None:
    window.navigator.home()


def _section(window: MainWindow) -> None:
    target = SAMPLE_SECTION if window.content.section(SAMPLE_SECTION) else None
    if target is None:
        target = next((s.id for s in window.content.sections), View.HOME.page_id)
    window.navigator.open(target)


SAMPLE_QUERY = "tired"
# The same everyday word in each language, so each language's screenshot shows its search.
SAMPLE_QUERIES = {"en": SAMPLE_QUERY, "es": "cansancio", "fr": "fatigue", "ar": "تعب"}


def _side_effects(window: MainWindow) -> None:
    window.navigator.show(View.SIDE_EFFECTS)


def _search(window: MainWindow) -> None:
    language = window.language.value if window.language else "en"
    window.search_box.search_now(SAMPLE_QUERIES.get(language, SAMPLE_QUERY))


def _timeline(window: MainWindow) -> None:
    window.navigator.show(View.TIMELINE)


def _word_explained(window: MainWindow) -> None:
    """The sample section with its first glossary word's meaning shown beside it."""
    _section(window)
    marked = window.reader.view.marked_words()
    if marked:
        window.reader.explain(*marked[0])


VIEWS: dict[str, Callable[[MainWindow], None]] = {
    "home": _home,
    "section": _section,
    "side-effects": _side_effects,
    "search": _search,
    "timeline": _timeline,
    "word-explained": _word_explained,
}


def views_for(kiosk: bool) -> dict[str, Callable[[MainWindow], None]]:
    """The views of a window; a kiosk's also has its own (keyboard, countdown, attract
    screen, QR code: ui/kiosk/views.py, imported only then)."""
    if not kiosk:
        return VIEWS
    from allguide.ui.kiosk.views import kiosk_views

    return kiosk_views()
