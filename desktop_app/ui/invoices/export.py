"""A simulation as CSV rows: each step of the waterfall, then the payment method."""

from __future__ import annotations

from desktop_app.domain.model import Invoice
from desktop_app.domain.money import fmt
from desktop_app.ui.widgets.table_view import MONEY

#: Typical values that size the lines' and the result's columns.
LINE_SAMPLES = ["compute-instances", MONEY]
RESULT_SAMPLES = ["00", "Moyen de paiement (xx)", "PO-2026-00000", "0000", MONEY, MONEY, MONEY]

HEADER = ["step", "source", "reference", "lot", "amount_ht", "vat", "amount_ttc"]


def simulation_rows(invoice: Invoice) -> tuple[list[str], list[list[str]]]:
    """The header and the rows: amounts as the command line writes them (no locale)."""
    rows = [
        [
            str(n),
            a.source.value,
            a.reference,
            str(a.lot_id or ""),
            fmt(a.amount),
            "",
            fmt(a.amount),
        ]
        for n, a in enumerate(invoice.allocations, 1)
    ]
    pay = invoice.payment
    rows.append(
        [str(len(rows) + 1), "payment_method", pay.label or "", "", fmt(pay.amount_ht),
         fmt(pay.vat), fmt(pay.amount_ttc)]
    )  # fmt: skip
    return HEADER, rows
