"""`ovh fetch`: the live account's answers written as a dump, whole or not at all.

The fetch is checked as it is written: the dump must read back (``domain.ovh.dump.read``)
before the file is replaced, so a dump this program cannot import is never written. The
output is checked before the first request (no ledger, no folder, no device).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.domain.dates import add_months
from desktop_app.domain.errors import DomainError
from desktop_app.domain.ovh.dump import read
from desktop_app.ovhapi.client import ReadOnlyApi, open_api
from desktop_app.ovhapi.walk import Cancelled, Progress, fetch_dump
from desktop_app.services.output import LedgerRef, check_output, write_atomically

#: Bills are read for this many months back from today unless a period is given.
BILL_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Fetched:
    path: Path
    projects: int
    credits: int
    requests: int


def default_period(today: date) -> tuple[date, date]:
    return add_months(today.replace(day=1), -BILL_MONTHS), today


def fetch(
    ledger: LedgerRef,
    output: str | os.PathLike[str],
    today: date,
    *,
    config_file: Path | None = None,
    period: tuple[date | None, date | None] = (None, None),
    progress: Progress | None = None,
    api: ReadOnlyApi | None = None,
) -> Fetched:
    check_output(ledger, output)
    start, end = period[0] or default_period(today)[0], period[1] or today
    if start > end:
        raise DomainError("period.backwards", start=start.isoformat(), end=end.isoformat())
    api = api or open_api(config_file)
    try:
        dump = fetch_dump(api, start, end, progress)
    except Cancelled:
        raise DomainError("ovh.fetch_cancelled") from None
    checked = read(json.loads(json.dumps(dump, default=str)))
    data = json.dumps(dump, indent=1, ensure_ascii=False, default=_plain).encode("utf-8")

    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    path = write_atomically(ledger, output, fill)
    return Fetched(path, len(checked.projects), checked.credit_count, api.calls)


def _plain(value: Any) -> str:
    return str(value)
