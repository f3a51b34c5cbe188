"""A simulation's result, source by source and lot by lot, ending with the payment method."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.model import Allocation
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import ListTableModel
from desktop_app.ui.tables.names import source_name


@dataclass(frozen=True)
class WaterfallRow:
    step: int
    source: str
    reference: str
    lot: str
    amount_ht: Decimal
    vat: Decimal | None = None
    amount_ttc: Decimal | None = None
    is_payment: bool = False


class WaterfallModel(ListTableModel):
    """A simulation's result, source by source and lot by lot, ending with the payment method."""

    MONEY_COLUMNS = frozenset({4, 5, 6})

    def headers(self) -> list[str]:
        return [
            self.tr("Step"),
            self.tr("Paid from"),
            self.tr("Reference"),
            self.tr("Lot"),
            self.tr("Excl. VAT"),
            self.tr("VAT"),
            self.tr("Incl. VAT"),
        ]

    def set_result(
        self,
        allocations: Sequence[Allocation],
        payment_label: str | None,
        payment: tuple[Decimal, Decimal, Decimal] | None,
    ) -> None:
        # An account's reference is its own key: "paid from" already names it.
        rows = [
            WaterfallRow(
                n,
                source_name(a.source),
                a.reference if a.lot_id is not None else "",
                str(a.lot_id or ""),
                a.amount,
            )
            for n, a in enumerate(allocations, 1)
        ]
        if payment is not None:
            label = payment_label or self.tr("(no payment method registered)")
            ht, vat, ttc = payment
            rows.append(
                WaterfallRow(len(rows) + 1, self.tr("Payment method"), label, "", ht, vat, ttc,
                             True)
            )  # fmt: skip
        self.set_rows(rows)

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[WaterfallRow]:
        return list(self._rows)

    def cell(self, row: WaterfallRow, column: int) -> str:
        values = [
            str(row.step),
            row.source,
            row.reference,
            row.lot,
            i18n.money(row.amount_ht),
            i18n.money(row.vat) if row.vat is not None else "",
            i18n.money(row.amount_ttc if row.amount_ttc is not None else row.amount_ht),
        ]
        return values[column]

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._rows[number].is_payment:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
