"""The `ovh` commands' JSON shapes (shared/spec/cli.md): money as two-decimal strings."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.money import fmt
from desktop_app.domain.ovh.compare import Difference, Plan
from desktop_app.services.ovh.fetching import Fetched
from desktop_app.services.ovh.importing import Imported

Json = dict[str, Any]


def difference_json(d: Difference) -> Json:
    return {"project": d.project, "reference": d.reference, "field": d.field,
            "ledger": d.ledger, "ovh": d.ovh}  # fmt: skip


def _account(imported_or_dump: Any) -> Json:
    return {
        "credit_balances": [
            {"name": b.name, "type": b.type, "amount": fmt(b.amount)}
            for b in imported_or_dump.balances
        ],
        "fidelity_points": imported_or_dump.fidelity_points,
    }


def import_json(done: Imported) -> Json:
    found = done.plan
    return {
        "projects": {"added": done.projects_added, "matched": done.projects_matched},
        "lots": {"added": len(found.missing_here) if done.wrote else 0,
                 "matched": len(found.matched), "differ": found.differing},
        "differences": [difference_json(d) for d in done.differences],
        "consumption": {"added": done.consumption_added},
        "account": _account(done),
    }  # fmt: skip


def reconcile_json(found: Plan, dump: Any) -> Json:
    return {
        "as_of": found.day.isoformat(),
        "matched": len(found.matched),
        "missing_in_ledger": len(found.missing_here),
        "missing_at_ovh": len(found.missing_there),
        "differ": found.differing,
        "differences": [difference_json(d) for d in found.all_differences()],
        "account": _account(dump),
    }


def fetch_json(done: Fetched) -> Json:
    return {"path": str(done.path), "projects": done.projects, "credits": done.credits,
            "requests": done.requests}  # fmt: skip
