"""A table to CSV as the view shows it: its rows as filtered and sorted, its columns in their
order, the titles it shows; in the dialect the user picks in the save dialog (``standard`` or
``excel-fr``, remembered); then a message with the path and an Open button.

A paged table is read in a worker, on a desk of its own (``PagedTableModel.reader``), with
progress and Cancel; a table held in memory is written at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk
from desktop_app.services.output import DEFAULT_DIALECT, DIALECTS, check_output, write_csv
from desktop_app.ui import messages
from desktop_app.ui.tables.base import PagedTableModel, Plain
from desktop_app.ui.tables.behaviour import row_values, shown_columns, titles
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.save_places import Kind, ask_save

#: The dialect last chosen (QSettings): the save dialog offers it first next time.
DIALECT_KEY = "export/dialect"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def dialect_filters() -> dict[str, str]:
    """Each dialect's line in the save dialog's list of file types, in the current language."""
    return {
        "standard": _tr("CSV, comma separated, 1234.56 (*.csv)"),
        "excel-fr": _tr("Excel (French) CSV, semicolon separated, 1234,56 (*.csv)"),
    }


def remembered_dialect() -> str:
    value = str(QSettings().value(DIALECT_KEY, DEFAULT_DIALECT))
    return value if value in DIALECTS else DEFAULT_DIALECT


def ledger_of(view: QWidget) -> Desk | None:
    """The ledger a file written from ``view`` must never replace: its model's, or its
    window's."""
    for holder in (getattr(view, "model", lambda: None)(), view.window(), view.parentWidget()):
        desk = getattr(holder, "desk", None)
        if isinstance(desk, Desk):
            return desk
    return None


def ask_csv(parent: QWidget, title: str, suggested: str) -> tuple[Path, str] | None:
    """The file and the dialect the user chose (the dialect by the file type chosen), checked
    by the output guard; None if the dialog was cancelled or the file refused (said)."""
    filters = dialect_filters()
    first = filters[remembered_dialect()]
    path, chosen = ask_save(parent, Kind.CSV, title, suggested, ";;".join(filters.values()), first)
    if not path:
        return None
    dialect = next((name for name, line in filters.items() if line == chosen), None)
    dialect = dialect or remembered_dialect()
    try:
        check_output(ledger_of(parent), path)
    except CodedError as error:
        messages.show_error(parent, error)
        return None
    QSettings().setValue(DIALECT_KEY, dialect)
    return Path(path), dialect


def export_rows(
    view: QWidget, header: list[str], rows: Sequence[Sequence[Plain]], title: str
) -> Path | None:
    """A few rows (a selection, a table in memory) to the CSV file the user names."""
    chosen = ask_csv(view, title, "selection.csv")
    if chosen is None:
        return None
    path, dialect = chosen
    try:
        write_csv(path, header, rows, len(rows), ledger=ledger_of(view), dialect=dialect)
    except CodedError as error:
        messages.show_error(view, error)
        return None
    messages.show_written(view, path)
    return path


def export_view(
    view: QAbstractItemView,
    suggested: str,
    on_done: Callable[[Path], object] | None = None,
) -> Job[Path] | Path | None:
    """What ``view`` shows to CSV: a paged table in a worker (the job), one in memory at once
    (the path). The message with Open follows once it is written."""
    model = view.model()
    columns, header = shown_columns(view), titles(view)
    chosen = ask_csv(view, _tr("Export the current view"), suggested)
    if chosen is None or model is None:
        return None
    path, dialect = chosen

    def written(done: Path) -> None:
        messages.show_written(view, done)
        if on_done is not None:
            on_done(done)

    reader = model.reader() if isinstance(model, PagedTableModel) else None
    if isinstance(model, PagedTableModel) and reader is not None:
        total, plain, page = model.total(), model.plain, model.PAGE

        def work(worker: Desk, progress: Progress) -> Path:
            def rows() -> Iterator[list[Any]]:
                for offset in range(0, total, page):
                    for row in reader(worker, offset, page):
                        yield [plain(row, column) for column in columns]

            write_csv(path, header, rows(), total, progress, ledger=worker, dialect=dialect)
            return path

        dialog = (_tr("Writing the CSV file…"), _tr("Cancel"), _tr("Export"))
        return start_job(view, model.desk, work, on_done=written, dialog=dialog)
    rows = [row_values(model, row, columns) for row in range(model.rowCount())]
    try:
        write_csv(path, header, rows, len(rows), ledger=ledger_of(view), dialect=dialect)
    except CodedError as error:
        messages.show_error(view, error)
        return None
    written(path)
    return path


def shown_table(page: QWidget) -> QAbstractItemView | None:
    """The table a tab shows: the one with the focus, else the one the tab names
    (``shown_table()``), else its first table on screen."""
    from PySide6.QtWidgets import QApplication, QTableView

    focused = QApplication.focusWidget()
    if isinstance(focused, QTableView) and page.isAncestorOf(focused):
        return focused
    view = getattr(page, "built", None) or page  # a tab built on first use
    named = getattr(view, "shown_table", None)
    if callable(named):
        table = named()
        if isinstance(table, QAbstractItemView):
            return table
    tables = [t for t in page.findChildren(QTableView) if t.isVisibleTo(page)]
    return tables[0] if tables else None


def suggested_name(view: QAbstractItemView) -> str:
    """A file name from the table's own name ("Credits and vouchers.csv")."""
    name = view.accessibleName() or _tr("table")
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() + ".csv"


def export_current_view(
    page: QWidget, on_done: Callable[[Path], object] | None = None
) -> Job[Path] | Path | None:
    """Ctrl+E: the current tab's table, as it shows it, to CSV."""
    view = shown_table(page)
    if view is None:
        return None
    return export_view(view, suggested_name(view), on_done)
