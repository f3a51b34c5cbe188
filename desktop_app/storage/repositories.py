"""What each repository of a ledger backend offers: one protocol per aggregate.

The SQLite backend implements them in ``storage/sqlite/<aggregate>.py``; a server backend
(PostgreSQL, issue 9) implements the same ones, and runs the same tests. Repositories never
begin or commit: they run inside the transaction that holds them
(``storage.interface.Transaction``). Money is ``Decimal`` here, whatever a backend stores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from desktop_app.domain.model import (
    Account,
    CreditLot,
    Invoice,
    LotKind,
    Movement,
    OrderStatus,
    PaymentMethod,
    PaymentType,
    Project,
    PurchaseOrder,
    Voucher,
    Wording,
)
from desktop_app.domain.notice import NewsWindow
from desktop_app.domain.postings import Posting
from desktop_app.domain.problems import Problem
from desktop_app.storage.queries import LotQuery, MovementQuery, VoucherQuery

if TYPE_CHECKING:  # types only: the everyday commands never load the books (issue 12)
    from desktop_app.domain.books.creditnote import CreditNote, TopUpReversal
    from desktop_app.domain.books.entries import InvoiceTotals
    from desktop_app.domain.books.movements import DaySum


class Projects(Protocol):
    def add(self, name: str, description: str, today: date) -> Project:
        """A new project; ``project.duplicate`` if another one has the same name key."""
        ...

    def rename(self, project_id: int, name: str) -> None: ...

    def set_archived(self, project_id: int, archived: bool) -> None: ...

    def get(self, project_id: int) -> Project | None: ...

    def by_name(self, name: str) -> Project | None:
        """By ``domain.text.name_key``: case, NFC/NFD and invisible characters aside."""
        ...

    def with_available(
        self, today: date, *, include_archived: bool = False
    ) -> list[tuple[Project, Decimal]]:
        """Projects by name, each with what is usable on ``today``."""
        ...


class Lots(Protocol):
    def add(
        self,
        *,
        project_id: int,
        kind: LotKind,
        reference: str,
        description: str,
        total: Decimal,
        valid_from: date,
        expires_on: date,
        issued_on: date,
        products: frozenset[str] = frozenset(),
        description_code: Wording | None = None,
    ) -> CreditLot:
        """A typed ``description``, or the program's own as ``description_code``."""
        ...

    def get(self, lot_id: int) -> CreditLot | None: ...

    def waterfall(self, project_id: int, on: date) -> Iterator[CreditLot]:
        """Usable lots in waterfall order (``domain.model.waterfall_key``), read lazily."""
        ...

    def page(self, query: LotQuery, *, limit: int = -1, offset: int = 0) -> list[CreditLot]:
        """Lots as of ``query.today`` (``CreditLot.as_of``), sorted by what is shown."""
        ...

    def count(self, query: LotQuery) -> int: ...

    def totals(self, query: LotQuery) -> tuple[int, int, int, int, int]:
        """The listing's count and its cents total, used, expired, available as of
        ``query.today`` (as ``page`` shows them): one aggregate."""
        ...

    def has_unrecorded_expiries(self, day: date) -> bool: ...

    def due_expiry(self, up_to: date) -> list[CreditLot]: ...

    def many(self, lot_ids: Iterable[int]) -> dict[int, CreditLot]:
        """The lots of ``lot_ids`` that exist, by id."""
        ...

    def expiring(self, today: date, until: date, limit: int = -1) -> list[CreditLot]: ...

    def notice_news(self, window: NewsWindow, prefix: str) -> list[tuple[int, date, str | None]]:
        """(id, expiry, what was announced of it: the ``<prefix><id>`` setting) of the lots
        with something left where ``window`` says news can be."""
        ...

    def expiring_totals(
        self, today: date, until: date, urgent: date
    ) -> tuple[int, int, int, int]: ...

    def project_summary(self, project_id: int, today: date) -> tuple[Decimal, date | None]: ...

    def last_loss(self, project_id: int, after: date, up_to: date) -> date | None: ...


class Orders(Protocol):
    def last_seq(self, year: int) -> int:
        """The year's last order sequence, 0 if none (``domain.numbering.next_number``)."""
        ...

    def add(self, order: PurchaseOrder) -> None:
        """The order as the domain numbered it (year and sequence read from its number)."""
        ...

    def get(self, number: str) -> PurchaseOrder | None: ...

    def page(
        self,
        *,
        project_id: int | None = None,
        status: OrderStatus | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[PurchaseOrder]: ...

    def count(self, *, project_id: int | None = None, status: OrderStatus | None = None) -> int: ...

    def paid_between(self, date_from: date, date_to: date) -> Iterator[PurchaseOrder]:
        """Orders paid in the period (both ends included), by payment day, read lazily."""
        ...

    def mark_paid(self, number: str, paid_on: date, lot_id: int) -> None: ...

    def mark_cancelled(self, number: str, on: date) -> None: ...

    def set_pdf(self, number: str, pdf: str) -> None: ...


class Vouchers(Protocol):
    def get(self, code: str) -> Voucher | None: ...

    def existing(self, codes: Sequence[str]) -> set[str]: ...

    def add(self, vouchers: Iterable[Voucher], created_on: date) -> int: ...

    def mark_redeemed(self, code: str, on: date, project_id: int, lot_id: int) -> None: ...

    def page(
        self, query: VoucherQuery, *, limit: int = -1, offset: int = 0, reverse: bool = False
    ) -> list[Voucher]:
        """The catalogue by code, filtered by status and campaign."""
        ...

    def count(self, query: VoucherQuery) -> int: ...

    def campaigns(self) -> list[str]: ...


class Invoices(Protocol):
    def last_date(self, project_id: int) -> date | None: ...

    def last_seq(self, year: int) -> int:
        """The year's last invoice sequence, 0 if none (``domain.numbering.next_number``)."""
        ...

    def add(self, invoice: Invoice, payment_method_id: int | None) -> int:
        """The numbered invoice and its lines; returns the id its movements refer to."""
        ...

    def spend_by_product(
        self, project_id: int, date_from: date, date_to: date
    ) -> dict[str, Decimal]: ...

    def numbers(self) -> set[str]: ...

    def products(self, limit: int = 1000) -> list[str]:
        """The product names posted invoices used, most used first, then by name: one query."""
        ...

    def get(self, number: str) -> Invoice | None:
        """A posted invoice with its lines and its allocations in the order applied."""
        ...

    def id_of(self, number: str) -> int | None: ...

    def page(
        self,
        *,
        project_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[tuple[InvoiceTotals, str | None]]:
        """Posted invoices by date (their totals), each with the credit note reversing it;
        one page of them (``limit`` -1: every one)."""
        ...

    def count(
        self,
        *,
        project_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> int: ...

    def totals(self, date_from: date, date_to: date) -> Iterator[InvoiceTotals]:
        """Invoices dated in the period with their lines and what each source paid in all
        (the journal's read), by date, read lazily."""
        ...

    def reversed_by(self, number: str) -> str | None: ...


class CreditNotes(Protocol):
    def last_seq(self, year: int) -> int:
        """The year's last credit-note sequence, 0 if none (``domain.numbering``)."""
        ...

    def add(self, note: CreditNote, invoice_id: int) -> None:
        """The credit note's row; what it gives back is recorded as RETURN movements
        naming it (``Movements.record``)."""
        ...

    def add_top_up_reversal(self, reversal: TopUpReversal) -> None: ...

    def get(self, number: str) -> CreditNote | TopUpReversal | None: ...

    def of_invoice(self, invoice_number: str) -> CreditNote | None: ...

    def of_top_up(self, movement_id: int) -> str | None: ...

    def stream(self, date_from: date, date_to: date) -> Iterator[CreditNote | TopUpReversal]:
        """Credit notes dated in the period, by date then number."""
        ...


class Accounts(Protocol):
    def balance(self, account: Account) -> Decimal: ...

    def add_payment_method(self, kind: PaymentType, label: str, default: bool) -> PaymentMethod: ...

    def set_default_payment_method(self, method_id: int) -> None: ...

    def payment_methods(self) -> list[PaymentMethod]: ...

    def default_payment_method(self) -> PaymentMethod | None: ...


class Movements(Protocol):
    def record(self, postings: Sequence[Posting], *, invoice_id: int | None = None) -> None:
        """One movement per posting, as the domain decided; and the caches the movements
        explain (a lot's used and expired, an account's balance), in the same transaction."""
        ...

    def page(
        self,
        query: MovementQuery = ...,
        *,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Movement]:
        """By date, then in recording order."""
        ...

    def after(
        self, query: MovementQuery, key: tuple[date, int] | None, limit: int
    ) -> list[Movement]:
        """Keyset pages, oldest first: the ``limit`` movements after (date, id) ``key``."""
        ...

    def count(self, query: MovementQuery = ...) -> int: ...

    def stream(self, query: MovementQuery = ...) -> Iterator[Movement]:
        """Every movement the query picks, by date then recording order, read lazily."""
        ...

    def period_sums(self, start: date, end: date) -> Iterator[DaySum]:
        """What the movements add up to per kind and row (project and kind of lot, or
        account): before ``start`` (dated the day before) and in ``[start, end]`` (dated
        ``start``); the roll-forward's input, from totals ``record`` keeps."""
        ...

    def get(self, movement_id: int) -> Movement | None: ...


class Ovh(Protocol):
    """The real OVHcloud account's links and consumption (schema 7)."""

    def project_links(self) -> dict[str, int]:
        """serviceName -> local project id."""
        ...

    def link_project(self, service_name: str, project_id: int) -> None: ...

    def lot_links(self) -> dict[tuple[int, int], int]:
        """(local project id, credit id) -> lot id."""
        ...

    def link_lots(self, links: Iterable[tuple[int, int, int]]) -> None: ...

    def lots_of(self, project_ids: Iterable[int]) -> dict[int, list[CreditLot]]:
        """Every lot of these projects (exhausted and expired too), by project."""
        ...

    def add_lots(
        self,
        lots: Sequence[tuple[int, int, LotKind, str, str, Decimal, date, date, frozenset[str]]],
    ) -> list[int]:
        """(project id, credit id, kind, reference, description, total, valid_from,
        expires_on, products): the lots, linked to their credits; their ids in order."""
        ...

    def add_consumption(self, rows: Iterable[tuple[str, str, int, date, str, Decimal]]) -> int:
        """(bill id, detail id, project id, month, product, amount); returns rows added."""
        ...

    def consumption_by_product(
        self, project_id: int, date_from: date, date_to: date
    ) -> dict[str, Decimal]: ...

    def consumption_keys(self) -> set[tuple[str, str]]: ...


class Settings(Protocol):
    def all(self) -> dict[str, str]:
        """The settings a person types; the program's own state (``state.*``) is left out."""
        ...

    def get(self, key: str) -> str | None:
        """One setting by its key, if it is set (a post's VAT rate: not every setting)."""
        ...

    def set(self, key: str, value: str) -> None: ...


class Integrity(Protocol):
    def file_problems(self, *, full: bool = True) -> list[Problem]:
        """What the backend itself finds wrong with its storage (pages, foreign keys)."""
        ...

    def invariant_problems(self) -> list[Problem]:
        """Every balance rebuilt from the movements alone, and compared (domain.md)."""
        ...
