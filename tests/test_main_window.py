"""The main window, driven through its widgets with clicks and keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from allguide.content import LoadResult
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.problems_bar import ProblemKind, ProblemsBar
from allguide.ui.reader.panel import ReaderPanel
from allguide.ui.timeline.my_dates import MyDatesPanel
from allguide.ui.window_fit import available_areas, within
from tests.conftest import files_under
from tests.gui import (
    MakeWindow,
    click_link,
    click_tree_row,
    link_position,
    press_tab,
    tooltip_shown,
)


def toolbar_button(window: MainWindow, action_name: str) -> QToolButton:
    action = getattr(window, action_name)
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_starts_on_the_home_page_with_topic_buttons(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.home
    assert window.navigator.current == View.HOME.page_id
    assert [b.accessibleName() for b in window.home.buttons][:3] == [
        "Chemotherapy", "Targeted treatment", "Immunotherapy",
    ]  # fmt: skip
    assert not window.back_action.isEnabled()


def test_disclaimer_and_content_date_always_visible(qtbot: QtBot, window: MainWindow) -> None:
    assert "This is information, not medical advice: ask your care team." in window.banner.text()
    assert "20 March 2025" in window.banner.text()
    assert window.banner.isVisible()
    click_tree_row(qtbot, window, "immunotherapy")
    assert window.banner.isVisible()


def test_home_topic_button_opens_its_section(qtbot: QtBot, window: MainWindow) -> None:
    button = window.home.button_for("side-effects")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.reader
    assert window.reader.view.page is not None and window.reader.view.page.id == "side-effects"
    assert window.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Side effects"


def test_clicking_a_tree_item_shows_that_section(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "car-t-cell-therapy")
    text = window.reader.view.toPlainText()
    assert text.startswith("CAR T-cell therapy")
    assert "chimeric antigen receptor" in text
    assert "Tisagenlecleucel" in text  # listed under "In this section"
    assert window.windowTitle() == "CAR T-cell therapy – AllGuide"


def test_arrow_keys_in_the_tree_move_through_sections(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "immunotherapy")
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.reader.view.page is not None
    assert window.reader.view.page.id == "blinatumomab"
    assert "CD19" in window.reader.view.toPlainText()


def test_agent_page_shows_brand_names_and_kind(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "chemotherapy-phases")  # expands nothing; just move
    window.tree.expandAll()
    click_tree_row(qtbot, window, "nilotinib")
    text = window.reader.view.toPlainText()
    assert "Brand names: Tasigna" in text
    assert "Kind of medicine: Tyrosine kinase inhibitor (TKI)" in text


def test_citation_link_goes_to_the_reference(qtbot: QtBot, window: MainWindow) -> None:
    window.tree.expandAll()
    click_tree_row(qtbot, window, "phase-induction")
    assert "[2]" in window.reader.view.toPlainText()
    click_link(qtbot, window.reader.view, "#ref-2")
    page = window.reader.view.page
    assert page is not None and page.id == "references"
    assert window.reader.view.selected_text() == (
        "2. American Cancer Society. Typical treatment of acute lymphocytic leukemia (ALL)"
    )
    assert window.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "References"


def test_further_reading_links_to_the_reference(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "radiotherapy")
    text = window.reader.view.toPlainText()
    assert "More on this topic, from the source page’s references: [5]" in text
    assert "Sources:" not in text
    click_link(qtbot, window.reader.view, "#ref-5")
    assert window.reader.view.selected_text().startswith("5. American Cancer Society. Radiation")


def test_internal_link_navigates(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "chemotherapy")
    click_link(qtbot, window.reader.view, "#chemotherapy-phases")
    assert window.reader.view.page is not None
    assert window.reader.view.page.id == "chemotherapy-phases"


def test_back_and_forward_with_the_toolbar(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "radiotherapy")
    click_tree_row(qtbot, window, "stem-cell-transplant")
    qtbot.mouseClick(toolbar_button(window, "back_action"), Qt.MouseButton.LeftButton)
    assert window.navigator.current == "radiotherapy"
    assert window.reader.view.toPlainText().startswith("Radiotherapy")
    qtbot.mouseClick(toolbar_button(window, "back_action"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home
    assert not window.back_action.isEnabled()
    qtbot.mouseClick(toolbar_button(window, "forward_action"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(toolbar_button(window, "forward_action"), Qt.MouseButton.LeftButton)
    assert window.navigator.current == "stem-cell-transplant"
    assert not window.forward_action.isEnabled()


def test_back_and_forward_with_alt_arrows(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_tree_row(qtbot, window, "radiotherapy")
    click_tree_row(qtbot, window, "stem-cell-transplant")
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current == "radiotherapy"
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current == "stem-cell-transplant"


def test_home_button_returns_home(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "radiotherapy")
    qtbot.mouseClick(toolbar_button(window, "home_action"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home
    assert not window.tree.selectionModel().hasSelection()


def test_external_link_is_shown_not_opened(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "references")
    url = "https://www.nhs.uk/conditions/acute-lymphoblastic-leukaemia/treatment/"
    click_link(qtbot, window.reader.view, url)
    bar = window.reader.link_bar
    assert bar.isVisible()
    assert bar.address == url
    assert window.navigator.current == "references"  # still on the same page
    copy = next(b for b in bar.findChildren(type(bar._copy)) if b.text() == "Copy address")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url


def test_side_effect_page_from_a_link(qtbot: QtBot, window: MainWindow) -> None:
    window.tree.expandAll()
    click_tree_row(qtbot, window, "side-effects-chemotherapy")
    click_link(qtbot, window.reader.view, "#fatigue")
    text = window.reader.view.toPlainText()
    assert text.startswith("Tiredness (fatigue)")
    assert "Other words for it: tired, exhausted" in text
    assert window.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == (
        "Side effects of chemotherapy"
    )


def test_broken_content_shows_file_and_line_and_opens_with_the_rest(
    make_window: MakeWindow,
    edit: Callable[[str, str, str], Path],
    load_copy: Callable[[], LoadResult],
) -> None:
    edit("sections.yaml", "    title: Radiotherapy\n", "    title: [Radiotherapy\n")
    edit(
        "agents.yaml",
        "    kind: antibody\n    section: immunotherapy\n    body: |\n      Blinat",
        "    kind: antibody\n    section: immunotherapy\n    bogus: 1\n    body: |\n      Blinat",
    )
    window = make_window(load_copy())
    assert window.problems.isVisible()
    text = window.problems.text()
    assert "Some content could not be loaded" in text
    assert "en/sections.yaml:" in text
    assert "en/agents.yaml:" in text and "unknown key 'bogus'" in text
    # Everything else loaded: agents, phases, side effects, even the other immunotherapy agent.
    assert window.navigation_model.index_of("imatinib").isValid()
    assert window.navigation_model.index_of("inotuzumab-ozogamicin").isValid()
    assert not window.navigation_model.index_of("blinatumomab").isValid()
    assert window.banner.isVisible()


def test_missing_document_still_shows_the_disclaimer(
    make_window: MakeWindow, content_copy: Path, load_copy: Callable[[], LoadResult]
) -> None:
    (content_copy / "document.yaml").write_text("document: {}\n", "utf-8")
    window = make_window(load_copy())
    assert "not medical advice" in window.banner.text()
    assert "could not be read" in window.banner.text()
    assert "en/document.yaml:1:" in window.problems.text()


def test_window_size_is_restored(make_window: MakeWindow, settings_file: Path) -> None:
    first = make_window()
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.close()
    assert settings_file.exists()
    second = make_window()
    assert (second.width(), second.height()) == (760, 560)


def test_corrupt_setting_falls_back_to_defaults(
    make_window: MakeWindow, settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("[window]\ngeometry=not a geometry\nstate=@ByteArray(xx)\n", "utf-8")
    window = make_window()
    assert window.size() == within(QSize(1200, 800), available_areas()).size()  # fitted


def test_kiosk_leaves_no_trace_and_asks_nothing_personal(
    qtbot: QtBot, build: Callable[..., MainWindow], user_settings_dir: Path
) -> None:
    kiosk = build(kiosk=True)
    assert kiosk.timeline.my_dates is None  # no My dates: nothing personal is asked
    qtbot.mouseClick(toolbar_button(kiosk, "timeline_action"), Qt.MouseButton.LeftButton)
    assert kiosk.timeline.findChildren(MyDatesPanel) == []
    kiosk.resize(700, 500)
    kiosk.close()
    assert files_under(user_settings_dir) == []
    # The same steps outside kiosk mode do write the settings: the check above can fail.
    usual = build()
    assert usual.timeline.my_dates is not None
    usual.resize(700, 500)
    usual.close()
    assert files_under(user_settings_dir) != []


def test_enter_on_a_tree_row_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the tree: a row is current
    assert window.tree.currentIndex().isValid()
    assert window.pages.currentWidget() is window.home  # ... but nothing opened yet
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.navigator.current == "chemotherapy"


def test_enter_on_a_topic_button_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    button = window.home.button_for("immunotherapy")
    assert button is not None
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.navigator.current == "immunotherapy"


def test_tab_from_the_home_page_reaches_the_topic_buttons(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    toolbar_button(window, "home_action").setFocus(Qt.FocusReason.TabFocusReason)
    first_topic = window.home.buttons[0]
    visited = [press_tab(qtbot)]
    while visited[-1] is not first_topic and len(visited) < 30:
        visited.append(press_tab(qtbot))
    assert visited[-1] is first_topic, [w.objectName() or type(w).__name__ for w in visited]
    names = [w.objectName() or type(w).__name__ for w in visited]
    assert window.search_box in visited and window.tree in visited, names
    assert not [w for w in visited if type(w) is QWidget], names  # no invisible stops
    second_topic = press_tab(qtbot)
    assert second_topic is window.home.buttons[1]
    assert press_tab(qtbot, backwards=True) is first_topic  # and Shift+Tab goes back
    assert press_tab(qtbot, backwards=True) is visited[-2]
    assert window.pages.currentWidget() is window.home  # moving focus opened nothing


def test_a_page_that_is_not_there_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.open("no-such-page")
    text = window.reader.view.toPlainText()
    assert text.startswith("This page is not available")
    assert "“no-such-page” could not be loaded" in text
    click_link(qtbot, window.reader.view, f"#{View.HOME.page_id}")
    assert window.pages.currentWidget() is window.home
    assert window.navigator.current == View.HOME.page_id


def test_a_content_page_with_the_id_home_opens_in_the_reader(
    qtbot: QtBot, make_window: MakeWindow, content_copy: Path, load_copy: Callable[[], LoadResult]
) -> None:
    (content_copy / "extra.yaml").write_text(
        "sections:\n  - id: home\n    title: Care at home\n"
        "    body: |\n      Looking after someone at home.\n",
        "utf-8",
    )
    window = make_window(load_copy())
    assert window.problems.isHidden()
    click_tree_row(qtbot, window, "home")
    assert window.pages.currentWidget() is window.reader
    assert window.reader.view.toPlainText().startswith("Care at home")
    assert window.windowTitle() == "Care at home – AllGuide"
    # The home view is still the home view, by toolbar and by the missing page's link.
    qtbot.mouseClick(toolbar_button(window, "home_action"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home
    window.navigator.open("no-such-page")
    click_link(qtbot, window.reader.view, f"#{View.HOME.page_id}")
    assert window.pages.currentWidget() is window.home
    for _ in range(3):  # the home view, the missing page, the home view again
        qtbot.mouseClick(toolbar_button(window, "back_action"), Qt.MouseButton.LeftButton)
    assert window.navigator.current == "home"
    assert window.reader.view.toPlainText().startswith("Care at home")


def test_the_address_bar_closes_when_the_page_changes(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "references")
    click_link(
        qtbot,
        window.reader.view,
        "https://www.nhs.uk/conditions/acute-lymphoblastic-leukaemia/treatment/",
    )
    assert window.reader.link_bar.isVisible()
    click_tree_row(qtbot, window, "chemotherapy")
    assert not window.reader.link_bar.isVisible()


def test_tree_tooltips_show_the_whole_title(window: MainWindow) -> None:
    index = window.navigation_model.index_of("philadelphia-chromosome")
    tip = index.data(Qt.ItemDataRole.ToolTipRole)  # data: the tree shows it as plain text
    assert tip.startswith("Philadelphia chromosome (BCR::ABL1)\n")


# The three reader panes: citations show their reference on hover, web links their address.

WEB_LINK = "https://www.nhs.uk/conditions/acute-lymphoblastic-leukaemia/treatment/"
INDUCTION_ENTRY = (
    "2. American Cancer Society. Typical treatment of acute lymphocytic leukemia (ALL)."
)
INFECTION_ENTRY = "4. American Cancer Society. Immunotherapy for acute lymphocytic leukemia (ALL)."


def open_reader(qtbot: QtBot, window: MainWindow) -> ReaderPanel:
    click_tree_row(qtbot, window, "phase-induction")
    return window.reader


def open_side_effect_details(qtbot: QtBot, window: MainWindow) -> ReaderPanel:
    qtbot.mouseClick(toolbar_button(window, "side_effects_action"), Qt.MouseButton.LeftButton)
    assert window.side_effects.select("infection")
    return window.side_effects.details


def open_phase_details(qtbot: QtBot, window: MainWindow) -> ReaderPanel:
    qtbot.mouseClick(toolbar_button(window, "timeline_action"), Qt.MouseButton.LeftButton)
    details = window.timeline.details  # induction, the first phase, is chosen
    QApplication.processEvents()  # the view laid out as it is drawn, then scrolled down to
    window.timeline.ensureWidgetVisible(details)
    return details


def next_reader_page(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "chemotherapy")


def next_side_effect(_qtbot: QtBot, window: MainWindow) -> None:
    assert window.side_effects.select("fever")


def next_phase(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.timeline.chart.bars[0], Qt.Key.Key_Down)


OpenPane = Callable[[QtBot, MainWindow], ReaderPanel]
NextPage = Callable[[QtBot, MainWindow], None]


@pytest.fixture
def linked_window(
    make_window: MakeWindow,
    edit: Callable[[str, str, str], Path],
    edit_item: Callable[[str, str, str, str], Path],
    load_copy: Callable[[], LoadResult],
) -> MainWindow:
    """Induction (the reader and the timeline) and infection (the side effects) each get a
    web link beside their citations."""
    edit(
        "sections.yaml",
        "treatment. It may last 1 or 2 months.[^ref-2]\n",
        f"treatment. It may last 1 or 2 months.[^ref-2] [More]({WEB_LINK})\n",
    )
    body = "    body: |\n"
    edit_item("side-effects.yaml", "infection", body, f"{body}      See [NHS]({WEB_LINK}).\n\n")
    return make_window(load_copy())


@pytest.mark.parametrize(
    ("open_pane", "citation", "entry", "next_page"),
    [
        (open_reader, "#ref-2", INDUCTION_ENTRY, next_reader_page),
        (open_side_effect_details, "#ref-4", INFECTION_ENTRY, next_side_effect),
        (open_phase_details, "#ref-2", INDUCTION_ENTRY, next_phase),
    ],
    ids=["reader", "side-effect details", "phase details"],
)
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, on a tooltip
def test_every_reader_pane_shows_citations_on_hover_and_web_addresses_on_click(
    qtbot: QtBot,
    linked_window: MainWindow,
    open_pane: OpenPane,
    citation: str,
    entry: str,
    next_page: NextPage,
) -> None:
    """One reader panel in all three places: hovering a citation shows its reference, and a
    web link shows its address to copy; nothing is opened (make_window forbids it)."""
    window = linked_window
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # nothing left from another test
    pane = open_pane(qtbot, window)
    shown = window.pages.currentWidget()
    qtbot.mouseMove(pane.view.viewport(), link_position(pane.view, citation))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and tooltip_shown(QToolTip.text()) == entry)
    assert not pane.link_bar.isVisible()
    click_link(qtbot, pane.view, WEB_LINK)
    assert pane.link_bar.isVisible()
    assert pane.link_bar.address == WEB_LINK
    assert window.pages.currentWidget() is shown  # still where the family was reading
    next_page(qtbot, window)
    assert not pane.link_bar.isVisible()  # no address left over for the next page


def test_user_and_content_text_is_never_read_as_a_placeholder(
    qtbot: QtBot,
    make_window: MakeWindow,
    content_copy: Path,
    edit: Callable[[str, str, str], Path],
    load_copy: Callable[[], LoadResult],
) -> None:
    edit("document.yaml", "    publisher: Know ALL\n", "    publisher: Know %3 %2 ALL\n")
    (content_copy / "extra.yaml").write_text(
        "sections:\n  - id: percent\n    title: Odds of 50%1 or %2\n    body: |\n      Text.\n",
        "utf-8",
    )
    window = make_window(load_copy())
    assert "from the Know %3 %2 ALL page “Treatment”." in window.banner.text()
    click_tree_row(qtbot, window, "percent")
    assert window.windowTitle() == "Odds of 50%1 or %2 – AllGuide"
    window.navigator.open("x%1%2")
    assert "The page “x%1%2” could not be loaded." in window.reader.view.toPlainText()


@pytest.mark.parametrize(
    ("make_unreadable", "reason"),
    [
        (lambda ini: ini.write_text("[window\ngeometry=1\n", "utf-8"), "has a mistake in it"),
        (lambda ini: ini.mkdir(), "cannot be read"),
    ],
    ids=["broken INI", "a folder in its place"],
)
def test_an_unreadable_settings_file_is_a_settings_problem(
    build: Callable[..., MainWindow],
    user_settings_dir: Path,
    make_unreadable: Callable[[Path], object],
    reason: str,
) -> None:
    ini = user_settings_dir / "AllGuide" / "AllGuide.ini"
    ini.parent.mkdir()
    make_unreadable(ini)
    window = build()
    assert window.problems.isVisible()
    assert window.problems.kinds == {ProblemKind.SETTINGS}
    text = window.problems.text()
    assert "Some content could not be loaded" not in text
    assert "saved settings could not be read" in text
    assert f"{ini}: the settings file {reason}" in text
    assert window.size() == within(QSize(1200, 800), available_areas()).size()  # the defaults


def test_content_and_settings_problems_are_told_apart(
    build: Callable[..., MainWindow],
    user_settings_dir: Path,
    edit: Callable[[str, str, str], Path],
    load_copy: Callable[[], LoadResult],
) -> None:
    edit("phases.yaml", "    order: 2\n", "    order: two\n")
    ini = user_settings_dir / "AllGuide" / "AllGuide.ini"
    ini.parent.mkdir()
    ini.write_text("[window\n", "utf-8")
    window = build(result=load_copy())
    assert isinstance(window.problems, ProblemsBar)  # one bar for both kinds
    assert window.problems.kinds == {ProblemKind.CONTENT, ProblemKind.SETTINGS}
    text = window.problems.text()
    assert "Some content could not be loaded" in text
    assert "saved settings could not be read" in text
    assert "en/phases.yaml:" in text
