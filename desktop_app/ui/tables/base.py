"""Table models: thin adapters over rows the services fetch in pages.

A model knows how many rows its query has (one COUNT) and fetches the pages the view shows,
when it shows them: scrolling to the end of 100,000 lots reads the last page only, and a page
past the middle is read with the order reversed, so it costs what the first page costs.
Sorting re-queries with another ORDER BY; filtering re-queries with another WHERE. A model
keeps at most ``MAX_PAGES`` pages in memory.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.cells import LEFT, PLAIN_ROLE, RIGHT, ROW_ROLE, Cells

__all__ = ["LEFT", "PLAIN_ROLE", "RIGHT", "ROW_ROLE"]  # (the models' names for them)

Index = QModelIndex | QPersistentModelIndex
#: ``PLAIN_ROLE``: a cell's value as a spreadsheet should get it: an amount as a ``Decimal``,
#: a date as a ``date``, a count as an ``int``, anything else as its text (``tables.behaviour``
#: copies and exports it).
#: What ``PLAIN_ROLE`` answers.
Plain = str | Decimal | date | int | None
#: A table's rows as now filtered and sorted, read on another desk (an export's worker):
#: ``read(desk, offset, limit)``.
Reader = Callable[[Desk, int, int], list[Any]]

_SHOWN_DAY = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
_GROUPS = str.maketrans("", "", ",\u202f\u00a0 €")
_WHOLE = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?\d+\.\d+")


def plain_of_text(text: str, number: bool) -> Plain:
    """What a cell shows, as a value: a date shown ``dd/mm/yyyy`` as a date; with ``number``
    (an amount's column, right-aligned), ``€1,234.56`` or ``1 234,56 €`` as a ``Decimal`` and
    ``1,234`` as an int, in the window's language; any other text as it is."""
    day = _SHOWN_DAY.fullmatch(text)
    if day:
        with contextlib.suppress(ValueError):
            return date(int(day[3]), int(day[2]), int(day[1]))
    if not number:
        return text
    mark = "," if i18n.language() == "fr" else "."
    bare = text.replace(mark, "\x00").translate(_GROUPS).replace("\x00", ".")
    if _WHOLE.fullmatch(bare):
        return int(bare)
    if _DECIMAL.fullmatch(bare):
        return Decimal(bare)
    return text


class TableModel(QAbstractTableModel):
    """Columns titled in the current language (``headers()``, read once per language), the
    amounts right-aligned; ``retranslate()`` when the language changes."""

    #: Indexes of the columns that hold amounts (right-aligned).
    MONEY_COLUMNS: frozenset[int] = frozenset()
    #: The cells show words, money or dates: a language change shows them anew.
    TRANSLATED_CELLS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] | None = None  # headers() in the current language

    def headers(self) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        """A column title's tooltip, if it has one."""
        return None

    def cell(self, row: Any, column: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def plain(self, row: Any, column: int) -> Plain:
        """``PLAIN_ROLE``: by default read back from the cell's text (an amount's column as a
        number, a shown date as a date); a model may answer from the row itself. Called in an
        export's worker too: it reads nothing but the row."""
        return plain_of_text(self.cell(row, column), column in self.MONEY_COLUMNS)

    def titles(self) -> list[str]:
        """The column titles, translated once per language (Qt asks for them very often)."""
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def retranslate(self) -> None:
        """Language changed: words, money and dates are shown anew."""
        self._titles = None
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = self.rowCount()
        if self.TRANSLATED_CELLS and rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            names = self.titles()
            if not 0 <= section < len(names):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return names[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section in self.MONEY_COLUMNS else LEFT
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class ListTableModel(TableModel):
    """A few rows held in a list, replaced whole; subclasses say how to show a row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def extra(self, number: int, column: int, role: int) -> Any:
        """Any other role of row ``number`` (a tooltip, a colour, a font)."""
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.MONEY_COLUMNS else LEFT
        if role == ROW_ROLE:
            return row
        if role == PLAIN_ROLE:
            return self.plain(row, column)
        return self.extra(index.row(), column, role)


class PagedTableModel(TableModel):
    """Rows fetched ``PAGE`` at a time, when shown; subclasses say how to count, fetch, show."""

    PAGE = 200
    #: Pages kept in memory; the oldest read is dropped first.
    MAX_PAGES = 50

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_error: CodedError | None = None
        #: What data() reads, in a plain object (``tables.cells``): its pages and texts.
        self._cells = Cells(self, self._page, self.PAGE, self.MAX_TEXTS)
        self._pages = self._cells.pages
        self._texts = self._cells.texts
        self.modelReset.connect(self._texts.clear)
        self.layoutChanged.connect(self._texts.clear)

    # -- what subclasses provide ----------------------------------------------------------
    def _count(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        """``limit`` rows from ``offset``; with ``reverse``, counted from the end, in reverse
        order (a subclass that cannot reverse its query never gets ``reverse=True``)."""
        return self.fetch_on(self.desk, offset, limit, reverse)

    def fetch_on(self, desk: Desk, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        """``_fetch`` on ``desk`` (the model's own, or an export's worker's): a model whose
        rows come from a query says so here; one whose rows are in memory overrides
        ``_fetch`` instead."""
        raise NotImplementedError  # pragma: no cover - abstract

    #: Formatted cell texts kept (a few screens' worth).
    MAX_TEXTS = 20_000
    #: The query can run in the opposite order (pages past the middle are read that way).
    REVERSIBLE = False

    def reader(self) -> Reader | None:
        """How an export reads this table's rows, as now filtered and sorted, on a desk of its
        own (in a worker; the export's progress dialog is modal, so the filter stays as it
        is); None: its rows are in memory (``rows()``)."""
        if type(self).fetch_on is PagedTableModel.fetch_on:
            return None
        return self.fetch_on

    def retranslate(self) -> None:
        self._texts.clear()
        super().retranslate()

    # -- paging ---------------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._cells.page_size = self.PAGE  # (a test may set a smaller one)
        try:
            self._cells.total = self._count()
            self.last_error = None
        except CodedError as error:
            self._cells.total, self.last_error = 0, error
        self.endResetModel()

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * self.PAGE
        size = min(self.PAGE, self._cells.total - start)
        if size <= 0:
            return []
        try:
            if self.REVERSIBLE and start + size / 2 > self._cells.total / 2:
                page = self._fetch(self._cells.total - start - size, size, True)
                page.reverse()
            else:
                page = self._fetch(start, size)
        except CodedError as error:  # busy or gone: show blanks; the next refresh retries
            self.last_error = error
            return []
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def total(self) -> int:
        return self._cells.total

    def loaded_rows(self) -> int:
        """How many rows are held in memory now (at most ``PAGE * MAX_PAGES``)."""
        return sum(len(page) for page in self._pages.values())

    def row_object(self, row: int) -> Any:
        return self._cells.row(row)

    def iter_rows(self) -> Iterator[tuple[int, Any]]:
        """Every row with its number, page by page (for searches; holds one page at a time)."""
        for number in range((self._cells.total + self.PAGE - 1) // self.PAGE):
            for offset, row in enumerate(self._page(number)):
                yield number * self.PAGE + offset, row

    def find_row(self, wanted: Callable[[Any], bool], near: int = -1) -> int:
        """The first row for which ``wanted`` holds, or -1. Tried first: the pages around row
        ``near`` (where it was before a reload, say), then the pages in memory."""
        if near >= 0:
            middle = near // self.PAGE
            for number in (middle, middle - 1, middle + 1):
                if 0 <= number * self.PAGE < self._cells.total:
                    for offset, row in enumerate(self._page(number)):
                        if wanted(row):
                            return number * self.PAGE + offset
        for number, page in list(self._pages.items()):
            for offset, row in enumerate(page):
                if wanted(row):
                    return number * self.PAGE + offset
        for number, row in self.iter_rows():
            if wanted(row):
                return number
        return -1

    def rows(self) -> list[Any]:
        """Every row (small tables and tests; a big table is read page by page instead)."""
        return [row for _, row in self.iter_rows()]

    def fetch_all(self) -> None:
        """Kept for callers that want every row at hand: reads every page once."""
        for _ in self.iter_rows():
            pass

    # -- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._cells.total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._cells.answer(index.row(), index.column(), role)

    #: The roles this model answers from a row (others are answered without reading one).
    ROLES: frozenset[int] = frozenset(
        {
            int(Qt.ItemDataRole.DisplayRole),
            ROW_ROLE,
            PLAIN_ROLE,
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.ForegroundRole),
            int(Qt.ItemDataRole.BackgroundRole),
        }
    )

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None
