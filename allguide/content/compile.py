"""Writing the compiled form of the bundled content (compiled.py), for content editors.

``allguide compile-content`` (or ``python -m allguide.content.compile``, or
``make compile-content``) loads each bundled language with full validation and writes
``resources/content/<lang>/compiled.json``. Content with any problem is not compiled (a
translation out of step with English included): the problems are printed as ``allguide
validate`` prints them. ``--check`` writes nothing and fails when a compiled file is
missing or differs from what would be written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from allguide.atomic import write_atomically
from allguide.content.bundled import available_languages, language_dir, load_bundled, schema_file
from allguide.content.codec import decode, encode
from allguide.content.compiled import COMPILED_FILE, compiled_json, fingerprint, sha256_of
from allguide.content.folder import content_files
from allguide.content.model import Content
from allguide.content.parity import bundled_translation_problems

EXIT_OK = 0
EXIT_PROBLEMS = 1


class CannotCompile(Exception):
    """Content that must not be compiled: it has problems, or does not survive the codec."""


def compiled_text(language: str) -> str:
    """What compiled.json of ``language`` should hold, from its YAML files, fully validated."""
    result = load_bundled(language, full_validation=True)
    # A translation out of step with English is not compiled either (parity.py).
    errors = [*result.errors, *bundled_translation_problems(language, result)]
    if errors:
        raise CannotCompile("\n".join(str(error) for error in errors))
    if decode(Content, encode(Content, result.content)) != result.content:
        raise CannotCompile(f"content/{language}: the content does not read back as written")
    folder = language_dir(language)
    return compiled_json(
        result.content, fingerprint(content_files(folder)), sha256_of(schema_file())
    )


def compile_bundled(
    check: bool = False, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Compile (or with ``check``, compare) every bundled language; the exit status.
    ``out`` and ``err``: sys.stdout and sys.stderr as they are when it runs."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    status = EXIT_OK
    for language in available_languages():
        target = language_dir(language) / COMPILED_FILE
        shown = f"content/{language}/{COMPILED_FILE}"
        try:
            text = compiled_text(language)
        except CannotCompile as problems:
            print(problems, file=err)
            print(f"{shown}: not compiled: fix the problems above first", file=err)
            status = EXIT_PROBLEMS
            continue
        try:
            current = target.read_text("utf-8") if target.is_file() else None
        except (OSError, UnicodeDecodeError):
            current = None
        if current == text:
            print(f"{shown}: up to date", file=out)
        elif check:
            print(f"{shown}: stale: run `make compile-content` and commit it", file=err)
            status = EXIT_PROBLEMS
        elif not isinstance(target, Path):
            print(f"{shown}: the bundle is not a folder on disk; nothing written", file=err)
            status = EXIT_PROBLEMS
        else:
            write_atomically(target, text.encode("utf-8"))  # LF as built
            print(f"{shown}: written", file=out)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m allguide.content.compile",
        description="Write resources/content/<lang>/compiled.json from the YAML files.",
    )
    parser.add_argument("--check", action="store_true", help="write nothing; fail if stale")
    args = parser.parse_args(argv)
    return compile_bundled(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
