"""The invoices posted: a project's (it follows the window's project; "All projects" is a
choice) or every project's, over a period or all time, newest first, paged in SQL. Each one
opens (double-click, Enter, Open…) on its lines and who paid what; its statement is written
again from the ledger and opened; a reversed one opens its credit note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.books.entries import InvoiceTotals
from desktop_app.domain.dates import add_months
from desktop_app.domain.model import Project
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.posted.detail import (
    InvoiceDialog,
    open_credit_note,
    open_invoice,
    open_statement,
)
from desktop_app.ui.posted.models import InvoiceFilter, PostedInvoiceModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.behaviour import opens
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.flow import FlowLayout
from desktop_app.ui.widgets.jobs import Job
from desktop_app.ui.widgets.project_choice import ProjectChoice
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import DAY, MONEY, keep_whole, setup_table, size_columns

SAMPLES = ["INV-2026-00000", DAY, "Production web", MONEY, MONEY, MONEY, "CN-2026-00000"]
PROJECT_COLUMN = 2


class PostedInvoicesView(Retranslated, QWidget):
    def __init__(
        self, desk: Desk, directory: ProjectDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.directory = directory
        self.model = PostedInvoiceModel(desk, directory, self)
        self.project = ProjectChoice(directory)
        self.project.chosen.connect(self.apply_filter)
        self.period = QCheckBox()
        self.date_from = QDateEdit(i18n.to_qdate(add_months(desk.today, -3)))
        self.date_to = QDateEdit(i18n.to_qdate(desk.today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _day: self.apply_filter())
        self.period.toggled.connect(lambda _on: self.apply_filter())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.statement)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.open_credit_note)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        # a double-click or Enter (Qt emits activated for both: one dialog, not two)
        opens(self.table, lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.count = QLabel()
        top = FlowLayout()  # one line, or two on a narrow window
        top.add_group(self.project.label, self.project)
        self.to_label = QLabel("–")
        top.add_group(self.period, self.date_from, self.to_label, self.date_to)
        top.add_group(self.open_button, self.pdf_button, self.note_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.project.retranslate()
        self.period.setText(self.tr("Period"))
        self.date_from.setAccessibleName(self.tr("Period from"))
        self.date_to.setAccessibleName(self.tr("Period to"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("The invoice's lines and who paid what (Enter)"))
        self.pdf_button.setText(self.tr("Statement PDF"))
        self.pdf_button.setToolTip(self.tr("Write the invoice's statement again and open it"))
        self.note_button.setText(self.tr("Credit note…"))
        self.note_button.setToolTip(self.tr("The credit note reversing the invoice"))
        self.table.setAccessibleName(self.tr("Posted invoices"))
        self.model.retranslate()
        self.update_count()
        size_columns(self.table, SAMPLES)
        keep_whole(self.table, 0, SAMPLES[0])  # an invoice's number is never cut

    # -- the desk, the project, the filter ---------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()

    def set_today(self, day: date) -> None:
        self.desk = self.desk.with_today(day)
        self.model.desk = self.desk

    def set_project(self, project: Project | None) -> None:
        """The window's project chosen: the list shows its invoices."""
        self.project.follow(project.id if project is not None else None)

    def refresh(self) -> None:
        self.project.fill()
        self.apply_filter()

    def current_filter(self) -> InvoiceFilter:
        on = self.period.isChecked()
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(on)
        return InvoiceFilter(
            project_id=self.project.project_id(),
            date_from=i18n.from_qdate(self.date_from.date()) if on else None,
            date_to=i18n.from_qdate(self.date_to.date()) if on else None,
        )

    def apply_filter(self) -> None:
        chosen = self.selected()
        rows = self.table.selectionModel().selectedRows()
        near = rows[0].row() if rows else -1
        wanted = self.current_filter()
        self.model.set_filter(wanted)
        # one project's invoices: its name in every row says nothing
        self.table.setColumnHidden(PROJECT_COLUMN, wanted.project_id is not None)
        if chosen is not None:
            self.select(chosen[0].number, near)
        self.update_count()
        self.update_buttons()

    def update_count(self) -> None:
        self.count.setText(self.tr("%1 invoice(s)").replace("%1", i18n.count(self.model.total())))

    # -- the invoice chosen ------------------------------------------------------------------
    def selected(self) -> tuple[InvoiceTotals, str | None] | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, number: str, near: int = -1) -> bool:
        row = self.model.row_of_invoice(number, near)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.pdf_button.setEnabled(chosen is not None)
        self.note_button.setEnabled(chosen is not None and chosen[1] is not None)

    def open_selected(self) -> InvoiceDialog | None:
        chosen = self.selected()
        return open_invoice(self.desk, chosen[0].number, self) if chosen else None

    def statement(self) -> Job[Path] | None:
        """The selected invoice's statement, written again from the ledger and opened."""
        chosen = self.selected()
        return open_statement(self, self.desk, chosen[0].number) if chosen else None

    def open_credit_note(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None or chosen[1] is None:
            return None
        name = self.directory.names.get(chosen[0].project_id, "")
        return open_credit_note(self.desk, chosen[1], name, self)
