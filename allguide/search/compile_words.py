"""Writing the word lists' built files (word_files.py) from pyspellchecker's lists.

``allguide compile-words`` (or ``python -m allguide.search.compile_words``, or ``make
compile-words``) writes ``resources/words/<lang>.txt`` for every language of
real_words.LANGUAGES; commit them. ``--check`` writes nothing and fails when a file is
missing or differs from what would be written (a new pyspellchecker list, or a change
to the builder or to ``fold``). Only the pyspellchecker version noted in the header
may differ: a release with the same lists leaves the files as they are.

The order check that reading the gzipped list did at run time is made here: the
lines are sorted, and a word that a line cannot hold stops the build with a message.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

from allguide.atomic import write_atomically
from allguide.search import word_files
from allguide.search.real_words import LANGUAGES
from allguide.search.sorted_list import WORD_LINES
from allguide.search.text import fold
from allguide.search.word_files import (
    FORMAT_VERSION,
    HEADER_LIMIT,
    source_list,
    source_stamp,
    word_file_name,
)

# The lists' licence asks that an adapted copy say so and keep the licence: this one does.
LICENCE = (
    "CC BY-SA 4.0: adapted from pyspellchecker's word list, built from FrequencyWords "
    "(Hermit Dave; OpenSubtitles2016): rewritten one word and count a line, sorted, accented "
    "words also folded (THIRD_PARTY_NOTICES.md)"
)
EXIT_OK = 0
EXIT_PROBLEMS = 1


class CannotBuild(Exception):
    """A list that cannot be written as a word file."""


def merged_counts(frequencies: dict[str, int]) -> dict[str, int]:
    """Every word's count, and each accented word folded to another form that is not
    listed, with the count of the last word folding to it: what FrequencyList answers."""
    folded: dict[str, int] = {}
    for word, count in frequencies.items():
        if not word.isascii():
            form = fold(word)
            if form != word:
                folded[form] = count
    merged = dict(folded)
    merged.update((word, n) for word, n in frequencies.items() if n or word not in folded)
    return merged


def word_file_bytes(language: str, gzipped: bytes, stamp: dict[str, int], made_by: str) -> bytes:
    """The word file of ``language`` from its gzipped list: the same list always gives the
    same bytes. ``stamp``: source_stamp of the list's file; ``made_by``: pyspellchecker's
    version. Raises CannotBuild for a list a word file cannot hold."""
    frequencies: Any = json.loads(gzip.decompress(gzipped))
    if type(frequencies) is not dict:
        raise CannotBuild("not a JSON object of words")
    for word, count in frequencies.items():
        if type(count) is not int or count < 0:
            raise CannotBuild(f"{word!r}: the count {count!r:.20} is not a whole number")
    lines: list[tuple[bytes, int]] = []
    for word, count in merged_counts(frequencies).items():
        try:
            key = word.encode()
        except UnicodeEncodeError:
            raise CannotBuild(f"{word!r}: not a word of text (a lone surrogate)") from None
        if any(unwritten in key for unwritten in WORD_LINES.unwritten):
            raise CannotBuild(f"{word!r}: a word file's line cannot hold it")
        lines.append((key, count))
    lines.sort()
    body = b"".join(b"%s %d\n" % line for line in lines)
    header = {
        "format": FORMAT_VERSION,
        "licence": LICENCE,
        "language": language,
        "words": len(frequencies),
        "lines": len(lines),
        "total": sum(frequencies.values()),
        "body_bytes": len(body),
        "source": {
            **stamp,
            "sha256": hashlib.sha256(gzipped).hexdigest(),
            "pyspellchecker": made_by,
        },
    }
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    if len(head) > HEADER_LIMIT:  # pragma: no cover - a header is ~300 bytes
        raise CannotBuild("the header is too long")
    return head + body


def pyspellchecker_version() -> str:
    try:
        return version("pyspellchecker")
    except PackageNotFoundError:  # pragma: no cover - found without its metadata
        return "unknown"


def built_bytes(language: str) -> bytes:
    """What ``resources/words/<language>.txt`` should hold, from the installed list."""
    source = source_list(language)
    if source is None:
        raise CannotBuild(f"no pyspellchecker list for {language!r}: is pyspellchecker installed?")
    try:
        return word_file_bytes(
            language, source.read_bytes(), source_stamp(source), pyspellchecker_version()
        )
    except (OSError, EOFError, gzip.BadGzipFile, ValueError) as error:
        raise CannotBuild(f"{source}: {error}") from None
    except CannotBuild as error:
        raise CannotBuild(f"{source}: {error}") from None


def same_list(current: bytes, expected: bytes) -> bool:
    """The same file, apart from the pyspellchecker version noted in the header."""

    def without_version(data: bytes) -> tuple[Any, bytes]:
        head, _, body = data.partition(b"\n")
        header = json.loads(head)
        if isinstance(header, dict) and isinstance(header.get("source"), dict):
            header["source"].pop("pyspellchecker", None)
        return header, body

    try:
        return without_version(current) == without_version(expected)
    except ValueError:
        return False


def compile_word_files(
    check: bool = False, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Build (or with ``check``, compare) every language's word file; the exit status.
    ``out`` and ``err``: sys.stdout and sys.stderr as they are when it runs."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    folder = word_files.words_folder()
    status = EXIT_OK
    for language in sorted(LANGUAGES):
        target = folder / word_file_name(language)
        shown = f"words/{word_file_name(language)}"
        try:
            expected = built_bytes(language)
        except CannotBuild as problem:
            print(f"{shown}: not built: {problem}", file=err)
            status = EXIT_PROBLEMS
            continue
        try:
            current = target.read_bytes() if target.is_file() else None
        except OSError:
            current = None
        if current is not None and same_list(current, expected):
            print(f"{shown}: up to date", file=out)
        elif check:
            said = "missing" if current is None else "stale"
            print(f"{shown}: {said}: run `make compile-words` and commit it", file=err)
            status = EXIT_PROBLEMS
        elif not isinstance(target, Path):
            print(f"{shown}: the package is not a folder on disk; nothing written", file=err)
            status = EXIT_PROBLEMS
        else:
            write_atomically(target, expected)
            print(f"{shown}: written", file=out)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m allguide.search.compile_words",
        description="Write resources/words/<lang>.txt from pyspellchecker's word lists.",
    )
    parser.add_argument("--check", action="store_true", help="write nothing; fail if stale")
    args = parser.parse_args(argv)
    return compile_word_files(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
