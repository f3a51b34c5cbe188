"""The forecast's and the advice's JSON shapes (`forecast`, `advise`; cli.md conventions:
money as "0.00" strings, dates ISO), beside ``serialize``: a month is an invoice's shape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.cli.serialize import Json, allocations_json, payment_json
from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.money import ZERO, fmt

if TYPE_CHECKING:  # only annotations
    from desktop_app.domain.advisor import Advice
    from desktop_app.domain.forecast import Expiry, Forecast, Purchase


# -- forecast and advice -------------------------------------------------------------------------
def _expiry_json(e: Expiry) -> Json:
    return {
        "lot": e.lot_id,
        "reference": e.reference,
        "expires_on": e.expires_on.isoformat(),
        "amount": fmt(e.amount),
    }


def forecast_json(result: Forecast, project: str) -> Json:
    months = [
        {
            "date": m.date.isoformat(),
            "total_ht": fmt(m.invoice.total_ht),
            "allocations": allocations_json(m.invoice),
            "payment_method": payment_json(m.invoice),
            "expired": [_expiry_json(e) for e in m.expired],
            "balances": {source.value: fmt(amount) for source, amount in m.balances.items()},
        }
        for m in result.months
    ]
    ht = sum((m.invoice.payment.amount_ht for m in result.months), ZERO)
    vat = sum((m.invoice.payment.vat for m in result.months), ZERO)
    return {
        "project": project,
        "start": result.start.isoformat(),
        "months": months,
        "run_out": result.run_out.isoformat() if result.run_out else None,
        "lost": {
            "total": fmt(result.lost_total),
            "lots": [_expiry_json(e) for e in result.lost],
        },
        "payment_method_total": {
            "amount_ht": fmt(ht),
            "vat": fmt(vat),
            "amount_ttc": fmt(ht + vat),
        },
    }


def purchase_json(p: Purchase) -> Json:
    return {
        "date": p.on.isoformat(),
        "amount": fmt(p.amount),
        "expires_on": credit_expires_on(p.on).isoformat(),
    }


def advice_json(advice: Advice, project: str) -> Json:
    checked = advice.with_plan
    from desktop_app.domain.forecast import PLANNED_ID_BASE  # the forecast commands' alone

    planned_lost = sum((e.amount for e in checked.lost if e.lot_id >= PLANNED_ID_BASE), ZERO)
    return {
        "project": project,
        "start": checked.start.isoformat(),
        "max_purchase": purchase_json(advice.max_purchase),
        "plan": [purchase_json(p) for p in advice.plan],
        "check": {
            "months": len(checked.months),
            "payment_method_ht": fmt(checked.payment_total),
            "lost_from_plan": fmt(planned_lost),
        },
    }
