"""The period report: the roll-forward of a month, quarter, year or any span, as a table
and a waterfall; exported as a PDF an auditor reads, as CSV, or as the journal (FEC,
beancount); and the invoices posted in the period, each reversible by a credit note after
a question that names every figure that will be written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.books.creditnote import CreditNote
from desktop_app.domain.books.entries import InvoiceTotals
from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO
from desktop_app.services.books import documents, reversal
from desktop_app.services.books.journal import JournalExport, default_file_name, export_journal
from desktop_app.services.books.rollforward import RollForwardReport, roll_forward_report
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.books.chart import WaterfallChart
from desktop_app.ui.books.models import PostedInvoicesModel, RollForwardModel, fit_report
from desktop_app.ui.books.periods import PeriodKind, period_around
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.behaviour import opens
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.table_view import DAY, MONEY, setup_table, size_columns
from desktop_app.ui.widgets.view_only import set_write_enabled, view_only_error


class PeriodReportView(Retranslated, QWidget):
    """Emits ``changed`` once a credit note is written."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.found: RollForwardReport | None = None
        self.model = RollForwardModel(self)
        self.invoices_model = PostedInvoicesModel(self)
        self._build()
        self.retranslate()
        self.refresh()

    # -- the parts ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        for kind in PeriodKind:
            self.kind.addItem("", kind)
        self.start = QDateEdit(i18n.to_qdate(self.desk.today))
        self.end = QDateEdit(i18n.to_qdate(self.desk.today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _day: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.period_label = QLabel()
        self.pdf_button = QPushButton()
        self.csv_button = QPushButton()
        self.journal_button = QPushButton()
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button.clicked.connect(self.export_csv)
        self.journal_button.clicked.connect(self.export_journal)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, many=True)  # seven amounts a row, sized to the report (fit_report)
        self.chart = WaterfallChart()
        self.invoices = QTableView()
        self.invoices.setModel(self.invoices_model)
        setup_table(self.invoices)
        opens(self.invoices, lambda _index: self.open_selected())  # or Enter, or Open
        self.invoices.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.invoices_label = QLabel()
        self.reverse_button = QPushButton()
        self.reverse_button.clicked.connect(self.reverse_selected)
        top = QVBoxLayout()  # two rows: the period, then its exports (fits a 1024 px screen)
        dates, exports = QHBoxLayout(), QHBoxLayout()
        for widget in (self.kind, self.start, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.period_label.setWordWrap(True)
        exports.addWidget(self.period_label, 1)
        for button in (self.pdf_button, self.csv_button, self.journal_button):
            exports.addWidget(button)
        top.addLayout(dates)
        top.addLayout(exports)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.invoices_label)
        row.addStretch(1)
        row.addWidget(self.reverse_button)
        box.addLayout(row)
        box.addWidget(self.invoices)
        split = QSplitter()  # the table, its waterfall under it, then the invoices
        split.setOrientation(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.addWidget(lower)
        split.setSizes([260, 230, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        names = {
            PeriodKind.MONTH: self.tr("Month"),
            PeriodKind.QUARTER: self.tr("Quarter"),
            PeriodKind.YEAR: self.tr("Year"),
            PeriodKind.CUSTOM: self.tr("Custom"),
        }
        for index in range(self.kind.count()):
            self.kind.setItemText(index, names[self.kind.itemData(index)])
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.journal_button.setText(self.tr("Export journal…"))
        self.invoices_label.setText(self.tr("Invoices posted in the period"))
        self.reverse_button.setText(self.tr("Reverse…"))
        self.kind.setAccessibleName(self.tr("Period"))
        self.start.setAccessibleName(self.tr("Period start"))
        self.end.setAccessibleName(self.tr("Period end"))
        self.table.setAccessibleName(self.tr("Roll-forward"))
        self.invoices.setAccessibleName(self.tr("Invoices posted in the period"))
        self.model.retranslate()
        self.invoices_model.retranslate()
        self._show_chart()
        self._show_period()

    # -- the period and its figures -----------------------------------------------------------
    def period(self) -> tuple[date, date]:
        kind = PeriodKind(self.kind.currentData() or PeriodKind.MONTH)
        self.end.setEnabled(kind is PeriodKind.CUSTOM)
        start = i18n.from_qdate(self.start.date())
        return period_around(kind, start, i18n.from_qdate(self.end.date()))

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.refresh()

    def set_today(self, day: date) -> None:
        """Another day shown (the window reads every part again): writes follow rule 13."""
        self.desk = self.desk.with_today(day)

    def refresh(self) -> None:
        start, end = self.period()
        try:
            self.found = roll_forward_report(self.desk, start, end)
            posted = reversal.list_invoices(self.desk, date_from=start, date_to=end)
        except CodedError as error:
            self.found, posted = None, []
            messages.show_error(self, error)
        self.model.show(self.found)
        names = self.found.names if self.found else {}
        self.invoices_model.set_rows(
            [(inv, names.get(inv.project_id, ""), by) for inv, by in posted]
        )
        self._show_chart()
        self._show_period()
        self.update_buttons()
        self._size_columns()

    def _size_columns(self) -> None:
        names = [self.model.index(r, 0).data() or "" for r in range(min(self.model.rowCount(), 50))]
        widest = max(names, key=len, default="")[:28]
        fit_report(self.table, self.model)
        size_columns(self.invoices, ["INV-2026-00000", DAY, widest, MONEY, MONEY, "CN-2026-00000"])

    def _show_period(self) -> None:
        if not hasattr(self, "found"):
            return
        start, end = self.period()
        self.period_label.setText(f"{i18n.day(start)} – {i18n.day(end)}")

    def _show_chart(self) -> None:
        labels = {
            "opening": self.tr("Opening"),
            "bought": self.tr("Bought"),
            "redeemed": self.tr("Redeemed"),
            "returned": self.tr("Returned"),
            "used": self.tr("Used"),
            "expired": self.tr("Expired"),
            "closing": self.tr("Closing"),
        }
        found = getattr(self, "found", None)
        self.chart.show_figures(found.report.total if found else None, labels)

    def open_selected(self) -> QDialog | None:
        """The selected invoice in a window of its own (lines, who paid what, statement)."""
        from desktop_app.ui.posted.detail import open_invoice

        chosen = self.selected_invoice()
        return open_invoice(self.desk, chosen[0].number, self) if chosen else None

    def selected_invoice(self) -> tuple[InvoiceTotals, str, str | None] | None:
        rows = self.invoices.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def update_buttons(self) -> None:
        chosen = self.selected_invoice()
        set_write_enabled(self.reverse_button, self.desk, chosen is not None and chosen[2] is None)

    # -- exports -------------------------------------------------------------------------------
    def _save_as(self, title: str, name: str, pattern: str) -> Path | None:
        kind = Kind.PDF if name.endswith(".pdf") else Kind.CSV
        path, _ = ask_save(self, kind, title, name, pattern)
        return Path(path) if path else None

    def export_pdf(self) -> Path | None:
        start, end = self.period()
        path = self._save_as(
            self.tr("Export the period report"),
            f"rollforward-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        return self._write(
            lambda p: documents.write_period_report_pdf(
                self.desk, start, end, p, found=self.found, language=i18n.language()
            ),
            path,
        )

    def export_csv(self) -> Path | None:
        start, end = self.period()
        path = self._save_as(
            self.tr("Export the roll-forward"),
            f"rollforward-{start:%Y%m%d}-{end:%Y%m%d}.csv",
            self.tr("CSV files (*.csv)"),
        )
        return self._write(
            lambda p: documents.write_period_report_csv(self.desk, start, end, p, found=self.found),
            path,
        )

    def export_journal(self) -> Job[JournalExport] | None:
        start, end = self.period()
        try:
            name = default_file_name(self.desk, end, "fec")
        except CodedError:  # no SIREN yet: the file is named without it
            name = f"FEC{end:%Y%m%d}.txt"
        fec, bean = self.tr("FEC (*.txt)"), self.tr("beancount (*.beancount)")
        path, chosen = ask_save(self, Kind.JOURNAL, self.tr("Export the journal"), name,
                                f"{fec};;{bean}")  # fmt: skip
        if not path:
            return None
        fmt = "beancount" if chosen == bean or path.endswith(".beancount") else "fec"
        target = Path(path)

        def work(desk: Desk, progress: Progress) -> JournalExport:
            return export_journal(desk, start, end, fmt, target, progress=progress)

        dialog = (self.tr("Writing the journal…"), self.tr("Cancel"), self.tr("Export"))
        return start_job(
            self, self.desk, work, on_done=self._journal_written, on_error=self._journal_refused,
            dialog=dialog,
        )  # fmt: skip

    def _journal_refused(self, error: CodedError) -> None:
        if error.code != "export.cancelled":
            messages.show_error(self, error)

    def _journal_written(self, done: JournalExport) -> None:
        text = (
            self.tr("No entry in the period: the file holds its header only.")
            if done.empty
            else self.tr("%1 entries written, debit %2, credit %3.")
            .replace("%1", str(done.entries))
            .replace("%2", i18n.money(done.debit))
            .replace("%3", i18n.money(done.credit))
        )
        messages.show_info(self, self.tr("Journal exported"), text)

    def _write(self, write: object, path: Path | None) -> Path | None:
        if path is None:
            return None
        try:
            write(path)  # type: ignore[operator]
        except CodedError as error:
            messages.show_error(self, error)
            return None
        messages.show_written(self, path)
        return path

    # -- reversing an invoice --------------------------------------------------------------
    def reverse_selected(self) -> CreditNote | None:
        """Reverse the selected invoice, exactly as the question shows it: the service
        refuses (``credit_note.changed``) if the ledger changed since."""
        chosen = self.selected_invoice()
        if chosen is None or chosen[2] is not None:
            return None
        if not self.desk.writable:
            messages.show_error(self, view_only_error(self.desk))
            return None
        number = chosen[0].number
        try:
            preview = reversal.preview_reversal(self.desk, number)
            if not messages.confirm(self, self.tr("Reverse invoice"), self.question(preview)):
                return None
            note = reversal.reverse_invoice(self.desk, number, expected=preview)
        except CodedError as error:
            messages.show_error(self, error)
            return None
        self.refresh()
        self.changed.emit()
        return note

    def question(self, note: CreditNote) -> str:
        """Every figure the credit note writes."""
        lots = sum((r.amount for r in note.returned if r.lot_id is not None), ZERO)
        accounts = sum(
            (
                r.amount
                for r in note.returned
                if r.source in (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)
            ),
            ZERO,
        )
        again = sum((r.expired_again for r in note.returned), ZERO)
        text = self.tr(
            "Reverse invoice %1 (%2 excl. VAT) by credit note %3 dated %4? %5 goes back to "
            "credit and vouchers (%6 of it expired since and is lost again), %7 to the "
            "accounts; %8 incl. VAT is a refund due by the payment method. This cannot be "
            "undone."
        )
        for key, value in (
            ("%1", note.invoice_number),
            ("%2", i18n.money(note.total_ht)),
            ("%3", note.number),
            ("%4", i18n.long_day(note.date)),
            ("%5", i18n.money(lots)),
            ("%6", i18n.money(again)),
            ("%7", i18n.money(accounts)),
            ("%8", i18n.money(note.refund.amount_ttc)),
        ):
            text = text.replace(key, value)
        return text
