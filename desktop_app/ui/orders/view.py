"""Purchase orders: pending, paid, cancelled; mark paid, cancel, open or save the PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot, OrderStatus, Project, PurchaseOrder
from desktop_app.services import orders
from desktop_app.services.desk import Desk
from desktop_app.ui import messages
from desktop_app.ui.orders.dialogs import PayOrderDialog
from desktop_app.ui.orders.models import OrderModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.documents import open_pdf, save_pdf_copy
from desktop_app.ui.widgets.flow import FlowLayout
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.progress import export_with_progress
from desktop_app.ui.widgets.project_choice import ProjectChoice
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_folder, ask_save
from desktop_app.ui.widgets.table_view import DAY, MONEY, setup_table, size_columns
from desktop_app.ui.widgets.view_only import refused_on_view_date, set_write_enabled

#: What the "Show" list offers, in its order (None: every order).
STATUSES = (None, OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CANCELLED)
SAMPLES = ["PO-2026-00000", "Production web", "Cancelled", MONEY, MONEY, MONEY, DAY, DAY]


class OrdersView(Retranslated, QWidget):
    changed = Signal()
    lot_paid = Signal(CreditLot)

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        directory: ProjectDirectory | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dialog: PayOrderDialog | None = None
        self.model = OrderModel(desk, self, directory)
        self.status_label = QLabel()
        self.status = QComboBox()
        for status in STATUSES:  # worded in retranslate(), which keeps the one chosen
            self.status.addItem("", status.value if status is not None else None)
        self.status.currentIndexChanged.connect(self.apply_filter)
        # the window's project (set_project), or another, or all of them
        self.project = ProjectChoice(self.model.directory)
        self.project.chosen.connect(self.apply_filter)
        self.pay_button = QPushButton()
        self.pay_button.clicked.connect(self.mark_paid)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_order)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_pdf)
        self.save_all_button = QPushButton()
        self.save_all_button.clicked.connect(self.choose_folder_for_pdfs)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(self.open_pdf)

        top = FlowLayout()  # one line, or two on a narrow window (French words are longer)
        top.add_group(self.project.label, self.project)
        top.add_group(self.status_label, self.status)
        top.add_group(self.pay_button, self.cancel_button, self.open_button)
        top.add_group(self.save_button, self.save_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Show:"))
        self.project.retranslate()
        self.table.setAccessibleName(self.tr("Purchase orders"))
        words = [self.tr("All orders"), self.tr("Pending"), self.tr("Paid"), self.tr("Cancelled")]
        for index, text in enumerate(words):
            self.status.setItemText(index, text)
        self.pay_button.setText(self.tr("Mark paid…"))
        self.cancel_button.setText(self.tr("Cancel order…"))
        self.open_button.setText(self.tr("Open PDF"))
        self.save_button.setText(self.tr("Save PDF as…"))
        self.save_all_button.setText(self.tr("Save the PDFs shown…"))
        self.model.retranslate()
        size_columns(self.table, SAMPLES)

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()  # another ledger: its projects in the list

    def set_today(self, day: date) -> None:
        """Another day shown (the window reads the orders again)."""
        self.desk = self.desk.with_today(day)
        self.model.desk = self.desk
        self.update_buttons()

    def set_project(self, project: Project | None) -> None:
        """The window's project chosen: its orders shown ("All projects" stays a choice)."""
        self.project.follow(project.id if project is not None else None)

    def refresh(self) -> None:
        self.project.fill()
        self.model.project_id = self.project.project_id()
        chosen = self.selected()
        number = chosen.number if chosen is not None else None
        rows = self.table.selectionModel().selectedRows()
        near = rows[0].row() if rows else -1
        self.model.reload()
        if number:
            self.select(number, near)
        self.update_buttons()

    def apply_filter(self) -> None:
        value = self.status.currentData()
        self.model.status = OrderStatus(value) if value else None
        self.model.project_id = self.project.project_id()
        self.refresh()

    def selected(self) -> PurchaseOrder | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        order: PurchaseOrder | None = rows[0].data(ROW_ROLE)
        return order

    def select(self, number: str, near: int = -1) -> bool:
        row = self.model.row_of_order(number, near)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def update_buttons(self) -> None:
        order = self.selected()
        pending = order is not None and order.status is OrderStatus.PENDING
        set_write_enabled(self.pay_button, self.desk, pending)
        set_write_enabled(self.cancel_button, self.desk, pending)
        self.open_button.setEnabled(order is not None)
        self.save_button.setEnabled(order is not None)

    def mark_paid(self) -> PayOrderDialog | None:
        order = self.selected()
        if order is None or refused_on_view_date(self, self.desk):
            return None
        self.dialog = PayOrderDialog(self.desk, order, self)
        self.dialog.paid.connect(self._paid)
        self.dialog.open()
        return self.dialog

    def _paid(self, lot: CreditLot) -> None:
        self.refresh()
        self.changed.emit()
        self.lot_paid.emit(lot)

    def cancel_order(self) -> bool:
        order = self.selected()
        if order is None or refused_on_view_date(self, self.desk):
            return False
        question = self.tr(
            "Cancel purchase order %1 (%2 incl. VAT)? Its number stays, marked cancelled."
        )
        from desktop_app.ui import i18n

        question = question.replace("%1", order.number).replace("%2", i18n.money(order.amount_ttc))
        if not messages.confirm(self, self.tr("Cancel purchase order"), question):
            return False
        try:
            orders.cancel_order(self.desk, order.number)
        except CodedError as error:
            messages.show_error(self, error)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def export_csv(self, on_done: Callable[[Path], object] | None = None) -> Job[Path] | None:
        """Every purchase order to CSV, with progress."""
        path, _ = ask_save(
            self, Kind.CSV, self.tr("Export CSV"), "orders.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        return export_with_progress(self, self.desk, "orders", Path(path), None, on_done=on_done)

    def pdf_path(self, order: PurchaseOrder) -> str:
        if order.pdf:
            return order.pdf
        return str(orders.write_order_pdf(self.desk, order.number))

    def open_pdf(self) -> None:
        order = self.selected()
        if order is None:
            return
        try:
            path = self.pdf_path(order)
        except CodedError as error:
            messages.show_error(self, error)
            return
        open_pdf(path)

    def choose_folder_for_pdfs(self) -> Job[list[Path]] | None:
        folder = ask_folder(self, Kind.PDF, self.tr("Save the PDFs of the orders shown"))
        return self.save_pdfs(Path(folder)) if folder else None

    def save_pdfs(self, folder: Path) -> Job[list[Path]]:
        """The PDF of every order the list shows (project and status as chosen), one file
        each in ``folder``, written in a worker with progress; cancellable between two."""
        project_id, status = self.model.project_id, self.model.status

        def work(worker: Desk, progress: Progress) -> list[Path]:
            numbers = [o.number for o in orders.list_orders(worker, project_id, status)]
            return orders.write_order_pdfs(worker, numbers, folder, progress)

        def saved(paths: list[Path]) -> None:
            text = self.tr("%1 PDF(s) saved in %2").replace("%1", str(len(paths)))
            messages.show_info(self, self.tr("Purchase orders"), text.replace("%2", str(folder)))

        dialog = (self.tr("Writing the PDFs…"), self.tr("Cancel"), self.tr("Purchase orders"))
        return start_job(self, self.desk, work, on_done=saved, dialog=dialog)

    def save_pdf(self) -> None:
        order = self.selected()
        if order is None:
            return
        try:
            save_pdf_copy(self, self.desk, order.number)
        except CodedError as error:
            messages.show_error(self, error)
