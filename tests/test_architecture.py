"""The core stays free of Qt, so it can be loaded, validated and searched headless."""

from __future__ import annotations

import subprocess
import sys


def test_content_core_never_imports_qt() -> None:
    code = (
        "import sys, allguide.content, allguide.cli; "
        "from allguide.content import load_bundled; load_bundled('en'); "
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
