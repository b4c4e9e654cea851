"""What the frozen build keeps of Qt, per platform (build.spec imports this).

Kept apart from the spec so it can be tested on every platform's paths from Linux
(tests/test_freeze_rules.py): PyInstaller lays Qt out as ``PySide6/Qt/plugins/...`` on
Linux and macOS but ``PySide6/plugins/...`` on Windows.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath

PluginsKept = dict[str, set[str]]

# The PySide6 modules AllGuide imports, the only ones bundled (build.spec leaves out
# every other). QtPrintSupport: Print (Ctrl+P and the toolbar's Print button) and its
# dialog; without it the frozen app could only save PDFs.
PYSIDE_MODULES_KEPT = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"})

# Qt plugins kept, by folder: a plugin left out is one Qt never loads for AllGuide.
# PNG is built into QtGui and AllGuide loads every icon of its own as PNG
# (allguide/ui/icons.py), but Qt draws its own icons (the search box's clear button)
# from SVG: the SVG image format and icon engine stay (Qt SVG, ~0.8 MiB). No other
# image format; AllGuide draws its own look, so no platform theme or style.
_LINUX: PluginsKept = {
    "platforms": {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"},
    "imageformats": {"libqsvg.so"},
    "iconengines": {"libqsvgicon.so"},
    "xcbglintegrations": {"libqxcb-glx-integration.so", "libqxcb-egl-integration.so"},
    # Dead keys and compose (é, ñ, ç), and IBus, through which many type Arabic.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": {"libbradient.so"},
    # The printers CUPS knows, for the Print dialog (links the system's libcups.so.2).
    # Windows and macOS print through Qt Print Support itself: no plugin there.
    "printsupport": {"libcupsprintersupport.so"},
}
# Untested: no Windows machine or Mac here (docs/frozen-build.md).
_WINDOWS: PluginsKept = {
    "platforms": {"qwindows.dll", "qoffscreen.dll"},
    "imageformats": {"qsvg.dll"},
    "iconengines": {"qsvgicon.dll"},
}
_MACOS: PluginsKept = {
    "platforms": {"libqcocoa.dylib", "libqoffscreen.dylib"},
    "imageformats": {"libqsvg.dylib"},
    "iconengines": {"libqsvgicon.dylib"},
}


def plugins_kept_on(platform: str) -> PluginsKept | None:
    """The plugins kept for ``sys.platform``; None (keep all) for any other system."""
    if platform.startswith("linux"):
        return _LINUX
    return {"win32": _WINDOWS, "darwin": _MACOS}.get(platform)


def _parts(dest: str) -> tuple[str, ...]:
    return (PureWindowsPath(dest) if "\\" in dest else PurePosixPath(dest)).parts


def qt_folder(dest: str, name: str) -> tuple[str, ...] | None:
    """The path's parts after PySide6/Qt/<name>/ (Linux, macOS) or PySide6/<name>/
    (Windows), else None."""
    parts = _parts(dest)
    for prefix in (("PySide6", "Qt", name), ("PySide6", name)):
        if parts[: len(prefix)] == prefix and len(parts) > len(prefix):
            return parts[len(prefix) :]
    return None


def qt_part(dest: str) -> tuple[str, str] | None:
    """(folder, file) of a Qt plugin, or None for anything else."""
    rest = qt_folder(dest, "plugins")
    if rest is not None and len(rest) >= 2:
        return rest[0], rest[-1]
    return None


def plugin_kept(dest: str, kept: PluginsKept | None) -> bool:
    part = qt_part(dest)
    return kept is None or part is None or part[1] in kept.get(part[0], ())


def translation_kept(dest: str, languages: tuple[str, ...]) -> bool:
    """Only Qt's qtbase_<language>.qm of AllGuide's languages (i18n.py loads those)."""
    rest = qt_folder(dest, "translations")
    if rest is None:
        return True
    return rest[-1] in {f"qtbase_{language}.qm" for language in languages}


def windows_version_numbers(version: str) -> tuple[int, int, int, int]:
    """Windows' version resource wants four numbers: 0.2.0rc1 gives (0, 2, 0, 0)."""
    parts = [*version.split("."), "0", "0", "0"][:3]
    digits = [re.match(r"\d*", part) for part in parts]
    major, minor, patch = (int(found.group() or 0) if found else 0 for found in digits)
    return major, minor, patch, 0
