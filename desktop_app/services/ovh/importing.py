"""`ovh import` and `ovh reconcile`: the dump beside the ledger (``domain.ovh.compare``).

Import writes, in ONE transaction: the OVHcloud projects the ledger lacks (or the link of a
local project of the same name), the credits it lacks as lots that keep OVHcloud's ids
(their total as issued, what OVHcloud says they used as one USE movement, what has expired
since recorded at once as every write does), the link of a local lot recognised by its
reference, and the bills' details as consumption. A lot that differs is reported, never
changed. A dump that brings nothing new writes nothing (a second import is a read).
Reconcile is the same comparison in a read.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.model import LotKind, MovementKind, Wording
from desktop_app.domain.ovh.compare import Difference, LedgerSide, Plan, plan
from desktop_app.domain.ovh.dump import Balance, Dump
from desktop_app.domain.postings import Posting
from desktop_app.domain.rules import clean_name
from desktop_app.domain.text import name_key
from desktop_app.services.desk import Desk
from desktop_app.services.expiry import record_expiries
from desktop_app.services.ovh.reading import read_dump
from desktop_app.storage.interface import Transaction

Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class Imported:
    plan: Plan
    projects_added: int
    projects_matched: int
    consumption_added: int
    balances: tuple[Balance, ...]
    fidelity_points: int | None
    #: Whether the import wrote (a second import of the same dump does not).
    wrote: bool

    @property
    def differences(self) -> list[Difference]:
        """What import reports: the ledger's lots OVHcloud does not have, then the fields
        of matched lots that differ (the lots it lacked are added, not reported)."""
        there = [Difference(p, lot.reference, "lot", lot.reference, None)
                 for p, lot in self.plan.missing_there]  # fmt: skip
        return there + self.plan.differences


def ledger_side(tx: Transaction, dump: Dump) -> LedgerSide:
    """What the comparison reads: the projects, the links, and the lots of the projects
    the dump may name (linked ones, and those of a dump project's name)."""
    links = tx.ovh.project_links()
    every = tx.projects.with_available(date.min, include_archived=True)
    projects = {project.id: project.name for project, _ in every}
    names = {name_key(p.name) for p in dump.projects}
    wanted = set(links.values()) | {pid for pid, n in projects.items() if name_key(n) in names}
    return LedgerSide(
        projects=projects,
        project_links=links,
        lots=tx.ovh.lots_of(wanted),
        lot_links=tx.ovh.lot_links(),
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Tens of thousands of records that all live to the end: the collector's passes over
    them meanwhile free nothing and cost more than the comparison."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def reconcile(desk: Desk, path: str | os.PathLike[str]) -> tuple[Dump, Plan]:
    """The comparison; changes nothing."""
    with _collector_paused():
        dump = read_dump(path)
        with desk.read() as tx:
            return dump, plan(dump, ledger_side(tx, dump))


def _has_work(found: Plan, dump: Dump, tx: Transaction) -> bool:
    if found.new_projects or found.adopted or found.missing_here or found.new_links:
        return True
    links = tx.ovh.project_links()
    wanted = {(line.bill_id, line.detail_id) for line in dump.bill_lines
              if line.service_name in links}  # fmt: skip
    return bool(wanted - tx.ovh.consumption_keys())


def import_dump(desk: Desk, path: str | os.PathLike[str]) -> Imported:
    with _collector_paused():
        return _import(desk, path)


def _import(desk: Desk, path: str | os.PathLike[str]) -> Imported:
    dump = read_dump(path)
    for project in dump.projects:
        clean_name(project.name)  # refused before the write, in the user's words
    with desk.read() as tx:
        found = plan(dump, ledger_side(tx, dump))
        work = _has_work(found, dump, tx)
    added = 0
    consumption = 0
    if work:
        with desk.write() as tx:
            found = plan(dump, ledger_side(tx, dump))  # again, inside the write: what is written
            added, consumption = _apply(tx, dump, found, desk.today)
    matched = len(dump.projects) - added
    return Imported(found, added, matched, consumption, dump.balances, dump.fidelity_points, work)


def _apply(tx: Transaction, dump: Dump, found: Plan, today: date) -> tuple[int, int]:
    links = dict(tx.ovh.project_links())
    for service, project_id in found.adopted:
        tx.ovh.link_project(service, project_id)
        links[service] = project_id
    for project in found.new_projects:
        made = tx.projects.add(clean_name(project.name), "", today)
        tx.ovh.link_project(project.service_name, made.id)
        links[project.service_name] = made.id
    if found.new_links:
        tx.ovh.link_lots(found.new_links)
    rows = [
        (links[service], credit.id, credit.kind, credit.reference, credit.description,
         credit.total, credit.valid_from, credit.expires_on, credit.products)
        for service, _, credit in found.missing_here
    ]  # fmt: skip
    ids = tx.ovh.add_lots(rows)
    postings: list[Posting] = []
    for (project_id, *_), lot_id, (_, _, credit) in zip(rows, ids, found.missing_here,
                                                       strict=True):  # fmt: skip
        issue = MovementKind.VOUCHER if credit.kind is LotKind.VOUCHER else MovementKind.ORDER
        postings.append(Posting(credit.valid_from, issue, credit.total, credit.reference,
                                project_id, lot_id))  # fmt: skip
        if credit.used > 0:
            day = _used_on(credit.valid_from, credit.expires_on, min(dump.generated_on, today))
            postings.append(Posting(day, MovementKind.USE, -credit.used, credit.reference,
                                    project_id, lot_id, note_code=Wording.USED_AT_OVH))  # fmt: skip
    tx.movements.record(postings)
    record_expiries(tx, today)
    consumption = tx.ovh.add_consumption(
        (line.bill_id, line.detail_id, links[line.service_name], line.month, line.product,
         line.amount)
        for line in dump.bill_lines if line.service_name in links
    )  # fmt: skip
    return len(found.new_projects), consumption


def _used_on(valid_from: date, expires_on: date, day: date) -> date:
    """What OVHcloud says a lot used is recorded on the dump's day (today at the latest),
    within the lot's validity (a lot pays only while usable)."""
    return max(valid_from, min(day, expires_on - timedelta(days=1)))
