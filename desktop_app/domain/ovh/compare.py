"""The ledger beside OVHcloud's account, lot by lot and field by field: what an import would
add, what it matches, and what differs (reported, never changed).

A local project is an OVHcloud project once linked (its serviceName kept beside it); an
OVHcloud project not linked yet is adopted by a local project of the same name (its name
key) that no other OVHcloud project holds, else created. A credit is a local lot once
linked (its id kept beside it); one not linked yet is matched by a lot of its project of
the same kind and reference (a voucher code redeemed here, a bill), else added.
Matched lots are compared as of the dump's day (``CreditLot.as_of``: what has expired by
then is expired): kind, total, used, available, validity, products.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot
from desktop_app.domain.money import fmt
from desktop_app.domain.ovh.dump import Dump, OvhCredit, OvhProject
from desktop_app.domain.text import name_key

#: The fields compared, in the order a difference is listed.
FIELDS = ("kind", "total", "used", "available", "valid_from", "expires_on", "products")


@dataclass(frozen=True, slots=True)
class Difference:
    """One field of one lot, or a lot on one side only (``field`` "lot", the other side
    None). Values as text: money with two decimals, ISO dates, products comma-separated
    (empty: every product)."""

    project: str
    reference: str
    field: str
    ledger: str | None
    ovh: str | None


#: A row's status on the reconciliation screen, its CSV and its PDF (words at each edge).
STATUSES = ("differs", "missing_in_ledger", "missing_at_ovh", "matched")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the reconciliation: a lot that matches (no field), one field of a lot
    that differs, a lot on one side only, or a project's name that differs."""

    status: str
    project: str
    reference: str
    field: str
    ledger: str | None
    ovh: str | None


@dataclass(frozen=True, slots=True)
class LedgerSide:
    """What the comparison reads of the ledger (``services.ovh`` reads it in one snapshot)."""

    #: Every local project's name, by id.
    projects: Mapping[int, str]
    #: serviceName -> local project id.
    project_links: Mapping[str, int]
    #: Every lot of the linked projects, by project id.
    lots: Mapping[int, Sequence[CreditLot]]
    #: (local project id, credit id) -> lot id.
    lot_links: Mapping[tuple[int, int], int]


@dataclass(slots=True)
class Plan:
    """The comparison, and what an import writes: projects to create or link, lots to add
    or link. Reconcile writes none of it."""

    day: date
    new_projects: list[OvhProject] = field(default_factory=list)
    #: (serviceName, local project id): a local project adopted by name.
    adopted: list[tuple[str, int]] = field(default_factory=list)
    #: (serviceName, project name, credit): missing in the ledger, to add.
    missing_here: list[tuple[str, str, OvhCredit]] = field(default_factory=list)
    #: (project name, lot): in a linked project here, not in OVHcloud's answer.
    missing_there: list[tuple[str, CreditLot]] = field(default_factory=list)
    #: (local project id, credit id, lot id): matched by reference, to link.
    new_links: list[tuple[int, int, int]] = field(default_factory=list)
    matched: list[tuple[str, OvhCredit, CreditLot]] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)

    @property
    def differing(self) -> int:
        return len({(d.project, d.reference) for d in self.differences
                    if d.field not in ("lot", "name")})  # fmt: skip

    def all_differences(self) -> list[Difference]:
        """Reconcile's list: the lots on one side only, then the fields that differ."""
        here = [Difference(n, c.reference, "lot", None, c.reference)
                for _, n, c in self.missing_here]  # fmt: skip
        there = [Difference(p, lot.reference, "lot", lot.reference, None)
                 for p, lot in self.missing_there]  # fmt: skip
        return here + there + self.differences

    def rows(self) -> list[Row]:
        """What differs first, then what is on one side only, then what matches: by
        project and reference within each."""
        differing = {(d.project, d.reference) for d in self.differences}
        made = [Row("differs", d.project, d.reference, d.field, d.ledger, d.ovh)
                for d in self.differences]  # fmt: skip
        made += [Row("missing_in_ledger", n, c.reference, "", None, shown(c.total))
                 for _, n, c in self.missing_here]  # fmt: skip
        made += [Row("missing_at_ovh", p, lot.reference, "", shown(lot.total), None)
                 for p, lot in self.missing_there]  # fmt: skip
        made += [Row("matched", p, c.reference, "", shown(c.total), shown(c.total))
                 for p, c, _ in self.matched if (p, c.reference) not in differing]  # fmt: skip
        order = {status: n for n, status in enumerate(STATUSES)}
        return sorted(made, key=lambda r: (order[r.status], r.project, r.reference, r.field))


Values = tuple[str, Decimal, Decimal, Decimal, date, date, frozenset[str]]


def credit_values(credit: OvhCredit) -> Values:
    return (credit.kind.value, credit.total, credit.used, credit.available,
            credit.valid_from, credit.expires_on, credit.products)  # fmt: skip


def lot_values(lot: CreditLot, day: date) -> Values:
    seen = lot.as_of(day)
    return (seen.kind.value, seen.total, seen.used, seen.available, seen.valid_from,
            seen.expires_on, seen.products)  # fmt: skip


def shown(value: object) -> str:
    """A compared value as a difference says it."""
    if isinstance(value, Decimal):
        return fmt(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return ",".join(sorted(value))
    return str(value)


def compare_lot(project: str, credit: OvhCredit, lot: CreditLot, day: date) -> list[Difference]:
    here, there = lot_values(lot, day), credit_values(credit)
    if here == there:
        return []
    return [
        Difference(project, credit.reference, name, shown(mine), shown(theirs))
        for name, mine, theirs in zip(FIELDS, here, there, strict=True)
        if mine != theirs
    ]


def plan(dump: Dump, ledger: LedgerSide) -> Plan:
    """The whole comparison (see the module); ``ovh.project_collision`` when an OVHcloud
    project's name is a local project's that another OVHcloud project holds."""
    result = Plan(dump.generated_on)
    linked = set(ledger.lot_links.values())
    keys = {name_key(name): pid for pid, name in ledger.projects.items()}
    holder = {pid: service for service, pid in ledger.project_links.items()}
    taken: dict[str, str] = {}
    for project in dump.projects:
        local = ledger.project_links.get(project.service_name)
        if local is None:
            local = _adopt(project, keys, holder, taken)
            if local is None:
                result.new_projects.append(project)
                result.missing_here += [
                    (project.service_name, project.name, c) for c in project.credits
                ]
                continue
            result.adopted.append((project.service_name, local))
        here = ledger.projects.get(local, project.name)
        if name_key(here) != name_key(project.name):
            result.differences.append(Difference(here, "", "name", here, project.name))
        _compare_project(result, project, local, ledger, linked)
    return result


def _adopt(
    project: OvhProject, keys: Mapping[str, int], holder: Mapping[int, str], taken: dict[str, str]
) -> int | None:
    key = name_key(project.name)
    other = taken.get(key)
    if other is not None:
        raise DomainError("ovh.project_collision", name=project.name,
                          service=project.service_name, other=other)  # fmt: skip
    taken[key] = project.service_name
    local = keys.get(key)
    if local is None:
        return None
    if local in holder:
        raise DomainError("ovh.project_collision", name=project.name,
                          service=project.service_name, other=holder[local])  # fmt: skip
    return local


def _compare_project(
    result: Plan, project: OvhProject, local: int, ledger: LedgerSide, linked: set[int]
) -> None:
    name = ledger.projects.get(local, project.name)
    lots = ledger.lots.get(local, ())
    by_id = {lot.id: lot for lot in lots}
    free = {(lot.kind, lot.reference): lot for lot in lots if lot.id not in linked}
    seen: set[int] = set()
    for credit in project.credits:
        lot_id = ledger.lot_links.get((local, credit.id))
        lot = by_id.get(lot_id) if lot_id is not None else None
        if lot is None:
            lot = free.pop((credit.kind, credit.reference), None)
            if lot is None:
                result.missing_here.append((project.service_name, name, credit))
                continue
            result.new_links.append((local, credit.id, lot.id))
        seen.add(lot.id)
        result.matched.append((name, credit, lot))
        result.differences += compare_lot(name, credit, lot, result.day)
    result.missing_there += [(name, lot) for lot in lots if lot.id not in seen]
