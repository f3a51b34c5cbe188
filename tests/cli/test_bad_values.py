"""Bad values are bad input (exit 1, one `error:` line), told on one line, in the ledger's
language; exit 2 stays for unknown commands and options and for missing required options."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.ledger import Cli, assert_one_error_line, dump, run_program

BAD_VALUES = [
    (["--today", "2026-13-01", "project", "list"], "2026-13-01"),
    (["--today", "x", "project", "list"], "'x' is not a date"),
    (["--today", "yesterday", "project", "list"], "yesterday"),
    (["--today", "9999-12-31", "project", "list"], "9999-12-31"),
    (["--today", "0001-01-01", "project", "list"], "0001-01-01"),
    (["order", "pay", "PO-2026-00001", "--date", "2026-02-30"], "2026-02-30"),
    (["order", "pay", "PO-2026-00001", "--date", "9999-12-31"], "9999-12-31"),
    (["voucher", "issue", "--amount", "5", "--expires-on", "31/12/2026"], "31/12/2026"),
    (["voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "two"],
     "not a whole number"),
    (["voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "²"], "²"),
    (["voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "٣"], "٣"),
    (["voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "9" * 5000],
     "not between 1 and"),
    (["invoice", "simulate", "--project", "1", "--date", "2026-1-1", "--line", "a=1"], "2026-1-1"),
    (["forecast", "--project", "1", "--monthly", "a=1", "--months", "0"], "not between 1 and 120"),
    (["forecast", "--project", "1", "--monthly", "a=1", "--months", "twelve"], "twelve"),
    (["advise", "--project", "1", "--monthly", "a=1", "--months", "3", "--from-history", "99"],
     "99"),
    (["alerts", "--days", "99999999"], "99999999"),
    (["alerts", "--days", "-1"], "-1"),
    (["payment-method", "default", "99999999999999999999"], "99999999999999999999"),
    (["payment-method", "default", "①"], "①"),
    (["order", "list", "--status", "lost"], "lost"),
    (["payment-method", "add", "--type", "cash", "--label", "Cash"], "cash"),
    (["export", "invoices", "--output", "x.csv"], "invoices"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "shown"), BAD_VALUES)
def test_a_bad_value_is_refused_with_one_line_and_creates_nothing(
    argv: list[str], shown: str, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main

    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    assert code == 1, err
    line = assert_one_error_line(err)
    assert "usage:" not in err
    assert shown in line
    assert out == ""
    assert not db.exists(), "a bad value must not even create the ledger"


def test_a_bad_value_leaves_an_existing_ledger_as_it_was(funded: Cli) -> None:
    funded.refused("order", "pay", "PO-2026-00001", "--date", "2026-13-01", expect="2026-13-01")
    funded.refused("voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31",
                   "--count", "2x", expect="2x")  # fmt: skip


def test_a_bad_value_in_a_real_process_is_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    result = run_program(db, "voucher", "issue", "--amount", "5", "--expires-on", "2026-13-01")
    assert (result.code, result.out) == (1, "")
    assert "2026-13-01" in assert_one_error_line(result.err)
    unknown = run_program(db, "voucher", "issue", "--amount", "5", "--expiry", "2026-12-01")
    assert unknown.code == 2 and "usage:" in unknown.err


def test_the_first_bad_value_is_the_one_told(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli.main import main

    argv = ["--db", str(db), "--today", "bad-day", "alerts", "--days", "bad-days"]
    assert main(argv) == 1
    assert "bad-day'" in assert_one_error_line(capsys.readouterr().err)


# -- typed control characters are echoed escaped, on one line -----------------------------------
@pytest.mark.parametrize(
    "typed", ["Web\nerror: fake", "\x1b[31mred", "a\rb", "tab\there", "\u202eevil"]
)
def test_typed_control_characters_are_shown_escaped_on_one_line(funded: Cli, typed: str) -> None:
    for args in (
        ("credit", "list", "--project", typed),
        ("voucher", "redeem", typed, "--project", "Web"),
        ("credit", "buy", "--project", "Web", "--amount", typed),
        ("order", "pay", typed),
    ):
        line = funded.refused(*args)
        assert not any(char in line for char in "\n\r\x1b\t\u202e"), line
        escaped = typed.encode("unicode_escape").decode("ascii")
        assert escaped in line, line


def test_escaping_keeps_letters_of_every_script_readable(funded: Cli) -> None:
    line = funded.refused("credit", "list", "--project", "Café\n東京")
    assert "Café\\n東京" in line


# -- messages follow the ledger's language once it is open --------------------------------------
def test_refusals_follow_the_ledgers_language_setting(funded: Cli) -> None:
    funded.ok("settings", "--set", "language=fr")
    line = funded.refused("credit", "buy", "--project", "Web", "--amount", "-5")
    assert "montant" in line and "negative" not in line  # LANG is C.UTF-8 here
    line = funded.refused("order", "pay", "PO-2026-99999")
    assert "aucun bon de commande" in line


def test_refusals_before_the_ledger_opens_follow_the_environment(funded: Cli) -> None:
    funded.ok("settings", "--set", "language=fr")
    line = funded.refused("alerts", "--days", "lots")
    assert "is not a whole number" in line  # told before the ledger is opened


def test_a_french_ledger_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    assert run_program(db, "settings", "--set", "language=fr").code == 0
    before = dump(db)
    result = run_program(db, "project", "add", "")
    assert result.code == 1
    assert "nom" in assert_one_error_line(result.err)
    assert dump(db) == before


def test_rejected_import_lines_follow_the_ledgers_language(funded: Cli, tmp_path: Path) -> None:
    """The words of a rejected CSV line come from the same resolution as the refusals'."""
    from desktop_app.domain.codes import new_code

    csv = tmp_path / "codes.csv"
    csv.write_text(f"{new_code()},-5,2027-06-30\n", encoding="utf-8")
    funded.ok("settings", "--set", "language=fr")
    rejected = funded.ok("voucher", "import", str(csv))["rejected"]
    assert "négatif" in rejected[0]["error"], rejected
    text = funded("voucher", "import", str(csv), as_json=False).out
    assert "négatif" in text, text
