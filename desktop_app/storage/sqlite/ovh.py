"""The real OVHcloud account's links and consumption (schema 7, ``schema_ovh.py``).

Portable SQL (the PostgreSQL backend reuses it): ``?`` placeholders, ``ON CONFLICT ... DO
NOTHING``, ``RETURNING id``, COALESCE, no rowid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from desktop_app.domain.model import CreditLot, LotKind, Wording
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.storage.sqlite.lots import LOT_COLUMNS
from desktop_app.storage.sqlite.session import Session, products_of, products_text

#: One lot the import adds: its project, the credit's id and the lot's columns.
NewLot = tuple[int, int, LotKind, str, str, Decimal, date, date, frozenset[str]]


class SqliteOvh:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def project_links(self) -> dict[str, int]:
        return dict(self._s.all("SELECT service_name, project_id FROM ovh_projects"))

    def link_project(self, service_name: str, project_id: int) -> None:
        self._s.run(
            "INSERT INTO ovh_projects (service_name, project_id) VALUES (?, ?)",
            (service_name, project_id),
        )

    def lot_links(self) -> dict[tuple[int, int], int]:
        return {
            (project_id, credit_id): lot_id
            for project_id, credit_id, lot_id in self._s.all(
                "SELECT project_id, credit_id, lot_id FROM ovh_lots"
            )
        }

    def link_lots(self, links: Iterable[tuple[int, int, int]]) -> None:
        """(project id, credit id, lot id) rows."""
        self._s.run_many(
            "INSERT INTO ovh_lots (project_id, credit_id, lot_id) VALUES (?, ?, ?)", links
        )

    def lots_of(self, project_ids: Iterable[int]) -> dict[int, list[CreditLot]]:
        """Every lot of these projects, exhausted and expired ones too, by project. Read as
        ``lots.lot_from_row`` reads a lot, with each day, amount and product list parsed
        once (20,000 lots share a few hundred of each)."""
        wanted = sorted(set(project_ids))
        found: dict[int, list[CreditLot]] = {pid: [] for pid in wanted}
        days: dict[str, date] = {}
        cents: dict[int, Decimal] = {}
        products: dict[str, frozenset[str]] = {}
        kinds = {kind.value: kind for kind in LotKind}
        codes = {code.value: code for code in Wording}

        def day(text: str) -> date:
            got = days.get(text)
            if got is None:
                got = days[text] = date.fromisoformat(text)
            return got

        def money(value: int) -> Decimal:
            got = cents.get(value)
            if got is None:
                got = cents[value] = from_cents(value)
            return got

        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for r in self._s.rows(
                f"SELECT {LOT_COLUMNS} FROM lots WHERE project_id IN "
                f"({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ):
                names = products.get(r[10])
                if names is None:
                    names = products[r[10]] = products_of(r[10])
                found[r[1]].append(CreditLot(
                    r[0], r[1], kinds[r[2]], r[3], money(r[4]), money(r[5]), money(r[6]),
                    day(r[7]), day(r[8]), day(r[9]), names, r[11], codes.get(r[12]),
                ))  # fmt: skip
        return found

    def add_lots(self, lots: Sequence[NewLot]) -> list[int]:
        """The lots, each linked to its credit; their ids, in order. Issued on
        ``valid_from``; described by the API's text, or as OVHcloud credit when it has none.
        One batch: the ids are those after the largest before it (the one writer holds the
        ledger; PostgreSQL's sequence gives them in order inside the transaction too)."""
        if not lots:
            return []
        row = self._s.one("SELECT COALESCE(MAX(id), 0) FROM lots")
        last = int(row[0]) if row else 0
        code = Wording.OVH_CREDIT.value
        self._s.run_many(
            "INSERT INTO lots (project_id, kind, reference, description, description_code, "
            "total_cents, valid_from, expires_on, issued_on, products) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(project_id, kind.value, reference, description, "" if description else code,
              to_cents(total), start.isoformat(), end.isoformat(), start.isoformat(),
              products_text(products))
             for project_id, _, kind, reference, description, total, start, end, products
             in lots],
        )  # fmt: skip
        ids = [int(r[0]) for r in self._s.all("SELECT id FROM lots WHERE id > ? ORDER BY id",
                                              (last,))]  # fmt: skip
        if len(ids) != len(lots):
            raise RuntimeError(f"{len(lots)} lots written, {len(ids)} read back")
        self.link_lots((lot[0], lot[1], lot_id) for lot, lot_id in zip(lots, ids, strict=True))
        return ids

    def add_consumption(self, rows: Iterable[tuple[str, str, int, date, str, Decimal]]) -> int:
        """(bill id, detail id, project id, month, product, amount) rows; a detail already
        kept is not added again. Returns how many were added."""
        before = self._count()
        self._s.run_many(
            "INSERT INTO consumption (bill_id, detail_id, project_id, month, product, "
            "amount_cents) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (bill_id, detail_id) DO NOTHING",
            [(b, d, p, m.isoformat(), product, to_cents(a)) for b, d, p, m, product, a in rows],
        )
        return self._count() - before

    def consumption_keys(self) -> set[tuple[str, str]]:
        """The (bill id, detail id) of every consumption row kept."""
        return {(b, d) for b, d in self._s.all("SELECT bill_id, detail_id FROM consumption")}

    def _count(self) -> int:
        row = self._s.one("SELECT COUNT(*) FROM consumption")
        return int(row[0]) if row else 0

    def consumption_by_product(
        self, project_id: int, date_from: date, date_to: date
    ) -> dict[str, Decimal]:
        """What the bills say the project consumed per product in the months starting in
        ``[date_from, date_to)``."""
        return {
            product: from_cents(cents)
            for product, cents in self._s.all(
                "SELECT product, SUM(amount_cents) FROM consumption "
                "WHERE project_id = ? AND month >= ? AND month < ? GROUP BY product "
                "ORDER BY product",
                (project_id, date_from.isoformat(), date_to.isoformat()),
            )
        }
