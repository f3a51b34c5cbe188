"""`check`: the file as SQLite sees it, and every balance rebuilt from the movements alone."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.storage.sqlite.connection import page_size
from desktop_app.storage.sqlite.files import shape_damage
from desktop_app.storage.sqlite.session import Session


def _lots(s: Session) -> list[str]:
    """Each lot's total, used and expired, from its VOUCHER/ORDER, USE and EXPIRE movements."""
    rows = s.all(
        "SELECT id, reference, total_cents, used_cents, expired_cents, issued, used, lost "
        "FROM (SELECT l.id, l.reference, l.total_cents, l.used_cents, l.expired_cents, "
        "  COALESCE(SUM(CASE WHEN m.kind IN ('VOUCHER', 'ORDER') THEN m.amount_cents END), 0)"
        "    AS issued, "
        "  -COALESCE(SUM(CASE WHEN m.kind = 'USE' THEN m.amount_cents END), 0) AS used, "
        "  -COALESCE(SUM(CASE WHEN m.kind = 'EXPIRE' THEN m.amount_cents END), 0) AS lost "
        "  FROM lots l LEFT JOIN movements m ON m.lot_id = l.id GROUP BY l.id) "
        "WHERE total_cents != issued OR used_cents != used OR expired_cents != lost "
        "OR used_cents + expired_cents > total_cents OR used_cents < 0 OR expired_cents < 0"
    )
    return [
        f"lot {r[0]} ({r[1]}): stored total/used/expired {r[2]}/{r[3]}/{r[4]} cents, "
        f"movements say {r[5]}/{r[6]}/{r[7]}"
        for r in rows
    ]


def _accounts(s: Session) -> list[str]:
    return [
        f"account {name}: stored {stored} cents, movements say {rebuilt}"
        for name, stored, rebuilt in s.all(
            "SELECT a.name, a.balance_cents, COALESCE(SUM(m.amount_cents), 0) FROM accounts a "
            "LEFT JOIN movements m ON m.account = a.name GROUP BY a.name"
        )
        if stored != rebuilt
    ]


def _invoices(s: Session) -> list[str]:
    """An invoice's total is its lines', and what its sources and the method paid."""
    return [
        f"invoice {number}: total {total} != allocated {allocated} + method {method}"
        for number, total, allocated, method in s.all(
            "SELECT i.number, i.total_ht_cents, "
            "  COALESCE((SELECT -SUM(amount_cents) FROM movements WHERE invoice_id = i.id), 0), "
            "  i.method_ht_cents FROM invoices i "
            "WHERE i.total_ht_cents != method_ht_cents + "
            "  COALESCE((SELECT -SUM(amount_cents) FROM movements WHERE invoice_id = i.id), 0) "
            "OR i.total_ht_cents != "
            "  (SELECT SUM(amount_cents) FROM invoice_lines WHERE invoice_id = i.id)"
        )
    ]


def _orders(s: Session) -> list[str]:
    """A paid order has a lot, of its amount; numbers have no gap in a year."""
    problems = [
        f"order {number}: status {status} but lot {lot_id}"
        for number, status, lot_id in s.all(
            "SELECT number, status, lot_id FROM orders "
            "WHERE (status = 'paid') != (lot_id IS NOT NULL)"
        )
    ]
    problems += [
        f"order {number}: its lot's total differs from the order"
        for (number,) in s.all(
            "SELECT o.number FROM orders o JOIN lots l ON l.id = o.lot_id "
            "WHERE l.total_cents != o.amount_ht_cents"
        )
    ]
    problems += [
        f"order numbers of {year}: {count} orders but last number {top}"
        for year, count, top in s.all(
            "SELECT year, COUNT(*), MAX(seq) FROM orders GROUP BY year HAVING COUNT(*) != MAX(seq)"
        )
    ]
    return problems


def _uses(s: Session) -> list[str]:
    """A lot pays only within its validity, and a restricted one only for its products."""
    problems = [
        f"lot {lot_id}: used outside its validity window"
        for (lot_id,) in s.all(
            "SELECT DISTINCT m.lot_id FROM movements m JOIN lots l ON l.id = m.lot_id "
            "WHERE m.kind = 'USE' AND (m.date < l.valid_from OR m.date >= l.expires_on)"
        )
    ]
    problems += [
        f"lot {lot_id}: paid more of {number} than its products allow"
        for lot_id, number in s.all(
            # A restricted lot may pay at most the invoice's lines of its products.
            "SELECT m.lot_id, i.number FROM movements m JOIN lots l ON l.id = m.lot_id "
            "JOIN invoices i ON i.id = m.invoice_id WHERE m.kind = 'USE' AND l.products != '' "
            "AND -m.amount_cents > (SELECT COALESCE(SUM(il.amount_cents), 0) "
            "  FROM invoice_lines il WHERE il.invoice_id = m.invoice_id "
            "  AND ',' || l.products || ',' LIKE '%,' || il.product || ',%')"
        )
    ]
    return problems


INVARIANTS: tuple[Callable[[Session], list[str]], ...] = (
    _lots,
    _accounts,
    _invoices,
    _orders,
    _uses,
)


class SqliteIntegrity:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def file_problems(self, *, full: bool = True) -> list[str]:
        """The file's shape, SQLite's integrity (or quick) check, and its foreign keys."""
        s = self._s
        pragma = "integrity_check" if full else "quick_check"
        shape = shape_damage(s.path, page_size(s.conn))
        problems = [shape] if shape else []
        problems += [r[0] for r in s.all(f"PRAGMA {pragma}") if r[0] != "ok"]
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in s.all("PRAGMA foreign_key_check")
        ]
        return problems

    def invariant_problems(self) -> list[str]:
        """Every balance rebuilt from the movements alone, and compared."""
        return [problem for invariant in INVARIANTS for problem in invariant(self._s)]
