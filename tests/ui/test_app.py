"""Starting the window: the self-test and the screenshots."""

from __future__ import annotations

import argparse

from tests.ui.conftest import TODAY


def test_self_test_and_screenshots(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app import run_from_cli

    args = argparse.Namespace(db=tmp_path / "demo.sqlite3", today=TODAY, demo=True,
                              screenshot=None, self_test=True)  # fmt: skip
    assert run_from_cli(args) == 0
    shots = tmp_path / "shots"
    args.self_test, args.screenshot = False, shots
    assert run_from_cli(args) == 0
    names = {p.name for p in shots.glob("*.png")}
    wanted = {"main-en.png", "main-fr.png", "buy-credit.png", "add-voucher-error.png",
              "orders.png", "invoice-simulation.png", "history.png", "account.png",
              "period-report.png", "posted-invoices.png", "invoice-detail.png",
              "lot-movements.png", "voucher-catalogue.png"}  # fmt: skip
    assert wanted <= names
