"""File > Reconcile with OVHcloud…: the comparison in a worker, the table (qtmodeltester),
its words, the exports through the job pattern; the ledger unchanged throughout."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.desk import Desk
from desktop_app.services.ovh.importing import import_dump, reconcile
from desktop_app.ui.reconcile.dialog import ReconcileDialog
from desktop_app.ui.reconcile.models import ReconcileModel
from tests.helpers.files import dump
from tests.helpers.jobs import finish
from tests.helpers.ovh_api import WEB, price, small_account, write


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """The day the dump was fetched (tests/helpers/ovh_api.GENERATED_AT)."""
    with Desk.open(tmp_path / "ledger.sqlite3", today=date(2026, 1, 31)) as opened:
        yield opened


@pytest.fixture
def dumped(desk: Desk, tmp_path: Path) -> Path:
    """The small account imported, then changed at OVHcloud: credit 101 used 10 more."""
    account = small_account()
    file = write(tmp_path / "ovh.json", account)
    import_dump(desk, file)
    credit = account["projects"][WEB]["credits"][0]
    credit["used_credit"], credit["available_credit"] = price("130.40"), price("369.60")
    return write(file, account)


def test_the_model_passes_qtmodeltester(qtmodeltester, desk: Desk, dumped: Path) -> None:  # type: ignore[no-untyped-def]
    model = ReconcileModel()
    model.set_rows(reconcile(desk, dumped)[1].rows())
    qtmodeltester.check(model)
    texts = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    assert texts[0] == ["differs", "Web shop", "FR51234567", "available", "379.60", "369.60"]
    assert ["matched", "Web shop", "TRY-OLD-0001", "", "50.00", "50.00"] in texts


def test_the_menu_compares_in_a_worker_and_shows_it(
    qtbot,
    window,
    dumped: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    before = dump(window.desk.path)
    entry = window.extras.reconcile
    assert entry.action in window.file_menu.menu.actions()
    assert entry.action.text() == "Reconci&le with OVHcloud…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dumped), ""))
    found = finish(qtbot, entry.choose())
    assert found is not None and found.differing == 1
    dialog = entry.dialog
    assert isinstance(dialog, ReconcileDialog) and dialog.isVisible()
    assert "2 lots match, 1 differ; 0 missing in the ledger" in dialog.summary.text()
    assert dialog.model.rowCount() == 4
    dialog.filter.setCurrentIndex(1)  # what differs
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == [
        "differs",
        "differs",
    ]
    dialog.filter.setCurrentIndex(3)  # what matches
    assert dialog.model.rowCount() == 2
    assert dump(window.desk.path) == before


def test_the_exports_run_as_jobs(qtbot, desk: Desk, dumped: Path, tmp_path: Path, save_as) -> None:  # type: ignore[no-untyped-def]
    dialog = ReconcileDialog(desk, reconcile(desk, dumped)[1], dumped)
    qtbot.addWidget(dialog)
    before = dump(desk.path)
    save_as(tmp_path / "r.csv")
    assert finish(qtbot, dialog.export_csv()) == 4
    with (tmp_path / "r.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == 5
    save_as(tmp_path / "r.pdf")
    assert finish(qtbot, dialog.export_pdf()) == tmp_path / "r.pdf"
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert dump(desk.path) == before


def test_in_french(qtbot, desk: Desk, dumped: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import i18n

    i18n.set_language("fr")
    dialog = ReconcileDialog(desk, reconcile(desk, dumped)[1], dumped)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rapprocher avec OVHcloud"
    assert dialog.model.index(0, 0).data() == "diffère"


def test_the_forecast_tab_fills_from_the_imported_bills(qtbot, desk: Desk, dumped: Path) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from desktop_app.ui.forecast.view import ForecastView

    view = ForecastView(desk)
    qtbot.addWidget(view)
    view.set_project(desk.project("Web shop").id)
    view.inputs.history_months.setValue(1)
    spend = view.fill_from_history()  # December 2025's bill details, as imported
    assert spend == {"compute": Decimal("250.10"), "storage": Decimal("48.15")}
    assert view.inputs.spend() == spend


def test_the_menu_imports_a_dump_in_a_worker(
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_mock,  # type: ignore[no-untyped-def]
) -> None:
    from desktop_app.services import listing

    file = write(tmp_path / "fresh.json", small_account())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    entry = window.extras.reconcile
    assert entry.import_action in window.file_menu.menu.actions()
    done = finish(qtbot, entry.choose_import())
    assert done is not None and done.projects_added == 1 and done.wrote
    assert len(listing.list_credits(window.desk, "Web shop", include_all=True)) == 3
    assert "3 lots added" in message_mock.getmsg("info").text
    before = dump(window.desk.path)
    again = finish(qtbot, entry.choose_import())  # the same file again: nothing written
    assert again is not None and not again.wrote and dump(window.desk.path) == before
    assert "0 lots added, 3 matched" in message_mock.getmsg("info").text


def test_the_menu_imports_nothing_on_a_view_date(qtbot, window, message_mock) -> None:  # type: ignore[no-untyped-def]
    window.set_as_of(date(2025, 12, 1))
    assert window.extras.reconcile.choose_import() is None
    assert message_mock.codes() == ["ledger.view_only"]
