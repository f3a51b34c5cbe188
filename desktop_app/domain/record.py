"""Frozen records that cost the command line no start-up time (issue 12).

``@dataclass(frozen=True)`` writes six methods per class as source code and compiles each one
(``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``): about
0.1 ms a method, 12 ms for the records of ``model.py`` alone; and importing ``dataclasses``
imports ``inspect`` (``ast``, ``dis``, ``tokenize``...): 10 ms more. Every command paid both
before it read a row.

``@record(frozen=True, ...)`` is that dataclass for mypy (``record``, ``field`` and
``replace`` are dataclasses' own when type-checking). At run time it reads the class's fields
from its annotations, gives it ``__slots__``, and takes its methods, already compiled, from
``Record``, which every record subclasses; nothing is generated. ``dataclasses`` itself is
imported only by what asks a record for its dataclass fields (``dataclasses.fields``,
``replace``, ``asdict``: ``__dataclass_fields__`` is made on first use), so those, and
``FrozenInstanceError``, behave as with a dataclass.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

_set = object.__setattr__


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _Spec:
    """What ``field(...)`` says of one field, at run time."""

    __slots__ = ("compare", "default", "default_factory", "repr")

    def __init__(self, default: Any, default_factory: Any, repr: bool, compare: bool) -> None:
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare


class _Field:
    __slots__ = ("annotation", "name", "spec")

    def __init__(self, name: str, annotation: str, spec: _Spec) -> None:
        self.name = name
        self.annotation = annotation
        self.spec = spec


def _is_class_var(annotation: object) -> bool:
    text = str(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


class _Layout:
    """What the shared methods need of one record class, read once from its fields."""

    __slots__ = (
        "compared",
        "count",
        "factories",
        "fields",
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

    def __init__(self, cls: type, fields: Sequence[_Field]) -> None:
        self.fields = tuple(fields)
        self.name = cls.__name__
        self.names = tuple(f.name for f in fields)
        self.count = len(fields)
        #: Fields' default values, and the factories that make one per record.
        self.plain = {f.name: f.spec.default for f in fields if f.spec.default is not MISSING}
        self.factories: tuple[tuple[str, Callable[[], Any]], ...] = tuple(
            (f.name, f.spec.default_factory)
            for f in fields
            if f.spec.default_factory is not MISSING
        )
        self.shown = tuple(f.name for f in fields if f.spec.repr)
        self.compared = tuple(f.name for f in fields if f.spec.compare)
        self.post_init = hasattr(cls, "__post_init__")
        #: The fields' values out of a mapping, in order (C speed).
        self.take: Callable[[dict[str, Any]], Sequence[Any]] = (
            operator.itemgetter(*self.names)
            if self.count > 1
            else lambda merged: [merged[n] for n in self.names]
        )
        #: Positional calls that leave out only fields with plain defaults take these.
        first = next((i for i, f in enumerate(fields) if f.name in self.plain), self.count)
        rest = fields[first:]
        self.required = first if all(f.name in self.plain for f in rest) else self.count
        self.trailing = tuple(self.plain[f.name] for f in fields[self.required :])
        #: Each field's slot written directly (the fastest way past ``__setattr__``).
        self.setters: tuple[Callable[[Any, Any], None], ...] = tuple(
            _setter(cls, name) for name in self.names
        )

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Sequence[Any]:
        """The value of every field, in order, from a call's arguments (as the dataclass's
        ``__init__`` would take them, with the same refusals)."""
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


_SLOT = type(_Spec.__dict__["default"])  # what ``__slots__`` makes of a name


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    slot = cls.__dict__.get(name)
    if isinstance(slot, _SLOT):
        return slot.__set__  # type: ignore[no-any-return]
    return lambda obj, value: _set(obj, name, value)


class _DataclassFields:
    """``__dataclass_fields__``, made on first use: ``dataclasses``' own ``Field`` objects
    (from a dataclass made beside the record, with the same fields), so that
    ``dataclasses.fields``, ``replace`` and ``asdict`` take a record as the dataclass it is."""

    def __get__(self, obj: object, cls: type | None = None) -> dict[str, Any]:
        import dataclasses

        layout: _Layout | None = None if cls is None else cls.__dict__.get("_record_layout")
        if cls is None or layout is None:  # ``Record`` itself is no dataclass
            raise AttributeError("__dataclass_fields__")
        twin = dataclasses.make_dataclass(
            cls.__name__,
            [
                (
                    f.name,
                    f.annotation,
                    dataclasses.field(
                        default=dataclasses.MISSING if f.spec.default is MISSING
                        else f.spec.default,
                        default_factory=dataclasses.MISSING
                        if f.spec.default_factory is MISSING
                        else f.spec.default_factory,
                        repr=f.spec.repr,
                        compare=f.spec.compare,
                    ),
                )
                for f in layout.fields
            ],
            init=False,
            repr=False,
            eq=False,
        )  # fmt: skip
        found: dict[str, Any] = getattr(twin, "__dataclass_fields__")  # noqa: B009
        type.__setattr__(cls, "__dataclass_fields__", found)
        return found


class Record:
    """The methods a frozen dataclass would generate, written once for every record."""

    __slots__ = ()
    _record_layout: _Layout
    __dataclass_fields__: Any = _DataclassFields()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        layout = self._record_layout
        values: Sequence[Any] = args
        if kwargs or len(args) != layout.count:
            values = layout.bind(args, kwargs)
        # As long as each other by construction; zip's keyword would cost every record 0.4 us.
        for put, value in zip(layout.setters, values):  # noqa: B905
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
        raise _frozen(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise _frozen(f"cannot delete field {name!r}")

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple([getattr(self, n) for n in self._record_layout.names])

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for put, value in zip(self._record_layout.setters, state, strict=True):
            put(self, value)


def _frozen(message: str) -> Exception:
    from dataclasses import FrozenInstanceError  # a bug's error: loaded when one happens

    return FrozenInstanceError(message)


def _ordered(op: Callable[[Any, Any], bool]) -> Callable[[Record, object], bool]:
    def compare(self: Record, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented  # type: ignore[no-any-return]  # a dunder's "not mine"
        assert isinstance(other, Record)
        return bool(op(self._compared(), other._compared()))

    return compare


_ORDER = {
    "__lt__": _ordered(operator.lt),
    "__le__": _ordered(operator.le),
    "__gt__": _ordered(operator.gt),
    "__ge__": _ordered(operator.ge),
}


def _spec(value: Any) -> _Spec:
    """A field's default as written: a value, ``field(...)``, or ``dataclasses.field(...)``
    (read as this module's, so that it is not taken for a default value)."""
    if isinstance(value, _Spec):
        return value
    kind = type(value)
    if kind.__module__ == "dataclasses" and kind.__name__ == "Field":
        import dataclasses  # already imported: the class body called it

        default = MISSING if value.default is dataclasses.MISSING else value.default
        factory = value.default_factory
        factory = MISSING if factory is dataclasses.MISSING else factory
        return _Spec(default, factory, value.repr, value.compare)
    return _Spec(value, MISSING, True, True)


def _make(cls: type, *, slots: bool, order: bool) -> type:
    if not issubclass(cls, Record):
        raise TypeError(f"{cls.__name__} must subclass Record")
    fields: list[_Field] = []
    for base in reversed(cls.__mro__[1:]):
        layout = base.__dict__.get("_record_layout")
        if layout is not None:
            fields += layout.fields
    # The class's own annotations, as written (``inspect`` is what this module avoids).
    own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    namespace = dict(cls.__dict__)
    for name, annotation in own.items():
        if _is_class_var(annotation):
            continue
        spec = _spec(namespace.pop(name, MISSING))
        fields = [f for f in fields if f.name != name] + [_Field(name, annotation, spec)]
    if order:
        namespace.update(_ORDER)
    match_args = tuple(f.name for f in fields)
    namespace["__match_args__"] = match_args
    if slots:
        namespace.pop("__dict__", None)
        namespace.pop("__weakref__", None)
        inherited = {s for base in cls.__mro__[1:] for s in base.__dict__.get("__slots__", ())}
        namespace["__slots__"] = tuple(f.name for f in fields if f.name not in inherited)
        made: type = type(cls.__name__, cls.__bases__, namespace)
    else:
        made = cls
        for name in own:
            if isinstance(cls.__dict__.get(name), _Spec):
                type.__delattr__(cls, name)
        for name, method in _ORDER.items() if order else ():
            type.__setattr__(cls, name, method)
        type.__setattr__(cls, "__match_args__", match_args)
    type.__setattr__(made, "_record_layout", _Layout(made, fields))
    return made


if TYPE_CHECKING:
    from dataclasses import dataclass as record  # mypy checks a record as the dataclass it is
    from dataclasses import field, replace
else:

    def record(*, frozen: bool, slots: bool = False, order: bool = False) -> Any:
        """``@dataclass(frozen=True, ...)`` for a subclass of ``Record``, with nothing
        generated (module docstring)."""
        if not frozen:
            raise TypeError("a record is frozen; use @dataclass for a mutable class")
        return lambda cls: _make(cls, slots=slots, order=order)

    def field(
        *,
        default: Any = MISSING,
        default_factory: Any = MISSING,
        repr: bool = True,
        compare: bool = True,
    ) -> Any:
        """``dataclasses.field`` for a record (the options records use)."""
        return _Spec(default, default_factory, repr, compare)

    def replace(obj: Any, /, **changes: Any) -> Any:
        """``dataclasses.replace``, without importing ``dataclasses`` for a record."""
        layout = getattr(type(obj), "_record_layout", None)
        if layout is None:
            import dataclasses

            return dataclasses.replace(obj, **changes)
        values = [changes.pop(n) if n in changes else getattr(obj, n) for n in layout.names]
        if changes:
            raise TypeError(
                f"{layout.name}() got an unexpected keyword argument {next(iter(changes))!r}"
            )
        return type(obj)(*values)  # positional: the record's fast call


__all__ = ["Record", "field", "record", "replace"]
