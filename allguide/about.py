"""What ``allguide --about`` and the About dialog say: one list, Qt-free.

AllGuide's version and licence, the content's date and source, and every third-party
component a build bundles, with its licence and where its source code can be had
(LGPLv3 asks that users can get Qt's and PySide6's source). The command line and the
dialog both read this module, and tests/test_about.py checks that the list agrees with
THIRD_PARTY_NOTICES.md and with pyproject.toml's dependencies.
"""

from __future__ import annotations

import datetime as dt
import platform
from dataclasses import dataclass
from importlib import metadata

from allguide import __version__

ALLGUIDE_LICENCE = "Apache-2.0"
CONTENT_LANGUAGE = "en"  # the original the translations are made from


@dataclass(frozen=True)
class Component:
    """A bundled third-party component. ``distribution``: its installed package's name
    (None: not a Python package, e.g. Python itself or Qt)."""

    name: str
    licence: str
    source: str
    distribution: str | None = None

    def version(self) -> str | None:
        """The installed version, if it can be read (a frozen build may not have the
        package's metadata)."""
        if self.name == "Python":
            return platform.python_version()
        if self.name == "Qt 6":
            return _qt_version()
        if self.distribution is None:
            return None
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return None


def _qt_version() -> str | None:
    """Qt is bundled by PySide6 at the same version: its metadata, without importing Qt."""
    try:
        return metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        return None


COMPONENTS: tuple[Component, ...] = (
    Component("Python", "PSF-2.0", "https://www.python.org/downloads/source/"),
    Component(
        "Qt 6",
        "LGPL-3.0-only",
        "https://download.qt.io/official_releases/qt/",
    ),
    Component(
        "PySide6",
        "LGPL-3.0-only",
        "https://code.qt.io/cgit/pyside/pyside-setup.git/",
        "PySide6-Essentials",
    ),
    Component(
        "shiboken6",
        "LGPL-3.0-only",
        "https://code.qt.io/cgit/pyside/pyside-setup.git/",
        "shiboken6",
    ),
    Component("PyYAML", "MIT", "https://github.com/yaml/pyyaml", "PyYAML"),
    Component("jsonschema", "MIT", "https://github.com/python-jsonschema/jsonschema", "jsonschema"),
    Component(
        "jsonschema-specifications",
        "MIT",
        "https://github.com/python-jsonschema/jsonschema-specifications",
        "jsonschema-specifications",
    ),
    Component(
        "referencing", "MIT", "https://github.com/python-jsonschema/referencing", "referencing"
    ),
    Component("rpds-py", "MIT", "https://github.com/crate-py/rpds", "rpds-py"),
    Component("attrs", "MIT", "https://github.com/python-attrs/attrs", "attrs"),
    Component(
        "typing_extensions",
        "PSF-2.0",
        "https://github.com/python/typing_extensions",
        "typing_extensions",
    ),
    Component("rapidfuzz", "MIT", "https://github.com/rapidfuzz/RapidFuzz", "rapidfuzz"),
    Component(
        "pyspellchecker",
        "MIT",
        "https://github.com/barrust/pyspellchecker",
        "pyspellchecker",
    ),
    Component(
        "pyspellchecker word lists (FrequencyWords)",
        "CC-BY-SA-4.0",
        "https://github.com/hermitdave/FrequencyWords",
    ),
    Component("segno", "BSD-3-Clause", "https://github.com/heuer/segno", "segno"),
    # In Qt's libraries (PySide6's wheel on Linux): collation, case, time zone names.
    Component("ICU", "Unicode-DFS-2016", "https://github.com/unicode-org/icu"),
    # The frozen build's program (its bootloader) and start-up hooks.
    Component(
        "PyInstaller",
        "GPL-2.0-or-later WITH Bootloader-exception",
        "https://github.com/pyinstaller/pyinstaller",
    ),
)


@dataclass(frozen=True)
class ContentFacts:
    """The bundled English document's date and the page it retells."""

    updated: dt.date
    publisher: str
    title: str


def content_facts() -> ContentFacts | None:
    """Read from the bundled compiled content (no Qt, YAML or JSON Schema); None if it
    cannot be read."""
    from allguide.content.bundled import load_bundled

    try:
        document = load_bundled(CONTENT_LANGUAGE).content.document
    except Exception:  # whatever went wrong, the About text still lists versions and licences
        return None
    if document is None:
        return None
    return ContentFacts(document.source.updated, document.source.publisher, document.source.title)


def about_text() -> str:
    """The plain text ``allguide --about`` prints (English: a command-line report)."""
    lines = [f"AllGuide {__version__}", f"Licence: {ALLGUIDE_LICENCE}", ""]
    facts = content_facts()
    if facts is None:
        lines.append("Content: its date could not be read.")
    else:
        lines.append(f"Content: Updated {facts.updated.day} {facts.updated:%B %Y}")
        lines.append(f'Source: the {facts.publisher} page "{facts.title}"')
    lines += ["", "Third-party components:"]
    for component in COMPONENTS:
        version = component.version()
        name = component.name if version is None else f"{component.name} {version}"
        lines.append(f"- {name}")
        lines.append(f"  Licence: {component.licence}")
        lines.append(f"  Source code: {component.source}")
    return "\n".join(lines) + "\n"
