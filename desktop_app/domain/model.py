"""The ledger's records: immutable, exact, free of I/O."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.dates import is_usable_on
from desktop_app.domain.money import ZERO, vat_of
from desktop_app.domain.record import Record, record, replace


class LotKind(StrEnum):
    VOUCHER = "voucher"
    CREDIT = "credit"


class LotStatus(StrEnum):
    ACTIVE = "active"
    EXHAUSTED = "exhausted"
    EXPIRED = "expired"
    UPCOMING = "upcoming"


class Source(StrEnum):
    """Where an invoice is paid from, in the order applied."""

    VOUCHER = "voucher"
    CREDIT = "credit"
    DIGITAL_LAUNCHPAD = "digital_launchpad"
    LOYALTY = "loyalty"


class Account(StrEnum):
    DIGITAL_LAUNCHPAD = "digital_launchpad"
    LOYALTY = "loyalty"


class OrderStatus(StrEnum):
    PENDING = "pending"
    PAID = "paid"
    CANCELLED = "cancelled"


class VoucherStatus(StrEnum):
    """A catalogue code: redeemed (once, on one project), expired unredeemed, or available
    (not redeemed and not expired: a code whose window opens later is available too)."""

    AVAILABLE = "available"
    REDEEMED = "redeemed"
    EXPIRED = "expired"


class MovementKind(StrEnum):
    """OVH's own vocabulary for credit movements."""

    VOUCHER = "VOUCHER"  # a redeemed voucher becomes a lot
    ORDER = "ORDER"  # a paid purchase order becomes a lot
    USE = "USE"  # an invoice takes from a lot or an account
    EXPIRE = "EXPIRE"  # what was left of a lot at its expiry, lost
    BONUS = "BONUS"  # Digital LaunchPad or loyalty top-up
    CANCEL = "CANCEL"  # a pending order cancelled (amount zero, kept for the trail)
    MANUAL = "MANUAL"  # an adjustment
    ORDER_CREATED = "ORDER_CREATED"  # a purchase order made (amount zero, kept for the trail)
    RETURN = "RETURN"  # what a credit note gives back (rule 14); negative: a top-up reversed


class Wording(StrEnum):
    """What the program itself says on a row (a lot's description, a movement's note): the
    ledger stores this code, never the words; each place that shows it puts it in words, in
    its language. Text a person typed (a campaign, a top-up note) is stored as typed."""

    PUBLIC_CLOUD_CREDIT = "public_cloud_credit"  # the lot of a paid purchase order
    VOUCHER = "voucher"  # the lot of a redeemed voucher that has no campaign
    PURCHASE_ORDER_CREATED = "purchase_order_created"  # an ORDER_CREATED movement
    UNUSED_AT_EXPIRY = "unused_at_expiry"  # an EXPIRE movement
    OVH_CREDIT = "ovh_credit"  # a lot imported from OVHcloud without a description
    USED_AT_OVH = "used_at_ovh"  # the USE movement of what OVHcloud says a lot had used


class PaymentType(StrEnum):
    CARD = "card"
    SEPA = "sepa"
    PAYPAL = "paypal"
    TRANSFER = "transfer"


@record(frozen=True, slots=True)
class Project(Record):
    id: int
    name: str
    description: str = ""
    archived: bool = False


@record(frozen=True, slots=True)
class CreditLot(Record):
    id: int
    project_id: int
    kind: LotKind
    reference: str
    total: Decimal
    used: Decimal
    expired: Decimal
    valid_from: date
    expires_on: date
    issued_on: date
    products: frozenset[str] = frozenset()
    #: Typed text (a voucher's campaign); empty when the program describes the lot itself:
    #: ``description_code`` then says how.
    description: str = ""
    description_code: Wording | None = None

    @property
    def available(self) -> Decimal:
        return self.total - self.used - self.expired

    def as_of(self, day: date) -> CreditLot:
        """The lot as any view of ``day`` shows it (rule 18): from its expiry on, what it had
        left is expired and nothing is available, whether or not a write has recorded it yet
        (recording it changes the stored figures, not these)."""
        left = self.available
        if day >= self.expires_on and left > 0:
            return replace(self, expired=self.expired + left)
        return self

    def pays_for(self, product: str) -> bool:
        return not self.products or product in self.products

    def usable_on(self, day: date) -> bool:
        return is_usable_on(self.valid_from, self.expires_on, day) and self.available > 0

    def status(self, on: date) -> LotStatus:
        if on >= self.expires_on or (self.expired > 0 and self.available == 0):
            return LotStatus.EXPIRED
        if self.available <= 0:
            return LotStatus.EXHAUSTED
        if on < self.valid_from:
            return LotStatus.UPCOMING
        return LotStatus.ACTIVE


def waterfall_key(lot: CreditLot) -> tuple[int, date, date, int]:
    """Vouchers before purchased credit; soonest expiry first; then issue date, then id."""
    return (0 if lot.kind is LotKind.VOUCHER else 1, lot.expires_on, lot.issued_on, lot.id)


@record(frozen=True, slots=True)
class Voucher(Record):
    """A code in this ledger's catalogue, redeemable once on one project."""

    code: str
    amount: Decimal
    valid_from: date
    expires_on: date
    products: frozenset[str] = frozenset()
    campaign: str = ""
    redeemed_on: date | None = None
    lot_id: int | None = None
    #: The project it was redeemed on (None while not redeemed).
    project_id: int | None = None

    def status(self, today: date) -> VoucherStatus:
        """Rule 3 and 4's window: unusable from ``expires_on`` on."""
        if self.redeemed_on is not None:
            return VoucherStatus.REDEEMED
        return VoucherStatus.EXPIRED if today >= self.expires_on else VoucherStatus.AVAILABLE


@record(frozen=True, slots=True)
class PurchaseOrder(Record):
    number: str
    project_id: int
    status: OrderStatus
    amount_ht: Decimal
    vat_rate: Decimal
    created_on: date
    paid_on: date | None = None
    cancelled_on: date | None = None
    pdf: str | None = None

    @property
    def vat(self) -> Decimal:
        return vat_of(self.amount_ht, self.vat_rate)

    @property
    def amount_ttc(self) -> Decimal:
        return self.amount_ht + self.vat


@record(frozen=True, slots=True)
class PaymentMethod(Record):
    id: int
    type: PaymentType
    label: str
    default: bool = False


@record(frozen=True, slots=True)
class InvoiceLine(Record):
    product: str
    amount: Decimal


@record(frozen=True, slots=True)
class Allocation(Record):
    source: Source
    reference: str
    lot_id: int | None
    amount: Decimal


@record(frozen=True, slots=True)
class PaymentDue(Record):
    label: str | None
    amount_ht: Decimal
    vat: Decimal

    @property
    def amount_ttc(self) -> Decimal:
        return self.amount_ht + self.vat


@record(frozen=True, slots=True)
class Invoice(Record):
    """An invoice as simulated or posted: what each source pays, in the order applied."""

    project_id: int
    date: date
    lines: tuple[InvoiceLine, ...]
    allocations: tuple[Allocation, ...]
    payment: PaymentDue
    vat_rate: Decimal
    number: str | None = None

    @property
    def total_ht(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def allocated(self) -> Decimal:
        return sum((a.amount for a in self.allocations), ZERO)


@record(frozen=True, slots=True)
class Movement(Record):
    id: int
    date: date
    kind: MovementKind
    amount: Decimal
    reference: str
    project_id: int | None = None
    lot_id: int | None = None
    account: str | None = None
    invoice_number: str | None = None
    #: Typed text (a top-up's note); the program's own words are ``note_code``.
    note: str = ""
    note_code: Wording | None = None
    #: The credit note behind a RETURN, or behind the EXPIRE of a lot that expired again.
    credit_note: str | None = None
    #: The reference of the lot it moved (a voucher's code, an order's number), when read
    #: for the history; None for an account's movement or when not read.
    lot_reference: str | None = None


@record(frozen=True, slots=True)
class Party(Record):
    """A company block on a purchase order (seller or buyer)."""

    name: str
    address: str = ""  # several lines, separated by "\n"
    siren: str = ""
    vat_number: str = ""
    email: str = ""


@record(frozen=True, slots=True)
class PaymentInstructions(Record):
    bank: str = ""
    iban: str = ""
    bic: str = ""
    terms_days: int = 30


#: How long a pending purchase order may be paid (printed on the order).
ORDER_VALIDITY_DAYS = 30
