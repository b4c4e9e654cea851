"""Safe YAML reading that remembers the line of every value.

Content editors need ``file:line`` messages, so we compose the YAML node
graph ourselves (safe constructors only) and record each node's line by its
path. Aliases are refused outright: content never needs them, and refusing
them closes the door on "billion laughs" alias bombs. Oversized files are
refused before they are parsed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from allguide.content.characters import NOT_IN_TEXT
from allguide.content.errors import ContentError

MAX_FILE_BYTES = 128 * 1024  # ten times the largest content file; parsing stays quick
MAX_DEPTH = 32

Path = tuple[str | int, ...]


# YAML 1.1 also ends a line at NEL, LS and PS (U+0085, U+2028, U+2029), which editors show
# inside a line: in a file with any of them, YAML's line numbers run ahead of the editor's.
_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


class EditorLines:
    """Lines numbered as editors number them (a new line at LF, CR LF or CR), so that a
    ``file:line`` message points where the editor shows the mistake."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(match.end() for match in _EDITOR_BREAK.finditer(text))]

    def at(self, index: int) -> int:
        """The 1-based line of the character at ``index``."""
        return bisect.bisect_right(self._starts, max(0, index))


def editor_lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor shows them (not ``str.splitlines``, which also
    breaks at U+2028, form feed and others)."""
    return _EDITOR_BREAK.split(text)


class YamlFileError(Exception):
    """A file that cannot be read as content at all."""

    def __init__(self, error: ContentError) -> None:
        super().__init__(str(error))
        self.error = error


class _ContentLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings, refuses aliases and deep nesting."""

    depth = 0
    editor: EditorLines | None = None  # set when YAML's own line numbers would be wrong

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if self.check_event(yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                problem="YAML aliases (*name) are not allowed in content files",
                problem_mark=event.start_mark,
            )
        if self.depth >= MAX_DEPTH:  # checked while composing, before Python recursion runs out
            raise yaml.MarkedYAMLError(
                problem=f"nesting is deeper than {MAX_DEPTH} levels", problem_mark=event.start_mark
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self.depth -= 1


# Dates stay strings so the JSON Schema can check them like everything else.
_ContentLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlDocument:
    """The plain data of a file plus the 1-based line of every path in it.

    ``problems`` are mistakes that spoil only the item they are in (a repeated
    key, say), so the rest of the file still loads.
    """

    name: str
    data: Any
    lines: dict[Path, int]
    source_lines: list[str] = field(default_factory=list)
    problems: list[tuple[Path, ContentError]] = field(default_factory=list)

    def find_line(self, from_line: int, needle: str) -> int | None:
        """The first line at or after ``from_line`` whose raw text contains ``needle``."""
        for number in range(max(1, from_line), len(self.source_lines) + 1):
            if needle in self.source_lines[number - 1]:
                return number
        return None

    def line_of(self, path: Path) -> int:
        """The line of the deepest recorded node on ``path``."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def too_large(name: str) -> YamlFileError:
    return YamlFileError(
        ContentError(name, None, f"file is larger than {MAX_FILE_BYTES // 1024} KiB; refused")
    )


def read_limited(entry: Traversable, name: str) -> str:
    """A file's text, reading no more than the size limit allows."""
    with entry.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise too_large(name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlFileError(
            ContentError(name, None, f"is not UTF-8 text (byte {exc.start})")
        ) from None


try:

    class _FastContentLoader(yaml.CSafeLoader):
        """libyaml's parser and composer, with our constructors: used only for files
        whose events are plain (no alias, no deep nesting), checked before composing."""

    _FastContentLoader.yaml_implicit_resolvers = _ContentLoader.yaml_implicit_resolvers
    _FAST: type[_FastContentLoader] | None = _FastContentLoader
except AttributeError:  # PyYAML built without libyaml
    _FAST = None


def _plain_events(text: str, fast: type[yaml.CSafeLoader]) -> bool:
    """True when ``text`` has no alias and nests well within MAX_DEPTH (libyaml's parser
    keeps its own stack, so even a hostile file is scanned without recursion)."""
    depth = 0
    for event in yaml.parse(text, Loader=fast):
        if isinstance(event, yaml.AliasEvent):
            return False
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth >= MAX_DEPTH - 1:
                return False
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return True


def _parse_fast(text: str, name: str) -> YamlDocument | None:
    """The file parsed by libyaml, ten times quicker; None when anything is unusual (an
    error, an alias, deep nesting, no content): the careful parser then says what."""
    if _FAST is None or _ODD_BREAKS.search(text) or "\ufeff" in text[1:] or "\t" in text:
        # libyaml counts lines and skips byte order marks its own way, and lets a tab
        # after a token through (YAML 1.2) where the careful parser refuses it: such a
        # file gets the careful parser's answer whether or not libyaml is installed.
        return None
    problems: list[tuple[Path, ContentError]] = []
    lines: dict[Path, int] = {}
    try:
        if not _plain_events(text, _FAST):
            return None
        loader = _FAST(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            data = _build(loader, node, (), lines, name, problems)
        finally:
            loader.dispose()
    except Exception:  # whatever libyaml's path trips on, the careful one reports
        return None
    return YamlDocument(name, data, lines, editor_lines(text), problems)


def parse_yaml(text: str, name: str) -> YamlDocument:
    """Parse ``text`` (named ``name`` in messages) or raise YamlFileError."""
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise too_large(name)
    fast = _parse_fast(text, name)
    if fast is not None:
        return fast
    problems: list[tuple[Path, ContentError]] = []
    try:
        loader = _ContentLoader(text)  # refuses control characters (form feed, NUL) at once
    except yaml.reader.ReaderError as exc:
        raise YamlFileError(
            ContentError(
                name,
                EditorLines(text).at(exc.position),
                f"YAML syntax error: control character {_code(exc.character)} is not allowed",
            )
        ) from None
    if _ODD_BREAKS.search(text):
        loader.editor = EditorLines(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path, int] = {}
        data = _build(loader, node, (), lines, name, problems) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = _line(loader, mark) if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlFileError(ContentError(name, line, f"YAML syntax error: {problem}")) from None
    except yaml.YAMLError as exc:
        raise YamlFileError(ContentError(name, None, f"YAML error: {exc}")) from None
    except RecursionError:
        raise YamlFileError(ContentError(name, None, "nesting is too deep")) from None
    except Exception as exc:  # a slip inside PyYAML is a message, not a traceback
        detail = f"YAML error: {type(exc).__name__}: {exc}"[:MAX_MESSAGE]
        raise YamlFileError(ContentError(name, _line_reached(loader), detail)) from None
    finally:
        loader.dispose()
    return YamlDocument(name, data, lines, editor_lines(text), problems)


def _line_reached(loader: _ContentLoader) -> int | None:
    """The line the parser had reached, if it can still say."""
    try:
        return _line(loader, loader.get_mark())  # type: ignore[no-untyped-call]
    except Exception:  # only a line number is lost
        return None


def _line(loader: object, mark: yaml.Mark) -> int:
    """The 1-based line of ``mark``, as editors count lines."""
    editor = getattr(loader, "editor", None)
    return editor.at(mark.index) if isinstance(editor, EditorLines) else int(mark.line) + 1


def _code(character: object) -> str:
    """A character as editors can search for it: U+000C (form feed)."""
    return f"U+{character:04X}" if isinstance(character, int) else repr(character)


def _build(
    loader: yaml.constructor.SafeConstructor,
    node: yaml.Node,
    path: Path,
    lines: dict[Path, int],
    name: str,
    problems: list[tuple[Path, ContentError]],
) -> Any:
    lines[path] = _line(loader, node.start_mark)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line = _line(loader, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):  # "? [a, b]": a list or mapping as key
                problems.append((path, ContentError(name, line, "a key must be text")))
                continue
            reported = len(problems)
            key = _construct(loader, key_node, path, name, problems)
            if len(problems) > reported:
                continue  # a key that cannot be read is reported once, by _construct
            if not isinstance(key, str) or key in result:
                shown = repr(key)[:MAX_MESSAGE]
                problem = f"duplicate key '{key}'" if key in result else f"key {shown} is not text"
                problems.append((path, ContentError(name, line, problem)))
                continue  # the first value stands; the item is reported and skipped
            child = (*path, key)
            result[key] = _build(loader, value_node, child, lines, name, problems)
            lines[child] = line
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, index), lines, name, problems)
            for index, item in enumerate(node.value)
        ]
    return _construct(loader, node, path, name, problems)


# What PyYAML's safe constructors raise on a value they cannot make: `!!int abc`
# (ValueError), a 5000-digit number (ValueError), `!!bool maybe` (KeyError), a
# timestamp in month 13 (ValueError), `!!binary` garbage (binascii.Error), an
# unknown tag (ConstructorError), and whatever a future PyYAML adds of these kinds.
_CONSTRUCTION_ERRORS = (
    yaml.YAMLError,
    ValueError,
    ArithmeticError,
    TypeError,
    LookupError,
    AttributeError,  # `!!timestamp 2020-13-40` does not match PyYAML's pattern: None.groupdict()
    RecursionError,
)
MAX_INT_BITS = 64  # no count or length in content comes near; larger ones only cause trouble
MAX_MESSAGE = 160  # a quoted bad value is cut short: the line number finds the rest


def _construct(
    loader: yaml.constructor.SafeConstructor,
    node: yaml.Node,
    path: Path,
    name: str,
    problems: list[tuple[Path, ContentError]],
) -> Any:
    """The value of one scalar node; a value that cannot be made spoils only its item.

    It is reported in ``problems`` and stands as None, so the schema says no more of it.
    """
    try:
        value = loader.construct_object(node, deep=True)
        if isinstance(value, int) and abs(value).bit_length() > MAX_INT_BITS:
            raise ValueError(f"a number longer than {MAX_INT_BITS} bits")  # repr() could fail
        if isinstance(value, str) and (found := NOT_IN_TEXT.search(value)) is not None:
            raise ValueError(
                f"character {_code(ord(found.group()))} is not allowed in content "
                "(only tab and new line are)"
            )
        return value
    except _CONSTRUCTION_ERRORS as exc:
        if isinstance(exc, yaml.MarkedYAMLError):
            detail = exc.problem or exc.context or "invalid value"
        elif isinstance(exc, AttributeError):  # PyYAML's pattern did not match at all
            detail = "not written the way this tag needs"
        else:
            detail = str(exc) or type(exc).__name__
        if len(detail) > MAX_MESSAGE:
            detail = detail[: MAX_MESSAGE - 1] + "…"
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        message = f"cannot read this value as {tag}: {detail}"
        problems.append((path, ContentError(name, _line(loader, node.start_mark), message)))
        return None
