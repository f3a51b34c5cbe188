"""Every command gives the same answer on SQLite and on PostgreSQL (cli.md): one story, told
to a ledger file and to a server ledger, and the JSON of each step compared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.ledger import Cli
from tests.helpers.pg import Server

pytestmark = pytest.mark.postgres

#: Where a file lives differs by backend, and nothing else may.
_PLACES = {"pdf", "path", "ledger", "target"}

STORY: list[tuple[str, ...]] = [
    ("project", "add", "Web"),
    ("project", "add", "data lake"),
    ("project", "add", "Alpha"),
    ("payment-method", "add", "--type", "card", "--label", "Visa 4242"),
    ("payment-method", "add", "--type", "sepa", "--label", "SEPA", "--default"),
    ("account", "launchpad", "add", "30"),
    ("account", "loyalty", "add", "12,50"),
    ("voucher", "import", "{vouchers}"),
    ("voucher", "redeem", "AAAA-BBBB-CCC4", "--project", "Web"),
    ("voucher", "redeem", "DDDD-EEEE-FFFY", "--project", "data lake"),
    ("credit", "buy", "--project", "Web", "--amount", "1 500,00"),
    ("credit", "buy", "--project", "Web", "--amount", "200"),
    ("order", "pay", "PO-2026-00001"),
    ("order", "cancel", "PO-2026-00002"),
    ("order", "list"),
    ("credit", "list", "--project", "Web", "--all"),
    ("project", "list"),
    ("account", "show"),
    ("invoice", "simulate", "--project", "Web", "--date", "2026-01-31",
     "--line", "compute=120.00", "--line", "storage=30"),
    ("invoice", "post", "--project", "Web", "--date", "2026-01-31",
     "--line", "compute=120.00", "--line", "storage=30"),
    ("invoice", "post", "--project", "data lake", "--date", "2026-01-31", "--line", "ai=80"),
    ("invoice", "list"),
    ("invoice", "show", "INV-2026-00001"),
    ("invoice", "reverse", "INV-2026-00002", "--reason", "typo"),
    ("movement", "list"),
    ("movement", "list", "--project", "Web"),
    ("voucher", "list"),
    ("voucher", "list", "--status", "expired"),
    ("alerts", "--days", "400"),
    ("expire",),
    ("report", "rollforward", "--from", "2026-01-01", "--to", "2026-01-31"),
    ("forecast", "--project", "Web", "--monthly", "compute=100", "--months", "14"),
    ("advise", "--project", "Web", "--monthly", "compute=100", "--months", "14"),
    ("settings",),
    ("check",),
]  # fmt: skip


def _placeless(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _placeless(v) for k, v in value.items() if k not in _PLACES}
    if isinstance(value, list):
        return [_placeless(v) for v in value]
    return value


def test_every_command_answers_the_same_on_both_backends(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    vouchers = tmp_path / "vouchers.csv"
    vouchers.write_text(
        "code,amount,expires_on,valid_from,products\n"
        "AAAA-BBBB-CCC4,100,2026-12-31,2026-01-01,compute\n"
        "DDDD-EEEE-FFFY,40,2026-06-30,2026-01-01,\n"
        "GGGG-HHHH-JJJK,25,2026-01-20,2025-12-01,\n",
        encoding="utf-8",
    )
    ledgers = [Cli(tmp_path / "ledger.sqlite3", capsys), Cli(pg_url, capsys)]  # type: ignore[arg-type]
    for step in STORY:
        argv = [a.replace("{vouchers}", str(vouchers)) for a in step]
        answers = [cli(*argv) for cli in ledgers]
        lite, server = answers
        assert (lite.code, lite.err) == (server.code, server.err), step
        assert lite.code == 0, (step, lite.err)
        assert _placeless(lite.data) == _placeless(server.data), step


def test_ledger_copy_both_ways_keeps_every_row(
    tmp_path: Path, pg_url: str, pg_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite -> PostgreSQL -> SQLite: the same rows, numbers and history, `check` ok on
    each copy; a copy onto a ledger that is not empty is refused and changes nothing."""
    source = Cli(tmp_path / "ledger.sqlite3", capsys)
    for step in STORY[:7] + STORY[10:14] + STORY[19:21] + [STORY[23]]:
        source.ok(*step)
    empty = pg_server.empty()
    try:
        there = source.ok("ledger", "copy", "--to", empty)
        assert there["ok"] is True and there["rows"]["movements"] > 0
        back = Cli(empty, capsys).ok("ledger", "copy", "--to", str(tmp_path / "back.sqlite3"))
        assert back["rows"] == there["rows"] and back["ok"] is True
        for step in (("movement", "list"), ("invoice", "list"), ("order", "list"),
                     ("project", "list"), ("account", "show"), ("credit", "list", "--project",
                     "Web", "--all")):  # fmt: skip
            answers = [Cli(where, capsys).ok(*step)
                       for where in (source.db, empty, tmp_path / "back.sqlite3")]  # fmt: skip
            assert _placeless(answers[0]) == _placeless(answers[1]) == _placeless(answers[2])
        # the copy on the server goes on numbering where the file stopped
        posted = Cli(empty, capsys).ok("invoice", "post", "--project", "Web", "--date",
                                        "2026-01-31", "--line", "compute=1")  # fmt: skip
        assert posted["number"] == "INV-2026-00003"
        line = source.refused("ledger", "copy", "--to", empty, expect="not empty")
        assert "password" not in line
        source.refused("ledger", "copy", "--to", str(tmp_path / "back.sqlite3"),
                       expect="not empty")  # fmt: skip
    finally:
        pg_server.drop(empty)


def test_an_accountant_copies_a_file_into_a_database_the_admin_initialised(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The application's role may fill an empty, initialised ledger (ids follow on)."""
    source = Cli(tmp_path / "ledger.sqlite3", capsys)
    for step in STORY[:4]:
        source.ok(*step)
    assert source.ok("ledger", "copy", "--to", pg_url)["ok"] is True
    added = Cli(pg_url, capsys).ok("project", "add", "Next")
    assert added["id"] == 4
