"""`check`: the file as SQLite sees it, and every balance rebuilt from the movements alone.

Each finding is a ``Problem`` (a code and its values, amounts as euros); the words are the
catalogs' (``services.messages``, ``ui.messages``).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.money import fmt, from_cents
from desktop_app.domain.problems import Problem
from desktop_app.storage.sqlite.connection import page_size
from desktop_app.storage.sqlite.files import cut_pages
from desktop_app.storage.sqlite.schema_books import MOVEMENT_DAYS_SUMS
from desktop_app.storage.sqlite.session import Session


def _euros(cents: int) -> str:
    return fmt(from_cents(cents))


def _lots(s: Session) -> list[Problem]:
    """Each lot's total, used and expired, from its VOUCHER/ORDER, USE (less what RETURN
    gave back) and EXPIRE movements."""
    rows = s.all(
        "SELECT id, reference, total_cents, used_cents, expired_cents, issued, used, lost "
        "FROM (SELECT l.id, l.reference, l.total_cents, l.used_cents, l.expired_cents, "
        "  COALESCE(g.issued, 0) AS issued, -COALESCE(g.used, 0) AS used, "
        "  -COALESCE(g.lost, 0) AS lost "
        "  FROM lots l LEFT JOIN ("
        # One pass over the movements, grouped by lot (schema 8: no index by lot).
        "    SELECT lot_id, "
        "      SUM(CASE WHEN kind IN ('VOUCHER', 'ORDER') THEN amount_cents END) AS issued, "
        "      SUM(CASE WHEN kind IN ('USE', 'RETURN') THEN amount_cents END) AS used, "
        "      SUM(CASE WHEN kind = 'EXPIRE' THEN amount_cents END) AS lost "
        "    FROM movements WHERE lot_id IS NOT NULL GROUP BY lot_id"
        "  ) AS g ON g.lot_id = l.id) AS rebuilt "
        "WHERE total_cents != issued OR used_cents != used OR expired_cents != lost "
        "OR used_cents + expired_cents > total_cents OR used_cents < 0 OR expired_cents < 0"
    )
    names = ("total", "used", "expired", "issued", "rebuilt_used", "lost")
    return [
        Problem(
            "check.lot_totals",
            {"lot": r[0], "reference": r[1], **dict(zip(names, map(_euros, r[2:]), strict=True))},
        )
        for r in rows
    ]


def _accounts(s: Session) -> list[Problem]:
    return [
        Problem(
            "check.account_balance",
            {"account": name, "stored": _euros(stored), "rebuilt": _euros(rebuilt)},
        )
        for name, stored, rebuilt in s.all(
            "SELECT a.name, a.balance_cents, COALESCE(SUM(m.amount_cents), 0) FROM accounts a "
            "LEFT JOIN movements m ON m.account = a.name GROUP BY a.name"
        )
        if stored != rebuilt
    ]


def _invoices(s: Session) -> list[Problem]:
    """An invoice's total is its lines', and what its sources and the method paid."""
    rows = s.all(
        "SELECT number, total, allocated, method, lines FROM (SELECT i.number, "
        "  i.total_ht_cents AS total, i.method_ht_cents AS method, "
        "  COALESCE((SELECT -SUM(amount_cents) FROM movements "
        "    WHERE invoice_id = i.id AND kind = 'USE'), 0) "
        "    AS allocated, "
        "  (SELECT SUM(amount_cents) FROM invoice_lines WHERE invoice_id = i.id) AS lines "
        "  FROM invoices i) AS split "
        "WHERE total != method + allocated OR total IS NOT lines"
    )
    return [
        Problem(
            "check.invoice_split",
            {
                "invoice": number,
                "total": _euros(total),
                "allocated": _euros(allocated),
                "method": _euros(method),
                "lines": _euros(lines or 0),
            },
        )
        for number, total, allocated, method, lines in rows
    ]


def _invoice_sources(s: Session) -> list[Problem]:
    """What an invoice says each source paid is what its USE movements took (schema 6)."""
    rows = s.all(
        "SELECT i.number FROM invoices i WHERE "
        "i.voucher_cents != (SELECT -COALESCE(SUM(m.amount_cents), 0) FROM movements m "
        "  JOIN lots l ON l.id = m.lot_id WHERE m.invoice_id = i.id AND m.kind = 'USE' "
        "  AND l.kind = 'voucher') "
        "OR i.credit_cents != (SELECT -COALESCE(SUM(m.amount_cents), 0) FROM movements m "
        "  JOIN lots l ON l.id = m.lot_id WHERE m.invoice_id = i.id AND m.kind = 'USE' "
        "  AND l.kind = 'credit') "
        "OR i.launchpad_cents + i.loyalty_cents != (SELECT -COALESCE(SUM(m.amount_cents), 0) "
        "  FROM movements m WHERE m.invoice_id = i.id AND m.kind = 'USE' "
        "  AND m.account IS NOT NULL)"
    )
    return [Problem("check.invoice_sources", {"invoice": number}) for (number,) in rows]


def _credit_notes(s: Session) -> list[Problem]:
    """Credit-note numbers have no gap in a year; what a credit note gave back is what its
    invoice's movements took (rule 14: whole)."""
    problems = [
        Problem("check.credit_note_numbers", {"year": year, "count": count, "last": top})
        for year, count, top in s.all(
            "SELECT year, COUNT(*), MAX(seq) FROM credit_notes GROUP BY year "
            "HAVING COUNT(*) != MAX(seq)"
        )
    ]
    problems += [
        Problem("check.credit_note_whole", {"credit_note": number, "invoice": invoice})
        for number, invoice in s.all(
            "SELECT cn.number, i.number FROM credit_notes cn JOIN invoices i "
            "ON i.id = cn.invoice_id WHERE "
            "(SELECT COALESCE(SUM(amount_cents), 0) FROM movements "
            "  WHERE credit_note = cn.number AND kind = 'RETURN') "
            "!= (SELECT -COALESCE(SUM(amount_cents), 0) FROM movements "
            "  WHERE invoice_id = i.id AND kind = 'USE') "
            "OR cn.refund_ht_cents != i.method_ht_cents OR cn.refund_vat_cents != i.vat_cents"
        )
    ]
    return problems


def _orders(s: Session) -> list[Problem]:
    """A paid order has a lot, of its amount; numbers have no gap in a year."""
    problems = [
        Problem("check.order_lot", {"order": number, "status": status, "lot": lot_id or "-"})
        for number, status, lot_id in s.all(
            "SELECT number, status, lot_id FROM orders "
            "WHERE (status = 'paid') != (lot_id IS NOT NULL)"
        )
    ]
    problems += [
        Problem("check.order_lot_total", {"order": number, "lot": lot_id})
        for number, lot_id in s.all(
            "SELECT o.number, o.lot_id FROM orders o JOIN lots l ON l.id = o.lot_id "
            "WHERE l.total_cents != o.amount_ht_cents"
        )
    ]
    problems += [
        Problem("check.order_numbers", {"year": year, "count": count, "last": top})
        for year, count, top in s.all(
            "SELECT year, COUNT(*), MAX(seq) FROM orders GROUP BY year HAVING COUNT(*) != MAX(seq)"
        )
    ]
    return problems


def _uses(s: Session) -> list[Problem]:
    """A lot pays only within its validity, and a restricted one only for its products."""
    problems = [
        Problem("check.lot_validity", {"lot": lot_id})
        for (lot_id,) in s.all(
            "SELECT DISTINCT m.lot_id FROM movements m JOIN lots l ON l.id = m.lot_id "
            "WHERE m.kind = 'USE' AND (m.date < l.valid_from OR m.date >= l.expires_on)"
        )
    ]
    problems += [
        Problem("check.lot_products", {"lot": lot_id, "invoice": number})
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


def _days(s: Session) -> list[Problem]:
    """``movement_days`` is what the movements add up to (the roll-forward reads it)."""
    sums = f"{MOVEMENT_DAYS_SUMS} GROUP BY 1, 2, 3, 4, 5 HAVING SUM(m.amount_cents) != 0"
    kept = (
        "SELECT day, kind, project_id, lot_kind, account, amount_cents FROM movement_days "
        "WHERE amount_cents != 0"
    )
    # The movements' sums once (a million movements: seconds), compared both ways.
    row = s.one(f"WITH rebuilt AS MATERIALIZED ({sums}) "
                f"SELECT (SELECT COUNT(*) FROM ({kept} EXCEPT SELECT * FROM rebuilt) AS a), "
                f"(SELECT COUNT(*) FROM (SELECT * FROM rebuilt EXCEPT {kept}) AS b)")  # fmt: skip
    wrong = (row[0] + row[1]) if row else 0
    return [Problem("check.movement_days", {"count": wrong})] if wrong else []


INVARIANTS: tuple[Callable[[Session], list[Problem]], ...] = (
    _lots,
    _days,
    _accounts,
    _invoices,
    _invoice_sources,
    _credit_notes,
    _orders,
    _uses,
)


class SqliteIntegrity:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def file_problems(self, *, full: bool = True) -> list[Problem]:
        """The file's shape, SQLite's integrity (or quick) check, and its foreign keys."""
        s = self._s
        problems: list[Problem] = []
        cut = cut_pages(s.path, page_size(s.conn))
        if cut is not None:
            problems.append(Problem("check.file_cut", {"size": cut[0], "page_size": cut[1]}))
        pragma = "integrity_check" if full else "quick_check"
        problems += [
            Problem("check.sqlite", {"detail": r[0]}) for r in s.all(f"PRAGMA {pragma}")
            if r[0] != "ok"
        ]  # fmt: skip
        problems += [
            Problem("check.foreign_key", {"table": r[0], "row": r[1], "parent": r[2]})
            for r in s.all("PRAGMA foreign_key_check")
        ]
        return problems

    def invariant_problems(self) -> list[Problem]:
        """Every balance rebuilt from the movements alone, and compared (domain.md)."""
        return [problem for invariant in INVARIANTS for problem in invariant(self._s)]
