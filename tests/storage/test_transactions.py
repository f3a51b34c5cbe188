"""The transaction object: read() and write() of the SQLite backend (storage.interface)."""

from __future__ import annotations

import pytest

from desktop_app.storage import open_ledger
from desktop_app.storage.sqlite.ledger import SqliteLedger
from desktop_app.storage.sqlite.schema import SCHEMA_VERSION
from desktop_app.storage.sqlite.session import ReadOnlyTransaction
from tests.helpers.pg import dump_ledger
from tests.storage.rows import DAY


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_a_write_is_all_or_nothing(ledger: SqliteLedger) -> None:
    before = dump_ledger(ledger)
    with pytest.raises(RuntimeError, match="midway"), ledger.write() as tx:
        tx.projects.add("Ops", "", DAY)
        tx.settings.set("language", "fr")
        raise RuntimeError("midway")
    assert dump_ledger(ledger) == before
    assert not ledger.conn.in_transaction


def test_a_read_inside_a_write_is_that_write(ledger: SqliteLedger) -> None:
    with ledger.write() as tx:
        tx.projects.add("Ops", "", DAY)
        with ledger.read() as inner:
            assert inner is tx and inner.writable
            assert inner.projects.by_name("ops") is not None
    with ledger.read() as tx:
        assert not tx.writable


def test_a_write_inside_a_read_is_a_bug_refused(ledger: SqliteLedger) -> None:
    before = dump_ledger(ledger)
    with pytest.raises(ReadOnlyTransaction), ledger.read() as tx:
        tx.projects.add("Ops", "", DAY)
    assert dump_ledger(ledger) == before


def test_the_backend_says_its_schema_version(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = open_ledger(tmp_path / "new.sqlite3")
    try:
        assert backend.schema_version() == backend.migrate() == SCHEMA_VERSION == 9
        assert backend.data_version() >= 1
    finally:
        backend.close()
