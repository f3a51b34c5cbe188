"""Every JSON shape of the command line (contract: cli.md), the forecast's in
``serialize_forecast``. Money as "0.00" strings, dates ISO.

The command handlers (``cli/commands/``) build no JSON themselves: they hand what a service
returned to one of these functions. Extra keys are welcome in the contract, renamed or
missing ones are a breaking change (tests/cli/test_contract.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Account,
    CreditLot,
    Invoice,
    Movement,
    PaymentMethod,
    Project,
    PurchaseOrder,
    Voucher,
)
from desktop_app.domain.money import fmt
from desktop_app.services.messages import describe_problem
from desktop_app.services.wording import lot_description, movement_note

if TYPE_CHECKING:  # only annotations: a command imports none of these it does not run
    from desktop_app.domain.books.creditnote import CreditNote, TopUpReversal
    from desktop_app.domain.books.entries import InvoiceTotals
    from desktop_app.domain.books.rollforward import Figures
    from desktop_app.services.accounts import AccountSummary
    from desktop_app.services.books.journal import JournalExport
    from desktop_app.services.books.rollforward import RollForwardReport
    from desktop_app.services.demo import DemoSummary
    from desktop_app.services.integrity import CheckResult
    from desktop_app.services.vouchers import ImportResult

Json = dict[str, Any]


# -- projects ------------------------------------------------------------------------------------
def project_json(project: Project) -> Json:
    return {"id": project.id, "name": project.name}


def project_state_json(project: Project) -> Json:
    """A project after `rename` or `archive`."""
    return {**project_json(project), "archived": project.archived}


def projects_json(rows: Sequence[tuple[Project, Decimal]]) -> list[Json]:
    """`project list`: each project with its available total."""
    return [{**project_json(p), "available": fmt(available)} for p, available in rows]


# -- credit: lots, vouchers, orders --------------------------------------------------------------
def lot_json(lot: CreditLot, project: str, today: date) -> Json:
    return {
        "id": lot.id,
        "project": project,
        "project_id": lot.project_id,
        "kind": lot.kind.value,
        "reference": lot.reference,
        "description": lot_description(lot),  # English words, in every language
        "total": fmt(lot.total),
        "used": fmt(lot.used),
        "expired": fmt(lot.expired),
        "available": fmt(lot.available),
        "valid_from": lot.valid_from.isoformat(),
        "expires_on": lot.expires_on.isoformat(),
        "products": sorted(lot.products),
        "status": lot.status(today).value,
    }


def catalogue_json(voucher: Voucher, project: str | None, today: date) -> Json:
    """`voucher list`: one code of the catalogue."""
    return {
        "code": voucher.code,
        "amount": fmt(voucher.amount),
        "valid_from": voucher.valid_from.isoformat(),
        "expires_on": voucher.expires_on.isoformat(),
        "products": sorted(voucher.products),
        "campaign": voucher.campaign,
        "status": voucher.status(today).value,
        "project": project,
        "redeemed_on": voucher.redeemed_on.isoformat() if voucher.redeemed_on else None,
    }


def issued_json(vouchers: Sequence[Voucher]) -> list[Json]:
    """`voucher issue`: the new codes."""
    return [
        {"code": v.code, "amount": fmt(v.amount), "expires_on": v.expires_on.isoformat()}
        for v in vouchers
    ]


def import_json(result: ImportResult, words: Callable[[DomainError], str]) -> Json:
    """`voucher import`: how many codes came in, and each line refused, in ``words``."""
    return {
        "imported": result.imported,
        "rejected": [{"line": line, "error": words(error)} for line, error in result.rejected],
    }


def order_json(order: PurchaseOrder, project: str) -> Json:
    return {
        "number": order.number,
        "project": project,
        "project_id": order.project_id,
        "status": order.status.value,
        "amount_ht": fmt(order.amount_ht),
        "vat_rate": fmt(order.vat_rate),
        "vat": fmt(order.vat),
        "amount_ttc": fmt(order.amount_ttc),
        "created_on": order.created_on.isoformat(),
        "paid_on": order.paid_on.isoformat() if order.paid_on else None,
        "pdf": order.pdf,
    }


def path_json(path: Path) -> Json:
    """A file written (`order pdf`, `backup`)."""
    return {"path": str(path)}


# -- accounts ------------------------------------------------------------------------------------
def payment_method_json(method: PaymentMethod) -> Json:
    return {
        "id": method.id,
        "type": method.type.value,
        "label": method.label,
        "default": method.default,
    }


def default_method_json(method_id: int) -> Json:
    """`payment-method default ID`."""
    return {"id": method_id, "default": True}


def account_json(summary: AccountSummary) -> Json:
    return {
        "digital_launchpad": fmt(summary.digital_launchpad),
        "loyalty": fmt(summary.loyalty),
        "payment_methods": [payment_method_json(m) for m in summary.payment_methods],
    }


def balance_json(account: Account, balance: Decimal) -> Json:
    """`account launchpad|loyalty add`: the new balance."""
    return {account.value: fmt(balance)}


# -- invoices, history ---------------------------------------------------------------------------
def allocations_json(invoice: Invoice) -> list[Json]:
    return [
        {
            "source": a.source.value,
            "reference": a.reference,
            "lot": a.lot_id,
            "amount": fmt(a.amount),
        }
        for a in invoice.allocations
    ]


def payment_json(invoice: Invoice) -> Json:
    return {
        "label": invoice.payment.label,
        "amount_ht": fmt(invoice.payment.amount_ht),
        "vat": fmt(invoice.payment.vat),
        "amount_ttc": fmt(invoice.payment.amount_ttc),
    }


def invoice_json(invoice: Invoice, project: str) -> Json:
    data: Json = {
        "project": project,
        "project_id": invoice.project_id,
        "date": invoice.date.isoformat(),
        "total_ht": fmt(invoice.total_ht),
        "lines": [{"product": ln.product, "amount": fmt(ln.amount)} for ln in invoice.lines],
        "allocations": allocations_json(invoice),
        "payment_method": payment_json(invoice),
    }
    if invoice.number is not None:
        data["number"] = invoice.number
    return data


def movement_json(m: Movement, project: str | None) -> Json:
    return {
        "id": m.id,
        "date": m.date.isoformat(),
        "kind": m.kind.value,
        "amount": fmt(m.amount),
        "reference": m.reference,
        "project": project,
        "lot": m.lot_id,
        "lot_reference": m.lot_reference,  # which lot: a voucher's code, an order's number
        "account": m.account,
        "invoice": m.invoice_number,
        "note": movement_note(m),
        "credit_note": m.credit_note,
    }


# -- the books: invoices posted, credit notes, roll-forward, journal ------------------------------
def invoice_summary_json(invoice: InvoiceTotals, project: str, reversed_by: str | None) -> Json:
    """`invoice list`: one posted invoice."""
    return {
        "number": invoice.number,
        "project": project,
        "project_id": invoice.project_id,
        "date": invoice.date.isoformat(),
        "total_ht": fmt(invoice.total_ht),
        "payment_method_ht": fmt(invoice.payment.amount_ht),
        "reversed_by": reversed_by,
    }


def posted_invoice_json(invoice: Invoice, project: str, reversed_by: str | None) -> Json:
    """`invoice show`: the invoice, and the credit note reversing it (null: none)."""
    return {**invoice_json(invoice, project), "reversed_by": reversed_by}


def credit_note_json(note: CreditNote | TopUpReversal, project: str) -> Json:
    """`invoice reverse` (and `credit-note show`, and a top-up's reversal)."""
    from desktop_app.domain.books.creditnote import TopUpReversal  # the books' only (issue 12)

    if isinstance(note, TopUpReversal):
        return {
            "number": note.number,
            "date": note.date.isoformat(),
            "account": note.account.value,
            "amount": fmt(note.amount),
            "top_up": note.top_up_id,
            "reason": note.reason,
        }
    refund = note.refund
    return {
        "number": note.number,
        "invoice": note.invoice_number,
        "project": project,
        "date": note.date.isoformat(),
        "reason": note.reason,
        "returned": [
            {
                "source": r.source.value,
                "reference": r.reference,
                "lot": r.lot_id,
                "amount": fmt(r.amount),
                "expired_again": fmt(r.expired_again),
            }
            for r in note.returned
        ],
        "refund_due": {
            "label": refund.label,
            "amount_ht": fmt(refund.amount_ht),
            "vat": fmt(refund.vat),
            "amount_ttc": fmt(refund.amount_ttc),
        },
        "total_ht": fmt(note.total_ht),
    }


def figures_json(figures: Figures) -> Json:
    from desktop_app.domain.books.rollforward import COLUMNS as ROLL_COLUMNS

    return {name: fmt(getattr(figures, name)) for name in ROLL_COLUMNS}


def rollforward_json(found: RollForwardReport) -> Json:
    """`report rollforward`: a row per project (name) and per account-level balance
    (``project`` null, ``account`` its name), then the total."""
    report = found.report
    rows = [
        {
            "project": found.name(row.project_id) if row.account is None else None,
            "project_id": row.project_id,
            "account": row.account.value if row.account else None,
            **figures_json(row.figures),
        }
        for row in report.rows
    ]
    return {
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "rows": rows,
        "total": figures_json(report.total),
        "purchased": figures_json(report.purchased),
    }


def journal_json(done: JournalExport) -> Json:
    """`journal export`: the file, how many entries, and their totals (equal: balanced)."""
    return {
        "path": str(done.path),
        "format": done.format,
        "entries": done.entries,
        "memos": done.memos,
        "debit": fmt(done.debit),
        "credit": fmt(done.credit),
        "empty": done.empty,
    }


# -- the ledger ----------------------------------------------------------------------------------
def expired_json(done: Sequence[tuple[CreditLot, Decimal]]) -> Json:
    """`expire`: each lot recorded as lost, and how much."""
    return {"expired": [{"lot": lot.id, "amount": fmt(amount)} for lot, amount in done]}


def check_json(result: CheckResult) -> Json:
    """``problems`` are words (the contract), in the ledger's language."""
    return {"ok": result.ok, "problems": problem_words(result)}


def problem_words(result: CheckResult) -> list[str]:
    return [describe_problem(p, result.language) for p in result.problems]


def export_json(path: Path, rows: int) -> Json:
    return {"path": str(path), "rows": rows}


def settings_json(settings: Mapping[str, str]) -> Json:
    """`settings`: every setting, the defaults included, as text."""
    return dict(settings)


def demo_json(summary: DemoSummary) -> Json:
    return {
        "projects": summary.projects,
        "lots": summary.lots,
        "orders": summary.orders,
        "invoices": summary.invoices,
        "vouchers": summary.unredeemed_codes,
    }
