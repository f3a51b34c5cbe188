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


def test_the_programs_state_is_kept_apart_from_the_settings(ledger: SqliteLedger) -> None:
    """``state.*`` rows (thousands on a big account: one per lot announced) are not read with
    the settings, which the window reads several times as it opens; each is kept, by its
    key (the notice joins them to the lots in SQL: ``lots.notice_news``)."""
    with ledger.write() as tx:
        tx.settings.set("vat_rate", "20.00")
        tx.settings.set("state.notice.7", "soon")
        tx.settings.set("state.notice.12", "urgent")
        tx.settings.set("state.other", "x")
        tx.settings.set("statement", "kept")  # not under "state."
    with ledger.read() as tx:
        assert tx.settings.all() == {"vat_rate": "20.00", "statement": "kept"}
        assert [tx.settings.get(f"state.{key}") for key in ("notice.7", "notice.12", "other")] == [
            "soon",
            "urgent",
            "x",
        ]
