"""Buying credit: a pending purchase order and its PDF; paid, it becomes a credit lot."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.domain.model import (
    CreditLot,
    LotKind,
    MovementKind,
    OrderStatus,
    PurchaseOrder,
    Wording,
)
from desktop_app.domain.money import ZERO, check_amount, parse_amount
from desktop_app.domain.numbering import Series, next_number, parse_number
from desktop_app.domain.postings import Posting
from desktop_app.domain.rules import check_can_cancel, check_can_pay
from desktop_app.services.desk import Desk
from desktop_app.services.expiry import record_expiries
from desktop_app.services.output import write_bytes


def buy_credit(
    desk: Desk,
    project_ref: str | int,
    amount: Decimal | str,
    *,
    vat_rate: Decimal | None = None,
) -> PurchaseOrder:
    """ "Acheter du crédit": an amount in euros HT becomes a pending order and its PDF.

    ``vat_rate`` is the rate the user was shown: refused (``order.vat_changed``, nothing
    written) if the ledger's rate is another one when the order is written."""
    value = parse_amount(amount) if isinstance(amount, str) else check_amount(amount)
    with desk.write() as tx:
        project = desk.project(project_ref)
        rate = desk.vat_rate()
        if vat_rate is not None and vat_rate != rate:
            raise DomainError("order.vat_changed", shown=f"{vat_rate:.2f}", rate=f"{rate:.2f}")
        year = desk.today.year
        number = next_number(Series.ORDER, year, tx.orders.last_seq(year))  # under the lock
        order = PurchaseOrder(
            number=str(number),
            project_id=project.id,
            status=OrderStatus.PENDING,
            amount_ht=value,
            vat_rate=rate,
            created_on=desk.today,
        )
        tx.orders.add(order)
        tx.movements.record(
            [
                Posting(
                    day=desk.today,
                    kind=MovementKind.ORDER_CREATED,
                    amount=ZERO,
                    reference=order.number,
                    project_id=project.id,
                    order_number=order.number,
                    note_code=Wording.PURCHASE_ORDER_CREATED,
                )
            ]
        )
    # The PDF is derived from the committed order: if writing it fails, the order stands (the
    # purchase happened) with no PDF, and `order pdf` writes it again. Callers warn on pdf=None.
    with contextlib.suppress(CodedError):
        write_order_pdf(desk, order.number)
    return _order(desk, order.number)


def pay_order(desk: Desk, number_text: str, paid_on: date | None = None) -> CreditLot:
    """Mark a pending order paid: its credit lot appears, valid 13 months from payment."""
    number = _parse(number_text)
    day = paid_on or desk.today
    with desk.write() as tx:
        order = _order(desk, number)
        check_can_pay(order, day, desk.today)
        lot = tx.lots.add(
            project_id=order.project_id,
            kind=LotKind.CREDIT,
            reference=order.number,
            description="",
            description_code=Wording.PUBLIC_CLOUD_CREDIT,
            total=order.amount_ht,
            valid_from=day,
            expires_on=credit_expires_on(day),
            issued_on=day,
        )
        tx.orders.mark_paid(order.number, day, lot.id)
        tx.movements.record(
            [
                Posting(
                    day=day,
                    kind=MovementKind.ORDER,
                    amount=order.amount_ht,
                    reference=order.number,
                    project_id=order.project_id,
                    lot_id=lot.id,
                    order_number=order.number,
                )
            ]
        )
        if lot.expires_on <= desk.today:  # paid long ago: the new lot is already lost
            record_expiries(tx, desk.today)
    _rewrite_pdf_quietly(desk, number)
    with desk.read() as tx:
        found = tx.lots.get(lot.id)
    assert found is not None
    return found


def cancel_order(desk: Desk, number_text: str) -> PurchaseOrder:
    """Cancel a pending order; its number stays, marked cancelled."""
    number = _parse(number_text)
    with desk.write() as tx:
        order = _order(desk, number)
        check_can_cancel(order)
        tx.orders.mark_cancelled(number, desk.today)
        tx.movements.record(
            [
                Posting(
                    day=desk.today,
                    kind=MovementKind.CANCEL,
                    amount=ZERO,
                    reference=number,
                    project_id=order.project_id,
                    order_number=number,
                )
            ]
        )
    _rewrite_pdf_quietly(desk, number)
    return _order(desk, number)


def list_orders(
    desk: Desk,
    project_ref: str | int | None = None,
    status: OrderStatus | str | None = None,
    *,
    newest_first: bool = False,
    limit: int = -1,
    offset: int = 0,
) -> list[PurchaseOrder]:
    project_id, wanted = _order_filter(desk, project_ref, status)
    with desk.read() as tx:
        return tx.orders.page(
            project_id=project_id,
            status=wanted,
            newest_first=newest_first,
            limit=limit,
            offset=offset,
        )


def count_orders(
    desk: Desk, project_ref: str | int | None = None, status: OrderStatus | str | None = None
) -> int:
    project_id, wanted = _order_filter(desk, project_ref, status)
    with desk.read() as tx:
        return tx.orders.count(project_id=project_id, status=wanted)


def _order_filter(
    desk: Desk, project_ref: str | int | None, status: OrderStatus | str | None
) -> tuple[int | None, OrderStatus | None]:
    project_id = desk.project(project_ref).id if project_ref is not None else None
    if isinstance(status, str):
        try:
            status = OrderStatus(status)
        except ValueError:
            raise DomainError("order.status_unknown", status=status) from None
    return project_id, status


def get_order(desk: Desk, number_text: str) -> PurchaseOrder:
    return _order(desk, _parse(number_text))


def write_order_pdf(desk: Desk, number_text: str, output: Path | None = None) -> Path:
    """(Re)write an order's PDF; by default next to the ledger, in ``<ledger>-orders/``.

    Through ``output.write_atomically``: an ``output`` that is the ledger, a folder or not a
    regular file is refused, and so is a file that cannot be written (``pdf.cannot_write``)."""
    from desktop_app.pdf.purchase_order import render_purchase_order  # heavy: load on demand

    order = _order(desk, _parse(number_text))
    project = desk.project(order.project_id)
    default = desk.orders_dir() / f"{order.number}.pdf"
    document = render_purchase_order(
        order,
        project,
        desk.party("seller"),
        desk.party("buyer"),
        desk.payment_instructions(),
        desk.language(),
    )
    path = Path(output) if output else default
    write_bytes(desk, path, document, refusal="pdf.cannot_write")
    if path == default and order.pdf != str(path) and desk.writable:  # on a view date, read
        with desk.write() as tx:
            tx.orders.set_pdf(order.number, str(path))
    return path


def write_order_pdfs(
    desk: Desk,
    numbers: Sequence[str],
    folder: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> list[Path]:
    """Each order's PDF as ``<folder>/<number>.pdf`` (a batch: each file written atomically,
    the ledger untouched). ``progress(done, total)`` after each one; False stops the batch
    (``export.cancelled``): the PDFs written so far stay, no other is begun."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DomainError("export.cannot_write", path=str(folder), detail=error.strerror) from None
    written: list[Path] = []
    for done, number in enumerate(numbers):
        if progress is not None and not progress(done, len(numbers)):
            raise DomainError("export.cancelled")
        written.append(write_order_pdf(desk, number, folder / f"{_parse(number)}.pdf"))
    if progress is not None:
        progress(len(numbers), len(numbers))
    return written


def _rewrite_pdf_quietly(desk: Desk, number: str) -> None:
    """Keep the stored PDF in step with the order's status; a failure here loses nothing."""
    order = _order(desk, number)
    if order.pdf:
        with contextlib.suppress(CodedError):
            write_order_pdf(desk, number)


def _parse(number_text: str) -> str:
    """An order number as typed (``po-2026-00001 ``) -> as stored, or ``order.malformed``."""
    return str(parse_number(Series.ORDER, number_text))


def _order(desk: Desk, number: str) -> PurchaseOrder:
    with desk.read() as tx:
        order = tx.orders.get(number)
    if order is None:
        raise DomainError("order.unknown", number=number)
    return order
