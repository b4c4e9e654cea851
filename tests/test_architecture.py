"""The core stays free of Qt, so it can be loaded, validated and searched headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import allguide.ui


def test_content_core_never_imports_qt() -> None:
    code = (
        "import sys, allguide.content, allguide.cli; "
        "from allguide.content import load_bundled; load_bundled('en'); "
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_translated_strings_are_filled_one_way() -> None:
    """``allguide.ui.wording.fill`` puts values into translated strings, never .replace chains.

    A chain reads user text as a placeholder: a search for "%2" would show the count.
    """
    ui = Path(allguide.ui.__file__).parent
    offenders = [
        f"{path.relative_to(ui.parent.parent)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "wording.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if '.replace("%' in line or ".replace('%" in line
    ]
    assert offenders == []
