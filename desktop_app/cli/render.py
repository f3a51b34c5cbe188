"""Text output of the command line (without ``--json``): tables and one-line answers.

The JSON shapes are in ``serialize.py``; each command prints one or the other (``Output.emit``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.serialize import problem_words
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Account,
    CreditLot,
    Invoice,
    Movement,
    PaymentMethod,
    Project,
    PurchaseOrder,
    Source,
    Voucher,
)
from desktop_app.domain.money import ZERO, fmt

if TYPE_CHECKING:  # only annotations: a command imports none of these it does not run
    from desktop_app.domain.advisor import Advice
    from desktop_app.domain.books.creditnote import CreditNote, TopUpReversal
    from desktop_app.domain.books.entries import InvoiceTotals
    from desktop_app.domain.books.rollforward import Figures
    from desktop_app.domain.forecast import Forecast
    from desktop_app.services.accounts import AccountSummary
    from desktop_app.services.books.journal import JournalExport
    from desktop_app.services.books.rollforward import RollForwardReport
    from desktop_app.services.demo import DemoSummary
    from desktop_app.services.integrity import CheckResult
    from desktop_app.services.vouchers import ImportResult

#: A project's name from its id (``Context.project_name``).
Names = Callable[[int | None], str]


def table(rows: Sequence[Sequence[str]], header: Sequence[str], right: set[int]) -> str:
    """Columns padded to their widest cell; the columns in ``right`` aligned right."""
    if not rows:
        return "(none)"
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r: Sequence[str]) -> str:
        cells = [
            str(c).rjust(widths[i]) if i in right else str(c).ljust(widths[i])
            for i, c in enumerate(r)
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), *(line(r) for r in rows)])


# -- projects, credits, orders --------------------------------------------------------------------
def project_added(project: Project) -> str:
    return f"project {project.id}: {project.name}"


def project_line(project: Project) -> str:
    """A project after `rename` or `archive`."""
    return f"{project.id}: {project.name}"


def projects_table(rows: Sequence[tuple[Project, Decimal]]) -> str:
    return table(
        [[str(p.id), p.name, fmt(available)] for p, available in rows],
        ["id", "name", "available"],
        {2},
    )


def issued_text(vouchers: Sequence[Voucher]) -> str:
    return "\n".join(v.code for v in vouchers)


def import_text(result: ImportResult, words: Callable[[DomainError], str]) -> str:
    lines = [f"imported {result.imported}"]
    return "\n".join(lines + [f"line {n}: {words(error)}" for n, error in result.rejected])


def catalogue_line(voucher: Voucher, project: str, today: date) -> str:
    """`voucher list`: a code, its amount, window, status, campaign, where redeemed."""
    status = voucher.status(today).value
    where = f" on {project} ({voucher.redeemed_on})" if voucher.redeemed_on else ""
    campaign = f"  [{voucher.campaign}]" if voucher.campaign else ""
    return (
        f"{voucher.code}  {fmt(voucher.amount):>10}  {voucher.valid_from} -> "
        f"{voucher.expires_on}  {status}{where}{campaign}"
    )


def redeemed(lot: CreditLot) -> str:
    return f"voucher {lot.reference}: {fmt(lot.total)} available until {lot.expires_on}"


LOT_HEADER = [
    "kind", "reference", "total", "used", "expired", "available", "valid_from", "expires_on",
    "status",
]  # fmt: skip


def lots_table(lots: Sequence[CreditLot], today: date) -> str:
    rows = [
        [lot.kind.value, lot.reference, fmt(lot.total), fmt(lot.used), fmt(lot.expired),
         fmt(lot.available), lot.valid_from.isoformat(), lot.expires_on.isoformat(),
         lot.status(today).value]
        for lot in lots
    ]  # fmt: skip
    return table(rows, LOT_HEADER, {2, 3, 4, 5})


def alerts_text(lots: Sequence[CreditLot], names: Names) -> str:
    lines = [
        f"{lot.expires_on}  {fmt(lot.available):>10}  {lot.reference}  {names(lot.project_id)}"
        for lot in lots
    ]
    return "\n".join(lines) or "nothing expires soon"


def orders_table(orders: Sequence[PurchaseOrder], names: Names) -> str:
    rows = [
        [o.number, names(o.project_id), o.status.value, fmt(o.amount_ht), fmt(o.amount_ttc),
         o.created_on.isoformat()]
        for o in orders
    ]  # fmt: skip
    head = ["number", "project", "status", "amount_ht", "amount_ttc", "created_on"]
    return table(rows, head, {3, 4})


def order_created(order: PurchaseOrder) -> str:
    return (
        f"purchase order {order.number}: {fmt(order.amount_ht)} HT, "
        f"{fmt(order.amount_ttc)} TTC, pending; PDF: {order.pdf}"
    )


def order_paid(lot: CreditLot) -> str:
    return f"order {lot.reference} paid: {fmt(lot.total)} credit until {lot.expires_on}"


def order_cancelled(order: PurchaseOrder) -> str:
    return f"order {order.number} cancelled"


# -- accounts ------------------------------------------------------------------------------------
def payment_method_line(method: PaymentMethod) -> str:
    default = " (default)" if method.default else ""
    return f"payment method {method.id}: {method.type.value} {method.label}{default}"


def payment_method_added(method: PaymentMethod) -> str:
    return f"payment method {method.id}: {method.label}" + (" (default)" if method.default else "")


def default_method(method_id: int) -> str:
    return f"payment method {method_id} is the default"


def balance_line(account: Account, balance: Decimal) -> str:
    return f"{account.value}: {fmt(balance)}"


def account_text(summary: AccountSummary) -> str:
    lines = [
        f"Digital LaunchPad: {fmt(summary.digital_launchpad)}",
        f"loyalty: {fmt(summary.loyalty)}",
    ]
    return "\n".join(lines + [payment_method_line(m) for m in summary.payment_methods])


# -- invoices, history ---------------------------------------------------------------------------
def invoice_text(inv: Invoice) -> str:
    rows = [[a.source.value, a.reference, fmt(a.amount)] for a in inv.allocations]
    rows.append(["payment method", inv.payment.label or "(none)", fmt(inv.payment.amount_ht)])
    head = f"invoice {inv.number or '(simulation)'} {inv.date}: total HT {fmt(inv.total_ht)}"
    tail = (
        f"payment method pays {fmt(inv.payment.amount_ht)} HT + {fmt(inv.payment.vat)} VAT "
        f"= {fmt(inv.payment.amount_ttc)} TTC"
    )
    return "\n".join([head, table(rows, ["source", "reference", "amount"], {2}), tail])


def movement_line(mv: Movement, project: str) -> str:
    """One line of `movement list` (``project``: its name, or "" when it has none), with the
    lot it moved when that is not its reference (an invoice's use: which lot paid)."""
    lot = f"  {mv.lot_reference}" if mv.lot_reference not in (None, mv.reference) else ""
    return (
        f"{mv.date}  {mv.kind.value:<8}{fmt(mv.amount):>12}  {mv.reference}"
        f"  {project or mv.account or ''}{lot}"
    )


# -- forecast ------------------------------------------------------------------------------------
def forecast_text(result: Forecast) -> str:
    rows = [
        [m.date.isoformat(), fmt(m.invoice.total_ht),
         fmt(m.taken(Source.VOUCHER) + m.taken(Source.CREDIT)),
         fmt(m.taken(Source.DIGITAL_LAUNCHPAD) + m.taken(Source.LOYALTY)),
         fmt(m.invoice.payment.amount_ht), fmt(sum((e.amount for e in m.expired), ZERO))]
        for m in result.months
    ]  # fmt: skip
    head = ["month", "total_ht", "credit", "accounts", "payment", "expired"]
    run_out = result.run_out.isoformat() if result.run_out else "not within the forecast"
    return "\n".join(
        [table(rows, head, {1, 2, 3, 4, 5}),
         f"credit runs out: {run_out}; lost to expiry: {fmt(result.lost_total)}"]
    )  # fmt: skip


def advice_text(advice: Advice) -> str:
    best = advice.max_purchase
    lines = [f"largest purchase today never lost: {fmt(best.amount)} HT ({best.on})"]
    lines += [f"plan: buy {fmt(p.amount)} HT on {p.on}" for p in advice.plan] or [
        "plan: nothing to buy; the credit covers the horizon"
    ]
    return "\n".join(lines)


# -- the ledger ----------------------------------------------------------------------------------
def expired_text(done: Sequence[tuple[CreditLot, Decimal]]) -> str:
    return f"{len(done)} lot(s) expired"


def check_text(result: CheckResult) -> str:
    return "ok" if result.ok else "\n".join(problem_words(result))


def export_text(path: Path, rows: int) -> str:
    return f"{rows} rows -> {path}"


def demo_text(summary: DemoSummary) -> str:
    return (
        f"demo: {summary.projects} projects, {summary.lots} lots, {summary.orders} orders, "
        f"{summary.invoices} invoices; codes to try: {', '.join(summary.unredeemed_codes)}"
    )


def settings_text(settings: Mapping[str, str]) -> str:
    return "\n".join(f"{key} = {value!r}" for key, value in settings.items())


# -- the books -----------------------------------------------------------------------------------
def invoice_summary_line(invoice: InvoiceTotals, project: str, reversed_by: str | None) -> str:
    reversed_ = f"  reversed by {reversed_by}" if reversed_by else ""
    return (
        f"{invoice.number}  {invoice.date}  {project}  total HT {fmt(invoice.total_ht)}"
        f"  payment method HT {fmt(invoice.payment.amount_ht)}{reversed_}"
    )


def credit_note_text(note: CreditNote | TopUpReversal) -> str:
    from desktop_app.domain.books.creditnote import TopUpReversal  # the books' only (issue 12)

    if isinstance(note, TopUpReversal):
        return (
            f"credit note {note.number} {note.date}: top-up {note.top_up_id} of "
            f"{note.account.value} reversed, {fmt(note.amount)} taken back"
        )
    rows = [
        [r.source.value, r.reference, fmt(r.amount), fmt(r.expired_again)] for r in note.returned
    ]
    refund = note.refund
    return "\n".join(
        [
            f"credit note {note.number} {note.date}: invoice {note.invoice_number} reversed, "
            f"total HT {fmt(note.total_ht)}",
            table(rows, ["returned to", "reference", "amount", "expired again"], {2, 3}),
            f"refund due: {fmt(refund.amount_ht)} HT + {fmt(refund.vat)} VAT "
            f"= {fmt(refund.amount_ttc)} TTC",
        ]
    )


def rollforward_text(found: RollForwardReport) -> str:
    from desktop_app.domain.books.rollforward import COLUMNS as ROLL_COLUMNS

    report = found.report

    def cells(figures: Figures) -> list[str]:
        return [fmt(getattr(figures, name)) for name in ROLL_COLUMNS]

    rows = [
        [found.name(row.project_id) if row.account is None else str(row.account.value),
         *cells(row.figures)]
        for row in report.rows
    ]  # fmt: skip
    rows.append(["total", *cells(report.total)])
    head = f"roll-forward {report.period.start} to {report.period.end}"
    body = table(rows, ["project", *ROLL_COLUMNS], set(range(1, len(ROLL_COLUMNS) + 1)))
    return f"{head}\n{body}"


def journal_text(done: JournalExport) -> str:
    if done.empty:
        return f"{done.path}: no entry in the period; the file holds its header only"
    return (
        f"{done.path}: {done.entries} entries ({done.format}), debit {fmt(done.debit)}, "
        f"credit {fmt(done.credit)}"
    )
