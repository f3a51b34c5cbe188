"""Account-level balances (Digital LaunchPad, loyalty) and the payment methods.

``accounts.balance_cents`` is a cache of the account's movements, kept by the one writer of
movements (``movements.record``) in the same transaction (``check`` rebuilds it from them).
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, PaymentMethod, PaymentType
from desktop_app.domain.money import from_cents
from desktop_app.storage.sqlite.session import Session


class SqliteAccounts:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    # -- balances --------------------------------------------------------------------------
    def balance(self, account: Account) -> Decimal:
        row = self._s.one("SELECT balance_cents FROM accounts WHERE name = ?", (account.value,))
        return from_cents(row[0] if row else 0)

    # -- payment methods -------------------------------------------------------------------
    def add_payment_method(self, kind: PaymentType, label: str, default: bool) -> PaymentMethod:
        """The first method registered becomes the default, whatever ``default`` says."""
        has_default = self._s.one("SELECT 1 FROM payment_methods WHERE is_default = 1")
        make_default = default or has_default is None
        if make_default:
            self._s.run("UPDATE payment_methods SET is_default = 0 WHERE is_default = 1")
        cursor = self._s.run(
            "INSERT INTO payment_methods (type, label, is_default) VALUES (?, ?, ?)",
            (kind.value, label, int(make_default)),
        )
        return PaymentMethod(int(cursor.lastrowid or 0), kind, label, make_default)

    def set_default_payment_method(self, method_id: int) -> None:
        if self._s.one("SELECT 1 FROM payment_methods WHERE id = ?", (method_id,)) is None:
            raise DomainError("payment_method.unknown", id=method_id)
        self._s.run("UPDATE payment_methods SET is_default = 0 WHERE is_default = 1")
        self._s.run("UPDATE payment_methods SET is_default = 1 WHERE id = ?", (method_id,))

    def payment_methods(self) -> list[PaymentMethod]:
        rows = self._s.all("SELECT id, type, label, is_default FROM payment_methods ORDER BY id")
        return [PaymentMethod(r[0], PaymentType(r[1]), r[2], bool(r[3])) for r in rows]

    def default_payment_method(self) -> PaymentMethod | None:
        row = self._s.one(
            "SELECT id, type, label, is_default FROM payment_methods WHERE is_default = 1"
        )
        return PaymentMethod(row[0], PaymentType(row[1]), row[2], True) if row else None
