"""The interface speaks the language installed (allguide/ui/i18n.py): AllGuide's own words,
Qt's own words, dates and plural forms; English loads nothing; a missing file is one
warning and English, never a traceback."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from allguide.ui import i18n
from allguide.ui.banner import DisclaimerBanner
from allguide.ui.dates import format_date
from allguide.ui.i18n import install_translators, remove_translators
from allguide.ui.mainwindow import MainWindow
from allguide.ui.timeline.durations import length_words
from allguide.ui.wording import join_list
from tests.test_translations import DISCLAIMER, DISCLAIMERS

Speak = Callable[[str], list[QTranslator]]
WARNINGS_OF_I18N = "allguide.ui.i18n"


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Speak]:
    """Installs a language's translators; takes them out again and restores the default
    locale after the test, so no other test runs in another language."""
    locale_before = QLocale()
    installed: list[QTranslator] = []

    def install(language: str) -> list[QTranslator]:
        translators = install_translators(qapp, language)
        installed.extend(translators)
        return translators

    yield install
    remove_translators(qapp, installed)
    QLocale.setDefault(locale_before)


def translated(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def cancel_text() -> str:
    """What Qt's own standard Cancel button says."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    buttons.deleteLater()
    return text


def warnings_of_i18n(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == WARNINGS_OF_I18N and r.levelno >= logging.WARNING
    ]


# In Spanish ---------------------------------------------------------------------------------


def test_spanish_widgets_show_spanish(speak: Speak, make_window: Callable[[], MainWindow]) -> None:
    assert len(speak("es")) == 2  # AllGuide's words and Qt's
    banner = DisclaimerBanner(None, QLocale("es"))
    assert banner.disclaimer_label.text() == DISCLAIMERS["es"]
    assert banner.details_label.text() == "No se pudo leer la fecha del contenido."
    banner.deleteLater()

    window = make_window()
    toolbar = [action.text() for action in window.toolbar.actions() if action.text()]
    assert toolbar[:5] == [
        "Atrás",
        "Adelante",
        "Inicio",
        "Efectos secundarios A–Z",
        "Línea de tiempo",
    ]
    assert window.search_box.placeholderText().startswith("Buscar: una palabra")
    assert window.home.side_effects_button.accessibleName().startswith("Efectos secundarios")


def test_spanish_plural_forms_and_dates(speak: Speak) -> None:
    speak("es")
    assert [length_words(m) for m in (1, 18, 12, 24)] == ["1 mes", "18 meses", "1 año", "2 años"]
    assert format_date(dt.date(2025, 3, 20), QLocale()) == "20 de marzo de 2025"
    assert QLocale().name() == "es_ES"


def test_qt_own_words_are_translated(speak: Speak, qapp: QApplication) -> None:
    """Standard buttons and a text box's context menu come from Qt's qtbase_es.qm."""
    assert cancel_text() == "Cancel"
    speak("es")
    assert cancel_text() == "Cancelar"
    box = QLineEdit()
    menu = box.createStandardContextMenu()
    assert "&Copiar" in [action.text().split("\t")[0] for action in menu.actions()]
    menu.deleteLater()
    box.deleteLater()


@pytest.mark.parametrize("language", ["es", "fr", "ar"])
def test_each_language_loads_from_the_package(speak: Speak, language: str) -> None:
    allguide, qt = speak(language)
    assert allguide.filePath() == ""  # read from the package's bytes, not a path
    assert qt.filePath().endswith(f"qtbase_{language}.qm")
    assert translated("DisclaimerBanner", DISCLAIMER) == DISCLAIMERS[language]
    assert cancel_text() != "Cancel"


def test_arabic_numbers_plural_forms_and_dates(speak: Speak) -> None:
    """Six plural forms; digits 0-9 in dates as in the plural forms and the content."""
    speak("ar")
    assert [length_words(m) for m in (1, 2, 3, 18, 12, 24)] == [
        "شهر واحد", "شهران", "3 أشهر", "18 شهرًا", "سنة واحدة", "سنتان",
    ]  # fmt: skip
    assert format_date(dt.date(2025, 3, 20), QLocale()) == "20 مارس 2025"
    assert QLocale().textDirection() == QLocale("ar").textDirection()
    assert join_list(["حمّى", "صداع"]) == "حمّى، صداع"  # the Arabic comma


def test_removing_the_translators_goes_back_to_english(speak: Speak, qapp: QApplication) -> None:
    translators = speak("fr")
    assert translated("MainWindow", "Back") == "Précédent"
    remove_translators(qapp, translators)
    assert translated("MainWindow", "Back") == "Back"
    assert cancel_text() == "Cancel"


# English, and what goes wrong ---------------------------------------------------------------


def test_english_installs_and_reads_nothing(
    speak: Speak, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_reading() -> None:
        raise AssertionError("English read a translation file")

    monkeypatch.setattr(i18n, "translations_folder", no_reading)
    monkeypatch.setattr(i18n, "_qt_translator", no_reading)
    assert speak("en") == []
    assert QLocale().language() == QLocale.Language.English
    assert translated("MainWindow", "Back") == "Back"
    assert warnings_of_i18n(caplog) == []


def test_a_missing_file_is_one_warning_and_english(
    speak: Speak, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    translators = speak("es")
    assert len(translators) == 1  # Qt's own words still come in Spanish
    banner = DisclaimerBanner(None, QLocale("es"))
    assert banner.disclaimer_label.text() == DISCLAIMER
    banner.deleteLater()
    assert cancel_text() == "Cancelar"
    (warning,) = warnings_of_i18n(caplog)
    assert "allguide_es.qm" in warning
    assert "English" in warning


def test_a_damaged_file_is_one_warning_and_english(
    speak: Speak, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "allguide_fr.qm").write_bytes(b"not a translation file")
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    assert len(speak("fr")) == 1
    assert translated("MainWindow", "Back") == "Back"
    (warning,) = warnings_of_i18n(caplog)
    assert "allguide_fr.qm" in warning


def test_an_unknown_language_is_one_warning_and_english(
    speak: Speak, caplog: pytest.LogCaptureFixture
) -> None:
    assert speak("de") == []
    assert QLocale().language() == QLocale.Language.English
    (warning,) = warnings_of_i18n(caplog)
    assert "'de'" in warning


# Start-up budget (issue 10) -----------------------------------------------------------------


def test_importing_it_after_the_app_imports_nothing_else() -> None:
    """An English start that installs no translator pays for this module alone."""
    probe = (
        "import sys, allguide.app\n"
        "before = set(sys.modules)\n"
        "import allguide.ui.i18n\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.strip() == "['allguide.ui.i18n']"
