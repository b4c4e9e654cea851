"""The frozen build's smaller ICU data (packaging/icu/shrink_icu_data.py).

The bundle swaps PySide6's 31 MiB libicudata for one holding root and AllGuide's
languages only. These tests check the data format round trip, what is kept, and then
Qt itself running on the smaller library (through LD_LIBRARY_PATH, which wins over the
wheel's RUNPATH): collation, upper case and time zone names in each language.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "es", "fr", "ar")


tool = load_script("packaging/icu/shrink_icu_data.py")


def wheel_icu_data() -> Path:
    pyside = importlib.util.find_spec("PySide6")
    assert pyside is not None and pyside.origin is not None
    found = sorted((Path(pyside.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not found:
        pytest.skip("PySide6's wheel bundles ICU on Linux only")
    if shutil.which("nm") is None or shutil.which("readelf") is None:
        pytest.skip("binutils (nm, readelf) not installed")
    return found[0]


@pytest.fixture(scope="module")
def wheel_data() -> bytes:
    library = wheel_icu_data()
    _symbol, offset, size = tool._data_symbol(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        return handle.read(size)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/coll/fr_CA.res", True),
        ("icudt73l/coll/es__TRADITIONAL.res", True),
        ("icudt73l/zone/ar_EG.res", True),
        ("icudt73l/en_GB.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/zone/pool.res", True),
        ("icudt73l/curr/res_index.res", True),
        ("icudt73l/metaZones.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/plurals.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/brkitr/line.brk", True),
        ("icudt73l/de.res", False),
        ("icudt73l/coll/de__PHONEBOOK.res", False),
        ("icudt73l/zone/zh_Hant.res", False),
        ("icudt73l/ibm-943_P15A-2003.cnv", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
    ],
)
def test_what_the_bundle_keeps(name: str, kept: bool) -> None:
    assert tool.item_kept(name, LANGUAGES) is kept


def test_reading_and_writing_gives_back_the_same_bytes(wheel_data: bytes) -> None:
    """The writer lays out a package exactly as ICU's own icupkg did."""
    common = tool.read_common_data(wheel_data)
    assert len(common.items) > 3000
    assert tool.write_common_data(common) == wheel_data


def test_the_smaller_data_keeps_our_languages_and_drops_the_rest(wheel_data: bytes) -> None:
    small = tool.read_common_data(tool.shrink_data(wheel_data, LANGUAGES))
    names = set(small.items)
    prefix = next(iter(names)).split("/")[0]
    for language in LANGUAGES:
        assert f"{prefix}/{language}.res" in names
        assert f"{prefix}/coll/{language}.res" in names
        assert f"{prefix}/zone/{language}.res" in names
    assert f"{prefix}/de.res" not in names
    assert not any(name.endswith(".cnv") for name in names)
    original = tool.read_common_data(wheel_data)
    for name in names:  # every item kept is the wheel's own, untouched
        assert small.items[name] == original.items[name]
    assert len(tool.shrink_data(wheel_data, LANGUAGES)) < len(wheel_data) / 4


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(tool.IcuDataError, match="not ICU data"):
        tool.read_common_data(b"\0" * 64)


QT_PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
    loaded = sorted({line.split()[-1] for line in open("/proc/self/maps") if "icudata" in line})
    words = {"es": ["oso", "ñu", "nube"], "fr": ["côté", "cote", "côte", "coté"],
             "en": ["b", "B", "a", "A"], "ar": ["ت", "ب", "أ"]}
    report = {"loaded": loaded}
    paris = QTimeZone(b"Europe/Paris")
    winter = QDateTime.fromString("2025-01-15T12:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
    for language, some in words.items():
        locale = QLocale(language)
        collator = QCollator(locale)
        report[language] = {
            "sorted": sorted(some, key=collator.sortKey),
            "upper": locale.toUpper("straße ñ é"),
            "zone": paris.displayName(winter, QTimeZone.NameType.LongName, locale),
        }
    print(json.dumps(report))
    """
)


def qt_report(library_dir: Path | None) -> dict[str, object]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_dir is not None:
        environment["LD_LIBRARY_PATH"] = str(library_dir)
    done = subprocess.run(
        [sys.executable, "-c", QT_PROBE],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def test_qt_gives_the_same_answers_in_our_languages_on_the_smaller_library(
    tmp_path: Path,
) -> None:
    library = wheel_icu_data()
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler to build the smaller library")
    small = tool.shrink_library(library, tmp_path, LANGUAGES)
    assert small.name == library.name
    assert small.stat().st_size < 8 * 2**20
    full, shrunk = qt_report(None), qt_report(tmp_path)
    assert shrunk.pop("loaded") == [str(small)]  # the smaller one really ran
    assert full.pop("loaded") == [str(library.resolve())]
    assert shrunk == full
    assert shrunk["es"]["sorted"] == ["nube", "ñu", "oso"]  # type: ignore[index]
    assert shrunk["fr"]["zone"] == "heure normale d’Europe centrale"  # type: ignore[index]
