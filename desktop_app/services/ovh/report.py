"""The reconciliation written out: CSV (a row per line of the screen) and PDF
(``pdf.reconciliation``), through the output guard (never over the ledger, whole or not at
all)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.domain.ovh.compare import Plan
from desktop_app.services.desk import Desk
from desktop_app.services.output import Progress, write_bytes, write_csv

CSV_HEADER = ["status", "project", "reference", "field", "ledger", "ovh"]


def counts(found: Plan) -> dict[str, int]:
    return {"matched": len(found.matched) - found.differing, "differs": found.differing,
            "here": len(found.missing_here), "there": len(found.missing_there)}  # fmt: skip


def write_reconciliation_csv(
    desk: Desk, found: Plan, output: str | os.PathLike[str], progress: Progress | None = None
) -> int:
    """Status and field as codes (``differs``, ``missing_in_ledger``, ``missing_at_ovh``,
    ``matched``; ``used``, ``expires_on``...), values as the JSON has them, empty when a
    side has none."""
    rows = found.rows()
    return write_csv(
        output,
        CSV_HEADER,
        ([r.status, r.project, r.reference, r.field, r.ledger or "", r.ovh or ""] for r in rows),
        len(rows),
        progress,
        ledger=desk,
    )


def write_reconciliation_pdf(
    desk: Desk, found: Plan, dump_name: str, output: str | os.PathLike[str],
    *, language: str | None = None,
) -> Path:  # fmt: skip
    from desktop_app.pdf.reconciliation import Sheet, render_reconciliation  # heavy: on demand

    sheet = Sheet(found.rows(), counts(found), desk.path.name, dump_name, found.day, desk.today)
    data = render_reconciliation(sheet, language or desk.language())
    return write_bytes(desk, output, data, refusal="pdf.cannot_write")
