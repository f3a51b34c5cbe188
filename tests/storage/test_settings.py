"""The settings repository: key -> text, set or replaced."""

from __future__ import annotations

from desktop_app.storage.sqlite.ledger import SqliteLedger


def test_settings_are_set_and_replaced(ledger: SqliteLedger) -> None:
    with ledger.read() as tx:
        assert tx.settings.all() == {}
    with ledger.write() as tx:
        tx.settings.set("vat_rate", "20.00")
        tx.settings.set("language", "fr")
        tx.settings.set("vat_rate", "5.50")
    with ledger.read() as tx:
        assert tx.settings.all() == {"vat_rate": "5.50", "language": "fr"}
