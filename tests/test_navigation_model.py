"""The navigation tree's model passes Qt's model checks and mirrors the content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from allguide.content import LoadResult
from allguide.ui.navigation.model import NavigationModel
from allguide.ui.roles import ItemRole, NodeKind


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, bundled: LoadResult) -> None:
    qtmodeltester.check(NavigationModel(bundled.content), force_py=True)


def test_top_level_rows_are_the_treatment_sections(bundled: LoadResult) -> None:
    model = NavigationModel(bundled.content)
    titles = [title for _id, title, _summary in model.top_level()]
    assert titles == [
        "Chemotherapy", "Targeted treatment", "Immunotherapy", "CAR T-cell therapy",
        "Radiotherapy", "Stem cell transplant", "Side effects", "Words explained", "References",
    ]  # fmt: skip


def test_agents_sit_under_their_section(bundled: LoadResult) -> None:
    model = NavigationModel(bundled.content)
    index = model.index_of("nilotinib")
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Nilotinib"
    assert index.data(ItemRole.KIND) == NodeKind.AGENT
    assert index.parent().data(ItemRole.ID) == "philadelphia-chromosome"
    phases = model.index_of("chemotherapy-phases")
    assert [model.index(r, 0, phases).data(ItemRole.ID) for r in range(model.rowCount(phases))] == [
        "phase-induction", "phase-consolidation", "phase-maintenance",
    ]  # fmt: skip


def test_unknown_page_has_no_row(bundled: LoadResult) -> None:
    assert not NavigationModel(bundled.content).index_of("no-such-page").isValid()
