"""The history table: a million movements is a count and the pages on screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.domain.model import Movement, MovementKind, Source
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.tables.names import movement_kind_name, shown_text, source_name


@dataclass
class MovementFilter:
    project_id: int | None = None
    kinds: tuple[MovementKind, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    newest_first: bool = True
    lot_id: int | None = None  # one lot's own history


class MovementModel(PagedTableModel):
    """The history: a million movements is a count and the pages on screen."""

    MONEY_COLUMNS = frozenset({3})
    REVERSIBLE = True

    def __init__(
        self, desk: Desk, parent: Any = None, directory: ProjectDirectory | None = None
    ) -> None:
        super().__init__(desk, parent)
        self.filter = MovementFilter()
        self._own_directory = directory is None
        self.directory = directory or ProjectDirectory()

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Movement"),
            self.tr("Project"),
            self.tr("Amount"),
            self.tr("Lot or account"),
            self.tr("Document"),
            self.tr("Note"),
        ]

    #: The columns a double-click opens: the lot's own history, the document.
    LOT_COLUMN, DOCUMENT_COLUMN = 4, 5

    def header_tip(self, section: int) -> str | None:
        tips = {
            4: self.tr("The credit (its order) or voucher (its code) the movement took from "
                       "or gave to, or the account; double-click: its movements"),
            5: self.tr("The invoice, credit note or order behind the movement; double-click "
                       "an invoice or a credit note to open it"),
        }  # fmt: skip
        return tips.get(section)

    def _count(self) -> int:
        if self._own_directory:
            self.directory.reload(self.desk)
        f = self.filter
        return listing.count_movements(
            self.desk, f.project_id, kinds=f.kinds, date_from=f.date_from, date_to=f.date_to,
            lot_id=f.lot_id,
        )  # fmt: skip

    def fetch_on(self, desk: Desk, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        f = self.filter
        return listing.list_movements(
            desk,
            f.project_id,
            kinds=f.kinds,
            date_from=f.date_from,
            date_to=f.date_to,
            newest_first=f.newest_first != reverse,
            limit=limit,
            offset=offset,
            lot_id=f.lot_id,
        )

    def set_filter(self, movement_filter: MovementFilter) -> None:
        self.filter = movement_filter
        self.reload()

    def cell(self, movement: Movement, column: int) -> str:
        match column:
            case 0:
                return i18n.day(movement.date)
            case 1:
                return movement_kind_name(movement.kind)
            case 2:
                if movement.project_id is None:
                    return self.tr("(account)")
                return self.directory.names.get(movement.project_id, "")
            case 3:
                return i18n.money(movement.amount)
            case 4:
                return lot_or_account(movement)
            case 5:
                return document_of(movement)
            case _:
                return shown_text(movement.note_code, movement.note)


def lot_or_account(movement: Movement) -> str:
    """Which lot paid (or was paid, or lost): its reference; else the account's name."""
    if movement.lot_reference:
        return movement.lot_reference
    if movement.account:
        try:
            return source_name(Source(movement.account))
        except ValueError:
            return movement.account
    return ""


def document_of(movement: Movement) -> str:
    """The document behind the movement: an invoice, a credit note, else its own reference
    when it is not the lot's (an order created or cancelled, a top-up's)."""
    if movement.invoice_number:
        return movement.invoice_number
    if movement.credit_note:
        return movement.credit_note
    if movement.reference not in (movement.lot_reference, movement.account):
        return movement.reference
    return ""
