"""What a paged table model answers Qt at every cell it paints, kept in a plain object.

A view asks its model for seven roles of every cell it paints (~2,000 calls a screen). On a
QObject (the model), every attribute read costs 0.5-1 µs, because PySide first looks for a
signal or a property of that name: the credits table's ``data()`` spent ~18 ms of each paint
on reading its own attributes. ``Cells`` holds what those calls read (the pages read, the
texts formatted, the row count, the columns and roles answered) as plain attributes, and the
model reads it once per call.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

#: The roles Qt asks at every cell, as plain numbers (an enum's member is looked up).
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: A cell's value as a spreadsheet should get it (``tables.base.Plain``).
PLAIN_ROLE = ROW_ROLE + 1


class Cells:
    """A paged model's rows and formatted texts; ``answer`` is its ``data()``."""

    __slots__ = (
        "cell",
        "extra",
        "max_texts",
        "money",
        "page_size",
        "pages",
        "plain",
        "read_page",
        "roles",
        "texts",
        "total",
    )  # fmt: skip

    def __init__(
        self,
        model: Any,
        read_page: Callable[[int], list[Any]],
        page_size: int,
        max_texts: int,
    ) -> None:
        self.pages: OrderedDict[int, list[Any]] = OrderedDict()
        #: Qt asks for a cell's text at every paint: formatted once. Emptied whenever the
        #: rows, the language or the day they are shown for change.
        self.texts: dict[tuple[int, int], str] = {}
        self.total = 0
        self.page_size = page_size
        self.max_texts = max_texts
        self.money: frozenset[int] = model.MONEY_COLUMNS
        self.roles: frozenset[int] = model.ROLES
        self.read_page = read_page
        self.cell: Callable[[Any, int], str] = model.cell
        self.plain: Callable[[Any, int], Any] = model.plain
        self.extra: Callable[[Any, int, int], Any] = model.extra

    def row(self, number: int) -> Any:
        if not 0 <= number < self.total:
            return None
        page_number, offset = divmod(number, self.page_size)
        page = self.pages.get(page_number)
        if page is None:  # not read yet, or dropped
            page = self.read_page(page_number)
        else:  # the newest used: the last dropped
            self.pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def answer(self, number: int, column: int, role: int) -> Any:
        if role == ALIGNMENT:
            return RIGHT if column in self.money else LEFT
        if role == DISPLAY:
            text = self.texts.get((number, column))
            if text is not None:
                return text
        if role not in self.roles:
            return None
        row = self.row(number)
        if row is None:
            return None
        if role == DISPLAY:
            if len(self.texts) > self.max_texts:
                self.texts.clear()
            text = self.texts[(number, column)] = self.cell(row, column)
            return text
        if role == ROW_ROLE:
            return row
        if role == PLAIN_ROLE:
            return self.plain(row, column)
        return self.extra(row, column, role)
