"""Rule 15: the roll-forward of a period, per project and in total, from the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.books.movements import DaySum
from desktop_app.domain.books.rollforward import RollForward, check_period, roll_forward
from desktop_app.domain.model import MovementKind
from desktop_app.domain.waterfall import expiries_due
from desktop_app.services.desk import Desk
from desktop_app.storage.interface import Transaction


@dataclass(frozen=True)
class RollForwardReport:
    """The roll-forward and the names of its projects (id -> name)."""

    report: RollForward
    names: dict[int, str]

    def name(self, project_id: int | None) -> str:
        return self.names.get(project_id, "") if project_id is not None else ""


def roll_forward_report(
    desk: Desk, start: date, end: date, project_ref: str | int | None = None
) -> RollForwardReport:
    """Every project (archived ones too) and both account-level balances; or one project
    alone (``project_ref``: its id or name), without the account rows. Refused: a period
    that ends before it starts, or of ten years or more (``period.*``)."""
    period = check_period(start, end)
    with desk.read() as tx:
        project = desk.project(project_ref) if project_ref is not None else None
        if project is not None:
            names = {project.id: project.name}
        else:
            projects = tx.projects.with_available(desk.today, include_archived=True)
            names = {p.id: p.name for p, _ in projects}
        only = project.id if project is not None else None
        report = roll_forward(
            _sums(tx, start, end, only), (), period, projects=names, accounts=project is None
        )
    return RollForwardReport(report, names)


def _sums(tx: Transaction, start: date, end: date, only: int | None) -> Iterator[DaySum]:
    """The movements' totals before and in the period, and each expiry due by ``end`` that
    no write has recorded yet (rule 18), as an EXPIRE of what the lot has left."""
    for day in tx.movements.period_sums(start, end):
        if only is None or (day.account is None and day.project_id == only):
            yield day
    for lot, left in expiries_due(tx.lots.due_expiry(end), end):
        if only is None or lot.project_id == only:
            yield DaySum(lot.expires_on, MovementKind.EXPIRE, -left, lot.project_id, lot.kind)
