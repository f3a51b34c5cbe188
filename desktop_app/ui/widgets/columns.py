"""Tables on any screen: the amounts and dates always shown whole (text columns give up their
room first when the table is narrow, and come back when it widens), and a cell cut short says
its whole text in a tooltip (a reference, a project's name, an amount)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

#: The narrowest a text column is made to fit (its text then ends in "…", with a tooltip).
MIN_TEXT = 56
#: Room a cell takes around its text (margins, the focus frame).
CELL_PADDING = 12


class ColumnFitter(QObject):
    """Keeps a table's columns within its width while it can: each column gives up room down
    to its floor (a text column to ``MIN_TEXT``, an amount or a date to its text's width, its
    title then cut), in proportion to what it can give; the text columns first, as they come
    before the amounts."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        #: Per column: its floor, and whether it is an amount (kept whole first of all).
        self.floors: dict[int, int] = {}
        self.money: set[int] = set()
        self.natural: dict[int, int] = {}
        #: Columns that take the room left (Qt's Stretch, done here: it never shrinks one
        #: below its last width, and the amounts after it would go behind a scroll bar).
        self.stretch: set[int] = set()
        self._fitting = False
        # the header is laid out over the cells (their width, at every change of it): its
        # resize is the cells'. (Not the viewport's: see cells_left_right.)
        view.horizontalHeader().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A column widened or narrowed by the user: the width to come back to."""
        if not self._fitting and self.natural:
            self.natural[column] = new

    def natural_state(self) -> QByteArray:
        """The header's state with every column at its natural width (what is remembered:
        the user's widths, not those a narrow window gave them)."""
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self.natural.items():
                if column not in self.stretch and column < header.count():
                    header.resizeSection(column, width)
            state = header.saveState()
        finally:
            self._fitting = False
        self.fit()
        return state

    def take_widths(self) -> None:
        """The widths the columns have now are the ones to come back to (set by the window, or
        by the user and remembered)."""
        header = self.view.horizontalHeader()
        for c in range(header.count()):
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
                self.stretch.add(c)
        self.natural = {c: header.sectionSize(c) for c in range(header.count())}
        for c in self.stretch:
            self.natural[c] = MIN_TEXT * 2
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._fitting:
            self.fit()
        return False

    def _stretched(self, header: QHeaderView, column: int) -> bool:
        return header.stretchLastSection() and column == header.count() - 1

    def widths(self, room: int) -> dict[int, int]:
        """Each sized column's width for a viewport ``room`` wide."""
        header = self.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        sized = [c for c in shown if not self._stretched(header, c)]
        wanted = {c: self.natural.get(c, header.sectionSize(c)) for c in sized}
        stretched = header.minimumSectionSize() * (len(shown) - len(sized))
        overflow = stretched + sum(wanted.values()) - room
        slack = {c: max(w - self.floors.get(c, MIN_TEXT), 0) for c, w in wanted.items()}
        total = sum(slack.values())
        if overflow <= 0:
            growing = [c for c in self.stretch if c in wanted]
            for c in growing:  # the room left, shared by the stretching columns
                wanted[c] += -overflow // len(growing)
            return wanted
        for c, spare in slack.items():
            wanted[c] -= min(spare, -(-overflow * spare // (total or 1)))  # rounded up
        return wanted

    def needed(self) -> int:
        """The narrowest the table can be with every column at its floor."""
        header = self.view.horizontalHeader()
        return sum(
            self.floors.get(c, MIN_TEXT)
            for c in range(header.count())
            if not header.isSectionHidden(c)
        )

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        if not self.natural or header.count() == 0:
            return
        self._fitting = True
        try:
            for c, width in self.widths(cells_width(self.view)).items():
                if header.sectionSize(c) != width:
                    header.resizeSection(c, width)
        finally:
            self._fitting = False


def cells_left_right(view: QAbstractItemView) -> tuple[int, int]:
    """Where a table's cells start and end within it (after its frame, before its scroll
    bar), told by its horizontal header, which the view lays out over its cells. Not by its
    viewport: the first time Python gets hold of a plain QWidget made by Qt (a viewport),
    PySide 6.11 looks for its most derived class through every widget class there is, and
    builds their types (~70, ~17 ms); the window's first paint need not wait for that."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    cells = header.geometry() if header is not None and not header.isHidden() else None
    if cells is None:
        cells = view.viewport().geometry()
    return cells.left(), cells.right()


def cells_width(view: QAbstractItemView) -> int:
    left, right = cells_left_right(view)
    return right - left + 1


def fit_columns(view: QTableView, floors: dict[int, int], money: set[int]) -> ColumnFitter:
    """The view's fitter (made once), with the widths it has now as its natural ones."""
    fitter = view.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(view)
    fitter.floors, fitter.money = floors, money
    fitter.take_widths()
    return fitter


class TruncatedTips(QObject):
    """On a view's viewport: a cell whose text does not fit says it whole in its tooltip
    (above the cell's own tooltip, from its model, if it has one)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.on_cells = False
        # on the cells once the mouse comes over the view (see cells_left_right)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.on_cells:
            if watched is self.view and event.type() == QEvent.Type.Enter:
                self.on_cells = True
                self.view.removeEventFilter(self)
                self.view.viewport().installEventFilter(self)
            return False
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        tip = self.tip_at(event.pos())
        if tip is None:
            return False  # the model's own tooltip, or none
        QToolTip.showText(event.globalPos(), tip, self.view.viewport())
        return True

    def tip_at(self, pos) -> str | None:  # type: ignore[no-untyped-def]
        """The tooltip of the cell at ``pos`` when it shows its text cut; None when the text
        is whole (the view then shows the model's tooltip, if any)."""
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = self.view.visualRect(index).width() - CELL_PADDING
        if self.view.fontMetrics().horizontalAdvance(text) <= room:
            return None
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        return f"{text}\n{own}" if own else text
