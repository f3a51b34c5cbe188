"""JSON shapes of the command-line contract (cli.md). Money as "0.00" strings, dates ISO."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.forecast import PLANNED_ID_BASE, Advice, Forecast, Purchase
from desktop_app.domain.model import CreditLot, Invoice, Movement, PurchaseOrder
from desktop_app.domain.money import ZERO, fmt
from desktop_app.services.wording import lot_description, movement_note


def lot_json(lot: CreditLot, project: str, today: date) -> dict[str, Any]:
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


def order_json(order: PurchaseOrder, project: str) -> dict[str, Any]:
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


def invoice_json(invoice: Invoice, project: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "project": project,
        "project_id": invoice.project_id,
        "date": invoice.date.isoformat(),
        "total_ht": fmt(invoice.total_ht),
        "lines": [{"product": ln.product, "amount": fmt(ln.amount)} for ln in invoice.lines],
        "allocations": [
            {
                "source": a.source.value,
                "reference": a.reference,
                "lot": a.lot_id,
                "amount": fmt(a.amount),
            }
            for a in invoice.allocations
        ],
        "payment_method": {
            "label": invoice.payment.label,
            "amount_ht": fmt(invoice.payment.amount_ht),
            "vat": fmt(invoice.payment.vat),
            "amount_ttc": fmt(invoice.payment.amount_ttc),
        },
    }
    if invoice.number is not None:
        data["number"] = invoice.number
    return data


def movement_json(m: Movement, project: str | None) -> dict[str, Any]:
    return {
        "id": m.id,
        "date": m.date.isoformat(),
        "kind": m.kind.value,
        "amount": fmt(m.amount),
        "reference": m.reference,
        "project": project,
        "lot": m.lot_id,
        "account": m.account,
        "invoice": m.invoice_number,
        "note": movement_note(m),
    }


def _allocations(invoice: Invoice) -> list[dict[str, Any]]:
    return [
        {
            "source": a.source.value,
            "reference": a.reference,
            "lot": a.lot_id,
            "amount": fmt(a.amount),
        }
        for a in invoice.allocations
    ]


def forecast_json(result: Forecast, project: str) -> dict[str, Any]:
    months = []
    for m in result.months:
        inv = m.invoice
        months.append(
            {
                "date": m.date.isoformat(),
                "total_ht": fmt(inv.total_ht),
                "allocations": _allocations(inv),
                "payment_method": {
                    "label": inv.payment.label,
                    "amount_ht": fmt(inv.payment.amount_ht),
                    "vat": fmt(inv.payment.vat),
                    "amount_ttc": fmt(inv.payment.amount_ttc),
                },
                "expired": [
                    {
                        "lot": e.lot_id,
                        "reference": e.reference,
                        "expires_on": e.expires_on.isoformat(),
                        "amount": fmt(e.amount),
                    }
                    for e in m.expired
                ],
                "balances": {source.value: fmt(amount) for source, amount in m.balances.items()},
            }
        )
    ht = sum((m.invoice.payment.amount_ht for m in result.months), ZERO)
    vat = sum((m.invoice.payment.vat for m in result.months), ZERO)
    return {
        "project": project,
        "start": result.start.isoformat(),
        "months": months,
        "run_out": result.run_out.isoformat() if result.run_out else None,
        "lost": {
            "total": fmt(result.lost_total),
            "lots": [
                {
                    "lot": e.lot_id,
                    "reference": e.reference,
                    "expires_on": e.expires_on.isoformat(),
                    "amount": fmt(e.amount),
                }
                for e in result.lost
            ],
        },
        "payment_method_total": {
            "amount_ht": fmt(ht),
            "vat": fmt(vat),
            "amount_ttc": fmt(ht + vat),
        },
    }


def purchase_json(p: Purchase) -> dict[str, Any]:
    return {
        "date": p.on.isoformat(),
        "amount": fmt(p.amount),
        "expires_on": credit_expires_on(p.on).isoformat(),
    }


def advice_json(advice: Advice, project: str) -> dict[str, Any]:
    checked = advice.with_plan
    return {
        "project": project,
        "start": checked.start.isoformat(),
        "max_purchase": purchase_json(advice.max_purchase),
        "plan": [purchase_json(p) for p in advice.plan],
        "check": {
            "months": len(checked.months),
            "payment_method_ht": fmt(checked.payment_total),
            "lost_from_plan": fmt(
                sum((e.amount for e in checked.lost if e.lot_id >= PLANNED_ID_BASE), ZERO)
            ),
        },
    }
