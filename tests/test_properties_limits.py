"""docs/content.md lists every limit of content for editors: each number there must be the
one the schema and the loader use, so the page cannot fall behind them."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from allguide.content.bundled import schema_text
from allguide.content.model import MAX_PARENT_DEPTH
from allguide.content.schema import MAX_FILE_ERRORS, MAX_LIST_ITEMS
from allguide.content.yamlfile import MAX_DEPTH, MAX_FILE_BYTES, MAX_INT_BITS, MAX_MESSAGE

DOC = Path(__file__).resolve().parents[1] / "docs" / "content.md"
SCHEMA: dict[str, Any] = json.loads(schema_text())


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SCHEMA
        for step in node["$ref"].removeprefix("#/").split("/"):
            target = target[step]
        node = {**{k: v for k, v in node.items() if k != "$ref"}, **target}
    for part in node.get("allOf", ()):
        node = {**node, **resolved(part)}
    return node


ID = resolved(SCHEMA["$defs"]["id"])


class Limits:
    """Every limit the schema sets, by the field it is on (``agents[].brands[].name``)."""

    def __init__(self) -> None:
        self.characters: dict[int, set[str]] = defaultdict(set)
        self.items: dict[int, set[str]] = defaultdict(set)
        self.numbers: dict[str, tuple[int, int]] = {}
        self._walk(SCHEMA, "")

    def _walk(self, node: dict[str, Any], name: str) -> None:
        node = resolved(node)
        kind = node.get("type")
        if kind == "string" and node.get("pattern") != ID["pattern"] and "maxLength" in node:
            self.characters[node["maxLength"]].add(name)
        elif kind == "array":
            if "maxItems" in node:
                self.items[node["maxItems"]].add(name)
            self._walk(node["items"], f"{name}[]")
        elif kind == "object":
            for key, child in node.get("properties", {}).items():
                self._walk(child, f"{name}.{key}" if name else key)
        elif kind == "integer":
            self.numbers[name] = (node["minimum"], node["maximum"])


def limits_section() -> str:
    text = DOC.read_text("utf-8")
    start = text.index("\n## Limits\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def table_after(heading: str) -> list[list[str]]:
    """The rows (cells) of the first table after the line starting with ``heading``."""
    section = limits_section()
    lines = section[section.index(heading) :].splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[first + 2 :]:  # after the header and its rule
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def number(cell: str) -> int:
    found = re.match(r"[\d,]+", cell)
    assert found is not None, cell
    return int(found.group().replace(",", ""))


def fields(cell: str) -> set[str]:
    """The fields a cell names; a bare word (``id``, ``parent``) speaks of ids in general."""
    return {name for name in re.findall(r"`([^`]+)`", cell) if "." in name or "[]" in name}


def documented(heading: str, unit: str) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for limit, names in table_after(heading):
        assert unit in limit, limit
        found[number(limit)] |= fields(names) or set(re.findall(r"`([^`]+)`", names))
    return found


def test_the_text_limits_are_the_schemas() -> None:
    assert documented("Every text field", "characters") == Limits().characters


def test_every_id_is_documented_at_its_limit() -> None:
    [row] = [r for r in table_after("Every text field") if "`id`" in r[1]]
    assert number(row[0]) == ID["maxLength"]


def test_the_list_limits_are_the_schemas() -> None:
    found = documented("Lists hold", "items")
    assert found == Limits().items
    assert max(found) == MAX_LIST_ITEMS  # what the loader skips without checking each item


def test_the_number_limits_are_the_schemas() -> None:
    rows = table_after("Numbers:")
    shown = {re.findall(r"`([^`]+)`", name)[0]: (int(low), int(high)) for name, low, high in rows}
    assert shown == Limits().numbers


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Size of a file", MAX_FILE_BYTES // 1024),
        ("Nesting of lists and mappings", MAX_DEPTH),
        ("A whole number", MAX_INT_BITS),
        ("Levels of parent pages", MAX_PARENT_DEPTH),
        ("Problems reported per file", MAX_FILE_ERRORS),
        ("Characters of a bad value quoted", MAX_MESSAGE),
    ],
)
def test_the_loaders_limits_are_documented(label: str, value: int) -> None:
    [row] = [r for r in table_after("| Limit |") if r[0].startswith(label)]
    assert number(row[1]) == value
    if label == "Size of a file":
        assert MAX_FILE_BYTES % 1024 == 0 and row[1].startswith(f"{value} KiB")
