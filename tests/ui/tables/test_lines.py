"""The invoice lines typed in a table: Qt's model tester, the row protocol, reading amounts."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.model import InvoiceLine
from desktop_app.ui.tables.lines import InvoiceLinesModel


def test_invoice_lines_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = InvoiceLinesModel()
    model.add_line("storage", "12,50")
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), "100")
    assert model.lines() == [
        InvoiceLine("compute", Decimal("100.00")),
        InvoiceLine("storage", Decimal("12.50")),
    ]


def test_invoice_lines_are_inserted_and_removed_never_reset(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's row protocol (insertRows, removeRows), checked by the model tester as it goes:
    a view keeps its selection and its open editor across a change of the lines."""
    model = InvoiceLinesModel()
    qtmodeltester.check(model)
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.insertRows(0, 2)
        assert [model.index(r, 0).data() for r in range(3)] == ["", "", "compute"]
        assert not model.insertRows(5, 1)  # past the end
        assert not model.removeRows(1, 5)  # more than there are
        assert not model.insertRows(0, 1, model.index(0, 0))  # a table: no children
        assert model.removeRows(0, 2)
        assert model.add_line("storage", "12,50") == 1
        model.remove_line(0)
        model.set_lines([("ai", "1"), ("compute", "2"), ("storage", "3")])
        model.set_lines([])
    assert inserted == [(0, 1), (1, 1), (0, 2)]
    assert removed == [(0, 1), (0, 0), (0, 0), (0, 2)]
    assert model.rowCount() == 0
