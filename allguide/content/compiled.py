"""The bundled content, compiled: the loaded model as plain JSON, read without YAML or
JSON Schema. Issue 10, measured: loading it this way takes about 3 ms of the start instead
of 130 (importing both, the schema's meta-validation, validation, the YAML walk), and the
app's peak memory is 8 MiB lower.

``resources/content/<lang>/compiled.json`` is written by ``allguide compile-content``
(allguide/content/compile.py) from content that loaded with no problem at all, and
committed; tests/test_compiled_content.py fails when it is stale. It holds:

- ``format``: FORMAT_VERSION, the layout of this file;
- ``content_model``: CONTENT_MODEL_VERSION (see below);
- ``schema_sha256`` and ``files``: the SHA-256 of the JSON Schema's bytes and of each
  content file's bytes, by name, sorted: what the content was validated as;
- ``content``: the ``Content`` dataclasses, written by the typed codec (codec.py).

At start, ``load_compiled`` hashes the schema and the content files (well under a
millisecond) and uses the compiled form only if both versions and every hash match.
Otherwise (missing, stale, unreadable, not JSON, wrong shape) it says why in the log
and the caller loads the YAML with full validation, as ``--content DIR`` and
``allguide validate`` always do.

Trust boundary: the compiled file is not re-validated against the schema or the
content rules. It is trusted as much as the YAML files beside it and the code itself:
it ships inside the installed package (read-only for users, installed by IT), and
anyone who can change it can change the code. It is plain data (JSON, never pickle,
so reading it runs no code), it is decoded strictly (every value must have exactly
the type the model declares; an unknown or missing key fails), and its texts reach
widgets through the same plain-text and page-builder rules as text from the YAML.
What strict decoding does not check (lengths, markup, cross-references) was checked
when it was compiled, and the hashes tie it to the files that were checked.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable, Iterable
from importlib.resources.abc import Traversable
from typing import Any

from allguide.content.codec import Json, decode, encode
from allguide.content.folder import content_files, display_name
from allguide.content.model import Content, SearchWords
from allguide.content.result import LoadResult

COMPILED_FILE = "compiled.json"
# The layout of compiled.json itself: bump it when these top-level keys change.
FORMAT_VERSION = 1
# Bump CONTENT_MODEL_VERSION when the same YAML would give a different Content: a field
# of model.py added, removed, renamed or retyped, a default changed, or loader.py building
# a value another way. Then run `make compile-content` and commit compiled.json. (The
# stale-file test fails until then; the version keeps an old compiled file that slips
# through, in a mixed-up install, from being read as the new model.)
CONTENT_MODEL_VERSION = 2  # 2: search_words (search-words.yaml)

log = logging.getLogger(__name__)


class StaleCompiled(Exception):
    """A compiled file made for other content, another schema or another model."""


def _sha256_maker() -> Callable[[bytes], Any]:
    """CPython's own SHA-256 (module ``_sha2`` from 3.12, ``_sha256`` before): importing
    hashlib first loads OpenSSL, about 2 ms of every start. Elsewhere, hashlib's."""
    for name in ("_sha2", "_sha256"):
        try:
            maker: Callable[[bytes], Any] = importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return maker
    import hashlib

    return hashlib.sha256


_sha256 = _sha256_maker()


def sha256_of(entry: Traversable) -> str:
    """The SHA-256 of the file's bytes, as hex (the same digest as hashlib's)."""
    return str(_sha256(entry.read_bytes()).hexdigest())


def fingerprint(entries: Iterable[Traversable]) -> dict[str, str]:
    """Each content file's SHA-256, by name, sorted by name."""
    return {entry.name: sha256_of(entry) for entry in sorted(entries, key=lambda e: e.name)}


def compiled_json(content: Content, files: dict[str, str], schema_sha256: str) -> str:
    """The text of compiled.json; the same content always gives the same bytes."""
    data: dict[str, Json] = {
        "format": FORMAT_VERSION,
        "content_model": CONTENT_MODEL_VERSION,
        "schema_sha256": schema_sha256,
        "files": dict(sorted(files.items())),
        "content": encode(Content, content),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def read_compiled(text: str, files: dict[str, str], schema_sha256: str) -> Content:
    """The Content in ``text``, if it was compiled from exactly these files and schema.

    Raises StaleCompiled if it was not; ValueError (json's, the codec's DecodeError) if
    it is not what compiled_json writes.
    """
    return decode(Content, _current(text, files, schema_sha256).get("content"))


def read_compiled_search_words(text: str, files: dict[str, str], schema_sha256: str) -> SearchWords:
    """Only the search words in ``text`` (search-words.yaml), as read_compiled checks it:
    for a caller that needs a language's words and has no content at hand."""
    content = _current(text, files, schema_sha256).get("content")
    if type(content) is not dict:
        raise ValueError("no content")
    return decode(SearchWords, content.get("search_words"))


def _current(text: str, files: dict[str, str], schema_sha256: str) -> dict[str, Any]:
    """compiled.json's data, if it was compiled from exactly these files and schema."""
    data: Any = json.loads(text)
    if type(data) is not dict:
        raise ValueError("not a JSON object")
    if data.get("format") != FORMAT_VERSION:
        raise StaleCompiled(f"format {data.get('format')!r:.20}, expected {FORMAT_VERSION}")
    if data.get("content_model") != CONTENT_MODEL_VERSION:
        found = data.get("content_model")
        raise StaleCompiled(f"content model {found!r:.20}, expected {CONTENT_MODEL_VERSION}")
    if data.get("schema_sha256") != schema_sha256:
        raise StaleCompiled("the JSON Schema changed since it was compiled")
    compiled_files = data.get("files")
    if compiled_files != files:
        raise StaleCompiled(_changed_files(compiled_files, files))
    return data


def _changed_files(compiled: object, now: dict[str, str]) -> str:
    if not isinstance(compiled, dict):
        return "it lists no content files"
    changed = sorted(name for name in now.keys() & compiled.keys() if now[name] != compiled[name])
    new = sorted(now.keys() - compiled.keys())
    gone = sorted(str(name) for name in compiled.keys() - now.keys())
    said = [
        f"{label}: {', '.join(names)}"
        for label, names in (("changed", changed), ("new", new), ("removed", gone))
        if names
    ]
    return "content files changed since it was compiled (" + "; ".join(said) + ")"


# Only the bundled content is compiled, and it ships with its compiled.json: one missing
# or stale is a packaging defect that costs every start ~130 ms, so it is a warning.
_FIX = " (a packaging defect: run `make compile-content` and commit compiled.json)"


def load_compiled(folder: Traversable, schema: Traversable, prefix: str) -> LoadResult | None:
    """The compiled content of ``folder``, if it is there and current; else None, and a
    warning in the log says why (the caller then loads the YAML with full validation).

    ``schema``: the JSON Schema file the content is validated against. ``prefix``: how
    files are named in LoadResult.files, as load_content names them.
    """
    where = display_name(prefix, COMPILED_FILE)
    try:
        files = fingerprint(content_files(folder))
        schema_sha256 = sha256_of(schema)
        text = (folder / COMPILED_FILE).read_text("utf-8")
    except FileNotFoundError:
        log.warning("%s: not there%s; loading the YAML files with full validation", where, _FIX)
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("%s: cannot be read (%s); loading the YAML files instead", where, exc)
        return None
    try:
        content = read_compiled(text, files, schema_sha256)
    except StaleCompiled as exc:
        log.warning(
            "%s: not used: %s%s; loading the YAML files with full validation", where, exc, _FIX
        )
        return None
    except Exception as exc:  # whatever a damaged file makes the decoder raise
        detail = f"{type(exc).__name__}: {exc}"[:300]
        log.warning("%s: damaged (%s); loading the YAML files instead", where, detail)
        return None
    return LoadResult(content, [], [display_name(prefix, name) for name in files])
