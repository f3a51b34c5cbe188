"""A large, consistent ledger for the benchmarks, built once and cached under ``bench/.data/``.

200 projects, 100,000 credit lots, 1,000,000 movements over two years up to ``TODAY``. The history
is planned lot by lot (what each lot issued, used and lost), then written as the use cases would
have written it: a paid order (and its ORDER_CREATED trail) or a redeemed catalogue
voucher per lot, weekly invoices whose allocations are the lots' USE movements in waterfall order,
EXPIRE movements for whatever was left at expiry, account top-ups and account allocations. The
caches (``lots.used_cents``/``expired_cents``, ``accounts.balance_cents``) match the movements,
so ``tx.integrity.invariant_problems()`` is empty; the build checks it.

Rows go in through the storage layer's own connection (``SqliteLedger`` creates the schema) with
bulk ``executemany`` in one transaction; secondary indexes are dropped for the load and recreated
from their own SQL afterwards, so the file's schema is exactly the product's.
"""

from __future__ import annotations

import bisect
import hashlib
import inspect
import itertools
import json
import os
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop_app.domain.codes import ALPHABET, BODY_LENGTH, check_character, display
from desktop_app.domain.dates import add_months, credit_expires_on
from desktop_app.domain.text import name_key
from desktop_app.storage.sqlite.ledger import SqliteLedger
from desktop_app.storage.sqlite.schema import MIGRATIONS
from desktop_app.storage.sqlite.schema_books import INVOICE_SOURCES_FILL, MOVEMENT_DAYS_SUMS

#: Bump when the generated data changes; the schema's own text is part of the cache key too.
BUILD_VERSION = 1
TODAY = date(2026, 11, 26)
START = TODAY - timedelta(days=730)
SEED = 20261126

N_PROJECTS = 200
N_LOTS = 100_000
N_MOVEMENTS = 1_000_000
BIG_PROJECT = "bench-big"
BIG_ACTIVE = 5_000  # lots of bench-big usable on TODAY
BIG_HISTORIC = 500  # bench-big's exhausted or expired lots
PENDING_ORDERS = 150
CANCELLED_ORDERS = 1_200
UNREDEEMED_CODES = 2_000
ACCOUNT_USES = 2_000
ARCHIVED_PROJECTS = 5
VAT_BP = 2000
CARD_LABEL = "Visa •••• 4242"

PRODUCTS = (
    "compute",
    "storage",
    "network",
    "database",
    "kubernetes",
    "ai",
    "object storage",
    "backup",
    "load balancer",
    "public ip",
)
RESTRICTIONS = (("compute",), ("storage",), ("ai",), ("ai", "compute"), ("database",))
CAMPAIGNS = (
    "Welcome voucher",
    "Compute starter voucher",
    "GPU trial",
    "Partner event",
    "Support goodwill",
)
CREDIT_EUROS = (100, 150, 200, 250, 500, 750, 1000, 1500, 2000, 3000, 5000)
VOUCHER_EUROS = (10, 20, 25, 50, 75, 100, 150, 200, 300, 500)
VOUCHER_MONTHS = (1, 2, 3, 3, 6, 6, 12)

DATA_DIR = Path(__file__).resolve().parent / ".data"

# Movement phases within a day, in the order the use cases would have written them.
PH_BONUS, PH_CREATED, PH_CANCEL, PH_ISSUE, PH_EXPIRE, PH_USE = range(6)

MovementRow = tuple[
    str, str, int, str, int | None, int | None, str | None, int | None, str | None, str
]


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def cache_key() -> str:
    """The data depend on the schema and on how voucher codes are checked: either changes it."""
    source = "\n".join(MIGRATIONS) + inspect.getsource(check_character)
    return f"v{BUILD_VERSION}-{hashlib.sha256(source.encode()).hexdigest()[:10]}"


def ledger_path() -> Path:
    return DATA_DIR / f"ledger-{cache_key()}.sqlite3"


def meta_path() -> Path:
    return DATA_DIR / f"ledger-{cache_key()}.json"


@dataclass(slots=True)
class LotPlan:
    project_id: int
    kind: str  # 'voucher' | 'credit'
    issued: date
    expires: date
    total: int  # cents
    products: str
    description: str  # typed (a campaign); the program's own words are description_code
    description_code: str = ""
    big_active: bool = False
    id: int = 0
    reference: str = ""
    used: int = 0
    expired: int = 0
    lo: int = 0  # billing days usable: BILLING[weekday][lo:hi]
    hi: int = 0
    uses: int = 0

    def waterfall_rank(self) -> tuple[int, int, int, int]:
        return (0 if self.kind == "voucher" else 1, self.expires.toordinal(),
                self.issued.toordinal(), self.id)  # fmt: skip


@dataclass(frozen=True, slots=True)
class BuildInfo:
    path: Path
    meta: dict[str, Any]
    built_now: bool


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _code(rng: random.Random) -> str:
    """A valid voucher code, as ``codes.new_code`` makes them, but reproducible."""
    while True:
        body = "".join(rng.choices(ALPHABET, k=BODY_LENGTH))
        check = check_character(body)
        if check is not None:
            return display(body + check)


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` cents in ``parts`` positive amounts."""
    if parts == 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    bounds = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(bounds)]


def _vat(cents: int) -> int:
    """20 % of an amount in cents, rounded half-up to the cent (as ``money.vat_of``)."""
    return (cents * VAT_BP * 2 // 10000 + 1) // 2


class Plan:
    """Everything the ledger will hold, as rows ready for ``executemany``."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.iso: dict[int, str] = {}
        # Each project is invoiced weekly, on its own weekday.
        first, last = START.toordinal(), TODAY.toordinal()
        self.billing: list[list[int]] = [
            [d for d in range(first, last + 1) if date.fromordinal(d).weekday() == wd]
            for wd in range(7)
        ]
        self.projects: list[tuple[Any, ...]] = []
        self.lots: list[LotPlan] = []
        self.orders: list[tuple[Any, ...]] = []
        self.vouchers: list[tuple[Any, ...]] = []
        self.invoices: list[tuple[Any, ...]] = []
        self.lines: list[tuple[int, int, str, int]] = []
        self.balances = {"digital_launchpad": 0, "loyalty": 0}
        self._keys: list[int] = []
        self._moves: list[MovementRow] = []

    def day(self, ordinal: int) -> str:
        text = self.iso.get(ordinal)
        if text is None:
            text = self.iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def move(
        self,
        when: date | int,
        phase: int,
        kind: str,
        amount: int,
        reference: str,
        project_id: int | None = None,
        lot_id: int | None = None,
        account: str | None = None,
        invoice_id: int | None = None,
        order_number: str | None = None,
        note: str = "",
        note_code: str = "",
    ) -> None:
        ordinal = when if isinstance(when, int) else when.toordinal()
        self._keys.append(((ordinal * 8 + phase) << 24) | len(self._keys))
        self._moves.append(
            (self.day(ordinal), kind, amount, reference, project_id, lot_id, account,
             invoice_id, order_number, note, note_code)
        )  # fmt: skip

    # -- the plan, step by step ----------------------------------------------------------------
    def build(self) -> None:
        self._projects()
        self._plan_lots()
        self._usage()
        self._orders()
        self._vouchers()
        self._expiries()
        bonus = self._top_ups()
        self._uses(bonus)

    def _projects(self) -> None:
        created = self.day((START - timedelta(days=30)).toordinal())
        self.projects.append((1, BIG_PROJECT, "The big one: 5,000 active lots", 0, created))
        for pid in range(2, N_PROJECTS + 1):
            archived = int(pid > N_PROJECTS - ARCHIVED_PROJECTS)
            self.projects.append((pid, f"bench-p{pid:03d}", f"Project {pid}", archived, created))

    def _new_lot(self, project_id: int, kind: str, issued: date, months: int = 0) -> LotPlan:
        rng = self.rng
        if kind == "credit":
            return LotPlan(project_id, kind, issued, credit_expires_on(issued),
                           rng.choice(CREDIT_EUROS) * 100, "", "",
                           "public_cloud_credit")  # fmt: skip
        restricted = rng.random() < 0.35
        products = ",".join(sorted(rng.choice(RESTRICTIONS))) if restricted else ""
        campaign = rng.choice(CAMPAIGNS)
        expires = add_months(issued, months or rng.choice(VOUCHER_MONTHS))
        return LotPlan(project_id, kind, issued, expires, rng.choice(VOUCHER_EUROS) * 100,
                       products, campaign)  # fmt: skip

    def _plan_lots(self) -> None:
        rng = self.rng
        lots = self.lots
        for _ in range(BIG_ACTIVE):
            if rng.random() < 0.55:
                lot = self._new_lot(1, "credit", TODAY - timedelta(days=rng.randint(0, 392)))
            else:
                months = rng.choice(VOUCHER_MONTHS)
                issued = TODAY - timedelta(days=rng.randint(0, 28 * months - 1))
                lot = self._new_lot(1, "voucher", issued, months)
            lot.big_active = True
            lots.append(lot)
        for _ in range(BIG_HISTORIC):
            if rng.random() < 0.55:
                lot = self._new_lot(1, "credit", _day(rng, START, START + timedelta(days=300)))
            else:
                issued = _day(rng, START, TODAY - timedelta(days=130))
                lot = self._new_lot(1, "voucher", issued, rng.choice((1, 2, 3)))
            lots.append(lot)
        others = list(range(2, N_PROJECTS + 1))
        weights = [rng.uniform(0.2, 3.0) for _ in others]
        for pid in rng.choices(others, weights, k=N_LOTS - len(lots)):
            kind = "credit" if rng.random() < 0.6 else "voucher"
            lots.append(self._new_lot(pid, kind, _day(rng, START, TODAY)))
        # Ids in issue order, as the application would have given them.
        rng.shuffle(lots)
        lots.sort(key=lambda lot: lot.issued)
        for number, lot in enumerate(lots, 1):
            lot.id = number

    def _usage(self) -> None:
        """What each lot has used and lost by TODAY, and on which billing days it could pay."""
        rng = self.rng
        today = TODAY.toordinal()
        for lot in self.lots:
            days = self.billing[lot.project_id % 7]
            lot.lo = bisect.bisect_left(days, lot.issued.toordinal())
            lot.hi = bisect.bisect_right(days, min(lot.expires.toordinal() - 1, today))
            billable = lot.hi > lot.lo
            draw = rng.random()
            if lot.expires <= TODAY:
                if not billable or draw < 0.10:
                    lot.used = 0
                elif draw < 0.65:
                    lot.used = lot.total
                else:
                    lot.used = rng.randint(1, lot.total - 1)
                lot.expired = lot.total - lot.used
            elif not billable or draw < (0.2 if lot.big_active else 0.15):
                lot.used = 0
            elif not lot.big_active and draw < 0.25:
                lot.used = lot.total  # exhausted, not yet expired
            else:
                share = rng.uniform(0.05, 0.9)
                lot.used = min(max(1, int(lot.total * share)), lot.total - 1)

    def _orders(self) -> None:
        """A paid order per credit lot, plus pending and cancelled ones; numbers gapless per
        year in creation order."""
        rng = self.rng
        entries: list[tuple[date, int, str, int, int, LotPlan | None, date | None]] = []
        for lot in self.lots:
            if lot.kind == "credit":
                created = lot.issued - timedelta(days=rng.randint(0, 10))
                entries.append(
                    (created, len(entries), "paid", lot.project_id, lot.total, lot, None)
                )
        for _ in range(PENDING_ORDERS):
            created = _day(rng, TODAY - timedelta(days=29), TODAY)
            pid = rng.randint(1, N_PROJECTS)
            amount = rng.choice(CREDIT_EUROS) * 100
            entries.append((created, len(entries), "pending", pid, amount, None, None))
        for _ in range(CANCELLED_ORDERS):
            created = _day(rng, START, TODAY)
            cancelled = min(created + timedelta(days=rng.randint(0, 14)), TODAY)
            pid = rng.randint(1, N_PROJECTS)
            amount = rng.choice(CREDIT_EUROS) * 100
            entries.append((created, len(entries), "cancelled", pid, amount, None, cancelled))
        entries.sort(key=lambda e: (e[0], e[1]))
        seqs: dict[int, int] = defaultdict(int)
        for created, _, status, pid, amount, paid_lot, cancelled_on in entries:
            seqs[created.year] += 1
            seq = seqs[created.year]
            number = f"PO-{created.year:04d}-{seq:05d}"
            vat = _vat(amount)
            paid_on = paid_lot.issued.isoformat() if paid_lot else None
            self.orders.append(
                (number, created.year, seq, pid, status, amount, VAT_BP, vat, amount + vat,
                 created.isoformat(), paid_on, cancelled_on.isoformat() if cancelled_on else None,
                 paid_lot.id if paid_lot else None, None)
            )  # fmt: skip
            self.move(created, PH_CREATED, "ORDER_CREATED", 0, number, pid, order_number=number,
                      note_code="purchase_order_created")  # fmt: skip
            if cancelled_on is not None:
                self.move(cancelled_on, PH_CANCEL, "CANCEL", 0, number, pid, order_number=number)
            if paid_lot is not None:
                paid_lot.reference = number
                self.move(paid_lot.issued, PH_ISSUE, "ORDER", paid_lot.total, number, pid,
                          paid_lot.id, order_number=number)  # fmt: skip

    def _vouchers(self) -> None:
        """Each voucher lot was a catalogue code, redeemed; some codes wait in the catalogue."""
        rng = self.rng
        seen: set[str] = set()

        def fresh() -> str:
            while True:
                code = _code(rng)
                if code not in seen:
                    seen.add(code)
                    return code

        for lot in self.lots:
            if lot.kind != "voucher":
                continue
            lot.reference = fresh()
            valid_from = lot.issued - timedelta(days=rng.randint(0, 20))
            self.vouchers.append(
                (lot.reference, lot.total, valid_from.isoformat(), lot.expires.isoformat(),
                 lot.products, lot.description, valid_from.isoformat(), lot.issued.isoformat(),
                 lot.project_id, lot.id)
            )  # fmt: skip
            self.move(lot.issued, PH_ISSUE, "VOUCHER", lot.total, lot.reference,
                      lot.project_id, lot.id)  # fmt: skip
        for _ in range(UNREDEEMED_CODES):
            valid_from = _day(rng, START, TODAY)
            expires = add_months(valid_from, rng.choice((3, 6, 12)))
            products = ",".join(sorted(rng.choice(RESTRICTIONS))) if rng.random() < 0.3 else ""
            self.vouchers.append(
                (fresh(), rng.choice(VOUCHER_EUROS) * 100, valid_from.isoformat(),
                 expires.isoformat(), products, "Partner event", valid_from.isoformat(),
                 None, None, None)
            )  # fmt: skip

    def _expiries(self) -> None:
        for lot in self.lots:
            if lot.expired:
                self.move(lot.expires, PH_EXPIRE, "EXPIRE", -lot.expired, lot.reference,
                          lot.project_id, lot.id, note_code="unused_at_expiry")  # fmt: skip

    def _top_ups(self) -> list[tuple[int, str, int]]:
        """Account top-ups, evenly spread, the first on day one."""
        rng = self.rng
        events: list[tuple[int, str, int]] = []
        for account, count, euros, note in (
            ("digital_launchpad", 40, (5000, 10000, 15000, 20000), "Startup programme"),
            ("loyalty", 60, (1000, 1500, 2000, 3000), "Loyalty points"),
        ):
            step = 730 / count
            for i in range(count):
                jitter = 0 if i == 0 else rng.randint(0, int(step) - 1)
                ordinal = START.toordinal() + int(i * step) + jitter
                amount = rng.choice(euros) * 100
                events.append((ordinal, account, amount))
                self.move(ordinal, PH_BONUS, "BONUS", amount, account, account=account,
                          note=note)  # fmt: skip
        return events

    def _assign_use_counts(self, target: int) -> list[LotPlan]:
        rng = self.rng
        users = [lot for lot in self.lots if lot.used > 0]
        caps = [min(lot.hi - lot.lo, lot.used) for lot in users]
        if not len(users) <= target <= sum(caps):
            raise RuntimeError(f"cannot spread {target} uses over {len(users)} lots")
        rate = target / sum(lot.hi - lot.lo for lot in users)
        for lot, cap in zip(users, caps, strict=True):
            guess = round((lot.hi - lot.lo) * rate * rng.uniform(0.5, 1.5))
            lot.uses = min(max(1, guess), cap)
        diff = target - sum(lot.uses for lot in users)
        while diff:
            i = rng.randrange(len(users))
            lot = users[i]
            if diff > 0 and lot.uses < caps[i]:
                lot.uses += 1
                diff -= 1
            elif diff < 0 and lot.uses > 1:
                lot.uses -= 1
                diff += 1
        return users

    def _uses(self, bonus: list[tuple[int, str, int]]) -> None:
        """Weekly invoices: every lot's USE movements, grouped by project and billing day."""
        rng = self.rng
        target = N_MOVEMENTS - len(self._moves) - ACCOUNT_USES
        users = self._assign_use_counts(target)
        by_invoice: dict[tuple[int, int], list[tuple[tuple[int, int, int, int], LotPlan, int]]]
        by_invoice = defaultdict(list)
        for lot in users:
            days = self.billing[lot.project_id % 7]
            picks = sorted(rng.sample(range(lot.lo, lot.hi), lot.uses))
            rank = lot.waterfall_rank()
            for j, amount in zip(picks, _split(rng, lot.used, lot.uses), strict=True):
                by_invoice[(days[j], lot.project_id)].append((rank, lot, amount))
        keys = sorted(by_invoice)
        with_account = set(rng.sample(range(len(keys)), ACCOUNT_USES))
        account_takes = self._account_takes(keys, with_account, bonus)
        seqs: dict[int, int] = defaultdict(int)
        for index, key in enumerate(keys):
            ordinal, pid = key
            invoice_id = index + 1
            year = date.fromordinal(ordinal).year
            seqs[year] += 1
            number = f"INV-{year:04d}-{seqs[year]:05d}"
            allocations = sorted(by_invoice[key], key=lambda a: a[0])
            restricted: dict[str, int] = defaultdict(int)
            pool = 0
            for _, lot, amount in allocations:
                self.move(ordinal, PH_USE, "USE", -amount, number, pid, lot.id,
                          invoice_id=invoice_id)  # fmt: skip
                if lot.products:
                    restricted[lot.products.split(",")[0]] += amount
                else:
                    pool += amount
            taken = account_takes.get(index)
            if taken is not None:
                account, amount = taken
                self.move(ordinal, PH_USE, "USE", -amount, number, pid, account=account,
                          invoice_id=invoice_id)  # fmt: skip
                pool += amount
            method = rng.randint(100, 50_000) if rng.random() < 0.25 else 0
            pool += method
            self._invoice_lines(invoice_id, restricted, pool)
            total = sum(restricted.values()) + pool
            self.invoices.append(
                (invoice_id, number, year, seqs[year], pid, self.day(ordinal), total, method,
                 VAT_BP, _vat(method), 1, CARD_LABEL)
            )  # fmt: skip

    def _account_takes(
        self,
        keys: Sequence[tuple[int, int]],
        chosen: set[int],
        bonus: Iterable[tuple[int, str, int]],
    ) -> dict[int, tuple[str, int]]:
        """Which invoices took from an account, never more than its balance at the time."""
        rng = self.rng
        events: list[tuple[int, int, str, int]] = [(o, 0, a, amount) for o, a, amount in bonus]
        takes: dict[int, tuple[str, int]] = {}
        for index in sorted(chosen):
            account = rng.choice(("digital_launchpad", "loyalty"))
            takes[index] = (account, rng.randint(500, 15_000))
            events.append((keys[index][0], 1, account, -takes[index][1]))
        for ordinal, _, account, amount in sorted(events):
            self.balances[account] += amount
            if self.balances[account] < 0:
                raise RuntimeError(f"{account} would go negative on {self.day(ordinal)}")
        return takes

    def _invoice_lines(self, invoice_id: int, restricted: dict[str, int], pool: int) -> None:
        """Lines by product: each restricted lot's product line covers what it paid."""
        rng = self.rng
        amounts = dict(restricted)
        if pool:
            extra = rng.sample(PRODUCTS, min(rng.randint(1, 5), pool))
            for product, amount in zip(extra, _split(rng, pool, len(extra)), strict=True):
                amounts[product] = amounts.get(product, 0) + amount
        for line_no, product in enumerate(p for p in PRODUCTS if p in amounts):
            self.lines.append((invoice_id, line_no + 1, product, amounts[product]))

    # -- rows ----------------------------------------------------------------------------------
    def lot_rows(self) -> Iterator[tuple[Any, ...]]:
        for lot in self.lots:
            yield (lot.id, lot.project_id, lot.kind, lot.reference, lot.description,
                   lot.description_code, lot.total, lot.used, lot.expired,
                   lot.issued.isoformat(), lot.expires.isoformat(), lot.issued.isoformat(),
                   lot.products)  # fmt: skip

    def movement_rows(self) -> Iterator[tuple[Any, ...]]:
        """Ids in date order: the journal is append-only, so it is chronological."""
        keys = self._keys
        moves = self._moves
        order = sorted(range(len(keys)), key=keys.__getitem__)
        for number, i in enumerate(order, 1):
            yield (number, *moves[i])

    @property
    def movement_count(self) -> int:
        return len(self._moves)


def _load(plan: Plan, ledger: SqliteLedger) -> None:
    conn = ledger.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # checked once afterwards, not per row
    conn.execute("PRAGMA synchronous = OFF")  # a build that fails is simply rebuilt
    conn.execute("PRAGMA cache_size = -1000000")
    tables = ("lots", "movements", "invoices", "orders", "vouchers", "invoice_lines")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(tables))})",
        tables,
    ).fetchall()
    (trigger,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'invoices_append_only_u'"
    ).fetchone()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        conn.executemany(
            "INSERT INTO projects (id, name, description, archived, created_on, name_key) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(*row, name_key(row[1])) for row in plan.projects],
        )
        conn.executemany(
            "INSERT INTO payment_methods (id, type, label, is_default) VALUES (?, ?, ?, ?)",
            [(1, "card", CARD_LABEL, 1), (2, "sepa", "SEPA FR76 •••• 9012", 0)],
        )
        conn.executemany(
            "INSERT INTO lots (id, project_id, kind, reference, description, description_code, "
            "total_cents, used_cents, expired_cents, valid_from, expires_on, issued_on, "
            "products) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan.lot_rows(),
        )
        conn.executemany(
            "INSERT INTO orders (number, year, seq, project_id, status, amount_ht_cents, "
            "vat_rate_bp, vat_cents, amount_ttc_cents, created_on, paid_on, cancelled_on, "
            "lot_id, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan.orders,
        )
        conn.executemany(
            "INSERT INTO vouchers (code, amount_cents, valid_from, expires_on, products, "
            "campaign, created_on, redeemed_on, project_id, lot_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan.vouchers,
        )
        conn.executemany(
            "INSERT INTO invoices (id, number, year, seq, project_id, date, total_ht_cents, "
            "method_ht_cents, vat_rate_bp, vat_cents, payment_method_id, payment_label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan.invoices,
        )
        conn.executemany(
            "INSERT INTO invoice_lines (invoice_id, line_no, product, amount_cents) "
            "VALUES (?, ?, ?, ?)",
            plan.lines,
        )
        conn.executemany(
            "INSERT INTO movements (id, date, kind, amount_cents, reference, project_id, "
            "lot_id, account, invoice_id, order_number, note, note_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan.movement_rows(),
        )
        # The roll-forward's day totals, as the one writer of movements keeps them.
        conn.execute(
            "INSERT INTO movement_days (day, kind, project_id, lot_kind, account, amount_cents) "
            f"{MOVEMENT_DAYS_SUMS} GROUP BY 1, 2, 3, 4, 5"
        )
        conn.executemany(
            "UPDATE accounts SET balance_cents = ? WHERE name = ?",
            [(cents, name) for name, cents in plan.balances.items()],
        )
        for _, sql in indexes:
            conn.execute(sql)
        # What each source paid of each invoice, as the invoice is written with it (once
        # the movements' indexes are back: it reads each invoice's movements).
        conn.execute("DROP TRIGGER invoices_append_only_u")
        conn.execute(INVOICE_SOURCES_FILL)
        conn.execute(trigger)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _verify(ledger: SqliteLedger) -> dict[str, Any]:
    conn = ledger.conn
    counts = {
        table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("projects", "lots", "movements", "invoices", "orders", "vouchers")
    }
    big_active = conn.execute(
        "SELECT COUNT(*) FROM lots JOIN projects p ON p.id = lots.project_id "
        "WHERE p.name = ? AND total_cents > used_cents + expired_cents "
        "AND valid_from <= ? AND expires_on > ?",
        (BIG_PROJECT, TODAY.isoformat(), TODAY.isoformat()),
    ).fetchone()[0]
    expected = {"projects": N_PROJECTS, "lots": N_LOTS, "movements": N_MOVEMENTS}
    wrong = {k: (counts[k], v) for k, v in expected.items() if counts[k] != v}
    if wrong or big_active != BIG_ACTIVE:
        raise RuntimeError(f"bench ledger has the wrong shape: {wrong}, big active {big_active}")
    started = time.perf_counter()
    with ledger.read() as tx:
        problems = tx.integrity.invariant_problems()
    invariant_seconds = time.perf_counter() - started
    if problems:
        raise RuntimeError(f"bench ledger breaks invariants: {problems[:5]}")
    started = time.perf_counter()
    fk = [f"{r[0]} row {r[1]} -> {r[2]}" for r in conn.execute("PRAGMA foreign_key_check")]
    fk_seconds = time.perf_counter() - started
    if fk:
        raise RuntimeError(f"bench ledger breaks foreign keys: {fk[:5]}")
    return {
        **counts,
        "big_active": big_active,
        "invariant_check_seconds": round(invariant_seconds, 3),
        "foreign_key_check_seconds": round(fk_seconds, 3),
    }


def build(path: Path) -> dict[str, Any]:
    """Build the ledger at ``path`` (replaced); returns what was built and how long it took."""
    started = time.perf_counter()
    log("planning the ledger (200 projects, 100,000 lots, 1,000,000 movements)")
    plan = Plan()
    plan.build()
    if plan.movement_count != N_MOVEMENTS:
        raise RuntimeError(f"planned {plan.movement_count} movements, not {N_MOVEMENTS}")
    planned = time.perf_counter()
    log(f"planned in {planned - started:.1f} s; writing {path.name}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with SqliteLedger(path) as ledger:
        _load(plan, ledger)
        loaded = time.perf_counter()
        log(f"written in {loaded - planned:.1f} s; checking the invariants")
        facts = _verify(ledger)
    log(f"invariants hold (checked in {facts['invariant_check_seconds']:.1f} s)")
    return {
        **facts,
        "key": cache_key(),
        "today": TODAY.isoformat(),
        "plan_seconds": round(planned - started, 3),
        "load_seconds": round(loaded - planned, 3),
        "build_seconds": round(time.perf_counter() - started, 3),
        "size_bytes": path.stat().st_size,
    }


def ensure(rebuild: bool = False) -> BuildInfo:
    """The cached ledger, built first if missing, stale (other key) or ``rebuild``."""
    path, meta_file = ledger_path(), meta_path()
    if not rebuild and path.exists() and meta_file.exists():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("key") == cache_key():
            return BuildInfo(path, meta, built_now=False)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    for old in DATA_DIR.glob("ledger-*"):  # other keys: stale
        if old.is_file():
            old.unlink()
    building = path.with_name(path.name + ".building")
    meta = build(building)
    os.replace(building, path)
    meta_file.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return BuildInfo(path, meta, built_now=True)


if __name__ == "__main__":
    info = ensure(rebuild="--rebuild" in sys.argv)
    print(json.dumps({"path": str(info.path), **info.meta}))
