"""Lengths of time in words: one helper with Qt's plural forms, used by the bars and the axis."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from allguide.ui.mainwindow import MainWindow
from allguide.ui.timeline.durations import length_words
from tests.test_timeline_ui import open_timeline


@pytest.mark.parametrize(
    ("months", "words"),
    [
        (1, "1 month"), (2, "2 months"), (6, "6 months"), (12, "1 year"),
        (18, "18 months"), (24, "2 years"), (30, "30 months"), (36, "3 years"),
    ],
)  # fmt: skip
def test_english_words_for_a_length(months: int, words: str) -> None:
    assert length_words(months) == words


def test_the_axis_and_the_bars_word_lengths_the_same_way(qtbot: QtBot, window: MainWindow) -> None:
    view = open_timeline(qtbot, window)
    axis = [view.chart.axis_label(month) for month in range(0, 30, 6)]
    assert axis == ["Start", "6 months", "1 year", "18 months", "2 years"]
    induction, _, maintenance = view.chart.bars
    assert induction.caption_texts() == ["1 month", "or 2 months"]
    assert maintenance.caption_texts() == ["up to 2 years"]


# Arabic has six plural forms; Qt picks one by the number: 0, 1, 2, 3-10, 11-99, 100-102.
ARABIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Durations</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def arabic_durations(tmp_path: Path) -> Iterator[None]:
    """A translation of the "Durations" context only, installed for one test."""
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts, qm = tmp_path / "durations_ar.ts", tmp_path / "durations_ar.qm"
    ts.write_text(ARABIC, "utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("arabic_durations")
def test_one_translation_gives_the_axis_and_the_bars_their_plural_forms(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Arabic's dual and its 3-10 and 11-99 forms, from one context for both places."""
    assert [length_words(m) for m in (1, 2, 3, 11, 24)] == [
        "شهر واحد", "شهران", "3 أشهر", "11 شهرًا", "سنتان",
    ]  # fmt: skip
    view = open_timeline(qtbot, window)
    axis = [view.chart.axis_label(month) for month in range(6, 30, 6)]
    assert axis == ["6 أشهر", "سنة واحدة", "18 شهرًا", "سنتان"]
    induction, _, maintenance = view.chart.bars
    assert induction.caption_texts() == ["شهر واحد", "or شهران"]  # "or" is not translated here
    assert maintenance.caption_texts() == ["up to سنتان"]
