"""A totals row under a table: one row of its own, whose columns follow the table's (their
widths, their order, the hidden ones, the horizontal scroll), so that each sum stands under
its column. What it shows comes from one SQL aggregate (``listing.credits_totals``), never
from the rows on screen: the sum covers every row the table lists, paged or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

from desktop_app.ui.tables.base import LEFT, PLAIN_ROLE, RIGHT, TableModel
from desktop_app.ui.tables.behaviour import behaviour
from desktop_app.ui.widgets.columns import TruncatedTips, cells_left_right

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(TableModel):
    """One row: a label, then the sums under the columns that hold them."""

    TRANSLATED_CELLS = True

    def __init__(self, columns: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.texts: dict[int, str] = {}
        self.values: dict[int, Any] = {}
        self.tip = ""

    def headers(self) -> list[str]:
        return [""] * self._columns

    def set_cells(self, texts: dict[int, str], values: dict[int, Any], tip: str) -> None:
        self.beginResetModel()
        self.texts, self.values, self.tip = texts, values, tip
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts.get(column, "")
        if role == PLAIN_ROLE:
            return self.values.get(column, self.texts.get(column, ""))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.MONEY_COLUMNS else LEFT
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip or None
        return None


class TotalsRow(QTableView):
    """Under ``table``: the same columns, one row, no header, no scroll bar of its own."""

    def __init__(self, table: QTableView, money: frozenset[int]) -> None:
        super().__init__()
        self.table = table
        self.totals = TotalsModel(table.model().columnCount(), self)
        self.totals.MONEY_COLUMNS = money
        self.setModel(self.totals)
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # read, not a stop of Tab
        self.setTabKeyNavigation(False)
        behaviour(self)  # copied and exported as any table (a right-click selects it)
        TruncatedTips(self)  # a sum cut short says itself
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(self.table.showGrid())  # its cells as wide as the table's
        self.setWordWrap(False)
        height = table.verticalHeader().defaultSectionSize()
        self.verticalHeader().setDefaultSectionSize(height)
        self.setFixedHeight(height + 2)
        # Followed at once, and again once the table's header is done (it tells a section
        # resized before it marks it hidden).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.follow)
        self._margins = (-1, -1, -1, -1)  # the viewport margins last set
        header = table.horizontalHeader()
        header.sectionResized.connect(self._changed)
        header.sectionMoved.connect(self._changed)
        header.geometriesChanged.connect(self._changed)
        table.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.follow()

    def _changed(self, *_args: object) -> None:
        """At once (a grab may follow before the event loop runs), and once more after."""
        self.follow()
        if not self._later.isActive():
            self._later.start()

    def follow(self) -> None:
        """The table's columns as they are now: widths, order, hidden ones; the row starts
        where the table's cells start (after its frame). Only what differs is set: this runs
        at every change of the table's header (and PySide6 6.12 loses a reference to None at
        each call of a method returning void)."""
        source, mine = self.table.horizontalHeader(), self.horizontalHeader()
        for column in range(min(source.count(), mine.count())):
            hidden = source.isSectionHidden(column)
            if not hidden and mine.sectionSize(column) != source.sectionSize(column):
                if mine.isSectionHidden(column):  # a hidden one's size is 0: shown first
                    mine.setSectionHidden(column, False)
                mine.resizeSection(column, source.sectionSize(column))
            if mine.isSectionHidden(column) != hidden:
                mine.setSectionHidden(column, hidden)
            visual = source.visualIndex(column)
            if mine.visualIndex(column) != visual:
                mine.moveSection(mine.visualIndex(column), visual)
        left, right = cells_left_right(self.table)  # inside the table's frame
        margins = (left, 0, self.table.width() - right - 1, 0)
        if margins != self._margins:
            self._margins = margins
            self.setViewportMargins(*margins)
        scroll = self.table.horizontalScrollBar().value()
        if self.horizontalScrollBar().value() != scroll:
            self.horizontalScrollBar().setValue(scroll)

    def cell_text(self, column: int) -> str:
        return self.totals.texts.get(column, "")
