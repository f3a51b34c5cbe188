"""`movement list --json`: an order's creation is kind ORDER_CREATED (cli.md, README);
notes and descriptions in the English words scripts have always read, whatever the language."""

from __future__ import annotations

import pytest

from tests.helpers.ledger import Cli


@pytest.mark.parametrize("language", ["en", "fr"])
def test_kinds_notes_and_descriptions(cli: Cli, language: str) -> None:
    cli.ok("settings", "--set", f"language={language}")
    cli.ok("project", "add", "Web")
    number = cli.ok("credit", "buy", "--project", "Web", "--amount", "100")["number"]
    lot = cli.ok("order", "pay", number)
    assert lot["description"] == "Public Cloud credit"
    moves = cli.ok("movement", "list")
    assert [(m["kind"], m["note"]) for m in moves] == [
        ("ORDER_CREATED", "purchase order created"),
        ("ORDER", ""),
    ]
    text = cli("movement", "list", as_json=False).out
    assert "ORDER_CREATED" in text and "MANUAL" not in text
