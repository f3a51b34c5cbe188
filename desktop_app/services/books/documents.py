"""The books' documents: a posted invoice's statement, a credit note, the period report
(PDF, and the roll-forward as CSV). Each is rendered by ``pdf`` and written by
``services.output`` (the output guard, atomic, never onto the ledger)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.books.creditnote import CreditNote
from desktop_app.domain.books.rollforward import COLUMNS
from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import fmt
from desktop_app.services.books.reversal import get_credit_note, get_invoice
from desktop_app.services.books.rollforward import RollForwardReport, roll_forward_report
from desktop_app.services.desk import Desk
from desktop_app.services.documents import write_simulation_pdf
from desktop_app.services.output import write_bytes, write_csv


def documents_dir(desk: Desk) -> Path:
    """``<ledger>-books/``, beside the ledger, as ``<ledger>-orders/`` is for orders."""
    path = desk.path
    return path.parent / f"{path.stem}-books"


def write_invoice_pdf(desk: Desk, number_text: str, output: Path | None = None) -> Path:
    """The posted invoice's statement (who paid what, in the order applied)."""
    invoice, _ = get_invoice(desk, number_text)
    path = Path(output) if output else documents_dir(desk) / f"{invoice.number}.pdf"
    return write_simulation_pdf(desk, invoice, path)


def write_credit_note_pdf(desk: Desk, number_text: str, output: Path | None = None) -> Path:
    from desktop_app.pdf.credit_note import render_credit_note  # heavy: on demand

    note = get_credit_note(desk, number_text)
    if not isinstance(note, CreditNote):
        raise DomainError("credit_note.no_document", number=note.number)
    invoice, _ = get_invoice(desk, note.invoice_number)
    project = desk.project(note.project_id)
    document = render_credit_note(note, invoice.date, project, desk.party("buyer"), desk.language())
    path = Path(output) if output else documents_dir(desk) / f"{note.number}.pdf"
    write_bytes(desk, path, document, refusal="pdf.cannot_write")
    return path


def write_period_report_pdf(
    desk: Desk,
    start: date,
    end: date,
    output: Path,
    *,
    found: RollForwardReport | None = None,
    language: str | None = None,
) -> Path:
    """The period report an auditor reads (``pdf.period_report``); ``found``: the
    roll-forward already on screen, else read now."""
    from desktop_app.pdf.period_report import render_period_report  # heavy: on demand

    found = found or roll_forward_report(desk, start, end)
    document = render_period_report(
        found.report, found.names, desk.party("buyer"), desk.path.name, desk.today,
        language or desk.language(),
    )  # fmt: skip
    write_bytes(desk, output, document, refusal="pdf.cannot_write")
    return Path(output)


def write_period_report_csv(
    desk: Desk, start: date, end: date, output: Path, *, found: RollForwardReport | None = None
) -> int:
    """The roll-forward as CSV (``output.write_csv``): a row per project and account, the
    total last; amounts as ``123.45``."""
    found = found or roll_forward_report(desk, start, end)
    report = found.report
    rows = [
        [found.name(row.project_id) if row.account is None else "",
         row.account.value if row.account else "",
         *(fmt(getattr(row.figures, name)) for name in COLUMNS)]
        for row in report.rows
    ]  # fmt: skip
    rows.append(["total", "", *(fmt(getattr(report.total, name)) for name in COLUMNS)])
    header = ["project", "account", *COLUMNS]
    return write_csv(output, header, rows, ledger=desk)
