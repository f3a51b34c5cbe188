"""Simulating and posting an invoice through the waterfall."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, Invoice, InvoiceLine, PaymentMethod, Project
from desktop_app.domain.money import parse_amount
from desktop_app.domain.numbering import Series, next_number
from desktop_app.domain.postings import postings
from desktop_app.domain.record import replace
from desktop_app.domain.waterfall import (
    allocate_invoice,
    check_invoice_date,
    check_not_before_expiry,
)
from desktop_app.services.desk import Desk
from desktop_app.storage.interface import Transaction


def parse_line(text: str) -> InvoiceLine:
    """``PRODUCT=AMOUNT`` as typed on the command line."""
    product, sep, amount = text.partition("=")
    if not sep:
        raise DomainError("invoice.line_malformed", line=text)
    return InvoiceLine(product, parse_amount(amount))


def _allocate(
    desk: Desk,
    tx: Transaction,
    project_id: int,
    on: date,
    lines: Sequence[InvoiceLine],
    method: PaymentMethod | None,
) -> Invoice:
    return allocate_invoice(
        project_id,
        on,
        lines,
        tx.lots.waterfall(project_id, on),
        digital_launchpad=tx.accounts.balance(Account.DIGITAL_LAUNCHPAD),
        loyalty=tx.accounts.balance(Account.LOYALTY),
        vat_rate=desk.vat_rate(),
        payment_label=method.label if method else None,
    )


def _check_expiries(desk: Desk, tx: Transaction, project: Project, on: date) -> None:
    """Rule 18: no invoice dated before credit of its project was lost, by ``desk.today``.
    The same answer for a simulation and a post: a post has recorded the expiries first
    (``Desk.write``), a simulation counts those still to record."""
    check_not_before_expiry(on, tx.lots.last_loss(project.id, on, desk.today), project.name)


def known_products(desk: Desk) -> list[str]:
    """The product names the ledger's invoices already used, most used first (what the
    invoice lines editor completes a product name from)."""
    with desk.read() as tx:
        return tx.invoices.products()


def simulate_invoice(
    desk: Desk, project_ref: str | int, on: date, lines: Sequence[InvoiceLine]
) -> Invoice:
    """What an invoice would take from where. Changes nothing."""
    with desk.read() as tx:
        project = desk.project(project_ref)
        _check_expiries(desk, tx, project, on)
        method = tx.accounts.default_payment_method()
        return _allocate(desk, tx, project.id, on, lines, method)


def _postable(
    desk: Desk,
    tx: Transaction,
    project_ref: str | int,
    on: date,
    lines: Sequence[InvoiceLine],
    expected: Invoice | None,
) -> tuple[Invoice, PaymentMethod | None]:
    """The checks of a post, and the invoice it would write (not numbered): the one function
    ``check_post`` and ``post_invoice`` share, so that the window's early answer is the post's.

    ``expected`` is the simulation the user confirmed: refused (``invoice.changed``) unless
    the invoice computed now is that one (same project, date, lines, split, payment, VAT)."""
    project = desk.project(project_ref)
    check_invoice_date(on, tx.invoices.last_date(project.id), desk.today)
    _check_expiries(desk, tx, project, on)
    method = tx.accounts.default_payment_method()
    invoice = _allocate(desk, tx, project.id, on, lines, method)
    if expected is not None and invoice != replace(expected, number=None):
        raise DomainError("invoice.changed", project=project.name, date=on.isoformat())
    return invoice, method


def check_post(
    desk: Desk,
    project_ref: str | int,
    on: date,
    lines: Sequence[InvoiceLine],
    *,
    expected: Invoice | None = None,
) -> Invoice:
    """Whether ``post_invoice`` would post this invoice now: the same checks (a view date,
    the invoice's date, an expiry it would precede, the split confirmed), in a read; writes
    nothing. Raises the refusal the post would raise; returns the invoice it would post."""
    desk.check_writable()
    with desk.read() as tx:
        return _postable(desk, tx, project_ref, on, lines, expected)[0]


def post_invoice(
    desk: Desk,
    project_ref: str | int,
    on: date,
    lines: Sequence[InvoiceLine],
    *,
    expected: Invoice | None = None,
) -> Invoice:
    """Write the invoice and one movement per source used, in one transaction, after the
    checks of ``check_post`` (``_postable``) made inside it; ``expected``: see there."""
    with desk.write() as tx:
        invoice, method = _postable(desk, tx, project_ref, on, lines, expected)
        year = on.year
        number = next_number(Series.INVOICE, year, tx.invoices.last_seq(year))  # under the lock
        invoice = replace(invoice, number=str(number))
        invoice_id = tx.invoices.add(invoice, method.id if method else None)
        tx.movements.record(postings(invoice), invoice_id=invoice_id)
        return invoice
