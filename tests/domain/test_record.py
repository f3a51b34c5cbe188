"""``@record``: a frozen dataclass for mypy and for ``dataclasses``, without the methods
dataclass would compile at import (issue 12: the command line's cold start)."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from desktop_app.domain.record import Record, field, record, replace


@record(frozen=True, slots=True)
class Point(Record):
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()
    notes: dict[str, int] = dataclasses.field(default_factory=dict, compare=False)
    secret: str = dataclasses.field(default="", repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class Twin:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()
    notes: dict[str, int] = dataclasses.field(default_factory=dict, compare=False)
    secret: str = dataclasses.field(default="", repr=False)


CALLS = [((1,), {}), ((1, 2), {}), ((), {"x": 1, "tags": ("a",)}), ((1,), {"secret": "s"}),
         ((1, 2, ("b",), {"n": 1}, "s"), {})]  # fmt: skip


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_record_is_made_and_shown_as_the_same_dataclass_would_be(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    made, twin = Point(*args, **kwargs), Twin(*args, **kwargs)  # type: ignore[arg-type]
    assert dataclasses.astuple(made) == dataclasses.astuple(twin)
    assert repr(made) == repr(twin).replace("Twin", "Point")
    assert made == Point(*args, **kwargs)  # type: ignore[arg-type]
    assert hash(made) == hash(Point(*args, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), ((1, 2, (), {}, "", 9), {}), ((1,), {"x": 2}), ((1,), {"z": 2})],
)
def test_a_record_refuses_the_calls_the_dataclass_refuses(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    with pytest.raises(TypeError):
        Twin(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Point(*args, **kwargs)  # type: ignore[arg-type]


def test_a_record_is_frozen_compared_by_its_compared_fields_and_a_real_dataclass() -> None:
    point = Point(1, notes={"a": 1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.x  # type: ignore[misc]
    assert point == Point(1)  # notes are not compared
    assert point != Twin(1)  # another class
    assert dataclasses.replace(point, y=5) == Point(1, 5)
    assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "tags", "notes", "secret"]
    assert Point(1).notes is not Point(1).notes  # one dict each
    assert copy.deepcopy(point) == point and pickle.loads(pickle.dumps(point)) == point
    assert not hasattr(point, "__dict__")


def test_a_record_generates_no_method() -> None:
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__"):
        assert name not in vars(Point), name


@record(frozen=True, slots=True, order=True)
class Number(Record):
    year: int
    seq: int
    note: str = field(default="", compare=False)
    seen: list[int] = field(default_factory=list, repr=False, compare=False)


def test_record_field_replace_and_order_are_dataclasses_own() -> None:
    first, second = Number(2026, 2, "a"), Number(2027, 1)
    assert first < second and second >= first and sorted([second, first]) == [first, second]
    assert first == Number(2026, 2, "b") and hash(first) == hash(Number(2026, 2))
    assert repr(first) == "Number(year=2026, seq=2, note='a')"
    assert Number(1, 1).seen == [] and Number(1, 1).seen is not Number(1, 1).seen
    assert replace(first, seq=3) == Number(2026, 3) and replace(first, seq=3).note == "a"
    assert dataclasses.replace(first, seq=3) == replace(first, seq=3)
    assert dataclasses.asdict(first) == {"year": 2026, "seq": 2, "note": "a", "seen": []}
    assert dataclasses.is_dataclass(first) and not dataclasses.is_dataclass(Record)
    with pytest.raises(TypeError):
        replace(first, century=21)
    assert replace(Twin(1), y=2) == Twin(1, 2)  # a plain dataclass too
