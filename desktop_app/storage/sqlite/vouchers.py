"""The voucher catalogue: codes this ledger issued or imported, each redeemable once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from desktop_app.domain.model import Voucher, VoucherStatus
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.storage.queries import VoucherQuery
from desktop_app.storage.sqlite.session import (
    Row,
    Session,
    day_or_none,
    products_of,
    products_text,
    where,
)

#: SQLite's default limit on bound parameters is 999 (older builds): lookups go in chunks.
_CHUNK = 900


class SqliteVouchers:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, code: str) -> Voucher | None:
        row = self._s.one(f"SELECT {_COLUMNS} FROM vouchers WHERE code = ?", (code,))
        return _voucher(row) if row is not None else None

    def page(
        self, query: VoucherQuery, *, limit: int = -1, offset: int = 0, reverse: bool = False
    ) -> list[Voucher]:
        """The catalogue by code (``reverse``: the other way), filtered."""
        clauses, params = _filter(query)
        way = "DESC" if reverse else "ASC"
        rows = self._s.all(
            f"SELECT {_COLUMNS} FROM vouchers{where(clauses)} ORDER BY code {way} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_voucher(row) for row in rows]

    def count(self, query: VoucherQuery) -> int:
        clauses, params = _filter(query)
        row = self._s.one(f"SELECT COUNT(*) FROM vouchers{where(clauses)}", params)
        return int(row[0]) if row else 0

    def campaigns(self) -> list[str]:
        """Every campaign the catalogue holds codes of, in order ("" among them if some codes
        have none)."""
        return [r[0] for r in self._s.all("SELECT DISTINCT campaign FROM vouchers ORDER BY 1")]

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


_COLUMNS = (
    "code, amount_cents, valid_from, expires_on, products, campaign, redeemed_on, lot_id, "
    "project_id"
)


def _voucher(row: Row) -> Voucher:
    return Voucher(
        code=row[0],
        amount=from_cents(row[1]),
        valid_from=date.fromisoformat(row[2]),
        expires_on=date.fromisoformat(row[3]),
        products=products_of(row[4]),
        campaign=row[5],
        redeemed_on=day_or_none(row[6]),
        lot_id=row[7],
        project_id=row[8],
    )


def _filter(query: VoucherQuery) -> tuple[list[str], list[Any]]:
    """``Voucher.status`` in SQL: redeemed; else expired from ``expires_on`` on."""
    clauses: list[str] = []
    params: list[Any] = []
    today = query.today.isoformat()
    if query.status is VoucherStatus.REDEEMED:
        clauses.append("redeemed_on IS NOT NULL")
    elif query.status is VoucherStatus.EXPIRED:
        clauses.append("redeemed_on IS NULL AND expires_on <= ?")
        params.append(today)
    elif query.status is VoucherStatus.AVAILABLE:
        clauses.append("redeemed_on IS NULL AND expires_on > ?")
        params.append(today)
    if query.campaign is not None:
        clauses.append("campaign = ?")
        params.append(query.campaign)
    return clauses, params
