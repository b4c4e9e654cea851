"""A check box is as large as its words and seen in every theme (issue 14: 200 % text,
high contrast): Fusion drew a 13-pixel box with a black edge on high contrast's black."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from allguide.app import Appearance, apply_appearance
from allguide.languages import Language
from allguide.ui.mainwindow import MainWindow
from allguide.ui.navigator import View
from allguide.ui.theme import Colour, active_theme, contrast_ratio, qcolor, theme_names


@pytest.fixture
def looks(qapp: QApplication) -> Iterator[Callable[[str, float], None]]:
    def use(theme: str, scale: float) -> None:
        apply_appearance(qapp, Appearance(theme=theme, font_scale=scale))

    yield use
    apply_appearance(qapp, Appearance())


def remember_box(window: MainWindow) -> QCheckBox:
    window.navigator.show(View.TIMELINE)
    box = window.timeline.findChild(QCheckBox)
    assert isinstance(box, QCheckBox) and box.isVisible()
    return box


def colour_of(pixel: QColor) -> Colour:
    return Colour(pixel.red(), pixel.green(), pixel.blue())


def box_rect(box: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


@pytest.mark.parametrize("theme", theme_names())
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_box_grows_with_its_words_and_its_edge_is_seen(
    qtbot: QtBot,
    build_in: Callable[..., MainWindow],
    looks: Callable[[str, float], None],
    theme: str,
    scale: float,
) -> None:
    looks(theme, scale)
    window = build_in(Language.ENGLISH, kiosk=False)
    box = remember_box(window)
    line = box.fontMetrics().height()
    rect = box_rect(box)
    assert rect.height() >= 0.75 * line and rect.width() >= 0.75 * line
    image = box.grab().toImage()
    colours = active_theme()
    # Across its left edge, as drawn (smoothed): at least one pixel stands out 3:1.
    across = [image.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.left() + 4)]
    assert max(contrast_ratio(colour_of(pixel), colours.surface) for pixel in across) >= 3
    inside = image.pixelColor(rect.center())
    assert inside.name() == qcolor(colours.surface).name()  # unchecked: empty
    box.setChecked(True)
    ticked = box.grab().toImage()
    inked = {
        ticked.pixelColor(x, y).name()
        for x in range(rect.left() + 3, rect.right() - 2)
        for y in range(rect.top() + 3, rect.bottom() - 2)
    }
    assert qcolor(colours.text).name() in inked  # the tick, in the text's colour
