"""The voucher catalogue: codes this ledger issued or imported, each redeemable once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from desktop_app.domain.model import Voucher
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.storage.sqlite.session import Session, day_or_none, products_of, products_text

#: SQLite's default limit on bound parameters is 999 (older builds): lookups go in chunks.
_CHUNK = 900


class SqliteVouchers:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, code: str) -> Voucher | None:
        row = self._s.one(
            "SELECT code, amount_cents, valid_from, expires_on, products, campaign, "
            "redeemed_on, lot_id FROM vouchers WHERE code = ?",
            (code,),
        )
        if row is None:
            return None
        return Voucher(
            code=row[0],
            amount=from_cents(row[1]),
            valid_from=date.fromisoformat(row[2]),
            expires_on=date.fromisoformat(row[3]),
            products=products_of(row[4]),
            campaign=row[5],
            redeemed_on=day_or_none(row[6]),
            lot_id=row[7],
        )

    def existing(self, codes: Sequence[str]) -> set[str]:
        """Which of ``codes`` the catalogue already has."""
        found: set[str] = set()
        for start in range(0, len(codes), _CHUNK):
            chunk = codes[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._s.all(f"SELECT code FROM vouchers WHERE code IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def add(self, vouchers: Iterable[Voucher], created_on: date) -> int:
        """Add codes to the catalogue; returns how many."""
        # A plain executemany: sqlite-utils' insert_all costs ~10 us a row in dict handling,
        # which is a third of a 100,000-code import.
        made = created_on.isoformat()
        cursor = self._s.run_many(
            "INSERT INTO vouchers (code, amount_cents, valid_from, expires_on, products, "
            "campaign, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    v.code,
                    to_cents(v.amount),
                    v.valid_from.isoformat(),
                    v.expires_on.isoformat(),
                    products_text(v.products),
                    v.campaign,
                    made,
                )
                for v in vouchers
            ),
        )
        return max(cursor.rowcount, 0)

    def mark_redeemed(self, code: str, on: date, project_id: int, lot_id: int) -> None:
        self._s.run(
            "UPDATE vouchers SET redeemed_on = ?, project_id = ?, lot_id = ? "
            "WHERE code = ? AND redeemed_on IS NULL",
            (on.isoformat(), project_id, lot_id, code),
        )
