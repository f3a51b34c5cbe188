"""The projects repository: names unique by their key, renamed, archived, listed with what
each has available on a day."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.pg import dump_ledger
from tests.storage.rows import DAY, D, add_lot


def test_a_project_is_found_by_id_and_by_any_spelling_of_its_name(ledger: SqliteLedger) -> None:
    with ledger.write() as tx:
        made = tx.projects.add("Café Bar", "the bar", DAY)
    with ledger.read() as tx:
        assert tx.projects.get(made.id) == made
        assert tx.projects.by_name("  CAFE\u0301 \u200bbar ") == made
        assert tx.projects.by_name("Cafe Bar") is None
        assert tx.projects.get(999) is None


def test_a_taken_name_is_refused_naming_its_holder_and_nothing_changes(
    ledger: SqliteLedger,
) -> None:
    before = dump_ledger(ledger)
    for write in (
        lambda tx: tx.projects.add("WEB", "", DAY),
        lambda tx: tx.projects.rename(2, "web"),
    ):
        with pytest.raises(DomainError) as refused, ledger.write() as tx:
            write(tx)
        assert (refused.value.code, refused.value.params) == ("project.duplicate", {"name": "Web"})
        assert dump_ledger(ledger) == before


def test_a_project_may_take_another_spelling_of_its_own_name(ledger: SqliteLedger) -> None:
    with ledger.write() as tx:
        tx.projects.rename(1, "WEB")
    with ledger.read() as tx:
        assert tx.projects.get(1).name == "WEB"  # type: ignore[union-attr]


def test_the_list_is_by_name_with_what_is_usable_and_hides_the_archived(
    ledger: SqliteLedger,
) -> None:
    add_lot(ledger, expires_on=DAY + timedelta(days=10), total="10", used="3")
    add_lot(ledger, expires_on=DAY, total="50")  # expired by the day
    add_lot(ledger, expires_on=DAY + timedelta(days=90), valid_from=DAY + timedelta(days=1))
    add_lot(ledger, expires_on=DAY + timedelta(days=10), total="4", project=2)
    with ledger.read() as tx:
        rows = tx.projects.with_available(DAY)
    assert [(p.name, available) for p, available in rows] == [("Data", D("4")), ("Web", D("7"))]
    with ledger.write() as tx:
        tx.projects.set_archived(2, True)
    with ledger.read() as tx:
        assert [p.name for p, _ in tx.projects.with_available(DAY)] == ["Web"]
        every = tx.projects.with_available(DAY, include_archived=True)
    assert [(p.name, p.archived) for p, _ in every] == [("Data", True), ("Web", False)]
