"""Safe YAML reading that remembers the line of every value.

Content editors need ``file:line`` messages, so we compose the YAML node
graph ourselves (safe constructors only) and record each node's line by its
path. Aliases are refused outright: content never needs them, and refusing
them closes the door on "billion laughs" alias bombs. Oversized files are
refused before they are parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from allguide.content.errors import ContentError

MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 32

Path = tuple[str | int, ...]


class YamlFileError(Exception):
    """A file that cannot be read as content at all."""

    def __init__(self, error: ContentError) -> None:
        super().__init__(str(error))
        self.error = error


class _ContentLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings and refuses aliases."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(
                problem="YAML aliases (*name) are not allowed in content files",
                problem_mark=event.start_mark,
            )
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


# Dates stay strings so the JSON Schema can check them like everything else.
_ContentLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlDocument:
    """The plain data of a file plus the 1-based line of every path in it."""

    name: str
    data: Any
    lines: dict[Path, int]

    def line_of(self, path: Path) -> int:
        """The line of the deepest recorded node on ``path``."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def parse_yaml(text: str, name: str) -> YamlDocument:
    """Parse ``text`` (named ``name`` in messages) or raise YamlFileError."""
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise YamlFileError(
            ContentError(name, None, f"file is larger than {MAX_FILE_BYTES // 1024} KiB; refused")
        )
    loader = _ContentLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path, int] = {}
        data = _build(loader, node, (), lines, name) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlFileError(ContentError(name, line, f"YAML syntax error: {problem}")) from None
    except yaml.YAMLError as exc:
        raise YamlFileError(ContentError(name, None, f"YAML error: {exc}")) from None
    finally:
        loader.dispose()
    return YamlDocument(name, data, lines)


def _build(
    loader: _ContentLoader, node: yaml.Node, path: Path, lines: dict[Path, int], name: str
) -> Any:
    if len(path) > MAX_DEPTH:
        raise YamlFileError(ContentError(name, node.start_mark.line + 1, "nesting is too deep"))
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise YamlFileError(
                    ContentError(name, key_node.start_mark.line + 1, f"key {key!r} is not text")
                )
            if key in result:
                raise YamlFileError(
                    ContentError(name, key_node.start_mark.line + 1, f"duplicate key '{key}'")
                )
            child = (*path, key)
            result[key] = _build(loader, value_node, child, lines, name)
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, index), lines, name)
            for index, item in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)
