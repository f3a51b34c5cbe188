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


def test_the_window_opens_without_a_style_sheet(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A style sheet anywhere above a widget makes Qt style and paint it through its style
    sheet engine: the app-wide one (a table's grid colour, a header's padding) cost ~23 ms
    of the window's start. The platform style and its palette draw the window; a label is
    bold through its font."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.services.desk import Desk
    from desktop_app.ui.app import application
    from desktop_app.ui.main_window import MainWindow

    app = application()
    assert app.styleSheet() == ""
    with Desk.open(tmp_path / "ledger.sqlite3", TODAY) as desk:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        styled = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget)
                  if w.styleSheet() and w.isVisibleTo(window)]  # fmt: skip
        assert styled == []
        assert window.projects.title.font().bold()
        window.close()
