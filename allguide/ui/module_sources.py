"""Keep PySide from holding the source of every module imported after it.

On every import, PySide 6 asks whether the new module uses PySide (for its
``__feature__`` switches) by reading the module's whole source with
``inspect.getsource`` ("PySide6" in it or not), and ``linecache`` then keeps every
line for good: for AllGuide's ~170 modules that is about 4 MiB of Python strings
(a tenth of what AllGuide adds to a bare window), never read again, and ~6.5 ms
of the start. The same question is answered here from the file's bytes (the
name is ASCII, and Python source is in an ASCII-compatible encoding); a module
without a readable ``.py`` file gets PySide's own check, and the lines that
check reads are dropped afterwards (a traceback reads them again if it needs them).
Lines with no file behind them are never dropped: nothing could read them again.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # PySide's own, from its embedded support files
CHECK = "_mod_uses_pyside"  # its check, looked up in its module's globals at each import
MARK = "_allguide_forgets_sources"
NAME = b"PySide6"  # what PySide's check looks for in a module's source


def forget_module_sources() -> bool:
    """Wrap PySide's check so that it leaves ``linecache`` as it found it, and drop the
    lines read so far. True if installed now; False if already installed, or if this
    PySide has no such check (or is not imported yet): then nothing changes.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, CHECK, None)
    if feature is None or not callable(check) or getattr(check, MARK, False):
        return False
    setattr(feature, CHECK, _forgetting(check))
    _forget_file_lines()
    return True


def _forget_file_lines() -> None:
    """Drop the lines read from files (read again from the file if ever needed); keep
    those with no file behind them (attrs' generated code, ``<string>``: mtime None)
    and lazy entries, whose lines could never be read again."""
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            linecache.cache.pop(name, None)


def _forgetting(check: Callable[[ModuleType], object]) -> Callable[[ModuleType], object]:
    def uses_pyside(module: ModuleType) -> object:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return NAME in source.read()
            except OSError:
                pass  # PySide's own check decides, as it always did
        cached = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in linecache.cache.keys() - cached:
                linecache.cache.pop(name, None)

    setattr(uses_pyside, MARK, True)
    return uses_pyside
