"""Tables sized from font metrics, not from their rows: setup and column widths."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from desktop_app.ui import i18n
from desktop_app.ui.tables.behaviour import behaviour
from desktop_app.ui.widgets.columns import ColumnFitter, TruncatedTips, fit_columns

MONEY = "money"


DAY = "day"


def sample_text(sample: str) -> str:
    if sample == MONEY:
        return i18n.money(Decimal("-1234567.89"))
    if sample == DAY:
        return i18n.day(date(2026, 12, 28))
    return sample


def setup_table(
    view: QTableView, *, sortable: bool = False, stretch_last: bool = True, many: bool = False
) -> None:
    """Fixed row height from the font; no ResizeToContents over the rows; the tables' own
    behaviour (context menu, Ctrl+C: ``tables.behaviour``). ``many``: several rows can be
    selected (a list that only shows; one whose row drives the window keeps one)."""
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    vertical.setVisible(False)
    header = view.horizontalHeader()
    header.setMinimumHeight(view.fontMetrics().height() + 8)  # room around the titles
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab leaves the table (to the next control), the arrows move inside it: a Tab never
    # changes the row chosen.
    view.setTabKeyNavigation(False)
    TruncatedTips(view)  # a cell cut short says its whole text
    behaviour(view)  # Copy, Open, Export the selection; Ctrl+C
    view.setSortingEnabled(sortable)
    if sortable:
        header.setSortIndicatorShown(True)
        # Another order: show its beginning (the view would otherwise stay where it was, and
        # read a page from the middle of a table the user has not looked at yet).
        header.sortIndicatorChanged.connect(lambda _column, _order: view.scrollToTop())


def size_columns(view: QTableView, samples: Sequence[str]) -> None:
    """Widths from the header's and a typical value's width (font metrics, not the rows)."""
    model = view.model()
    if model is None:
        return
    body = view.fontMetrics()
    head = view.horizontalHeader().fontMetrics()
    floors: dict[int, int] = {}
    for column, sample in enumerate(samples):
        if column >= model.columnCount():
            break
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        value = body.horizontalAdvance(sample_text(sample)) + 20
        # room for the sort indicator beside the title
        view.setColumnWidth(column, max(head.horizontalAdvance(title) + 34, value))
        if sample in (MONEY, DAY):
            floors[column] = value  # an amount or a date is never cut (its title may be)
    # on a narrow screen the text columns give up their room first: amounts and dates whole
    fit_columns(view, floors, {c for c, sample in enumerate(samples) if sample == MONEY})


def keep_whole(view: QTableView, column: int, sample: str) -> None:
    """A text column never cut below ``sample`` (a document's number), as an amount is not;
    after ``size_columns``."""
    fitter = view.findChild(ColumnFitter)
    if fitter is not None:
        fitter.floors[column] = view.fontMetrics().horizontalAdvance(sample) + 20
        fitter.fit()
