"""Vouchers: issue and import codes into the catalogue, redeem a code on a project."""

from __future__ import annotations

import contextlib
import csv
import gc
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.codes import new_code, parse_code
from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, LotKind, MovementKind, Voucher, Wording
from desktop_app.domain.money import check_amount, parse_amount
from desktop_app.domain.postings import Posting
from desktop_app.domain.rules import (
    MAX_NAME,
    check_redeemable,
    check_voucher_window,
    parse_products,
)
from desktop_app.domain.text import clean_text
from desktop_app.services.desk import Desk

MAX_ISSUE = 100_000
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass
class ImportResult:
    imported: int = 0
    rejected: list[tuple[int, DomainError]] = field(default_factory=list)
    cancelled: bool = False


def issue_vouchers(
    desk: Desk,
    amount: Decimal | str,
    expires_on: date,
    *,
    valid_from: date | None = None,
    products: str | Iterable[str] | None = None,
    count: int = 1,
    campaign: str = "",
) -> list[Voucher]:
    value = parse_amount(amount) if isinstance(amount, str) else check_amount(amount)
    campaign = clean_text(campaign, maximum=MAX_NAME)
    start = valid_from or desk.today
    check_voucher_window(start, expires_on)
    if not 1 <= count <= MAX_ISSUE:
        raise DomainError("voucher.count", count=count, maximum=MAX_ISSUE)
    wanted = parse_products(
        products if isinstance(products, str) or products is None else ",".join(products)
    )
    with desk.write() as tx:
        codes: set[str] = set()
        while len(codes) < count:
            fresh = {new_code() for _ in range(count - len(codes))}
            codes |= fresh - tx.vouchers.existing(sorted(fresh))
        vouchers = [
            Voucher(code, value, start, expires_on, wanted, campaign) for code in sorted(codes)
        ]
        tx.vouchers.add(vouchers, desk.today)
    return vouchers


def parse_voucher_row(row: Sequence[str]) -> Voucher:
    """``code,amount,expires_on[,valid_from][,products]`` -> a catalogue entry."""
    cells = [c.strip() for c in row]
    if len(cells) < 3 or len(cells) > 5:
        raise DomainError("import.columns", found=len(cells))
    code = parse_code(cells[0])
    amount = parse_amount(cells[1])
    expires_on = parse_date(cells[2])
    valid_from = parse_date(cells[3]) if len(cells) > 3 and cells[3] else None
    products = parse_products(cells[4]) if len(cells) > 4 else frozenset()
    start = valid_from or date.min
    check_voucher_window(start, expires_on)
    return Voucher(code, amount, start, expires_on, products)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """A bulk import makes ~10 objects a row that all live to the end: the cyclic garbage
    collector would walk them again and again for nothing (a fifth of the import's time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_vouchers(
    desk: Desk, source: Path | str | io.TextIOBase, progress: Progress | None = None
) -> ImportResult:
    """Add codes from CSV; bad lines are reported, good ones all written in one transaction."""
    with _gc_paused():
        return _import_vouchers(desk, source, progress)


def _read_rows(source: Path | str | io.TextIOBase) -> list[list[str]]:
    """The file's rows (a path read as UTF-8, a byte-order mark allowed), or a refusal.

    Parsed as it is read, a line at a time: reading 100,000 codes whole, then copying them
    into a StringIO, were two C calls holding the GIL 5-35 ms each (the window waits for
    them, the import running in its worker)."""
    if not isinstance(source, (str, Path)):
        return _parsed(source)
    try:
        with open(source, encoding="utf-8-sig", newline="") as handle:
            return _parsed(handle)
    except OSError as error:
        raise DomainError("import.cannot_read", path=str(source), detail=error.strerror) from None
    except UnicodeDecodeError:
        raise DomainError("import.not_utf8", path=str(source)) from None


def _parsed(lines: Iterable[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    try:
        # Row by row, not list(reader): one C call over 100,000 rows would hold the GIL (and
        # stall the window, this running in its worker) for a tenth of a second.
        for row in csv.reader(lines):
            rows.append(row)
        return rows
    except csv.Error as error:  # a field too long, a stray NUL: not a voucher file
        raise DomainError("import.not_csv", detail=str(error)) from None


def _row_voucher(desk: Desk, row: list[str]) -> Voucher:
    """A row's voucher; one without a start date starts today (its window checked again)."""
    voucher = parse_voucher_row(row)
    if voucher.valid_from == date.min:
        voucher = Voucher(
            voucher.code, voucher.amount, desk.today, voucher.expires_on, voucher.products
        )
        check_voucher_window(voucher.valid_from, voucher.expires_on)
    return voucher


def _import_vouchers(
    desk: Desk, source: Path | str | io.TextIOBase, progress: Progress | None
) -> ImportResult:
    rows = _read_rows(source)
    good: dict[str, tuple[int, Voucher]] = {}
    try:
        return _import_rows(desk, rows, good, progress)
    finally:  # before the import returns, not in one go as it returns
        let_go(rows)
        let_go(good)


def let_go(items: list[list[str]] | dict[str, tuple[int, Voucher]]) -> None:
    """``items`` emptied a chunk at a time. Freeing 100,000 rows or vouchers at once (a
    ``del``, a function returning) is one C call that holds the GIL for ~30 ms: in a
    worker, it stalls the window as long. Between chunks, the GUI thread gets its turn."""
    if isinstance(items, dict):
        while items:
            items.popitem()
    else:
        while items:
            del items[-WRITE_CHUNK:]


def _import_rows(
    desk: Desk,
    rows: list[list[str]],
    good: dict[str, tuple[int, Voucher]],
    progress: Progress | None,
) -> ImportResult:
    result = ImportResult()
    total = len(rows)
    for number, row in enumerate(rows, 1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if number == 1 and row[0].strip().lower() == "code":
            continue  # header
        try:
            voucher = _row_voucher(desk, row)
            if voucher.code in good:
                line = good[voucher.code][0]
                raise DomainError("import.duplicate_in_file", code=voucher.code, line=line)
        except DomainError as error:
            result.rejected.append((number, error))
            continue
        good[voucher.code] = (number, voucher)
        if progress and number % 5000 == 0 and not progress(number, 2 * total):
            result.cancelled = True
            return result
    try:
        result.imported = _write_codes(desk, good, result, progress, total)
    except _Cancelled:  # raised inside the write: rolled back, nothing imported
        result.imported, result.cancelled = 0, True
        return result
    result.rejected.sort(key=lambda item: item[0])
    if progress:
        progress(2 * total, 2 * total)
    return result


class _Cancelled(Exception):
    """The user cancelled during the write: raised inside the transaction, to roll it back."""


#: Codes written between two looks at the progress callback (and its Cancel).
WRITE_CHUNK = 5000


def _write_codes(
    desk: Desk,
    good: dict[str, tuple[int, Voucher]],
    result: ImportResult,
    progress: Progress | None,
    total: int,
) -> int:
    """The codes not already in the catalogue, in one transaction; ``progress`` runs on from
    ``total`` to ``2 * total`` and may cancel it (the transaction then rolls back)."""
    with desk.write() as tx:
        known = tx.vouchers.existing(list(good))
        fresh = []
        for code, (number, voucher) in good.items():
            if code in known:
                result.rejected.append((number, DomainError("voucher.exists", code=code)))
            else:
                fresh.append(voucher)
        written = 0
        for start in range(0, len(fresh), WRITE_CHUNK):
            if progress and not progress(total + start * total // len(fresh), 2 * total):
                raise _Cancelled
            written += tx.vouchers.add(fresh[start : start + WRITE_CHUNK], desk.today)
        return written


def redeem_voucher(desk: Desk, code_text: str, project_ref: str | int) -> CreditLot:
    """ "Ajouter un voucher": a valid code becomes a credit lot of kind voucher on the project."""
    code = parse_code(code_text)  # malformed or mistyped: refused before any lookup
    with desk.write() as tx:
        project = desk.project(project_ref)
        voucher = check_redeemable(tx.vouchers.get(code), code, desk.today)
        lot = tx.lots.add(
            project_id=project.id,
            kind=LotKind.VOUCHER,
            reference=code,
            description=voucher.campaign,
            description_code=None if voucher.campaign else Wording.VOUCHER,
            total=voucher.amount,
            valid_from=desk.today,
            expires_on=voucher.expires_on,
            issued_on=desk.today,
            products=voucher.products,
        )
        tx.vouchers.mark_redeemed(code, desk.today, project.id, lot.id)
        tx.movements.record(
            [
                Posting(
                    day=desk.today,
                    kind=MovementKind.VOUCHER,
                    amount=voucher.amount,
                    reference=code,
                    project_id=project.id,
                    lot_id=lot.id,
                )
            ]
        )
        return lot
