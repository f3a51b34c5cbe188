"""Invoice simulation: what an invoice would take from where, then post it if wanted."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Invoice, Project
from desktop_app.services import documents, invoices, listing
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.invoices.export import LINE_SAMPLES, RESULT_SAMPLES, simulation_rows
from desktop_app.ui.invoices.models import WaterfallModel
from desktop_app.ui.invoices.question import post_question
from desktop_app.ui.invoices.split_chart import SplitChart
from desktop_app.ui.tables.lines import InvoiceLinesModel
from desktop_app.ui.widgets.columns import ColumnFitter
from desktop_app.ui.widgets.documents import open_pdf
from desktop_app.ui.widgets.fields import ErrorLabel, checked
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.lines import (
    edit_new_line,
    remove_current_line,
    setup_lines_editor,
    show_bad_cell,
)
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.sizing import HideWhenNarrow
from desktop_app.ui.widgets.table_view import setup_table, size_columns
from desktop_app.ui.widgets.view_only import set_write_enabled


class InvoiceView(Retranslated, QWidget):
    posted = Signal(Invoice)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.project: Project | None = None
        self.invoice: Invoice | None = None
        self.lines_model = InvoiceLinesModel(self)
        self.result_model = WaterfallModel(self)
        self._rewriting = False  # the amounts rewritten for another language: the same amounts
        self.date_label = QLabel()
        self.date = QDateEdit(i18n.to_qdate(desk.today))
        self.date.setCalendarPopup(True)
        self.date.dateChanged.connect(self.inputs_changed)
        self.project_label = QLabel()
        self.project_value = QLabel()
        self.project_value.setStyleSheet("font-weight: bold;")
        self._build_lines_box()
        self._build_result_box()
        for signal in (self.lines_model.dataChanged, self.lines_model.rowsRemoved,
                       self.date.dateChanged):  # fmt: skip
            self.error.watch(signal, lambda: checked(self.lines_model.lines))
        self._lay_out()
        self.retranslate()
        self.update_buttons()

    def _build_lines_box(self) -> None:
        """The lines typed, and the buttons that add, remove and simulate them."""
        self.lines_box = QGroupBox()
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        setup_table(self.lines, stretch_last=False)
        self.lines.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        products = lambda: invoices.known_products(self.desk)  # noqa: E731 - when an editor opens
        self.lines_total = setup_lines_editor(self.lines, self.lines_model, products)
        # What is shown is the simulation of what the lines say: any change clears it.
        for signal in (
            self.lines_model.dataChanged,
            self.lines_model.rowsInserted,
            self.lines_model.rowsRemoved,
        ):
            signal.connect(self.inputs_changed)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_line)
        self.simulate_button = QPushButton()
        self.simulate_button.clicked.connect(self.simulate)
        self.simulate_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.simulate_button)
        box = QVBoxLayout(self.lines_box)
        box.addWidget(self.lines)
        box.addWidget(self.lines_total)  # the running total, the bad line named
        box.addLayout(buttons)

    def _build_result_box(self) -> None:
        """Who pays what (a table and a chart), what was saved, and posting."""
        self.result_box = QGroupBox()
        self.result = QTableView()
        self.result.setModel(self.result_model)
        setup_table(self.result, stretch_last=False)
        self.result.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        self.chart = SplitChart()
        self.saved = QLabel()
        self.saved.setObjectName("savedNote")
        self.saved.setTextFormat(Qt.TextFormat.RichText)
        self.saved.linkActivated.connect(lambda _href: self.open_last_pdf())
        self.saved.hide()
        self.last_pdf: Path | None = None
        self.post_button = QPushButton()
        self.post_button.clicked.connect(self.post)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.export_pdf)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.post_button)
        table_and_chart = QHBoxLayout()
        table_and_chart.addWidget(self.result, 1)
        table_and_chart.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignTop)
        # a narrow window: the table keeps the room, the chart goes (it says the same)
        HideWhenNarrow(self.result_box, self.chart, self._room_for_chart)
        rbox = QVBoxLayout(self.result_box)
        rbox.addLayout(table_and_chart)
        rbox.addWidget(self.error)
        rbox.addWidget(self.saved)
        rbox.addLayout(actions)

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.project_label)
        head.addWidget(self.project_value)
        head.addSpacing(24)
        head.addWidget(self.date_label)
        head.addWidget(self.date)
        head.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.lines_box)
        split.addWidget(self.result_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split)

    def _room_for_chart(self) -> int:
        fitter = self.result.findChild(ColumnFitter)
        table = fitter.needed() if fitter is not None else 0
        return table + self.chart.sizeHint().width() + 40

    def retranslate(self) -> None:
        self.project_label.setText(self.tr("Project:"))
        self.date_label.setText(self.tr("Invoice &date:"))
        self.date_label.setBuddy(self.date)
        self.lines_box.setTitle(self.tr("Invoice lines (amounts excl. VAT)"))
        self.result_box.setTitle(self.tr("Who pays what, in the order applied"))
        self.add_button.setText(self.tr("Add line"))
        self.remove_button.setText(self.tr("Remove line"))
        self.simulate_button.setText(self.tr("Simulate"))
        self.post_button.setText(self.tr("Post invoice…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.chart.retranslate()
        self.show_saved()
        if self.project is None:
            self.project_value.setText(self.tr("(choose a project on the left)"))
        self.lines_model.retranslate()
        self._rewriting = True
        try:
            self.lines_model.reformat_amounts()
        finally:
            self._rewriting = False
        self.result_model.retranslate()
        size_columns(self.lines, LINE_SAMPLES)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        size_columns(self.result, RESULT_SAMPLES)
        if self.invoice is not None:
            self.show_result(self.invoice)

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.date.setDate(i18n.to_qdate(desk.today))
        self.set_project(None)

    def set_today(self, today: date) -> None:
        """Another day shown: the balances as of then; the invoice dated that day."""
        self.desk = self.desk.with_today(today)
        self.date.setDate(i18n.to_qdate(today))
        self.clear_result()

    def refresh(self) -> None:
        """The ledger was written elsewhere: a simulation it no longer gives is taken down."""
        draft = self.invoice
        if draft is None or draft.number is not None:
            return
        try:
            again = invoices.simulate_invoice(self.desk, draft.project_id, draft.date, draft.lines)
        except CodedError:
            again = None
        if again != draft:
            self.clear_result()
            self.error.show_text(
                self.tr("The ledger has changed since this simulation: simulate again.")
            )

    def inputs_changed(self, *_args: object) -> None:
        """A line, the lines or the date changed: the result shown is no longer theirs."""
        if not self._rewriting and self.invoice is not None:
            self.clear_result()

    def set_project(self, project: Project | None) -> None:
        same = (project is None) == (self.project is None) and (
            project is None or self.project is None or project.id == self.project.id
        )
        self.project = project
        if same and self.invoice is not None:
            if project is not None:
                self.project_value.setText(project.name)
            return
        self.project_value.setText(
            project.name if project else self.tr("(choose a project on the left)")
        )
        self.clear_result()

    def clear_result(self) -> None:
        self.invoice = None
        self.result_model.clear()
        self.chart.set_invoice(None)
        self.summary.setText("")
        self.error.clear_error()
        self.last_pdf = None
        self.show_saved()
        self.update_buttons()

    def update_buttons(self) -> None:
        self.simulate_button.setEnabled(self.project is not None)
        draft = self.invoice is not None and self.invoice.number is None
        set_write_enabled(self.post_button, self.desk, draft)
        self.export_button.setEnabled(self.invoice is not None)
        self.pdf_button.setEnabled(self.invoice is not None)

    def add_line(self) -> None:
        edit_new_line(self.lines, self.lines_model)

    def remove_line(self) -> None:
        remove_current_line(self.lines, self.lines_model)  # rowsRemoved clears the result

    def _inputs(self) -> tuple[date, list]:
        return i18n.from_qdate(self.date.date()), self.lines_model.lines()

    def simulate(self) -> Invoice | None:
        if self.project is None:
            return None
        try:
            day, lines = self._inputs()
            invoice = invoices.simulate_invoice(self.desk, self.project.id, day, lines)
        except CodedError as error:
            self.clear_result()
            self.error.show_error(error)
            show_bad_cell(self.lines, error)  # a refused line: its cell chosen
            return None
        self.invoice = invoice
        self.error.clear_error()
        self.last_pdf = None
        self.show_saved()
        self.show_result(invoice)
        self.update_buttons()
        return invoice

    def show_result(self, invoice: Invoice) -> None:
        payment = invoice.payment
        self.result_model.set_result(
            invoice.allocations,
            payment.label,
            (payment.amount_ht, payment.vat, payment.amount_ttc),
        )
        self.chart.set_invoice(invoice)
        text = self.tr("Total %1 excl. VAT: %2 from credit and accounts, %3 excl. VAT left to pay.")
        text = text.replace("%1", i18n.money(invoice.total_ht))
        text = text.replace("%2", i18n.money(invoice.allocated))
        text = text.replace("%3", i18n.money(payment.amount_ht))
        if invoice.number:
            text += " " + self.tr("Posted as invoice %1.").replace("%1", invoice.number)
        self.summary.setText(text)

    def post(self) -> Invoice | None:
        """Post the simulation shown, exactly (the service refuses if the ledger changed)."""
        draft = self.invoice
        if self.project is None or draft is None or draft.number is not None:
            return None
        try:  # the post's own checks first: no question when the answer would be a refusal
            args = (self.desk, draft.project_id, draft.date, draft.lines)
            invoices.check_post(*args, expected=draft)
            if not messages.confirm(self, self.tr("Post invoice"), self.post_question(draft)):
                return None
            invoice = invoices.post_invoice(*args, expected=draft)
        except CodedError as error:
            if self.invoice is draft and error.code == "invoice.changed":
                self.clear_result()  # the split shown is no longer the ledger's
            self.error.show_error(error)
            return None
        self.invoice = invoice
        self.error.clear_error()
        self.show_result(invoice)
        self.update_buttons()
        self.posted.emit(invoice)
        return invoice

    def post_question(self, draft: Invoice) -> str:
        return post_question(draft, self.project.name if self.project is not None else "")

    def export_csv(self) -> Path | None:
        if self.invoice is None:
            return None
        path, _ = ask_save(
            self, Kind.CSV, self.tr("Export the simulation"),
            f"simulation-{self.invoice.date.isoformat()}.csv", self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if not path:
            return None
        header, rows = simulation_rows(self.invoice)
        try:
            listing.write_csv(Path(path), header, rows, len(rows), ledger=self.desk)
        except CodedError as error:
            messages.show_error(self, error)
            return None
        messages.show_written(self, Path(path))
        return Path(path)

    def export_pdf(self) -> Job[Path] | None:
        """The simulation (or a posted invoice's breakdown) as a PDF, written in a worker."""
        if self.invoice is None:
            return None
        project = self.project.name if self.project is not None else ""
        stem = self.invoice.number or f"simulation-{self.invoice.date.isoformat()}"
        name = f"{stem} {project}".strip().replace("/", "-")
        path, _ = ask_save(
            self, Kind.PDF, self.tr("Export the simulation as PDF"), f"{name}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if not path:
            return None
        invoice = self.invoice

        def work(worker: Desk, _progress: Progress) -> Path:  # thousands of lots: seconds
            return documents.write_simulation_pdf(worker, invoice, Path(path))

        dialog = (self.tr("Writing the PDF…"), self.tr("Cancel"), self.tr("Export PDF"))
        return start_job(
            self, self.desk, work, on_done=self._pdf_saved, on_error=self.error.show_error,
            dialog=dialog,
        )  # fmt: skip

    def _pdf_saved(self, written: Path) -> None:
        self.error.clear_error()
        self.last_pdf = written
        self.show_saved()

    def show_saved(self) -> None:
        if self.last_pdf is None:
            self.saved.hide()
            return
        text = self.tr("PDF saved as %1.").replace("%1", escape(str(self.last_pdf)))
        label = escape(self.tr("Open"))
        self.saved.setText(f'{text} <a href="open">{label}</a>')
        self.saved.show()

    def open_last_pdf(self) -> bool:
        return self.last_pdf is not None and open_pdf(self.last_pdf)
