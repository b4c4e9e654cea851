"""PySide's per-import source check leaves no module's lines behind (allguide/ui/module_sources.py).

A fresh interpreter imports the app as ``allguide`` does (PySide first, then the
Qt layer), then new modules: one that names PySide6, one that does not, one in
Latin-1 that does, and one without source (only its bytecode: PySide's own check
says it does not). PySide must give the answers its own check gives, and
``linecache`` must keep none of their lines (it kept ~4 MiB of AllGuide's).
"""

from __future__ import annotations

import json
import linecache
import py_compile
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from allguide.ui.module_sources import CHECK, FEATURE_MODULE, forget_module_sources

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    sys.path.insert(0, sys.argv[1])
    import allguide.app  # PySide6, then allguide.ui, as the allguide command imports them
    import names_pyside, plain_module, latin_pyside, sourceless
    feature = sys.modules["shibokensupport.feature"]
    print(json.dumps({
        "cached": sorted(name for name in linecache.cache if sys.argv[1] in name),
        "uses_pyside": {
            name: feature.pyside_feature_dict.get(name)
            for name in ("names_pyside", "plain_module", "latin_pyside", "sourceless")
        },
        "allguide_cached": [name for name in linecache.cache if "/allguide/" in name],
    }))
    """
)


def probe(folder: Path) -> dict[str, object]:
    (folder / "names_pyside.py").write_text('"""Uses PySide6."""\nVALUE = 1\n', "utf-8")
    (folder / "plain_module.py").write_text('"""Plain Python."""\nVALUE = 2\n', "utf-8")
    latin = '# -*- coding: latin-1 -*-\n"""Café, with PySide6."""\nVALUE = 3\n'
    (folder / "latin_pyside.py").write_bytes(latin.encode("latin-1"))
    source = folder / "sourceless.py"
    source.write_text('"""Names PySide6, but only its bytecode is there."""\n', "utf-8")
    py_compile.compile(str(source), cfile=str(folder / "sourceless.pyc"), doraise=True)
    source.unlink()
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    result: dict[str, object] = json.loads(run.stdout.splitlines()[-1])
    return result


def test_pyside_still_checks_each_import_but_no_source_lines_are_kept(tmp_path: Path) -> None:
    found = probe(tmp_path)
    assert found["uses_pyside"] == {
        "names_pyside": 0,
        "plain_module": -1,
        "latin_pyside": 0,
        "sourceless": -1,
    }
    assert found["cached"] == []
    assert found["allguide_cached"] == []  # nor the app's own modules


def test_lines_with_no_file_behind_them_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated code (attrs' methods, ``<string>``) and lazy entries cannot be read
    again once dropped: a traceback through them would show no lines."""
    feature = ModuleType(FEATURE_MODULE)  # PySide's module, not wrapped yet
    setattr(feature, CHECK, lambda module: -1)
    monkeypatch.setitem(sys.modules, FEATURE_MODULE, feature)
    monkeypatch.setattr(linecache, "cache", {})
    generated = "<attrs generated init example.Thing>"
    linecache.cache[generated] = (22, None, ["def __init__(self): pass\n"], generated)
    linecache.cache["lazy.py"] = (lambda: "VALUE = 1\n",)
    assert linecache.getlines(__file__)  # read from a file: dropped
    assert forget_module_sources()
    assert sorted(linecache.cache) == [generated, "lazy.py"]
    assert linecache.getlines(generated) == ["def __init__(self): pass\n"]
