"""The invoice lines editor: amounts shown formatted, a running total, the bad line named
and its cell marked, product names completed from those the ledger's invoices used."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.domain.model import InvoiceLine
from desktop_app.services import invoices
from desktop_app.ui import i18n
from tests.ui.conftest import TODAY


def test_amounts_are_shown_formatted_and_kept_as_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.invoice_view.lines_model
    model.set_lines([("compute", "1840.5"), ("storage", "1 234,56")])
    assert [model.index(r, 1).data() for r in range(2)] == ["1,840.50", "1,234.56"]
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "1840.5"  # what is edited
    i18n.set_language("fr")
    assert model.index(0, 1).data() == "1\u202f840,50"


def test_a_running_total_as_lines_are_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "100"), ("storage", "20.50")])
    assert view.lines_total.text() == "Total: €120.50 excl. VAT (2 line(s))"
    view.lines_model.setData(view.lines_model.index(1, 1), "30")
    assert view.lines_total.text().startswith("Total: €130.00 excl. VAT (2 line(s))")
    view.add_line()
    view.lines_model.setData(view.lines_model.index(2, 0), "ai")
    view.lines_model.setData(view.lines_model.index(2, 1), "5")
    assert view.lines_total.text().startswith("Total: €135.00")


def test_the_bad_line_is_named_and_its_cell_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.invoice_view
    model = view.lines_model
    model.set_lines([("compute", "100"), ("storage", "12.345"), ("ai", "3")])
    bad, good = model.index(1, 1), model.index(0, 1)
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None  # marked, a palette tint
    assert good.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "more than two decimals" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert "Line 2 (storage):" in view.lines_total.text()
    assert view.lines_total.text().startswith("Total: €103.00 excl. VAT (2 line(s))")
    assert view.simulate() is None
    assert view.error.text().startswith("Line 2 (storage): ")
    assert view.lines.currentIndex() == bad  # the bad cell chosen
    assert not view.lines.selectionModel().isSelected(bad)  # its mark shows
    model.setData(bad, "12.34")
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.error.text() == "" and "Line" not in view.lines_total.text()


def test_a_bad_product_name_is_marked_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.invoice_view.lines_model
    model.set_lines([("x" * 70, "10")])
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_product_names_complete_from_the_ledger(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    for product in ("object-storage", "compute", "compute"):
        invoices.post_invoice(desk, "Production web", TODAY, [InvoiceLine(product, Decimal("1"))])
    view = window.invoice_view
    window.show()
    window.tabs.setCurrentWidget(window.invoice_tab)
    index = view.lines_model.index(0, 0)
    view.lines.setCurrentIndex(index)
    view.lines.edit(index)
    QApplication.processEvents()
    editor = view.lines.indexWidget(index) or view.lines.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert completer is not None
    assert completer.model().stringList() == ["compute", "object-storage"]
    completer.setCompletionPrefix("stor")  # contains, not only starts with
    assert completer.currentCompletion() == "object-storage"


def test_an_amount_not_typed_yet_is_not_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The new invoice's first line ("compute", no amount yet) is not an error to show; the
    simulation says the amount is missing, and chooses its cell."""
    view = window.invoice_view
    model = view.lines_model
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.lines_total.text() == "Total: €0.00 excl. VAT (0 line(s))"
    assert view.simulate() is None
    assert view.error.text().startswith("Line 1 (compute): No amount given")
    assert view.lines.currentIndex() == model.index(0, 1)
