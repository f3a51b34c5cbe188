"""A server whose disk fills in the middle of a post (issue 9): the same environment fault as
SQLite's full disk (``ledger.disk_full``, same words), the ledger's rows as they were, no gap
in the invoice numbers once space is back, one ``error:`` line and exit 1 on the command line.

The server says "disk full" (SQLSTATE 53100) through a trigger the administrator puts on this
test database's ``movements`` only: it fires after the post wrote its invoice and its first
movement, inside the post's transaction, or (deferred) only at the post's COMMIT.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.domain.model import InvoiceLine
from desktop_app.services.desk import Desk
from desktop_app.services.invoices import post_invoice
from desktop_app.services.messages import describe
from desktop_app.storage.location import database_name, masked
from tests.helpers.ledger import Cli, assert_one_error_line, run_program
from tests.helpers.pg import Server, dump_server

pytest.importorskip("psycopg")
pytestmark = pytest.mark.postgres

DAY = "2026-01-31"
POST = ("invoice", "post", "--project", "Web", "--date", DAY, "--line", "compute=40",
        "--line", "storage=10")  # fmt: skip
FULL = """
CREATE FUNCTION ccd_test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'could not extend file: No space left on device'
        USING ERRCODE = 'disk_full';
END $$;
CREATE {kind} ccd_test_disk_full AFTER INSERT ON movements {deferred} FOR EACH ROW
    WHEN (NEW.invoice_id IS NOT NULL) EXECUTE FUNCTION ccd_test_disk_full();
"""
#: The server says it on the post's first movement, or only at its COMMIT (a deferred trigger).
WHEN = {
    "while writing": FULL.format(kind="TRIGGER", deferred=""),
    "at commit": FULL.format(kind="CONSTRAINT TRIGGER", deferred="INITIALLY DEFERRED"),
}
FREED = "DROP TRIGGER ccd_test_disk_full ON movements; DROP FUNCTION ccd_test_disk_full();"


def _funded(url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A ledger with a project, paid credit and one invoice already posted (INV-2026-00001)."""
    cli = Cli(url, capsys)  # type: ignore[arg-type]  # a URL where a file would be
    cli.ok("project", "add", "Web")
    cli.ok("payment-method", "add", "--type", "card", "--label", "Visa 4242", "--default")
    cli.ok("credit", "buy", "--project", "Web", "--amount", "500")
    cli.ok("order", "pay", "PO-2026-00001")
    assert cli.ok(*POST)["number"] == "INV-2026-00001"
    return cli


@pytest.mark.parametrize("when", list(WHEN))
def test_a_full_server_disk_during_a_post_is_said_in_one_line_and_changes_nothing(
    pg_server: Server, pg_url: str, capsys: pytest.CaptureFixture[str], when: str
) -> None:
    cli = _funded(pg_url, capsys)
    pg_server.execute(WHEN[when], database_name(pg_url))
    before = dump_server(pg_url)
    result = cli(*POST)
    assert result.code == 1, result
    assert result.out == ""
    line = assert_one_error_line(result.err)
    same_as_sqlite = describe(EnvironmentFault("ledger.disk_full", path=masked(pg_url)))
    assert line == f"error: {same_as_sqlite}", line
    assert dump_server(pg_url) == before, "a post stopped by a full disk changed the ledger"
    pg_server.execute(FREED, database_name(pg_url))
    assert cli.ok(*POST)["number"] == "INV-2026-00002", "a full disk left a gap in the numbers"
    assert cli.ok("check")["ok"] is True


def test_the_service_raises_the_full_disk_fault_and_the_same_desk_posts_once_freed(
    pg_server: Server, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window keeps its connection: the failed post must leave no transaction open."""
    _funded(pg_url, capsys)
    pg_server.execute(WHEN["while writing"], database_name(pg_url))
    lines = [InvoiceLine("compute", Decimal("40")), InvoiceLine("storage", Decimal("10"))]
    on = date.fromisoformat(DAY)
    with Desk.open(pg_url, on) as desk:
        before = dump_server(pg_url)
        with pytest.raises(EnvironmentFault) as refused:
            post_invoice(desk, "Web", on, lines)
        assert refused.value.code == "ledger.disk_full"
        assert refused.value.params["path"] == masked(pg_url)
        assert dump_server(pg_url) == before
        pg_server.execute(FREED, database_name(pg_url))
        assert post_invoice(desk, "Web", on, lines).number == "INV-2026-00002"


def test_the_program_in_its_own_process_exits_1_with_one_line(
    pg_server: Server, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The installed ``cloud-credit``, as a script runs it: exit 1, one line, no traceback."""
    _funded(pg_url, capsys)
    pg_server.execute(WHEN["while writing"], database_name(pg_url))
    before = dump_server(pg_url)
    result = run_program(pg_url, *POST, today=DAY)  # type: ignore[arg-type]  # a URL
    assert result.code == 1, result
    assert result.out == ""
    line = assert_one_error_line(result.err)
    assert "is full" in line and "unchanged" in line and masked(pg_url) in line, line
    assert dump_server(pg_url) == before
