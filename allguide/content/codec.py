"""A small, strict codec between typed frozen dataclasses and plain JSON values.

The compiled content (compiled.py) is the content model written out as JSON, so the
app can read it back without YAML or JSON Schema. The codec follows the dataclasses'
type hints, not the values: what it writes is what the model declares, and what it
reads back must match the declared types exactly (no coercion: ``"3"`` is not an int,
``true`` is not an int, an unknown or missing key is refused), so a damaged file fails
loudly, as a DecodeError naming the place, never as a half-built model.

Supported: str, int, bool, float, None, ``X | None``, ``tuple[X, ...]``, enums (by
value), ``datetime.date`` (ISO text) and nested dataclasses (fields with ``init=True``;
the others are rebuilt by the class itself). Anything else is a TypeError when a plan
is made, so a new kind of field cannot be written silently wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from allguide.content.characters import NOT_IN_TEXT

T = TypeVar("T")

Json = None | bool | int | float | str | list["Json"] | dict[str, "Json"]
Encoder = Callable[[Any], Json]
Decoder = Callable[[Any], Any]

_SCALARS: tuple[type, ...] = (str, int, bool, float)


class DecodeError(ValueError):
    """A JSON value that is not what the model declares at ``path``."""

    def __init__(self, problem: str, path: tuple[str | int, ...] = ()) -> None:
        self.problem = problem
        self.path = path
        super().__init__(f"{self.where()}: {problem}" if path else problem)

    def within(self, step: str | int) -> DecodeError:
        """The same problem, one step further out (``sections[3].title``)."""
        return DecodeError(self.problem, (step, *self.path))

    def where(self) -> str:
        text = ""
        for step in self.path:
            text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
        return text


def encode(kind: type[T], value: T) -> Json:
    """``value`` (declared as ``kind``) as plain JSON values."""
    return _plan_of(kind)[0](value)


def decode(kind: type[T], data: object) -> T:
    """The ``kind`` that ``data`` (plain JSON values) describes; DecodeError if it does not."""
    return typing.cast(T, _plan_of(kind)[1](data))


_plans: dict[object, tuple[Encoder, Decoder]] = {}


def _plan_of(hint: object) -> tuple[Encoder, Decoder]:
    """How to write and read a value of type ``hint``: made once per type."""
    plan = _plans.get(hint)
    if plan is None:
        plan = _plans[hint] = _plan(hint)
    return plan


def _plan(hint: Any) -> tuple[Encoder, Decoder]:
    """A new plan for ``hint``; TypeError for a type the codec does not know."""
    if hint is type(None):
        return _same, _exactly(type(None))
    if hint in _SCALARS:
        return _checked_scalar(hint), _exactly(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_plan(hint)
    if hint is dt.date:
        return _date_plan()
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_plan(hint)
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return _tuple_plan(arguments[0])
    if origin in (types.UnionType, typing.Union):
        others = [a for a in arguments if a is not type(None)]
        if len(arguments) == 2 and len(others) == 1:
            return _optional_plan(others[0])
    raise TypeError(f"the content codec cannot write {hint!r}")


def _same(value: Any) -> Json:
    return typing.cast(Json, value)


def _checked_scalar(kind: type) -> Encoder:
    def write(value: Any) -> Json:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return typing.cast(Json, value)

    return write


def _exactly(kind: type) -> Decoder:
    """The value itself, if its type is exactly ``kind`` (``True`` is no int here)."""

    def read(data: Any) -> Any:
        if type(data) is not kind:
            raise DecodeError(f"expected {_json_name(kind)}, got {_json_name(type(data))}")
        if isinstance(data, str) and (found := NOT_IN_TEXT.search(data)) is not None:
            raise DecodeError(f"character U+{ord(found.group()):04X} is not allowed in text")
        return data

    return read


def _json_name(kind: type) -> str:
    names = {type(None): "null", str: "text", int: "integer", bool: "true/false"}
    return names.get(kind, kind.__name__)


def _enum_plan(kind: type[enum.Enum]) -> tuple[Encoder, Decoder]:
    by_value = {member.value: member for member in kind}

    def write(value: Any) -> Json:
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return typing.cast(Json, value.value)

    def read(data: Any) -> Any:
        if type(data) not in (str, int) or data not in by_value:
            raise DecodeError(f"{data!r:.60} is not a {kind.__name__}")
        return by_value[data]

    return write, read


def _date_plan() -> tuple[Encoder, Decoder]:
    def write(value: Any) -> Json:
        if type(value) is not dt.date:  # a datetime would lose its time
            raise TypeError(f"expected date, got {type(value).__name__}")
        return value.isoformat()

    def read(data: Any) -> Any:
        if type(data) is not str:
            raise DecodeError(f"expected a date as text, got {_json_name(type(data))}")
        try:
            day = dt.date.fromisoformat(data)
        except ValueError:
            day = None
        if day is None or day.isoformat() != data:  # YYYY-MM-DD, nothing else
            raise DecodeError(f"{data!r:.60} is not a date written YYYY-MM-DD")
        return day

    return write, read


def _tuple_plan(item: Any) -> tuple[Encoder, Decoder]:
    write_item, read_item = _plan_of(item)

    def write(value: Any) -> Json:
        if type(value) is not tuple:
            raise TypeError(f"expected tuple, got {type(value).__name__}")
        return [write_item(v) for v in value]

    def read(data: Any) -> Any:
        if type(data) is not list:
            raise DecodeError(f"expected a list, got {_json_name(type(data))}")
        items = []
        for index, value in enumerate(data):
            try:
                items.append(read_item(value))
            except DecodeError as exc:
                raise exc.within(index) from None
        return tuple(items)

    return write, read


def _optional_plan(inner: Any) -> tuple[Encoder, Decoder]:
    write_inner, read_inner = _plan_of(inner)

    def write(value: Any) -> Json:
        return None if value is None else write_inner(value)

    def read(data: Any) -> Any:
        return None if data is None else read_inner(data)

    return write, read


_planning: set[type] = set()


def _dataclass_plan(kind: type) -> tuple[Encoder, Decoder]:
    if kind in _planning:
        raise TypeError(f"the content codec cannot write a dataclass that holds itself: {kind}")
    _planning.add(kind)
    try:
        hints = typing.get_type_hints(kind)
        fields = [(f.name, *_plan_of(hints[f.name])) for f in dataclasses.fields(kind) if f.init]
    finally:
        _planning.discard(kind)
    names = frozenset(name for name, _, _ in fields)

    def write(value: Any) -> Json:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return {name: write_field(getattr(value, name)) for name, write_field, _ in fields}

    def read(data: Any) -> Any:
        if type(data) is not dict:
            raise DecodeError(
                f"expected a mapping for {kind.__name__}, got {_json_name(type(data))}"
            )
        if data.keys() != names:
            missing = sorted(names - data.keys())
            unknown = sorted(str(k) for k in data.keys() - names)
            raise DecodeError(f"{kind.__name__}: missing keys {missing}, unknown keys {unknown}")
        values = {}
        for name, _, read_field in fields:
            try:
                values[name] = read_field(data[name])
            except DecodeError as exc:
                raise exc.within(name) from None
        return kind(**values)

    return write, read
