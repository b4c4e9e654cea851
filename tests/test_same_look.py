"""Each test leaves the application's look as it found it (conftest's ``same_look``): a test
that applied the app's theme once left Fusion's Tab order and sizes changed for every test
after it, so a test passed or failed by the order pytest-randomly ran them in."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from allguide.app import Appearance, apply_appearance
from allguide.ui.theme import LIGHT, Colour, ThemeStyle, active_theme, apply_theme
from tests.conftest import Look


def test_the_look_a_test_applied_is_put_back(qapp: QApplication) -> None:
    before = Look.of(qapp)
    assert not isinstance(qapp.style(), ThemeStyle)  # no test before this one left its theme
    apply_appearance(qapp, Appearance(font_scale=2.0))
    qapp.setStyleSheet("QLabel { color: red; }")
    other = dataclasses.replace(LIGHT, text=Colour.parse("#123456"))
    apply_theme(qapp, other)
    assert Look.of(qapp) != before
    before.put_back(qapp)
    assert Look.of(qapp) == before
    assert not isinstance(qapp.style(), ThemeStyle)
    assert active_theme() is before.theme
