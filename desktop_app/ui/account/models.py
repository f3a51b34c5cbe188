"""The account's payment methods table."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.model import PaymentMethod
from desktop_app.services.desk import Desk
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.tables.names import payment_type_name


class PaymentMethodModel(PagedTableModel):
    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self._all: list[PaymentMethod] = []

    def headers(self) -> list[str]:
        return [self.tr("Type"), self.tr("Label"), self.tr("Default")]

    def _count(self) -> int:
        from desktop_app.services.accounts import account_summary

        self._all = account_summary(self.desk).payment_methods
        return len(self._all)

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return self._all[offset : offset + limit]

    def cell(self, method: PaymentMethod, column: int) -> str:
        if column == 0:
            return payment_type_name(method.type)
        if column == 1:
            return method.label
        return self.tr("Yes") if method.default else ""
