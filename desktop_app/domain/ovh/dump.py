"""The dump `ovh fetch` writes (shared/spec/cli.md) read into typed records, or refused.

One JSON object of the API's own answers: ``generated_at``, ``endpoint``, ``projects``
(each ``{"project": cloud.Project, "credits": [cloud.Credit]}`` under its serviceName),
``credit_balances``, ``credit_movements``, ``bills`` (each ``{"bill": billing.Bill,
"details": [billing.BillDetail], "payment": ...}``, or the bill itself with those two keys),
``fidelity_account``, ``fidelity_movements``. Keys the program does not know are ignored;
what it reads is checked, and a refusal says where (``ovh.*`` codes).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import LotKind
from desktop_app.domain.ovh import mapping
from desktop_app.domain.ovh.values import (
    Place,
    amount_of,
    day_of,
    integer_of,
    moment_of,
    need,
    spoken,
    text_of,
    where,
)
from desktop_app.domain.rules import MAX_NAME
from desktop_app.domain.text import MAX_TEXT, clean_text
from desktop_app.domain.waterfall import normalise_product

#: The largest dump read: 20,000 credits make about 10 MB; anything past this is refused
#: before it is read (a dump is read whole, to import it in one transaction).
MAX_DUMP_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OvhCredit:
    """A ``cloud.Credit`` as the ledger would keep it (``mapping``'s rules applied)."""

    id: int
    kind: LotKind
    reference: str
    description: str
    products: frozenset[str]
    total: Decimal
    used: Decimal
    available: Decimal
    valid_from: date
    expires_on: date


@dataclass(frozen=True, slots=True)
class OvhProject:
    service_name: str
    name: str
    credits: tuple[OvhCredit, ...]


@dataclass(frozen=True, slots=True)
class BillLine:
    """One bill detail of a Public Cloud project: its consumption of a month."""

    bill_id: str
    detail_id: str
    service_name: str
    month: date
    product: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Balance:
    """A ``me.credit.Balance``: shown, not imported (no ledger balance means the same)."""

    name: str
    type: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Dump:
    generated_on: date
    endpoint: str
    projects: tuple[OvhProject, ...]
    bill_lines: tuple[BillLine, ...]
    balances: tuple[Balance, ...]
    #: The loyalty account's balance: points, not euros (``me.fidelityAccount``).
    fidelity_points: int | None

    @property
    def credit_count(self) -> int:
        return sum(len(p.credits) for p in self.projects)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    made = dict(pairs)
    if len(made) != len(pairs):
        keys = [key for key, _ in pairs]
        raise DomainError("ovh.duplicate", what="key", id=_first_repeat(keys))
    return made


def _no_constant(name: str) -> Any:
    raise DomainError("ovh.amount_malformed", where="the dump", text=name)


def load(data: bytes) -> Dump:
    """The dump's bytes as records; ``ovh.*`` refusals say what is wrong and where."""
    if len(data) > MAX_DUMP_BYTES:
        raise DomainError("ovh.too_large", size=len(data), maximum=MAX_DUMP_BYTES // 2**20)
    # A dump is 100,000 small objects that all live until it is read: the collector's
    # passes over them meanwhile find nothing to free and cost more than the reading.
    paused = gc.isenabled()
    gc.disable()
    try:
        try:
            raw = json.loads(
                data.decode("utf-8-sig"),
                object_pairs_hook=_no_duplicates,
                parse_float=Decimal,
                parse_constant=_no_constant,
            )
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise DomainError("ovh.not_json", detail=str(error)[:120]) from None
        return read(raw)
    finally:
        if paused:
            gc.enable()


def read(raw: Any) -> Dump:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("projects"), Mapping):
        raise DomainError("ovh.not_a_dump")
    day = moment_of(need(raw, "generated_at", "generated_at"), "generated_at").date()
    projects = tuple(_project(key, value, day) for key, value in raw["projects"].items())
    ids = [c.id for p in projects for c in p.credits]
    if len(ids) != len(set(ids)):
        raise DomainError("ovh.duplicate", what="credit", id=_first_repeat(ids))
    names = {p.service_name for p in projects}
    return Dump(
        generated_on=day,
        endpoint=str(raw.get("endpoint") or ""),
        projects=projects,
        bill_lines=_bill_lines(raw.get("bills") or [], names),
        balances=tuple(_balance(b, i) for i, b in enumerate(_list(raw, "credit_balances"))),
        fidelity_points=_points(raw.get("fidelity_account")),
    )


def _first_repeat(items: list[Any]) -> str:
    seen: set[Any] = set()
    for item in items:
        if item in seen:
            return str(item)
        seen.add(item)
    return ""


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key) or []
    if not isinstance(value, list):
        raise DomainError("ovh.shape", where=key, expected="a list")
    return value


def _project(service_name: str, entry: Any, day: date) -> OvhProject:
    place = f"project {service_name}"
    project = need(entry, "project", place)
    shown = project.get("project_id") if isinstance(project, Mapping) else None
    if shown is not None and shown != service_name:
        raise DomainError("ovh.shape", where=spoken(place), expected=f"project_id {service_name}")
    label = project.get("description") or project.get("projectName") or service_name
    name = clean_text(text_of(label, place) or service_name, maximum=None)[:MAX_NAME]
    credits = need(entry, "credits", place)
    if not isinstance(credits, list):
        raise DomainError("ovh.shape", where=spoken(place), expected="credits: a list")
    return OvhProject(service_name, name.strip(), tuple(_credit(c, place, day) for c in credits))


def _credit(credit: Any, project_place: Place, day: date) -> OvhCredit:
    credit_id = integer_of(need(credit, "id", project_place), project_place)
    place = where(project_place, f"credit {credit_id}")
    voucher = text_of(credit.get("voucher"), place, optional=True)
    bill = text_of(credit.get("bill"), place, optional=True)
    kind, reference = mapping.kind_and_reference(credit_id, voucher, bill)
    validity = need(credit, "validity", place)
    if validity is None:  # nullable in the schema: a credit without an end
        valid_from, expires_on = day, mapping.NO_END
    else:
        start = moment_of(need(validity, "from", place), where(place, "validity.from"))
        end = moment_of(need(validity, "to", place), where(place, "validity.to"))
        valid_from, expires_on = mapping.first_day(start), mapping.expires_on(end)
    if valid_from >= expires_on:
        raise DomainError("ovh.validity_empty", where=spoken(place))
    products = credit.get("products") or []
    if not isinstance(products, list):
        raise DomainError("ovh.shape", where=spoken(place), expected="products: a list")
    total = amount_of(need(credit, "total_credit", place), where(place, "total_credit"))
    if total == 0:
        raise DomainError("ovh.amount_zero", where=spoken((place, "total_credit")))
    used = amount_of(need(credit, "used_credit", place), where(place, "used_credit"))
    available = amount_of(need(credit, "available_credit", place), where(place, "available_credit"))
    if used > total or available > total:
        raise DomainError("ovh.amount_inconsistent", where=spoken(place), total=str(total),
                          used=str(used), available=str(available))  # fmt: skip
    description = text_of(credit.get("description") or "", place) or ""
    return OvhCredit(
        id=credit_id,
        kind=kind,
        reference=clean_text(reference, maximum=120),
        description=clean_text(description, maximum=None)[:MAX_TEXT],
        products=frozenset(normalise_product(text_of(p, place) or "") for p in products),
        total=total,
        used=used,
        available=available,
        valid_from=valid_from,
        expires_on=expires_on,
    )


def _bill_lines(bills: Any, projects: set[str]) -> tuple[BillLine, ...]:
    if not isinstance(bills, list):
        raise DomainError("ovh.shape", where="bills", expected="a list")
    lines: list[BillLine] = []
    seen: set[tuple[str, str]] = set()
    for item in bills:
        bill = item.get("bill", item) if isinstance(item, Mapping) else item
        bill_id = text_of(need(bill, "billId", "bills"), "bills") or ""
        place = f"bill {bill_id}"
        bill_day = day_of(need(bill, "date", place), where(place, "date"))
        amount_of(need(bill, "priceWithoutTax", place), where(place, "priceWithoutTax"),
                  signed=True)  # fmt: skip
        for detail in item.get("details") or []:
            line = _bill_line(bill_id, bill_day, detail, place)
            if (line.bill_id, line.detail_id) in seen:
                raise DomainError("ovh.duplicate", what="bill detail", id=line.detail_id)
            seen.add((line.bill_id, line.detail_id))
            if line.service_name in projects:
                lines.append(line)
    return tuple(lines)


def _bill_line(bill_id: str, bill_day: date, detail: Any, bill_place: Place) -> BillLine:
    detail_id = text_of(need(detail, "billDetailId", bill_place), bill_place) or ""
    place = where(bill_place, f"detail {detail_id}")
    start = detail.get("periodStart")
    day = day_of(start, where(place, "periodStart")) if start else bill_day
    description = text_of(detail.get("description") or "", place) or ""
    return BillLine(
        bill_id=bill_id,
        detail_id=detail_id,
        service_name=text_of(detail.get("domain") or "", place) or "",
        month=mapping.month_of(day),
        product=mapping.product_of(description),
        # a detail may take back (a discount line): the month's net is what was consumed
        amount=amount_of(need(detail, "totalPrice", place), where(place, "totalPrice"),
                         signed=True),
    )  # fmt: skip


def _balance(balance: Any, index: int) -> Balance:
    name = text_of(need(balance, "balanceName", f"credit_balances[{index}]"), "balance") or ""
    place = f"credit balance {name}"
    return Balance(
        name=name,
        type=str(balance.get("type") or ""),
        amount=amount_of(need(balance, "amount", place), where(place, "amount")),
    )


def _points(account: Any) -> int | None:
    if not isinstance(account, Mapping) or account.get("balance") is None:
        return None
    return integer_of(account["balance"], "fidelity_account.balance")
