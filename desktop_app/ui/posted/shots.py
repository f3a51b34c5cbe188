"""The lists' screens for ``gui --screenshot`` (``ui.app.take_screenshots``): the invoices
posted, one invoice's detail, a lot's movements, the history naming the lots, the voucher
catalogue."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.domain.books.entries import InvoiceTotals
from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Source
from desktop_app.services import listing
from desktop_app.services.books import reversal

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

Grab = Callable[[QWidget, Path], Path]


def shoot_lists(window: MainWindow, out: Path, grab: Grab, suffix: str = "") -> list[Path]:
    """Each screen as ``<name><suffix>.png`` in ``out`` (the window's language as it is)."""
    shots: list[Path] = []
    desk = window.desk
    window.tabs.setCurrentWidget(window.invoice_tab)
    posted = window.invoice_tab.view.show_posted()
    shots.append(grab(window, out / f"posted-invoices{suffix}.png"))
    with contextlib.suppress(CodedError):
        # the invoice that took from the most lots and sources shows the detail best
        listed = reversal.list_invoices(desk, posted.project.project_id())
        if listed:
            chosen = max(listed, key=_telling)[0].number
            posted.select(chosen)
            dialog = posted.open_selected()
            if dialog is not None:
                shots.append(grab(dialog, out / f"invoice-detail{suffix}.png"))
                dialog.close()
        lots = listing.list_credits(desk, posted.project.project_id(), include_all=True)
        if lots:
            from desktop_app.ui.history.lot import open_lot_movements

            lot_dialog = open_lot_movements(desk, lots[0].id, window)
            if lot_dialog is not None:
                shots.append(grab(lot_dialog, out / f"lot-movements{suffix}.png"))
                lot_dialog.close()
    window.invoice_tab.view.show_simulation()
    catalogue = window.extras.show_voucher_catalogue()
    shots.append(grab(catalogue, out / f"voucher-catalogue{suffix}.png"))
    catalogue.close()
    return shots


def _telling(row: tuple[InvoiceTotals, str | None]) -> tuple[int, int]:
    lots = sum(source in (Source.VOUCHER, Source.CREDIT) for source, _ in row[0].paid)
    return lots, len(row[0].paid)
