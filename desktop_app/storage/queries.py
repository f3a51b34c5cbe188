"""What a listing asks the ledger for, whatever the backend: filters, sort keys, pages.

Each backend turns these into its own SQL (``storage/sqlite/lots.py``, ``movements.py``).
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.model import MovementKind, VoucherStatus
from desktop_app.domain.record import Record, record

#: The lot columns a listing may sort by, by the names the table and the command line use.
LOT_SORT_KEYS = (
    "kind",
    "reference",
    "description",
    "total",
    "used",
    "expired",
    "available",
    "valid_from",
    "expires_on",
    "issued_on",
    "id",
)


@record(frozen=True, slots=True)
class LotQuery(Record):
    """What the credits & vouchers table asks for: filtered, sorted and paged by the backend.

    ``search`` matches a reference or a typed description; ``search_codes`` are the
    description codes (``domain.model.Wording``) whose words match it, so that a lot the
    program describes is found by the words it is shown with."""

    project_id: int | None
    today: date
    include_all: bool = False
    search: str = ""
    sort: str = "expires_on"
    descending: bool = False
    search_codes: tuple[str, ...] = ()


@record(frozen=True, slots=True)
class MovementQuery(Record):
    """The history's filters: a project, some kinds, a period (both ends included), one
    lot (its movements: a lot's own history)."""

    project_id: int | None = None
    kinds: tuple[MovementKind, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    lot_id: int | None = None


@record(frozen=True, slots=True)
class VoucherQuery(Record):
    """The voucher catalogue's filters: a status as of ``today``, a campaign (None: every
    campaign; "" the codes issued without one)."""

    today: date
    status: VoucherStatus | None = None
    campaign: str | None = None
