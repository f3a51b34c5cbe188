"""SQLite's statements as PostgreSQL's: the repositories write one SQL, each backend runs it.

What changes, statement by statement (cached: a statement is translated once per process):
- placeholders: ``?`` and ``?N`` (numbered, reused) become psycopg's ``%s``, with the order
  to bind the parameters in; a literal ``%`` becomes ``%%``;
- ``LIMIT ?`` bound to -1 (SQLite: no limit) binds NULL (PostgreSQL: no limit);
- ``INDEXED BY name`` (a SQLite planner hint) goes; ``x IS NOT y`` (y not NULL) is
  ``IS DISTINCT FROM``; ``INSERT OR IGNORE`` is ``INSERT ... ON CONFLICT DO NOTHING``;
- an INSERT into a table keyed by an identity gets ``RETURNING id`` (SQLite's lastrowid).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Tables whose key is an identity column ``id`` (their INSERTs return it).
IDENTITY_TABLES = frozenset({"projects", "lots", "payment_methods", "invoices", "movements"})

_TOKEN = re.compile(r"'(?:[^']|'')*'|\?(\d*)|%")
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
_IS_NOT = re.compile(r"\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b)", re.IGNORECASE)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+", re.IGNORECASE)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_LIMIT_BEFORE = re.compile(r"\b(LIMIT|OFFSET)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Statement:
    sql: str
    #: For each ``%s``, the index of the SQLite parameter it binds.
    order: tuple[int, ...]
    #: The ``%s`` positions that follow LIMIT (-1 there binds NULL).
    limits: frozenset[int]
    #: Whether it returns the new row's id.
    returns_id: bool

    def bind(self, params: Sequence[Any]) -> list[Any]:
        bound = [params[i] for i in self.order]
        for position in self.limits:
            if bound[position] is not None and bound[position] < 0:
                bound[position] = None
        return bound


@functools.lru_cache(maxsize=1024)
def translate(sql: str, *, returning: bool = True) -> Statement:
    """``sql`` (SQLite's) as PostgreSQL's, with how to bind its parameters."""
    ignore = _INSERT_OR_IGNORE.match(sql) is not None
    if ignore:
        sql = _INSERT_OR_IGNORE.sub("INSERT ", sql, count=1)
    sql = _IS_NOT.sub("IS DISTINCT FROM ", _INDEXED_BY.sub("", sql))
    order: list[int] = []
    limits: set[int] = set()
    out: list[str] = []
    last = 0
    following = 0  # the next plain ``?``'s parameter
    for match in _TOKEN.finditer(sql):
        out.append(sql[last : match.start()])
        token = match.group(0)
        last = match.end()
        if token.startswith("'"):
            out.append(token.replace("%", "%%"))
        elif token == "%":
            out.append("%%")
        else:
            number = match.group(1)
            # SQLite numbers a plain ``?`` one past the largest number used before it.
            index = int(number) - 1 if number else following
            following = max(following, index + 1)
            before = _LIMIT_BEFORE.search(out[-1])
            if before is not None and before.group(1).upper() == "LIMIT":
                limits.add(len(order))
            order.append(index)
            out.append("%s")
    out.append(sql[last:])
    text = "".join(out)
    if ignore:
        text = text.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    table = _INSERT_INTO.match(text)
    returns_id = (
        returning
        and table is not None
        and table.group(1).lower() in IDENTITY_TABLES
        and "RETURNING" not in text.upper()
    )
    if returns_id:
        text = text.rstrip().rstrip(";") + " RETURNING id"
    return Statement(text, tuple(order), frozenset(limits), returns_id)
