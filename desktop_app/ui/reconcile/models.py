"""The reconciliation's table: one row per line (``domain.ovh.compare.Plan.rows``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt

from desktop_app.domain.ovh.compare import Row
from desktop_app.ui.tables.base import ListTableModel
from desktop_app.ui.widgets.tones import Hue, tone


def status_name(status: str) -> str:
    return {
        "differs": Q.translate("Reconcile", "differs"),
        "missing_in_ledger": Q.translate("Reconcile", "missing in the ledger"),
        "missing_at_ovh": Q.translate("Reconcile", "missing at OVHcloud"),
        "matched": Q.translate("Reconcile", "matched"),
    }.get(status, status)


def field_name(field: str) -> str:
    return {
        "kind": Q.translate("Reconcile", "kind"),
        "total": Q.translate("Reconcile", "total"),
        "used": Q.translate("Reconcile", "used"),
        "available": Q.translate("Reconcile", "available"),
        "valid_from": Q.translate("Reconcile", "valid from"),
        "expires_on": Q.translate("Reconcile", "expires on"),
        "products": Q.translate("Reconcile", "products"),
        "name": Q.translate("Reconcile", "project name"),
    }.get(field, field)


#: Each status's hue; a match is in the palette's own text colour.
HUES = {"differs": Hue.WARNING, "missing_in_ledger": Hue.ERROR, "missing_at_ovh": Hue.ERROR}


class ReconcileModel(ListTableModel):
    MONEY_COLUMNS = frozenset({4, 5})

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Project"), self.tr("Reference"), self.tr("Field"),
                self.tr("Ledger"), self.tr("OVHcloud")]  # fmt: skip

    def cell(self, row: Row, column: int) -> str:
        values = (status_name(row.status), row.project, row.reference, field_name(row.field),
                  row.ledger if row.ledger is not None else "—",
                  row.ovh if row.ovh is not None else "—")  # fmt: skip
        return values[column]

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            hue = HUES.get(self._rows[number].status)
            return tone(hue) if hue is not None else None
        return None
