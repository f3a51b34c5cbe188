"""`check` returns coded problems (code + parameters), put into words where shown.

Each invariant is broken behind the program's back, one at a time, on a sound ledger: the
problem it reports has its own code and the values that explain it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.problems import Problem
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.services.messages import MESSAGES, describe_problem
from tests.helpers.ledger import Cli

from .conftest import TODAY

Tamper = Callable[[sqlite3.Connection], None]


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "ledger.sqlite3"
    with Desk.open(path, TODAY) as desk:
        build_demo(desk)
        assert check(desk).ok
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _found(sound: Path, tmp_path: Path, tamper: Tamper) -> list[Problem]:
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(path)
    with conn:
        tamper(conn)
    conn.close()
    with Desk.open(path, TODAY) as desk:
        return check(desk, full=False).problems


def _first_lot(conn: sqlite3.Connection, where: str = "1") -> int:
    return int(conn.execute(f"SELECT id FROM lots WHERE {where} ORDER BY id").fetchone()[0])


CASES: dict[str, tuple[Tamper, dict[str, object]]] = {
    "check.lot_totals": (
        lambda c: c.execute("UPDATE lots SET used_cents = used_cents - 1 WHERE id = 1"),
        {"lot": 1},
    ),
    "check.account_balance": (
        lambda c: c.execute(
            "UPDATE accounts SET balance_cents = balance_cents + 5 WHERE name = 'loyalty'"
        ),
        {"account": "loyalty"},
    ),
    "check.invoice_split": (
        lambda c: (
            c.execute("DROP TRIGGER invoices_append_only_u"),
            c.execute("UPDATE invoices SET method_ht_cents = method_ht_cents + 1 WHERE id = 1"),
        ),
        {"invoice": "INV-"},
    ),
    "check.order_lot": (
        lambda c: (
            c.execute("DROP TRIGGER orders_final"),
            c.execute(
                "UPDATE orders SET status = 'pending' WHERE status = 'paid' "
                "AND rowid = (SELECT MIN(rowid) FROM orders WHERE status = 'paid')"
            ),
        ),
        {"status": "pending"},
    ),
    "check.order_lot_total": (
        lambda c: c.execute(
            "UPDATE lots SET total_cents = total_cents + 100 "
            "WHERE id = (SELECT MIN(lot_id) FROM orders)"
        ),
        {},
    ),
    "check.order_numbers": (
        lambda c: (
            c.execute("DROP TRIGGER orders_final"),
            c.execute(
                "UPDATE orders SET seq = seq + 10 WHERE rowid = (SELECT MAX(rowid) FROM orders)"
            ),
        ),
        {},
    ),
    "check.lot_validity": (
        lambda c: c.execute(
            "UPDATE lots SET valid_from = '2099-01-01', expires_on = '2099-02-01' "
            "WHERE id = (SELECT MIN(lot_id) FROM movements WHERE kind = 'USE')"
        ),
        {},
    ),
    "check.lot_products": (
        lambda c: c.execute(
            "UPDATE lots SET products = 'nothing-bought' "
            "WHERE id = (SELECT MIN(lot_id) FROM movements WHERE kind = 'USE')"
        ),
        {},
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_broken_invariant_has_its_code(sound: Path, tmp_path: Path, code: str) -> None:
    tamper, expected = CASES[code]
    problems = _found(sound, tmp_path, tamper)
    mine = [p for p in problems if p.code == code]
    assert mine, problems
    for key, value in expected.items():
        assert any(str(p.params[key]).startswith(str(value)) for p in mine), mine
    for problem in problems:
        assert problem.code in MESSAGES, problem.code
        english, french = describe_problem(problem, "en"), describe_problem(problem, "fr")
        assert "{" not in english + french and english != french, (english, french)


def test_a_sound_ledger_has_no_problem(sound: Path, tmp_path: Path) -> None:
    assert _found(sound, tmp_path, lambda c: None) == []


def test_the_words_name_the_values(sound: Path, tmp_path: Path) -> None:
    problems = _found(
        sound,
        tmp_path,
        lambda c: c.execute("UPDATE accounts SET balance_cents = 123456 WHERE name = 'loyalty'"),
    )
    (problem,) = problems
    assert problem == Problem(
        "check.account_balance",
        {"account": "loyalty", "stored": "1234.56", "rebuilt": problem.params["rebuilt"]},
    )
    assert describe_problem(problem, "en") == (
        f"account loyalty: stored 1234.56 €, its movements say {problem.params['rebuilt']} €"
    )
    assert describe_problem(problem, "fr").startswith("compte loyalty : enregistré 1234.56 €")


def test_the_command_line_prints_the_words(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """cli.md: `problems` is a list of strings; in the ledger's language."""
    path = tmp_path / "books" / "ledger.sqlite3"
    path.parent.mkdir()
    path.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE lots SET used_cents = used_cents - 1 WHERE id = 1")
    conn.close()
    cli = Cli(path, capsys, today=TODAY.isoformat())
    result = cli("check")
    assert result.code == 1
    (line,) = result.data["problems"]
    assert line.startswith("lot 1 (") and "movements say" in line
    cli.ok("settings", "--set", "language=fr")
    (line,) = cli("check").data["problems"]
    assert line.startswith("lot 1 (") and "les mouvements disent" in line
    text = cli("check", as_json=False)
    assert text.code == 1 and text.out.startswith("lot 1 (")
