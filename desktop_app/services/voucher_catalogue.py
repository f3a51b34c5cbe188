"""The voucher catalogue as the issuer reads it: every code issued or imported, redeemed or
not, by campaign. One function for the command line's ``voucher list`` and the window's
catalogue (a page at a time), one for its CSV export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Voucher, VoucherStatus
from desktop_app.domain.money import fmt
from desktop_app.services.desk import Desk
from desktop_app.services.output import write_csv
from desktop_app.storage.queries import VoucherQuery

Progress = Callable[[int, int], bool]
#: The statuses, as the command line and the CSV name them.
STATUSES = tuple(status.value for status in VoucherStatus)
#: Codes read at a time for the CSV export (constant memory on 100,000 codes).
BATCH = 5000
HEADER = [
    "code", "amount", "valid_from", "expires_on", "products", "campaign", "status", "project",
    "redeemed_on",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class CatalogueFilter:
    """What the catalogue shows: a status as of ``today`` (None: every code) and a campaign
    (None: every campaign; "": the codes issued without one)."""

    today: date
    status: VoucherStatus | None = None
    campaign: str | None = None


def catalogue_filter(
    desk: Desk, status: str | VoucherStatus | None = None, campaign: str | None = None
) -> CatalogueFilter:
    """A filter as typed (``available``, ``redeemed``, ``expired``); an unknown status is
    refused (``voucher.status_unknown``)."""
    if status is not None and not isinstance(status, VoucherStatus):
        try:
            status = VoucherStatus(status.strip().lower())
        except ValueError:
            raise DomainError("voucher.status_unknown", status=status) from None
    return CatalogueFilter(desk.today, status, campaign)


def _query(wanted: CatalogueFilter) -> VoucherQuery:
    return VoucherQuery(wanted.today, wanted.status, wanted.campaign)


def list_vouchers(
    desk: Desk, wanted: CatalogueFilter, *, limit: int = -1, offset: int = 0, reverse: bool = False
) -> list[Voucher]:
    """The catalogue by code (``reverse``: from the end), filtered in SQL by status and
    campaign (the code's own index orders it: a page of 100,000 codes costs a millisecond)."""
    with desk.read() as tx:
        return tx.vouchers.page(_query(wanted), limit=limit, offset=offset, reverse=reverse)


def count_vouchers(desk: Desk, wanted: CatalogueFilter) -> int:
    with desk.read() as tx:
        return tx.vouchers.count(_query(wanted))


def campaigns(desk: Desk) -> list[str]:
    with desk.read() as tx:
        return tx.vouchers.campaigns()


def iter_vouchers(desk: Desk, wanted: CatalogueFilter, batch: int = BATCH) -> Iterator[Voucher]:
    """Every code ``list_vouchers`` lists, read ``batch`` at a time, each in a read of its
    own (no transaction held open while a file is written)."""
    offset = 0
    while True:
        page = list_vouchers(desk, wanted, limit=batch, offset=offset)
        yield from page
        if len(page) < batch:
            return
        offset += batch


def export_vouchers(
    desk: Desk, wanted: CatalogueFilter, output: Path, progress: Progress | None = None
) -> int:
    """The codes the catalogue shows as UTF-8 CSV (amounts ``123.45``, dates ISO, products
    comma-separated); returns the row count."""
    with desk.read() as tx:
        names = {
            p.id: p.name for p, _ in tx.projects.with_available(desk.today, include_archived=True)
        }
    total = count_vouchers(desk, wanted)
    rows = (_row(v, names, wanted.today) for v in iter_vouchers(desk, wanted))
    return write_csv(output, HEADER, rows, total, progress, ledger=desk)


def _row(voucher: Voucher, names: dict[int, str], today: date) -> list[str]:
    project = names.get(voucher.project_id, "") if voucher.project_id is not None else ""
    return [
        voucher.code, fmt(voucher.amount), voucher.valid_from.isoformat(),
        voucher.expires_on.isoformat(), ",".join(sorted(voucher.products)), voucher.campaign,
        voucher.status(today).value, project,
        voucher.redeemed_on.isoformat() if voucher.redeemed_on else "",
    ]  # fmt: skip
