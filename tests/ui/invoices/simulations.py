"""Invoice simulations shared by the invoice tests."""

from __future__ import annotations


def simulate_ml(window, desk):  # type: ignore[no-untyped-def]
    window.select_project(desk.project("ML training").id)
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "1,840.50"), ("ai", "312.20")])
    invoice = view.simulate()
    assert invoice is not None
    return view, invoice
