"""Every GET the dump needs, in order, with progress (shared/spec/cli.md's dump shape)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote

from desktop_app.ovhapi.client import ReadOnlyApi

#: ``progress(done, known)``: requests made, requests known so far; False cancels.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled the fetch; nothing was written."""


class _Walk:
    def __init__(self, api: ReadOnlyApi, progress: Progress | None) -> None:
        self.api = api
        self.progress = progress
        self.known = 0

    def plan(self, count: int) -> None:
        self.known += count

    def get(self, path: str, **params: Any) -> Any:
        answer = self.api.get(path, **params)
        self._tick()
        return answer

    def optional(self, path: str) -> Any:
        answer = self.api.optional(path)
        self._tick()
        return answer

    def _tick(self) -> None:
        self.known = max(self.known, self.api.calls)
        if self.progress is not None and self.progress(self.api.calls, self.known) is False:
            raise Cancelled


def _seg(value: Any) -> str:
    return quote(str(value), safe="")


def fetch_dump(
    api: ReadOnlyApi, bills_from: date, bills_to: date, progress: Progress | None = None
) -> dict[str, Any]:
    """The dump: the API's own answers, unchanged, in the shape of shared/spec/cli.md."""
    walk = _Walk(api, progress)
    walk.plan(4)
    return {
        "generated_at": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
        "endpoint": api.endpoint,
        "projects": _projects(walk),
        **_balances(walk),
        "bills": _bills(walk, bills_from, bills_to),
        **_fidelity(walk),
    }


def _projects(walk: _Walk) -> dict[str, Any]:
    found: dict[str, Any] = {}
    names = walk.get("/cloud/project")
    walk.plan(2 * len(names))
    for name in names:
        base = f"/cloud/project/{_seg(name)}"
        project = walk.get(base)
        ids = walk.get(f"{base}/credit")
        walk.plan(len(ids))
        found[str(name)] = {
            "project": project,
            "credits": [walk.get(f"{base}/credit/{_seg(i)}") for i in ids],
        }
    return found


def _balances(walk: _Walk) -> dict[str, Any]:
    names = walk.get("/me/credit/balance")
    walk.plan(2 * len(names))
    balances, movements = [], {}
    for name in names:
        base = f"/me/credit/balance/{_seg(name)}"
        balances.append(walk.get(base))
        ids = walk.get(f"{base}/movement")
        walk.plan(len(ids))
        movements[str(name)] = [walk.get(f"{base}/movement/{_seg(i)}") for i in ids]
    return {"credit_balances": balances, "credit_movements": movements}


def _bills(walk: _Walk, start: date, end: date) -> list[Any]:
    ids = walk.get(f"/me/bill?date.from={start.isoformat()}&date.to={end.isoformat()}")
    walk.plan(3 * len(ids))
    bills = []
    for bill_id in ids:
        base = f"/me/bill/{_seg(bill_id)}"
        bill = walk.get(base)
        detail_ids = walk.get(f"{base}/details")
        walk.plan(len(detail_ids))
        details = [walk.get(f"{base}/details/{_seg(d)}") for d in detail_ids]
        bills.append(
            {"bill": bill, "details": details, "payment": walk.optional(f"{base}/payment")}
        )
    return bills


def _fidelity(walk: _Walk) -> dict[str, Any]:
    account = walk.optional("/me/fidelityAccount")
    if account is None:
        return {"fidelity_account": None, "fidelity_movements": []}
    ids = walk.get("/me/fidelityAccount/movements")
    walk.plan(len(ids))
    return {
        "fidelity_account": account,
        "fidelity_movements": [walk.get(f"/me/fidelityAccount/movements/{_seg(i)}") for i in ids],
    }
