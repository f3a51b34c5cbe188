"""Read-only views: credits & vouchers, movements, expiry alerts; CSV export."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, Movement, MovementKind, PurchaseOrder
from desktop_app.domain.money import from_cents
from desktop_app.domain.notice import notice_days
from desktop_app.domain.record import Record, record
from desktop_app.services.desk import Desk
from desktop_app.services.output import DEFAULT_DIALECT, Cell, csv_dialect
from desktop_app.services.output import write_csv as write_csv  # noqa: PLC0414 - re-exported
from desktop_app.services.wording import codes_matching, lot_description, movement_note
from desktop_app.storage.queries import LotQuery, MovementQuery

Progress = Callable[[int, int], bool]


def list_credits(
    desk: Desk,
    project_ref: str | int | None,
    *,
    include_all: bool = False,
    search: str = "",
    sort: str = "expires_on",
    descending: bool = False,
    limit: int = -1,
    offset: int = 0,
) -> list[CreditLot]:
    """The credits & vouchers table; by default only lots with something left and not expired."""
    wanted = lot_query(
        desk, project_ref, include_all=include_all, search=search, sort=sort, descending=descending
    )
    return credits_page(desk, wanted, limit, offset)


@record(frozen=True, slots=True)
class LotFilter(Record):
    """What the credits & vouchers table shows: a project's lots (every project's with
    ``project_id`` None), only those with something left unless ``include_all``, a search in
    references and descriptions, a sort. ``today`` is the day the lots are read for: the one
    the filter was made on, so that a count and its pages agree."""

    project_id: int | None
    today: date
    include_all: bool = False
    search: str = ""
    sort: str = "expires_on"
    descending: bool = False


def _lot_query(wanted: LotFilter) -> LotQuery:
    return LotQuery(
        wanted.project_id, wanted.today, wanted.include_all, wanted.search, wanted.sort,
        wanted.descending, codes_matching(wanted.search),
    )  # fmt: skip


def lot_query(
    desk: Desk,
    project_ref: str | int | None,
    *,
    include_all: bool = False,
    search: str = "",
    sort: str = "expires_on",
    descending: bool = False,
) -> LotFilter:
    """What the table asks the ledger for: project, what to show, search, sort (all in SQL)."""
    project_id = desk.project(project_ref).id if project_ref is not None else None
    return LotFilter(project_id, desk.today, include_all, search.strip(), sort, descending)


def count_credits(desk: Desk, wanted: LotFilter) -> int:
    with desk.read() as tx:
        return tx.lots.count(_lot_query(wanted))


@record(frozen=True, slots=True)
class LotTotals(Record):
    """The credits & vouchers table summed: what its totals row shows."""

    count: int
    total: Decimal
    used: Decimal
    expired: Decimal
    available: Decimal


def credits_totals(desk: Desk, wanted: LotFilter) -> LotTotals:
    """Every lot the table lists (its filter, not only the page shown), counted and summed
    in one SQL aggregate, as of the filter's day."""
    with desk.read() as tx:
        count, *cents = tx.lots.totals(_lot_query(wanted))
    return LotTotals(count, *(from_cents(c) for c in cents))


def credits_page(
    desk: Desk, wanted: LotFilter, limit: int = -1, offset: int = 0
) -> list[CreditLot]:
    """One page of the credits & vouchers table, filtered and sorted in SQL."""
    with desk.read() as tx:
        return tx.lots.page(_lot_query(wanted), limit=limit, offset=offset)


def list_movements(
    desk: Desk,
    project_ref: str | int | None = None,
    *,
    kinds: Iterable[MovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    newest_first: bool = False,
    limit: int = -1,
    offset: int = 0,
    lot_id: int | None = None,
) -> list[Movement]:
    """The history, oldest first unless asked (by date, then in recording order); filtered by
    project, kind, period and lot in SQL. Each movement names the lot it moved
    (``lot_reference``)."""
    query = movement_query(desk, project_ref, kinds, date_from, date_to, lot_id)
    with desk.read() as tx:
        return tx.movements.page(query, newest_first=newest_first, limit=limit, offset=offset)


def count_movements(
    desk: Desk,
    project_ref: str | int | None = None,
    *,
    kinds: Iterable[MovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    lot_id: int | None = None,
) -> int:
    query = movement_query(desk, project_ref, kinds, date_from, date_to, lot_id)
    with desk.read() as tx:
        return tx.movements.count(query)


def movement_query(
    desk: Desk,
    project_ref: str | int | None = None,
    kinds: Iterable[MovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    lot_id: int | None = None,
) -> MovementQuery:
    project_id = desk.project(project_ref).id if project_ref is not None else None
    return MovementQuery(project_id, tuple(kinds), date_from, date_to, lot_id)


def iter_movements(
    desk: Desk,
    project_ref: str | int | None = None,
    *,
    kinds: Iterable[MovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    batch: int = 5000,
) -> Iterator[Movement]:
    """Every movement, oldest first (as ``list_movements``), read in keyset pages of
    ``batch``, each in a snapshot of its own: constant memory, and no transaction left open
    between pages while the caller writes them out."""
    query = movement_query(desk, project_ref, kinds, date_from, date_to)  # refused now

    def pages() -> Iterator[Movement]:
        key: tuple[date, int] | None = None
        while True:
            with desk.read() as tx:
                page = tx.movements.after(query, key, batch)
            if not page:
                return
            yield from page
            key = (page[-1].date, page[-1].id)

    return pages()


@record(frozen=True)
class ExpirySummary(Record):
    """Credit expiring soon: counts and amounts for two horizons, and the soonest lots."""

    count: int
    left: Decimal
    urgent_count: int
    urgent_left: Decimal
    soonest: tuple[CreditLot, ...]


def get_lot(desk: Desk, lot_id: int) -> CreditLot:
    """One lot, whatever its state (a lot's own history is shown under it)."""
    with desk.read() as tx:
        lot = tx.lots.get(lot_id)
    if lot is None:
        raise DomainError("lot.unknown", id=lot_id)
    return lot


def expiry_summary(
    desk: Desk, days: int | None = None, urgent_days: int | None = None, first: int = 5
) -> ExpirySummary:
    """What the window's notice shows, without reading every expiring lot of a big account;
    ``days`` and ``urgent_days``: the ledger's lead times when None."""
    lead = notice_days(desk.settings())
    days = lead.days if days is None else days
    urgent_days = lead.urgent_days if urgent_days is None else urgent_days
    until = desk.today + timedelta(days=days)
    with desk.read() as tx:
        count, left, urgent, urgent_left = tx.lots.expiring_totals(
            desk.today, until, desk.today + timedelta(days=urgent_days)
        )
        soonest = tx.lots.expiring(desk.today, until, limit=first)
    return ExpirySummary(count, from_cents(left), urgent, from_cents(urgent_left), tuple(soonest))


def expiry_alerts(desk: Desk, days: int | None = None) -> list[CreditLot]:
    """Lots with something left that expire within ``days`` days (the ledger's
    ``notice.days`` when None)."""
    if days is None:
        days = notice_days(desk.settings()).days
    with desk.read() as tx:
        return tx.lots.expiring(desk.today, desk.today + timedelta(days=days))


# -- CSV export ------------------------------------------------------------------------------

LOT_HEADER = [
    "id", "project", "kind", "reference", "description", "total", "used", "expired",
    "available", "valid_from", "expires_on", "products", "status",
]  # fmt: skip
ORDER_HEADER = [
    "number", "project", "status", "amount_ht", "vat_rate", "vat", "amount_ttc",
    "created_on", "paid_on", "cancelled_on",
]  # fmt: skip
MOVEMENT_HEADER = [
    "id", "date", "kind", "amount", "reference", "project", "lot", "account", "invoice", "note",
]  # fmt: skip


def export_csv(
    desk: Desk,
    what: str,
    output: Path,
    project_ref: str | int | None = None,
    progress: Progress | None = None,
    *,
    kinds: Iterable[MovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    dialect: str = DEFAULT_DIALECT,
) -> int:
    """Write ``credits``, ``orders`` or ``movements`` as UTF-8 CSV; returns the row count.

    Movements may be narrowed by kind and period, as the history view shows them.
    ``dialect``: ``standard`` or ``excel-fr`` (``;``, decimal comma, a BOM); any other name is
    refused (``export.unknown_dialect``) before anything is read or written."""
    spelt = csv_dialect(dialect)
    project_id = desk.project(project_ref).id if project_ref is not None else None
    with desk.read() as tx:
        names = {
            p.id: p.name for p, _ in tx.projects.with_available(desk.today, include_archived=True)
        }
    header: list[str]
    rows: Iterator[list[Cell]]
    total = 0
    if what == "credits":
        header = LOT_HEADER
        query = LotFilter(project_id, desk.today, include_all=True, sort="id")
        total = count_credits(desk, query)
        rows = (_lot_row(lot, names, desk) for lot in credits_page(desk, query))
    elif what == "orders":
        header = ORDER_HEADER
        with desk.read() as tx:
            orders = tx.orders.page(project_id=project_id)
        total = len(orders)
        rows = (_order_row(o, names) for o in orders)
    elif what == "movements":
        header = MOVEMENT_HEADER
        chosen = MovementQuery(project_id, tuple(kinds), date_from, date_to)
        with desk.read() as tx:
            total = tx.movements.count(chosen)
        moves = iter_movements(
            desk, project_id, kinds=chosen.kinds, date_from=date_from, date_to=date_to
        )
        rows = (_movement_row(m, names) for m in moves)
    else:
        raise DomainError("export.unknown", what=what)
    return write_csv(output, header, rows, total, progress, ledger=desk, dialect=spelt)


def _order_row(o: PurchaseOrder, names: dict[int, str]) -> list[Cell]:
    return [
        o.number, names.get(o.project_id, ""), o.status.value, o.amount_ht,
        o.vat_rate, o.vat, o.amount_ttc, o.created_on, o.paid_on, o.cancelled_on,
    ]  # fmt: skip


def _lot_row(lot: CreditLot, names: dict[int, str], desk: Desk) -> list[Cell]:
    return [
        lot.id, names.get(lot.project_id, ""), lot.kind.value, lot.reference,
        lot_description(lot), lot.total, lot.used, lot.expired, lot.available,
        lot.valid_from, lot.expires_on, ",".join(sorted(lot.products)),
        lot.status(desk.today).value,
    ]  # fmt: skip


def _movement_row(m: Movement, names: dict[int, str]) -> list[Cell]:
    return [
        m.id, m.date, m.kind.value, m.amount, m.reference,
        names.get(m.project_id, "") if m.project_id else "", m.lot_id,
        m.account or "", m.invoice_number or "", movement_note(m),
    ]  # fmt: skip
