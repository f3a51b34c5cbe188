"""`check`: the file's integrity and every invariant of domain.md, rebuilt from the movements."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.services.desk import Desk


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(desk: Desk, *, full: bool = True) -> CheckResult:
    ledger = desk.ledger
    with ledger.inspect():  # a damaged file is reported on, not refused
        return CheckResult(ledger.integrity_problems(full=full) + ledger.invariant_problems())


def backup_now(desk: Desk) -> str:
    return str(desk.ledger.backup())
