"""Guards against the PySide6 build that crashes long sessions on older Pythons.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None each time a
method returning nothing is called; after a few thousand calls the interpreter
aborts ("deallocating None"). pyproject.toml therefore picks 6.11 there. This test
fails if a future pin brings such a build back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlockFormat


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its reference count never falls, "
    "so this check could not fail there (and that PySide6 bug cannot crash it)",
)
def test_void_methods_keep_none_alive() -> None:
    thing = QObject()
    block_format = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(1000):
        thing.setObjectName("x")
        block_format.setBottomMargin(4)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"references to None fell from {before} to {after}"
