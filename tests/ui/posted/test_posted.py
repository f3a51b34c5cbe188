"""Posted invoices in the window: the paged list (qtmodeltester), by project and period; an
invoice's detail (lines, who paid what lot by lot, the payment method); its statement
written through the command line's service; from a reversed invoice, its credit note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop_app.services.books import reversal
from desktop_app.services.desk import Desk
from desktop_app.ui.posted.detail import CreditNoteDialog, InvoiceDialog, open_invoice
from desktop_app.ui.posted.models import InvoiceFilter, PostedInvoiceModel
from desktop_app.ui.posted.view import PostedInvoicesView
from desktop_app.ui.tables.directory import ProjectDirectory
from tests.helpers.files import dump
from tests.helpers.jobs import finish


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the system's viewer was asked to open."""
    seen: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: seen.append(url.toLocalFile()) or True
    )
    return seen


def _directory(desk: Desk) -> ProjectDirectory:
    directory = ProjectDirectory()
    directory.reload(desk)
    return directory


def test_the_list_pages_newest_first_and_filters(qtmodeltester, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    model = PostedInvoiceModel(posted, _directory(posted))
    model.PAGE = 2  # three invoices: two pages, the second read from the end
    model.reload()
    qtmodeltester.check(model)
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert numbers == ["INV-2026-00003", "INV-2026-00002", "INV-2026-00001"]
    assert [model.index(2, c).data() for c in (2, 3, 4, 5, 6)] == [
        "Production web", "€120.00", "€120.00", "€0.00", "CN-2026-00001"]  # fmt: skip
    web = posted.project("Production web").id
    model.set_filter(InvoiceFilter(project_id=web))
    assert model.total() == 2
    model.set_filter(InvoiceFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 10)))
    assert [row[0].number for row in model.rows()] == ["INV-2026-00002"]
    qtmodeltester.check(model)


def test_one_services_function_for_the_list_and_the_command_line(posted: Desk) -> None:
    every = reversal.list_invoices(posted)
    assert [i.number for i, _ in every] == ["INV-2026-00001", "INV-2026-00002", "INV-2026-00003"]
    newest = reversal.list_invoices(posted, newest_first=True, limit=2, offset=1)
    assert [i.number for i, _ in newest] == ["INV-2026-00002", "INV-2026-00001"]
    assert reversal.count_invoices(posted, "Data lake") == 1
    assert dict((i.number, by) for i, by in every)["INV-2026-00001"] == "CN-2026-00001"


def test_the_view_follows_the_project_and_all_projects_is_a_choice(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    view = PostedInvoicesView(posted, _directory(posted))
    qtbot.addWidget(view)
    assert view.model.total() == 3  # all projects, until a project is chosen
    view.set_project(posted.project("Data lake"))
    assert [row[0].number for row in view.model.rows()] == ["INV-2026-00002"]
    view.project.setCurrentIndex(0)  # "All projects"
    assert view.model.total() == 3 and view.count.text() == "3 invoice(s)"
    view.period.setChecked(True)
    view.date_from.setDate(date(2026, 11, 1))
    view.date_to.setDate(date(2026, 11, 30))
    assert [row[0].number for row in view.model.rows()] == ["INV-2026-00003", "INV-2026-00002"]


def test_an_invoice_opens_on_its_lines_and_who_paid_what(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    view = PostedInvoicesView(posted, _directory(posted))
    qtbot.addWidget(view)
    assert not view.open_button.isEnabled()
    view.select("INV-2026-00001")
    assert view.note_button.isEnabled()
    dialog = view.open_selected()
    assert isinstance(dialog, InvoiceDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Invoice INV-2026-00001"
    assert dialog.lines_model.index(0, 0).data() == "compute"
    paid = [(dialog.paid_model.index(r, 0).data(), dialog.paid_model.index(r, 2).data())
            for r in range(dialog.paid_model.rowCount())]  # fmt: skip
    assert paid == [("Voucher", "€50.00"), ("Credit", "€70.00")]
    assert dialog.paid_model.index(1, 1).data() == "PO-2026-00001"  # which lot paid
    assert "CN-2026-00001" in dialog.heading.text() and dialog.other_button.isVisible()
    assert "€0.00 incl. VAT" in dialog.footer.text()


def test_a_reversed_invoice_opens_its_credit_note_and_back(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    dialog = open_invoice(posted, "INV-2026-00001")
    assert dialog is not None
    qtbot.addWidget(dialog)
    note = dialog.open_other()
    assert isinstance(note, CreditNoteDialog)
    qtbot.addWidget(note)
    assert note.windowTitle() == "Credit note CN-2026-00001"
    assert note.returned_model.rowCount() == 2
    assert note.returned_model.index(0, 2).data() == "€50.00"
    back = note.open_other()
    assert isinstance(back, InvoiceDialog) and back.number == "INV-2026-00001"
    qtbot.addWidget(back)
    view = PostedInvoicesView(posted, _directory(posted))
    qtbot.addWidget(view)
    view.select("INV-2026-00003")
    assert not view.note_button.isEnabled() and view.open_credit_note() is None


def test_the_statement_is_the_command_lines_pdf_and_opens(
    qtbot, posted: Desk, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    before = dump(posted.path)
    view = PostedInvoicesView(posted, _directory(posted))
    qtbot.addWidget(view)
    view.select("INV-2026-00002")
    written = finish(qtbot, view.statement())
    assert written == posted.path.parent / "ledger-books" / "INV-2026-00002.pdf"
    assert Path(written).read_bytes().startswith(b"%PDF") and opened == [str(written)]
    assert dump(posted.path) == before  # a reprint writes nothing in the ledger


def test_save_the_credit_notes_pdf_elsewhere(
    qtbot, posted: Desk, save_as, tmp_path: Path, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.posted.detail import open_credit_note

    note = open_credit_note(posted, "CN-2026-00001")
    assert note is not None
    qtbot.addWidget(note)
    save_as(tmp_path / "avoir.pdf")
    written = finish(qtbot, note.save_pdf_as())
    assert written == tmp_path / "avoir.pdf" and written.read_bytes().startswith(b"%PDF")
    assert opened == [] and str(written) in note.footer.text()


def test_an_unknown_invoice_is_said_and_opens_nothing(posted: Desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    assert open_invoice(posted, "INV-2026-00099") is None
    assert message_mock.codes() == ["invoice.unknown"]


def test_enter_on_a_row_opens_it(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    view = PostedInvoicesView(posted, _directory(posted))
    qtbot.addWidget(view)
    view.show()
    view.select("INV-2026-00002")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    from desktop_app.ui.posted import detail

    shown = [d for d in detail._OPEN if isinstance(d, InvoiceDialog)]
    assert shown and shown[-1].number == "INV-2026-00002"
    for dialog in shown:
        dialog.close()


def test_a_double_click_opens_one_invoice_once(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.posted import detail

    view = PostedInvoicesView(posted, _directory(posted))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    before = len(detail._OPEN)
    rect = view.table.visualRect(view.model.index(1, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = detail._OPEN[before:]
    assert [d.number for d in opened] == ["INV-2026-00002"]  # one dialog, not two
    for dialog in opened:
        dialog.close()
