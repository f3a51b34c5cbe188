"""`check`: the file's integrity and every invariant of domain.md, rebuilt from the movements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.domain.problems import Problem
from desktop_app.services.desk import Desk
from desktop_app.services.output import check_output


@dataclass
class CheckResult:
    """What `check` found: coded problems (``domain.problems.Problem``); the command line
    and the window put them in words (``messages.describe_problem``)."""

    problems: list[Problem] = field(default_factory=list)
    #: The ledger's language for them (``Desk.language``), read in the same look: a damaged
    #: ledger's own setting too.
    language: str = "en"

    @property
    def ok(self) -> bool:
        return not self.problems


def check(desk: Desk, *, full: bool = True) -> CheckResult:
    with desk.inspect() as tx:  # a damaged file is reported on, not refused
        integrity = tx.integrity
        problems = integrity.file_problems(full=full) + integrity.invariant_problems()
        return CheckResult(problems, desk.language())


def backup(
    desk: Desk, output: Path | None = None, progress: Callable[[int, int], bool] | None = None
) -> Path:
    """A consistent copy of the ledger; returns where. ``progress``: told as a server
    ledger's copy goes (File > Backup's bar); False stops it (``backup.cancelled``).

    ``output``: a file the user chose, checked by ``output.check_output`` (never the ledger,
    a folder or a device) and never an existing file (it could be another ledger). Without
    it, a new file beside the ledger, ``<stem>.backup.<YYYYmmdd-HHMMSS>[-N].sqlite3``: two
    backups in the same second each get their own."""
    if output is None:
        return desk.backup()
    target = check_output(desk, output)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DomainError("export.cannot_write", path=str(output), detail=error.strerror) from None
    desk.backup(target, progress)
    return Path(output)


def backup_now(desk: Desk) -> str:
    return str(backup(desk))
