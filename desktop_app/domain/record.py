"""Frozen records that cost the command line no start-up time (issue 12).

``@dataclass(frozen=True)`` writes six methods per class as source code and compiles each one
(``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``): about
0.1 ms a method, 12 ms for the records of ``model.py`` alone, paid by every command before it
reads a row. ``@record(...)`` is that dataclass for mypy, and at run time a dataclass that
generates none of them (``init``, ``repr`` and ``eq`` off, not frozen): the six come, already
compiled, from ``Record``, which every record subclasses, and read the class's dataclass
fields (defaults, ``default_factory``, ``repr=False``, ``compare=False``) once per class.

Still a dataclass: ``dataclasses.replace``, ``fields`` and ``FrozenInstanceError`` behave as
before, and assigning an attribute is refused as a frozen dataclass refuses it.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

_set = object.__setattr__


class _Layout:
    """What the shared methods need of one record class, read once from its dataclass fields."""

    __slots__ = (
        "compared",
        "count",
        "factories",
        "name",
        "names",
        "plain",
        "post_init",
        "required",
        "setters",
        "shown",
        "take",
        "trailing",
    )

    def __init__(self, cls: type) -> None:
        every = dataclasses.fields(cls)
        found = [f for f in every if f.init]
        self.name = cls.__name__
        self.names = tuple(f.name for f in found)
        self.count = len(found)
        #: Fields' default values, and the factories that make one per record.
        self.plain = {f.name: f.default for f in found if f.default is not dataclasses.MISSING}
        self.factories: tuple[tuple[str, Callable[[], Any]], ...] = tuple(
            (f.name, f.default_factory)
            for f in found
            if f.default_factory is not dataclasses.MISSING
        )
        self.shown = tuple(f.name for f in every if f.repr)
        self.compared = tuple(f.name for f in every if f.compare)
        self.post_init = hasattr(cls, "__post_init__")
        #: Positional calls that leave out only fields with plain defaults take these.
        first = next((i for i, f in enumerate(found) if f.name in self.plain), self.count)
        rest = found[first:]
        self.required = first if all(f.name in self.plain for f in rest) else self.count
        self.trailing = tuple(self.plain[f.name] for f in found[self.required :])
        #: The fields' values out of a mapping, in order, as one tuple (C speed).
        self.take: Callable[[dict[str, Any]], Sequence[Any]] = (
            operator.itemgetter(*self.names)
            if self.count > 1
            else lambda merged: [merged[n] for n in self.names]
        )
        #: Each field's slot written directly (the fastest way past ``__setattr__``).
        self.setters: tuple[Callable[[Any, Any], None], ...] = tuple(
            _setter(cls, name) for name in self.names
        )

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Sequence[Any]:
        """The value of every field, in order, from a call's arguments (as ``__init__``
        would take them, with the same refusals)."""
        if not kwargs and self.required <= len(args) <= self.count:
            return args + self.trailing[len(args) - self.required :]  # the usual short call
        if len(args) > self.count:
            raise TypeError(f"{self.name}() takes {self.count} arguments, not {len(args)}")
        if args:
            for name, value in zip(self.names, args, strict=False):
                if name in kwargs:
                    raise TypeError(f"{self.name}() got multiple values for argument {name!r}")
                kwargs[name] = value
        merged = self.plain | kwargs
        for name, make in self.factories:
            if name not in kwargs:
                merged[name] = make()
        if len(merged) != self.count:
            extra = next((n for n in merged if n not in self.names), None)
            if extra is not None:
                raise TypeError(f"{self.name}() got an unexpected keyword argument {extra!r}")
            missing = next(n for n in self.names if n not in merged)
            raise TypeError(f"{self.name}() missing argument: {missing!r}")
        return self.take(merged)


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    slot = cls.__dict__.get(name)
    put = getattr(slot, "__set__", None)
    if put is not None:
        return put  # type: ignore[no-any-return]
    return lambda obj, value: _set(obj, name, value)


class Record:
    """The methods a frozen dataclass would generate, written once for every record."""

    __slots__ = ()
    _record_layout: _Layout

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        layout = self._record_layout
        values: Sequence[Any] = args
        if kwargs or len(args) != layout.count:
            values = layout.bind(args, kwargs)
        for put, value in zip(layout.setters, values, strict=True):
            put(self, value)
        if layout.post_init:
            self.__post_init__()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._record_layout.shown)
        return f"{type(self).__qualname__}({shown})"

    def _compared(self) -> tuple[Any, ...]:
        return tuple([getattr(self, n) for n in self._record_layout.compared])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple([getattr(self, n) for n in self._record_layout.names])

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for put, value in zip(self._record_layout.setters, state, strict=True):
            put(self, value)


if TYPE_CHECKING:
    from dataclasses import dataclass as record  # mypy checks a record as the dataclass it is
else:

    def record(*, frozen: bool, slots: bool = False, order: bool = False) -> Any:
        """``@dataclass(frozen=True, ...)`` for a subclass of ``Record``, without its code
        generation (module docstring)."""
        if not frozen or order:
            raise TypeError("a record is frozen and unordered; use @dataclass otherwise")

        def make(cls: type) -> type:
            if not issubclass(cls, Record):
                raise TypeError(f"{cls.__name__} must subclass Record")
            if not cls.__doc__:
                cls.__doc__ = cls.__name__  # what dataclass would build with inspect
            made = dataclasses.dataclass(init=False, repr=False, eq=False, slots=slots)(cls)
            type.__setattr__(made, "_record_layout", _Layout(made))
            return made

        return make


__all__ = ["Record", "record"]
