"""What the books read from the ledger's movements, and the kind a reversal records.

The movements are stored signed, as ``storage.ledger`` writes them: what adds to a lot or an
account is positive (ORDER, VOUCHER, BONUS, RETURN), what takes from it is negative (USE,
EXPIRE); CANCEL and the order-created trail (MANUAL today, ORDER_CREATED soon) carry zero. A
movement that names an ``account`` moves that account-level balance (Digital LaunchPad,
loyalty), even when it also names the project of the invoice that used it; any other movement
with an amount moves the lot it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final, Protocol

from desktop_app.domain.model import LotKind, MovementKind

#: The kind of movement a credit note records for each allocation it gives back (rule 14):
#: positive, on the lot or the account the invoice took it from, dated on the credit note.
#: A lot that has expired since loses it again at once: an EXPIRE of the same amount, same
#: day. (The reversal of an unused account top-up records a negative RETURN on the account.)
RETURN: Final = MovementKind.RETURN.value


class Booked(Protocol):
    """A movement as the books read it: ``domain.model.Movement`` is one."""

    @property
    def date(self) -> date: ...
    @property
    def kind(self) -> str: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def project_id(self) -> int | None: ...
    @property
    def lot_id(self) -> int | None: ...
    @property
    def account(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class DaySum:
    """What movements of one kind add up to, dated on a day that places them for the
    roll-forward (before or in its period), where the money sits: a project's purchased
    credit or vouchers (``project_id``, ``lot_kind``) or an account (``account``). The
    roll-forward reads these instead of each movement (storage keeps the totals); a lot's
    expiry not recorded yet is given as one too (an EXPIRE of what it has left, on its
    ``expires_on``: rule 18)."""

    date: date
    kind: str
    amount: Decimal
    project_id: int | None = None
    lot_kind: LotKind | None = None
    account: str | None = None

    @property
    def lot_id(self) -> int | None:
        return None


#: The column of the roll-forward (rule 15) each kind of movement adds to. Account top-ups
#: (BONUS) are credit granted, like a voucher: they count as ``redeemed``.
COLUMN_OF_KIND: Final[dict[str, str]] = {
    "ORDER": "bought",
    "VOUCHER": "redeemed",
    "BONUS": "redeemed",
    RETURN: "returned",
    "USE": "used",
    "EXPIRE": "expired",
}
#: Columns that count what goes out: shown positive, taken from the balance.
OUTFLOWS: Final = frozenset({"used", "expired"})
