"""The comparison (domain/ovh/compare.py): every credit is matched or missing, never both;
a lot equal to its credit differs in nothing; each changed field is reported, alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.model import CreditLot
from desktop_app.domain.ovh.compare import LedgerSide, plan
from desktop_app.domain.ovh.dump import Dump, OvhCredit, read
from tests.helpers.ovh_api import account


def _dump(projects: int, credits: int) -> Dump:
    return read(account(projects, credits))


def _lot(lot_id: int, project_id: int, credit: OvhCredit) -> CreditLot:
    return CreditLot(lot_id, project_id, credit.kind, credit.reference, credit.total,
                     credit.used, credit.total - credit.used - credit.available,
                     credit.valid_from, credit.expires_on, credit.valid_from,
                     credit.products)  # fmt: skip


def _mirrored(dump: Dump) -> LedgerSide:
    """A ledger that holds exactly the dump, linked."""
    projects, links, lots, lot_links, n = {}, {}, {}, {}, 0
    for pid, project in enumerate(dump.projects, 1):
        projects[pid], links[project.service_name], lots[pid] = project.name, pid, []
        for credit in project.credits:
            n += 1
            lots[pid].append(_lot(n, pid, credit))
            lot_links[(pid, credit.id)] = n
    return LedgerSide(projects, links, lots, lot_links)


@given(st.integers(1, 4), st.integers(0, 60))
def test_an_empty_ledger_misses_every_credit(projects: int, credits: int) -> None:
    dump = _dump(projects, credits)
    found = plan(dump, LedgerSide({}, {}, {}, {}))
    assert len(found.new_projects) == projects
    assert len(found.missing_here) == dump.credit_count == credits
    assert found.matched == found.differences == found.missing_there == []


@given(st.integers(1, 4), st.integers(1, 60), st.data())
def test_a_mirror_matches_and_each_change_is_reported_alone(
    projects: int, credits: int, data: st.DataObject
) -> None:
    dump = _dump(projects, credits)
    side = _mirrored(dump)
    found = plan(dump, side)
    assert len(found.matched) == credits and found.differences == []
    assert found.missing_here == found.missing_there == []
    pid = data.draw(st.sampled_from(sorted(side.lots)).filter(lambda p: bool(side.lots[p])))
    index = data.draw(st.integers(0, len(side.lots[pid]) - 1))
    lot = side.lots[pid][index]
    field, changed = data.draw(st.sampled_from([
        ("expires_on", replace(lot, expires_on=lot.expires_on + timedelta(days=400))),
        ("valid_from", replace(lot, valid_from=lot.valid_from - timedelta(days=1))),
        ("products", replace(lot, products=lot.products ^ {"gpu"})),
        ("total", replace(lot, total=lot.total + Decimal("0.01"))),
    ]))  # fmt: skip
    lots = dict(side.lots)
    lots[pid] = [changed if x.id == lot.id else x for x in lots[pid]]
    again = plan(dump, replace(side, lots=lots))
    fields = {d.field for d in again.differences}
    assert field in fields and fields <= {field, "available"}
    assert {d.reference for d in again.differences} == {lot.reference}
    assert again.differing == 1
