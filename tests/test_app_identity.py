"""One desktop id for the window, the Linux package's entries and the macOS bundle.

A Wayland compositor finds a window's icon and menu entry by the desktop file name the
application gives (QGuiApplication.desktopFileName): it must be the name of the
.desktop file the package installs, or the window shows a generic icon.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from allguide import APP_ID

ROOT = Path(__file__).resolve().parents[1]


def test_the_application_names_its_desktop_entry() -> None:
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "from allguide.app import application; print(application([]).desktopFileName())",
        ],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    assert shown == APP_ID


def test_the_package_and_the_mac_bundle_use_the_same_id() -> None:
    sys.path.insert(0, str(ROOT / "packaging" / "linux"))
    try:
        import build_deb
    finally:
        sys.path.remove(str(ROOT / "packaging" / "linux"))
    assert build_deb.APP_ID == APP_ID
    assert "bundle_identifier=APP_ID" in (ROOT / "build.spec").read_text("utf-8")
