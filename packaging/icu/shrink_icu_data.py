"""A smaller ICU data library for the frozen build: only what Qt uses, only our languages.

PySide6's wheel ships ``libicudata.so.73`` (31 MiB), ICU's data for every language and
every feature. Qt Core (6.11, 6.12) calls ICU for four things only (``nm -D
libQt6Core.so.6 | grep _73``): upper/lower case (``u_strToUpper``; its tables are built
into libicuuc), collation (``ucol_*``: QCollator), time zone names (``ucal_*``:
QTimeZone::displayName) and text codecs other than UTF-8/16/32 and Latin-1
(``ucnv_*``). AllGuide reads and writes UTF-8 only and, on Unix, Qt 6 takes the
system's 8-bit encoding to be UTF-8.

So the bundle gets a library with the same soname and symbol (``icudt73_dat``) holding
ICU's common data minus:
- every locale's data but root and AllGuide's languages (en, es, fr, ar, with their
  regional variants): collation, time zone, region, currency, unit, language names...;
- the codecs (``*.cnv``), the word-break dictionaries (``*.dict``: Thai, Khmer, Lao,
  Burmese, Chinese/Japanese; Qt breaks lines with its own code) and transliteration.
Every other item (properties, normalisation, ``res_index``, ``pool``, time zone rules,
supplemental data) stays, so ICU finds each tree it opens and falls back to root.

Run: python packaging/icu/shrink_icu_data.py LIBICUDATA OUT_DIR [--languages en es fr ar]
(``build.spec`` calls :func:`shrink_library`). Needs a C compiler (``cc``) to wrap the
data in a shared library; Python does the rest (no ICU tools). tests/test_icu_data.py
checks the data file and, with the library on LD_LIBRARY_PATH, Qt's use of it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# The common data's own format (ICU's udata.h, "CmnD" v1): a DataHeader, then a count
# and a table of (name offset, data offset) from the table's start, then the names,
# then each item (itself a data file) aligned to 16 bytes.
_ITEM_ALIGNMENT = 16
_ALWAYS_KEPT = frozenset({"root", "pool", "res_index"})
_DROPPED_KINDS = frozenset({"cnv", "dict"})
_DROPPED_TREES = frozenset({"translit"})
_LANGUAGE_PART = re.compile(r"[a-z]{2,3}")


class IcuDataError(ValueError):
    """The file is not ICU common data this tool understands."""


@dataclass(frozen=True)
class CommonData:
    """ICU common data: its header bytes, little-endian, and its items in name order."""

    header: bytes
    items: dict[str, bytes]


def read_common_data(data: bytes) -> CommonData:
    """Parse a little-endian ``CmnD`` package (what libicudata's symbol points to)."""
    if len(data) < 32 or data[2:4] != b"\xda\x27":
        raise IcuDataError("not ICU data (no 0xda27 magic)")
    header_size = struct.unpack_from("<H", data, 0)[0]
    is_big_endian = data[8]
    if data[12:16] != b"CmnD" or is_big_endian:
        raise IcuDataError("not little-endian ICU common data (CmnD)")
    table = header_size
    (count,) = struct.unpack_from("<I", data, table)
    entries = [struct.unpack_from("<II", data, table + 4 + 8 * index) for index in range(count)]
    offsets = [data_offset for _, data_offset in entries]
    if offsets != sorted(offsets) or (offsets and table + offsets[-1] > len(data)):
        raise IcuDataError("items out of order or past the end")
    items: dict[str, bytes] = {}
    for index, (name_offset, data_offset) in enumerate(entries):
        name_end = data.index(b"\0", table + name_offset)
        name = data[table + name_offset : name_end].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - table
        items[name] = data[table + data_offset : table + end]
        if items[name][2:4] != b"\xda\x27":
            raise IcuDataError(f"{name}: not an ICU data item (no 0xda27 magic)")
    return CommonData(header=data[:header_size], items=items)


def write_common_data(common: CommonData) -> bytes:
    """The package again, names sorted as ICU's binary search expects."""
    names = sorted(common.items)
    count = len(names)
    table_size = 4 + 8 * count
    name_blob = bytearray()
    name_offsets = []
    for name in names:
        name_offsets.append(table_size + len(name_blob))
        name_blob += name.encode("ascii") + b"\0"
    body = bytearray()
    start = table_size + len(name_blob)
    padding = -(len(common.header) + start) % _ITEM_ALIGNMENT
    data_offsets = []
    position = start + padding
    for name in names:
        item = common.items[name]
        data_offsets.append(position)
        body += item
        position += len(item)
        gap = -(len(common.header) + position) % _ITEM_ALIGNMENT
        body += b"\xaa" * gap  # icupkg's own padding byte
        position += gap
    table = bytearray(struct.pack("<I", count))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        table += struct.pack("<II", name_offset, data_offset)
    return common.header + bytes(table) + bytes(name_blob) + b"\xaa" * padding + bytes(body)


def item_kept(name: str, languages: Iterable[str]) -> bool:
    """Whether AllGuide's bundle needs this item (``icudt73l/coll/fr_CA.res``...)."""
    parts = name.split("/")
    tree = parts[1] if len(parts) > 2 else ""
    stem, _, kind = parts[-1].rpartition(".")
    if tree in _DROPPED_TREES or kind in _DROPPED_KINDS:
        return False
    if kind != "res" or stem in _ALWAYS_KEPT:
        return True
    language = stem.split("_")[0]
    if not _LANGUAGE_PART.fullmatch(language):
        return True  # supplemental data: plurals, metaZones, zoneinfo64, likelySubtags...
    return language in set(languages)


def shrink_data(data: bytes, languages: Iterable[str]) -> bytes:
    """The common data with only the items :func:`item_kept` keeps."""
    wanted = tuple(languages)
    common = read_common_data(data)
    kept = {name: item for name, item in common.items.items() if item_kept(name, wanted)}
    return write_common_data(CommonData(header=common.header, items=kept))


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The ``icudtNN_dat`` symbol's name, file offset and size in the library."""
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size, name = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise IcuDataError(f"{library}: no icudtNN_dat symbol")
    segments = subprocess.run(
        ["readelf", "-lW", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in segments.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, virtual, file_size = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if virtual <= address < virtual + file_size:
                return name, offset + address - virtual, size
    raise IcuDataError(f"{library}: {name} is in no loaded segment")


def shrink_library(library: Path, out_dir: Path, languages: Iterable[str]) -> Path:
    """Write ``out_dir/<library's name>``: the same soname and symbol, less data."""
    symbol, offset, size = _data_symbol(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        data = handle.read(size)
    small = shrink_data(data, languages)
    soname = library.name
    out_dir.mkdir(parents=True, exist_ok=True)
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuDataError("no C compiler (cc) to build the smaller ICU data library")
    with tempfile.TemporaryDirectory() as work:
        data_file = Path(work) / "icudata.dat"
        data_file.write_bytes(small)
        assembly = Path(work) / "icudata.S"
        assembly.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign 16\n{symbol}:\n\t.incbin "{data_file}"\n'
            f"\t.size {symbol}, .-{symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target = out_dir / soname
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                "-s",
                f"-Wl,-soname,{soname}",
                "-o",
                str(target),
                str(assembly),
            ],
            check=True,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path, help="libicudataNN.so from PySide6's wheel")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--languages", nargs="+", default=["en", "es", "fr", "ar"])
    arguments = parser.parse_args(argv)
    target = shrink_library(arguments.library, arguments.out_dir, arguments.languages)
    before, after = arguments.library.stat().st_size, target.stat().st_size
    print(f"{target}: {after / 2**20:.1f} MiB (was {before / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
