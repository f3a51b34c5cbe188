"""One posted invoice in a window of its own: its lines, who paid what lot by lot, what the
payment method paid; its statement (the PDF the command line's ``invoice pdf`` writes),
opened or saved; the credit note reversing it. A credit note likewise: what it gave back,
the refund due, its PDF, the invoice it reverses. Both read and write through the services
the command line uses (``services.books``)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.books.creditnote import CreditNote
from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Invoice
from desktop_app.services.books import documents, reversal
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.posted.models import LinesModel, PaidByModel, ReturnedModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.behaviour import opens
from desktop_app.ui.widgets.documents import open_pdf
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.table_view import MONEY, setup_table, size_columns

#: The dialogs open (non-modal), kept alive while shown.
_OPEN: list[QDialog] = []


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    setup_table(view, many=True)
    view.setAccessibleName(name)
    view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * 4)
    return view


class DocumentDialog(Retranslated, QDialog):
    """What both documents share: a heading, tables, the PDF opened or saved, a link to
    the other document, Close."""

    def __init__(self, desk: Desk, number: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.number = number
        self.last_pdf: Path | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.heading.linkActivated.connect(self.open_other)
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.write_pdf(None))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_pdf_as)
        self.other_button = QPushButton()
        self.other_button.clicked.connect(lambda: self.open_other(""))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.other_button, self.open_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.heading)

    def finish_layout(self) -> None:
        self.box.addWidget(self.footer)
        self.box.addWidget(self.buttons)
        self.resize(640, 480)

    # -- what each document says ---------------------------------------------------------
    def other_number(self) -> str | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def pdf(self, desk: Desk, output: Path | None) -> Path:  # pragma: no cover - abstract
        raise NotImplementedError

    def open_other(self, _href: str = "") -> QDialog | None:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- the PDF ---------------------------------------------------------------------------
    def save_pdf_as(self) -> Job[Path] | None:
        path, _ = ask_save(
            self, Kind.PDF, self.tr("Save the PDF of %1").replace("%1", self.number),
            f"{self.number}.pdf", self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        return self.write_pdf(Path(path), then_open=False) if path else None

    def write_pdf(self, output: Path | None, *, then_open: bool = True) -> Job[Path]:
        """The document's PDF, written again from the ledger (beside it, in ``<ledger>-books/``,
        unless ``output``), in a worker; then opened in the system's viewer."""

        def written(path: Path) -> None:
            self.last_pdf = path
            self.footer.setText(self.tr("PDF written: %1").replace("%1", str(path)))
            if then_open:
                open_pdf(path)

        return pdf_job(self, self.desk, self.number, lambda d: self.pdf(d, output), written)


def pdf_job(
    parent: QWidget, desk: Desk, number: str, write: Callable[[Desk], Path],
    on_done: Callable[[Path], object],
) -> Job[Path]:  # fmt: skip
    """A document's PDF written in a worker (``ui.widgets.jobs``), with its progress dialog."""

    def work(worker: Desk, _progress: Progress) -> Path:
        return write(worker)

    title = QCoreApplication.translate("DocumentDialog", "Writing the PDF…")
    cancel = QCoreApplication.translate("DocumentDialog", "Cancel")
    return start_job(parent, desk, work, on_done=on_done, dialog=(title, cancel, number))


def open_statement(parent: QWidget, desk: Desk, number: str) -> Job[Path]:
    """Posted invoice ``number``'s statement, written again from the ledger and opened."""
    return pdf_job(parent, desk, number, lambda d: documents.write_invoice_pdf(d, number), open_pdf)


class InvoiceDialog(DocumentDialog):
    def __init__(
        self, desk: Desk, invoice: Invoice, reversed_by: str | None, project: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(desk, invoice.number or "", parent)
        self.invoice, self.reversed_by, self.project = invoice, reversed_by, project
        self.lines_model = LinesModel(self)
        self.lines_model.set_rows(invoice.lines)
        self.paid_model = PaidByModel(self)
        self.paid_model.set_rows(invoice.allocations)
        self.lines_label, self.paid_label = QLabel(), QLabel()
        self.lines = _table(self.lines_model, self.tr("Invoice lines"))
        self.paid = _table(self.paid_model, self.tr("Who paid what"))
        opens(self.paid, self.show_lot)  # a double-click, Enter, the menu's Open
        for widget in (self.lines_label, self.lines, self.paid_label, self.paid):
            self.box.addWidget(widget)
        self.other_button.setVisible(reversed_by is not None)
        self.finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        invoice = self.invoice
        self.setWindowTitle(self.tr("Invoice %1").replace("%1", self.number))
        text = (
            self.tr("<b>%1</b> of %2, project %3: %4 excl. VAT.")
            .replace("%1", escape(self.number))
            .replace("%2", i18n.day(invoice.date))
            .replace("%3", escape(self.project))
            .replace("%4", i18n.money_html(invoice.total_ht))
        )
        if self.reversed_by:
            link = f'<a href="other">{escape(self.reversed_by)}</a>'
            text += " " + self.tr("Reversed by credit note %1.").replace("%1", link)
        self.heading.setText(text)
        self.lines_label.setText(self.tr("Lines"))
        self.paid_label.setText(self.tr("Who paid what, in the order applied"))
        payment = invoice.payment
        label = payment.label or self.tr("no payment method")
        self.footer.setText(
            self.tr("Payment method (%1): %2 excl. VAT + %3 VAT = %4 incl. VAT.")
            .replace("%1", label)
            .replace("%2", i18n.money(payment.amount_ht))
            .replace("%3", i18n.money(payment.vat))
            .replace("%4", i18n.money(payment.amount_ttc))
        )
        self.open_button.setText(self.tr("Open the statement (PDF)"))
        self.save_button.setText(self.tr("Save the statement as…"))
        self.other_button.setText(self.tr("Credit note %1").replace("%1", self.reversed_by or ""))
        self.lines_model.retranslate()
        self.paid_model.retranslate()
        size_columns(self.lines, ["compute-instances", MONEY])
        size_columns(self.paid, ["Digital LaunchPad", "XXXX-XXXX-XXXX", MONEY])

    def other_number(self) -> str | None:
        return self.reversed_by

    def pdf(self, desk: Desk, output: Path | None) -> Path:
        return documents.write_invoice_pdf(desk, self.number, output)

    def open_other(self, _href: str = "") -> QDialog | None:
        if self.reversed_by is None:
            return None
        return open_credit_note(self.desk, self.reversed_by, self.project, self.parentWidget())

    def show_lot(self, index: QModelIndex) -> QDialog | None:
        allocation = index.data(ROW_ROLE)
        if allocation is None or allocation.lot_id is None:
            return None
        from desktop_app.ui.history.lot import open_lot_movements

        return open_lot_movements(self.desk, allocation.lot_id, self)


class CreditNoteDialog(DocumentDialog):
    def __init__(
        self, desk: Desk, note: CreditNote, project: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, note.number, parent)
        self.note, self.project = note, project
        self.returned_model = ReturnedModel(self)
        self.returned_model.set_rows(note.returned)
        self.returned_label = QLabel()
        self.returned = _table(self.returned_model, self.tr("What the credit note gave back"))
        self.box.addWidget(self.returned_label)
        self.box.addWidget(self.returned)
        self.finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        note = self.note
        self.setWindowTitle(self.tr("Credit note %1").replace("%1", self.number))
        link = f'<a href="other">{escape(note.invoice_number)}</a>'
        text = (
            self.tr("<b>%1</b> of %2 reverses invoice %3 (project %4): %5 excl. VAT.")
            .replace("%1", escape(self.number))
            .replace("%2", i18n.day(note.date))
            .replace("%3", link)
            .replace("%4", escape(self.project))
            .replace("%5", i18n.money_html(note.total_ht))
        )
        if note.reason:
            text += " " + self.tr("Reason: %1").replace("%1", escape(note.reason))
        self.heading.setText(text)
        self.returned_label.setText(self.tr("Given back, where it came from"))
        refund = note.refund
        self.footer.setText(
            self.tr("Refund due by the payment method: %1 excl. VAT + %2 VAT = %3 incl. VAT.")
            .replace("%1", i18n.money(refund.amount_ht))
            .replace("%2", i18n.money(refund.vat))
            .replace("%3", i18n.money(refund.amount_ttc))
        )
        self.open_button.setText(self.tr("Open the PDF"))
        self.save_button.setText(self.tr("Save the PDF as…"))
        self.other_button.setText(self.tr("Invoice %1").replace("%1", note.invoice_number))
        self.returned_model.retranslate()
        size_columns(self.returned, ["Digital LaunchPad", "XXXX-XXXX-XXXX", MONEY, MONEY])

    def other_number(self) -> str | None:
        return self.note.invoice_number

    def pdf(self, desk: Desk, output: Path | None) -> Path:
        return documents.write_credit_note_pdf(desk, self.number, output)

    def open_other(self, _href: str = "") -> QDialog | None:
        return open_invoice(self.desk, self.note.invoice_number, self.parentWidget())


def _shown(dialog: QDialog) -> QDialog:
    _OPEN.append(dialog)
    dialog.destroyed.connect(lambda *_: _OPEN.remove(dialog) if dialog in _OPEN else None)
    dialog.show()
    return dialog


def _opened(parent: QWidget | None, make: Callable[[], QDialog]) -> QDialog | None:
    try:
        return _shown(make())
    except CodedError as error:
        messages.show_error(parent, error)
        return None


def open_invoice(desk: Desk, number: str, parent: QWidget | None = None) -> InvoiceDialog | None:
    """Posted invoice ``number`` in a dialog of its own (a refusal, as an unknown number,
    shown through the message channel)."""

    def make() -> InvoiceDialog:
        invoice, reversed_by = reversal.get_invoice(desk, number)
        project = desk.project(invoice.project_id).name
        return InvoiceDialog(desk, invoice, reversed_by, project, parent)

    return _opened(parent, make)  # type: ignore[return-value]


def open_credit_note(
    desk: Desk, number: str, project: str = "", parent: QWidget | None = None
) -> CreditNoteDialog | None:
    def make() -> CreditNoteDialog:
        note = reversal.get_credit_note(desk, number)
        if not isinstance(note, CreditNote):
            from desktop_app.domain.errors import DomainError

            raise DomainError("credit_note.no_document", number=number)
        name = project or desk.project(note.project_id).name
        return CreditNoteDialog(desk, note, name, parent)

    return _opened(parent, make)  # type: ignore[return-value]
