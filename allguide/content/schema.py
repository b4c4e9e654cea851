"""Checking content files against the published JSON Schema, with line numbers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jsonschema

from allguide.content.bundled import schema_text
from allguide.content.errors import ContentError
from allguide.content.yamlfile import MAX_MESSAGE, Path, YamlDocument

MAX_LIST_ITEMS = 2000  # the schema's largest maxItems: longer lists are not looked into
MAX_FILE_ERRORS = 100
TOO_MANY_ERRORS = (
    f"more than {MAX_FILE_ERRORS} problems: the rest of this file was not checked, "
    "and nothing in it is loaded until these are fixed"
)


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(schema_text())
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    linear = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        validator_class, {"uniqueItems": _unique_items}
    )
    return linear(schema)  # type: ignore[no-any-return]


def _unique_items(
    validator: Any, unique: Any, instance: Any, _schema: Any
) -> Iterator[jsonschema.ValidationError]:
    """uniqueItems in one pass: jsonschema's own compares every pair when the items
    cannot be sorted (``[a, 0, 1, 2, …]``), minutes for a list of 20,000."""
    if not unique or not validator.is_type(instance, "array"):
        return
    seen: set[str] = set()
    for item in instance:
        key = json.dumps(item, sort_keys=True, default=repr)
        if key in seen:
            yield jsonschema.ValidationError(f"has {repr(item)[:MAX_MESSAGE]} twice")
            return
        seen.add(key)


def _overlong_lists(value: Any, path: Path = ()) -> Iterator[Path]:
    """Lists longer than any the schema allows; their items are not checked one by one."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _overlong_lists(child, (*path, key))
    elif isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            yield path
            return
        for index, child in enumerate(value):
            yield from _overlong_lists(child, (*path, index))


def _without(data: dict[str, Any], items: set[Path]) -> dict[str, Any]:
    """A shallow copy of ``data`` with these whole items (or top-level keys) emptied."""
    pruned = dict(data)
    for item in items:
        if len(item) == 1:
            pruned[str(item[0])] = []  # not left out: the file is still not empty
        elif isinstance(pruned.get(str(item[0])), list):
            group = pruned[str(item[0])] = list(pruned[str(item[0])])
            group[int(item[1])] = None  # its errors are skipped below
    return pruned


@dataclass
class SchemaReport:
    """Schema errors of one file, and which parts of it they spoil."""

    errors: list[ContentError] = field(default_factory=list)
    spoiled: set[Path] = field(default_factory=set)

    def is_spoiled(self, path: Path) -> bool:
        """True when ``path`` or any part containing it has an error.

        Looks up each of the path's few prefixes, so asking about every item of a
        file stays linear however many of them are spoiled.
        """
        return any(path[:end] in self.spoiled for end in range(len(path) + 1))


def check_schema(doc: YamlDocument) -> SchemaReport:
    """Validate one parsed file. Each error spoils the smallest whole item it is in."""
    report = SchemaReport()
    for problem_path, problem in doc.problems:
        report.errors.append(problem)
        report.spoiled.add(_item_path(problem_path))
    if not isinstance(doc.data, dict):
        report.errors.append(
            ContentError(doc.name, doc.line_of(()), "a content file must be a mapping of lists")
        )
        report.spoiled.add(())
        return report
    overlong = SchemaReport()
    for long_list in _overlong_lists(doc.data):
        message = f"{where(long_list)}: has more than {MAX_LIST_ITEMS} items"
        report.errors.append(ContentError(doc.name, doc.line_of(long_list), message))
        overlong.spoiled.add(_item_path(long_list))
    report.spoiled |= overlong.spoiled
    unreadable = {problem_path for problem_path, _ in doc.problems}
    for error in _validator().iter_errors(_without(doc.data, overlong.spoiled)):
        path: Path = tuple(error.absolute_path)
        if error.instance is None and path in unreadable:
            continue  # a value YAML could not make: already reported, with its line
        if overlong.is_spoiled(path):
            continue  # an item with an overlong list: reported once, above
        if len(report.errors) >= MAX_FILE_ERRORS:
            break  # reported below; no editor reads 300,000 messages, nor waits for them
        for line_path, message in _describe(error, path):
            report.errors.append(ContentError(doc.name, doc.line_of(line_path), message))
        report.spoiled.add(_item_of(path, error))
    report.errors.sort(key=lambda e: e.line or 0)
    if len(report.errors) >= MAX_FILE_ERRORS:
        del report.errors[MAX_FILE_ERRORS:]
        report.errors.append(ContentError(doc.name, None, TOO_MANY_ERRORS))
        report.spoiled.add(())  # not all of it was checked, so none of it is loaded
    return report


def _item_of(path: Path, error: Any) -> Path:
    """The whole item (``('agents', 3)``) or top-level key an error belongs to."""
    if not path and error.validator == "additionalProperties":
        return ("\0unknown",)  # unknown top-level keys are skipped anyway
    return _item_path(path)


def _item_path(path: Path) -> Path:
    if len(path) >= 2 and path[0] != "document":
        return path[:2]
    return path[:1]


def where(path: Path) -> str:
    """A path as editors read it: ``agents[3].brand_names[0]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _describe(error: Any, path: Path) -> list[tuple[Path, str]]:
    place = where(path)
    prefix = f"{place}: " if place else ""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        return [
            (
                (*path, key),
                f"{prefix}unknown key '{key}' (expected one of: {', '.join(sorted(known))})",
            )
            for key in sorted(set(error.instance) - known)
        ]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [key for key in error.validator_value if key not in error.instance]
        others = _required_unless(error)  # if/then: needed only when these are missing
        if others:
            return [(path, f"{prefix}needs {_either(missing + others)}")]
        return [(path, f"{prefix}missing required key '{key}'") for key in missing]
    choices = [] if error.validator != "anyOf" else list(error.context or ())
    if choices and all(c.validator == "required" for c in choices):  # one of these keys
        keys = [key for c in choices for key in c.validator_value if key not in error.instance]
        return [(path, f"{prefix}needs {_either(list(dict.fromkeys(keys)))}")]
    if error.validator == "type":
        expected = error.validator_value
        actual = type(error.instance).__name__
        return [(path, f"{prefix}should be {_type_words(expected)}, not {actual}")]
    if error.validator == "pattern" and path and path[-1] in ("id", "parent", "section"):
        return [(path, f"{prefix}'{error.instance}' is not a valid id (use lower-case-words)")]
    if error.validator == "pattern" and error.schema.get("description") == "YYYY-MM-DD":
        return [(path, f"{prefix}'{error.instance}' is not a date written YYYY-MM-DD")]
    bound = _bound_words(error)
    if bound:
        return [(path, f"{prefix}{bound}")]
    message = error.message  # may quote the offending value: keep it short
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 1] + "…"
    return [(path, f"{prefix}{message}")]


def _bound_words(error: Any) -> str:
    """A broken bound said without quoting the (perhaps enormous) value."""
    limit = error.validator_value
    match error.validator:
        case "maxLength":
            return f"is longer than {limit} characters"
        case "maxItems":
            return f"has more than {limit} items"
        case "maximum":
            return f"{error.instance} is more than {limit}"
        case "minimum":
            return f"{error.instance} is less than {limit}"
    return ""


def _required_unless(error: Any) -> list[str]:
    """For a key that ``if: {not: {required: [...]}}``, ``then: {required: ...}`` asks for,
    the keys that make it unnecessary: 'means' is needed only without 'finds'."""
    schema_path = list(error.absolute_schema_path)
    if schema_path[-2:] != ["then", "required"]:
        return []
    root = _validator().schema
    node: Any = root
    parent: Any = root
    for part in schema_path[:-1]:  # down to the schema holding "if" and "then"
        if isinstance(node, dict) and part not in node and "$ref" in node:
            node = _local(root, node["$ref"])  # the path runs on inside what it refers to
        parent, node = node, node[part]
    condition = parent.get("if", {}) if isinstance(parent, dict) else {}
    return list(condition.get("not", {}).get("required", []))


def _local(root: Any, reference: str) -> Any:
    """The part of the schema a local reference ("#/$defs/synonym") points to."""
    node = root
    for step in reference.removeprefix("#/").split("/"):
        node = node[step]
    return node


def _either(keys: list[str]) -> str:
    """'means' or 'finds'."""
    return " or ".join(f"'{key}'" for key in keys)


def _type_words(expected: Any) -> str:
    words = {
        "string": "text",
        "array": "a list",
        "object": "a mapping",
        "integer": "a whole number",
        "number": "a number",
        "boolean": "true or false",
    }
    if isinstance(expected, list):
        return " or ".join(words.get(str(e), str(e)) for e in expected)
    return words.get(expected, str(expected))
