"""The interface's language: AllGuide's own translations, Qt's, and the default locale.

English is the language the code is written in: nothing is loaded for it, so an English
start reads no file here. For another language two translators are installed:

- AllGuide's own, ``resources/translations/allguide_<lang>.qm`` (built from
  ``translations/*.ts`` by ``make translations`` and committed), read as bytes through
  importlib.resources from the installed package, never from a path a user could point
  elsewhere;
- Qt's, ``qtbase_<lang>.qm`` as PySide6 ships it, for Qt's own words: standard buttons
  (OK, Cancel), the context menus of text boxes, the date picker.

A missing or unreadable file is one warning in the log and that part stays in English:
the family still gets a working window. The switch (ui/language/switch.py) installs the
new language's translators before it builds the new window, and removes the old ones.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib.resources.abc import Traversable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from allguide.content.bundled import resources_root
from allguide.languages import Language

log = logging.getLogger(__name__)

# The language of the code's strings: there is nothing to translate them into.
SOURCE_LANGUAGE = Language.ENGLISH

# Where a language's dates and numbers come from, when not from QLocale(language).
# Arabic: Modern Standard Arabic (ar_001) writes the digits 0-9, as the content's own
# text and the plural forms (%n) do, and names the months as most readers know them;
# QLocale("ar") is Egypt's, which writes dates in Arabic-Indic digits (٢٠ مارس ٢٠٢٥).
_LOCALE_NAMES = {Language.ARABIC: "ar_001"}


def interface_locale(language: str) -> QLocale:
    """The locale that dates, numbers and Qt's widgets follow in ``language``."""
    known = Language.parse(language)
    return QLocale(_LOCALE_NAMES.get(known, language) if known is not None else language)


def translations_folder() -> Traversable:
    """``resources/translations``, as importlib.resources sees it."""
    return resources_root() / "translations"


class BundledTranslator(QTranslator):
    """A translator loaded from bytes. Qt reads a translation in place, without a copy,
    for as long as the translator lives: the bytes are kept here for that long."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.loaded = self.load(data)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``app`` speak ``language``; English installs nothing.

    Also sets the default locale, so dates, numbers and Qt's own widgets (the date box,
    its calendar) follow the language. The translators belong to ``app`` until
    ``remove_translators`` takes them out (before a switch to another language).
    """
    known = Language.parse(language)
    if known is None:
        log.warning("no translations for the language %r; the interface stays in English", language)
        known = SOURCE_LANGUAGE
    QLocale.setDefault(interface_locale(known))
    if known is SOURCE_LANGUAGE:
        return []
    translators = [
        translator
        for translator in (_allguide_translator(known, app), _qt_translator(known, app))
        if translator is not None
    ]
    for translator in translators:
        app.installTranslator(translator)
    return translators


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    """Take ``translators`` out of ``app`` again: its strings go back to English."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def _allguide_translator(language: Language, parent: QObject) -> QTranslator | None:
    """AllGuide's own strings in ``language``, from the package's .qm file."""
    name = f"allguide_{language.value}.qm"
    try:
        data = (translations_folder() / name).read_bytes()
    except OSError as error:
        log.warning(
            "translations/%s cannot be read (%s); AllGuide's own words stay in English "
            "(run `make translations`)",
            name,
            error.strerror or error,
        )
        return None
    translator = BundledTranslator(data, parent)
    if not translator.loaded or translator.isEmpty():
        log.warning(
            "translations/%s is not a translation file Qt can read; AllGuide's own words "
            "stay in English (run `make translations`)",
            name,
        )
        translator.deleteLater()
        return None
    return translator


def _qt_translator(language: Language, parent: QObject) -> QTranslator | None:
    """Qt's own strings in ``language``, from the qtbase .qm that ships with PySide6."""
    from PySide6.QtCore import QLibraryInfo  # only here: its type costs an English start

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    name = f"qtbase_{language.value}"
    translator = QTranslator(parent)
    if not translator.load(name, folder):
        log.warning("%s.qm is not in %s; Qt's own words stay in English", name, folder)
        translator.deleteLater()
        return None
    return translator
