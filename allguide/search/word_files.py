"""The word lists as built files, mapped read-only into memory and searched in place.

``allguide compile-words`` (compile_words.py; ``make compile-words``) writes
``resources/words/<lang>.txt`` from pyspellchecker's gzipped list of each language of
real_words.LANGUAGES, and the files are committed and shipped in the package. A file
is one JSON header line, then one ``word count`` line per word, sorted by the words'
UTF-8 bytes. Accented words are there twice: as listed, and folded to the form a
typed word takes ("médicament" → "medicament") when that form is not listed itself
(the count of the last word folding to it; a listed word keeps its own).

Why: inflating and scanning the gzipped list at run time kept its text resident for
good (English +3.6 MiB, French +9.0 with a dict of 50,559 folded words, Arabic +7.4;
benchmarks/word_list_memory.py) and took 18-96 idle steps of the window's warm-up
(59-205 ms of CPU). A mapped file is neither read nor scanned: opening it is one step
of ~2 ms and makes none of it resident; the header holds what the scan computed (the
total of every count) and the folded words are lines of the file. Halving it
(sorted_list.py) touches ~18 places a word, and only the pages there become
resident: clean pages of the file, which the system drops under memory pressure, not
the process's own memory. How many come with a page depends on the system's page cache
(64 KiB around it; recent Linux maps a large cached folio whole, so ~2 MiB of a list
can be resident after a few lookups); the warm-up itself looks nothing up.

The header says what the file was built from: the source list's SHA-256 and
pyspellchecker's version (for ``compile-words --check``), and its size and gzip
trailer (the CRC-32 and length of the inflated list), which the app compares at
run time with one 8-byte read, no hashing. A file missing, stale or damaged is
logged as a warning (a packaging defect) and the app reads pyspellchecker's list
as before (real_words.py).

The file is opened, mapped read-only and closed at once (the mapping keeps a handle of
its own, but on Python 3.13+ outside Windows); the mapping is dropped by
``SortedList.close`` or with the list, and by the system at exit. Nothing writes
through it, and nothing holds the file once the app has ended (an uninstall on
Windows, where a mapped file cannot be replaced while the app runs).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import mmap
import os
import sys
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from allguide.content.bundled import resources_root
from allguide.search.sorted_list import WORD_LINES, SortedList

log = logging.getLogger(__name__)

FORMAT_VERSION = 1  # the layout of a word file: bump it when the header or the lines change
HEADER_LIMIT = 4096  # a header longer than this is not one
# Python 3.13+ (not Windows) can map without keeping a duplicate of the file's descriptor.
_NO_DESCRIPTOR_KEPT: dict[str, bool] = (
    {"trackfd": False} if sys.version_info >= (3, 13) and os.name != "nt" else {}
)
_FIX = "a packaging defect: run `make compile-words` and commit resources/words"


class StaleWordFile(Exception):
    """A word file built from another list, or by another version of the builder."""


class DamagedWordFile(Exception):
    """A word file that is not what compile_words.py writes."""


def words_folder() -> Traversable:
    """``resources/words``, as importlib.resources sees it."""
    return resources_root() / "words"


def word_file_name(language: str) -> str:
    return f"{language}.txt"


def source_list(language: str) -> Path | None:
    """pyspellchecker's gzipped list for ``language``, found without importing it."""
    try:
        spec = importlib.util.find_spec("spellchecker")
    except (ImportError, ValueError):  # pragma: no cover - a broken install
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "resources" / f"{language}.json.gz"
        if path.is_file():
            return path
    return None


def source_stamp(path: Path) -> dict[str, int]:
    """The gzipped list's size, and the CRC-32 and length of its text (its gzip trailer)."""
    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        stream.seek(-8, os.SEEK_END)
        trailer = stream.read(8)
    return {
        "bytes": size,
        "crc32": int.from_bytes(trailer[:4], "little"),
        "text_bytes": int.from_bytes(trailer[4:], "little"),
    }


@dataclass(frozen=True)
class WordFileHeader:
    """What a word file's header says, checked against the file's size."""

    first: int  # where the first word's line starts
    end: int  # the newline ending the last line (its start, for a file of no word)
    total: int  # the sum of every count of the list
    source: dict[str, Any]  # source_stamp of the list it was built from, its sha256, version


def read_header(head: bytes, size: int, last: bytes, language: str) -> WordFileHeader:
    """The header of a word file from its first line (``head``, newline included), the
    file's ``size`` and its ``last`` byte.

    Raises StaleWordFile for another format, DamagedWordFile for anything else amiss."""
    if not head.endswith(b"\n"):
        raise DamagedWordFile("no header line")
    try:
        header = json.loads(head)
    except ValueError as error:
        raise DamagedWordFile(f"header: {error}") from None
    if type(header) is not dict:
        raise DamagedWordFile("the header is not a JSON object")
    if header.get("format") != FORMAT_VERSION:
        raise StaleWordFile(f"format {header.get('format')!r:.20}, expected {FORMAT_VERSION}")
    if header.get("language") != language:
        raise DamagedWordFile(f"the words of {header.get('language')!r:.20}")
    body, total, source = header.get("body_bytes"), header.get("total"), header.get("source")
    if type(body) is not int or type(total) is not int or type(source) is not dict:
        raise DamagedWordFile("the header lacks its sizes")
    if len(head) + body != size or (body and last != b"\n"):
        raise DamagedWordFile(f"{size} bytes, expected {len(head) + body}")
    return WordFileHeader(len(head), size - 1, total, source)


def check_source(header: WordFileHeader, source: Path | None) -> None:
    """Raises StaleWordFile if the file was not built from the list ``source`` now is.

    Without pyspellchecker's list (none installed) the file is all there is: used as is."""
    if source is None:
        return
    now = source_stamp(source)
    built = header.source
    if any(built.get(key) != value for key, value in now.items()):
        raise StaleWordFile(
            f"built from another pyspellchecker list (pyspellchecker "
            f"{str(built.get('pyspellchecker'))[:20]}; {source.name} changed)"
        )


def map_file(path: Path, language: str) -> tuple[mmap.mmap, WordFileHeader]:
    """The word file mapped read-only, and its header, if it was built from the list
    pyspellchecker has now. The header and the last byte are read, not mapped: a page of
    the mapping touched can make many resident. The file is closed before this returns.

    Raises OSError, StaleWordFile or DamagedWordFile."""
    with path.open("rb", buffering=0) as stream:
        head = stream.readline(HEADER_LIMIT)
        size = os.fstat(stream.fileno()).st_size
        stream.seek(max(0, size - 1))
        last = stream.read(1)
        header = read_header(head, size, last, language)
        check_source(header, source_list(language))
        lines = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ, **_NO_DESCRIPTOR_KEPT)
    if hasattr(lines, "madvise"):  # not on Windows
        # Halving reads a page here and there: no read-ahead of pages it will not need.
        lines.madvise(mmap.MADV_RANDOM)
    return lines, header


def open_word_file(language: str) -> SortedList | None:
    """The built word list of ``language``, mapped; None, with a warning, if there is none
    that can be used (then the caller reads pyspellchecker's list)."""
    name = word_file_name(language)
    where = f"words/{name}"
    entry = words_folder() / name
    if not isinstance(entry, Path):  # pragma: no cover - a zipped install: cannot be mapped
        log.warning("%s: not a file on disk (%s); reading pyspellchecker's list", where, _FIX)
        return None
    try:
        lines, header = map_file(entry, language)
    except FileNotFoundError:
        log.warning("%s: not there (%s); reading pyspellchecker's list instead", where, _FIX)
        return None
    except (StaleWordFile, DamagedWordFile) as error:
        kind = "damaged" if isinstance(error, DamagedWordFile) else "not used"
        log.warning(
            "%s: %s: %s (%s); reading pyspellchecker's list instead", where, kind, error, _FIX
        )
        return None
    except (OSError, ValueError) as error:
        log.warning("%s: cannot be read (%s); reading pyspellchecker's list instead", where, error)
        return None
    return SortedList(lines, WORD_LINES, header.first, header.end, header.total)
