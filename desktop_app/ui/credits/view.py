"""The credits & vouchers tab: the lots of the project chosen, searched and sorted; buying
credit, adding a voucher, importing voucher codes."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot, Project, PurchaseOrder
from desktop_app.domain.record import replace
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.credits.models import LotModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.behaviour import opens
from desktop_app.ui.tables.totals import TotalsRow
from desktop_app.ui.widgets.actions import action_tip, make_action
from desktop_app.ui.widgets.jobs import Job
from desktop_app.ui.widgets.progress import export_with_progress
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.table_view import DAY, MONEY, setup_table, size_columns
from desktop_app.ui.widgets.tones import Hue, tint
from desktop_app.ui.widgets.view_only import refused_on_view_date, set_write_enabled

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from desktop_app.services.vouchers import ImportResult
    from desktop_app.ui.credits.dialogs import AddVoucherDialog, BuyCreditDialog
    from desktop_app.ui.onboarding.assistant import FirstRunAssistant

SAMPLES = [
    "Voucher", "XXXX-XXXX-XXXX", "Compute starter voucher", MONEY, MONEY, MONEY, MONEY, DAY,
    DAY, "Not yet valid",
]  # fmt: skip


class CreditsView(Retranslated, QWidget):
    """``written`` after something was written that other tabs show (an order created);
    ``written_in_worker`` after a job's worker wrote (codes imported: the window re-reads the
    ledger as its poll does, ``ledger/reread``); ``lot_added`` with a voucher's new lot (the
    window shows it)."""

    written = Signal()
    written_in_worker = Signal()
    lot_added = Signal(CreditLot)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.project: Project | None = None
        self.dialog: BuyCreditDialog | AddVoucherDialog | None = None
        self.assistant: FirstRunAssistant | None = None
        self.import_dialog: QDialog | None = None  # the last import's result
        self.lot_model = LotModel(desk, self)
        self.lots = QTableView()
        self.lots.setModel(self.lot_model)
        setup_table(self.lots, sortable=True, stretch_last=False, many=True)
        header = self.lots.horizontalHeader()
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)
        header.setSortIndicator(LotModel.EXPIRES_COLUMN, Qt.SortOrder.AscendingOrder)
        self.totals = TotalsRow(self.lots, LotModel.MONEY_COLUMNS)
        self.lot_model.modelReset.connect(self.update_totals)
        opens(self.lots, lambda _index: self.show_lot_movements())  # or Enter, or Open
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.show_all = QCheckBox()
        self.show_all.toggled.connect(self.apply_filter)
        self.buy_button = QPushButton()
        self.buy_button.clicked.connect(lambda _checked=False: self.buy_credit())
        self.voucher_button = QPushButton()
        self.voucher_button.clicked.connect(self.add_voucher)
        self.legend = QLabel()
        self.legend.setAutoFillBackground(True)  # the highlight of the rows it explains
        legend = self.legend.palette()
        legend.setColor(QPalette.ColorRole.Window, tint(Hue.WARNING))
        legend.setColor(QPalette.ColorRole.WindowText, legend.color(QPalette.ColorRole.Text))
        self.legend.setPalette(legend)
        self.legend.setContentsMargins(6, 2, 6, 2)
        #: A search that only lots left out match: how many, and a link to show them.
        self.hidden_hint = QLabel()
        self.hidden_hint.setWordWrap(True)  # never what makes the window wider
        self.hidden_hint.setVisible(False)
        self.hidden_hint.linkActivated.connect(lambda _link: self.show_all.setChecked(True))
        self._make_actions()
        self._lay_out()
        self.retranslate()

    def _make_actions(self) -> None:
        """The credit menu's and the toolbar's (the window puts them there)."""
        self.buy_action = make_action(self, self.buy_credit, "Ctrl+B")
        self.voucher_action = make_action(self, self.add_voucher, "Ctrl+Shift+V")
        self.import_vouchers_action = make_action(self, self.import_vouchers, "Ctrl+Shift+I")

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_all)
        top.addStretch(1)
        top.addWidget(self.buy_button)
        top.addWidget(self.voucher_button)
        layout.addLayout(top)
        table = QVBoxLayout()
        table.setSpacing(0)
        table.addWidget(self.lots)
        table.addWidget(self.totals)  # under it, column under column
        layout.addLayout(table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addWidget(self.hidden_hint, 1)
        bottom.addStretch(0)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.buy_action.setText(self.tr("&Buy credit…"))
        self.voucher_action.setText(self.tr("Add a &voucher…"))
        self.import_vouchers_action.setText(self.tr("&Import voucher codes…"))
        self.search.setPlaceholderText(self.tr("Search a reference or description"))
        self.search.setAccessibleName(self.tr("Search the credits and vouchers"))
        self.lots.setAccessibleName(self.tr("Credits and vouchers"))
        self.show_all.setText(self.tr("Show exhausted and expired"))
        self.buy_button.setText(self.tr("Buy credit…"))
        self.voucher_button.setText(self.tr("Add a voucher…"))
        self.lot_model.retranslate()
        size_columns(self.lots, SAMPLES)
        self.totals.setAccessibleName(self.tr("Totals of the credits and vouchers listed"))
        self.update_totals()
        self.update_buttons()

    # -- what the window tells --------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.lot_model.desk = desk
        self.set_project(None)

    def set_today(self, day: date) -> None:
        """Another day shown: the lots as of then, the same project kept (the window reads
        them again)."""
        self.desk = self.desk.with_today(day)
        self.lot_model.desk = self.desk
        self.update_buttons()

    def set_project(self, project: Project | None) -> None:
        """The lots of the project chosen on the left (none: an empty table); the same one
        chosen again keeps the table as it is (``refresh`` reads it again)."""
        previous, self.project = self.project, project
        if project is None:
            self.lot_model.clear_project()
        elif previous is None or previous.id != project.id:
            self.lot_model.set_filter(project_id=project.id)
        self.update_buttons()

    def refresh(self) -> None:
        """The ledger changed: the lots read again, the same lot selected if still listed."""
        lot = self.selected_lot()
        rows = self.lots.selectionModel().selectedRows()
        near = rows[0].row() if rows else -1
        self.lot_model.reload()
        if lot is not None:
            row = self.lot_model.row_of_lot(lot.id, near)
            if row >= 0:
                self.lots.selectRow(row)
        self.update_buttons()

    def update_buttons(self) -> None:
        """The controls that write: they need a project, and today as "as of" (rule 13)."""
        has = self.project is not None
        set_write_enabled(self.buy_button, self.desk, has)
        set_write_enabled(self.voucher_button, self.desk, has)
        set_write_enabled(self.buy_action, self.desk, has, action_tip(self.buy_action))
        set_write_enabled(self.voucher_action, self.desk, has, action_tip(self.voucher_action))
        set_write_enabled(self.import_vouchers_action, self.desk)

    # -- the table -----------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.lot_model.set_filter(include_all=self.show_all.isChecked(), search=self.search.text())

    def update_totals(self) -> None:
        """The totals row: what every lot listed adds up to (the search and "show all" as
        chosen), from one aggregate; empty with no project. The legend: the lead time."""
        days = str(self.lot_model.notice.days)
        self.legend.setText(self.tr("Highlighted: expires within %1 days").replace("%1", days))
        totals = self.lot_model.totals()
        if totals is None:
            self.totals.totals.set_cells({}, {}, "")
            self.hidden_hint.setVisible(False)
            return
        sums = (totals.total, totals.used, totals.expired, totals.available)
        counted = self.tr("%1 lot(s)").replace("%1", i18n.count(totals.count))
        texts = {0: self.tr("Total"), 1: counted}
        values: dict[int, object] = {1: totals.count}
        for column, amount in zip(sorted(LotModel.MONEY_COLUMNS), sums, strict=True):
            texts[column], values[column] = i18n.money(amount), amount
        tip = self.tr("The sum of every lot listed, not only those on screen")
        self.totals.totals.set_cells(texts, values, tip)
        self._hint_hidden(totals.count)

    def _hint_hidden(self, listed: int) -> None:
        """Nothing listed for a search, the exhausted and expired left out: how many of those
        match, with a link that shows them (one more aggregate, only then)."""
        hidden = 0
        if not listed and self.search.text() and not self.show_all.isChecked():
            wanted = replace(self.lot_model.query(), include_all=True)
            with contextlib.suppress(CodedError):  # the hint is a courtesy: never an error
                hidden = listing.credits_totals(self.desk, wanted).count
        self.hidden_hint.setVisible(hidden > 0)
        if hidden:
            from html import escape  # with its entity tables: once there is a hint to write

            text = self.tr("No lot with credit left matches; %1 exhausted or expired do.")
            show = self.tr("Show them")
            text = escape(text).replace("%1", i18n.count(hidden))
            self.hidden_hint.setText(f'{text} <a href="show">{escape(show)}</a>')

    def selected_lot(self) -> CreditLot | None:
        rows = self.lots.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def show_lot_movements(self) -> QDialog | None:
        """The selected lot's own history (a dialog, ``history.lot``)."""
        from desktop_app.ui.history.lot import open_lot_movements

        lot = self.selected_lot()
        return open_lot_movements(self.desk, lot.id, self) if lot is not None else None

    def show_lot(self, lot: CreditLot) -> None:
        """The lot selected in the table (of its project, chosen by the window), the search
        cleared and the exhausted and expired lots shown if that is what it takes."""
        row = self.lot_model.row_of_lot(lot.id)
        if row < 0 and self.search.text():
            self.search.clear()
            row = self.lot_model.row_of_lot(lot.id)
        if row < 0 and not self.show_all.isChecked():
            self.show_all.setChecked(True)
            row = self.lot_model.row_of_lot(lot.id)
        if row >= 0:
            self.lots.selectRow(row)
            self.lots.scrollTo(self.lot_model.index(row, 0))

    def export_csv(self, on_done: Callable[[Path], object] | None = None) -> Job[Path] | None:
        """The project's credits (every project's with none chosen) to CSV, with progress."""
        path, _ = ask_save(
            self, Kind.CSV, self.tr("Export CSV"), "credits.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        scope = self.project.id if self.project is not None else None
        return export_with_progress(self, self.desk, "credits", Path(path), scope, on_done=on_done)

    # -- buying credit, adding vouchers -------------------------------------------------------
    def buy_credit(self, amount: Decimal | None = None) -> BuyCreditDialog | None:
        """The buy-credit dialog for the project chosen (``amount`` typed in it). Before the
        ledger has the details an order prints, the assistant asks for them first (None)."""
        if self.project is None or refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.onboarding.ask import ask_order_details

        self.assistant = ask_order_details(self, self.desk, lambda: self._details_set(amount))
        if self.assistant is not None:
            return None
        from desktop_app.ui.credits.dialogs import BuyCreditDialog

        dialog = BuyCreditDialog(self.desk, self.project, self)
        dialog.order_created.connect(self._ordered)
        self.dialog = dialog
        if amount is not None:
            dialog.amount.setText(i18n.number(amount))
        dialog.open()
        return dialog

    def _details_set(self, amount: Decimal | None) -> None:
        self.written.emit()  # the account's details changed
        self.buy_credit(amount)

    def prepare_purchase(self, amount: Decimal) -> BuyCreditDialog | None:
        """The buy-credit dialog with ``amount`` typed (the forecast's advice)."""
        return self.buy_credit(amount)

    def _ordered(self, _order: PurchaseOrder) -> None:
        self.written.emit()

    def add_voucher(self) -> AddVoucherDialog | None:
        if self.project is None or refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.credits.dialogs import AddVoucherDialog

        dialog = AddVoucherDialog(self.desk, self.project, self)
        dialog.lot_added.connect(self.lot_added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_vouchers(self) -> Job[ImportResult] | None:
        """Codes from a CSV file into the catalogue (they are redeemed later, one by one), in
        a worker; the result dialog opens when it is done (``import_dialog``)."""
        if refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.credits.voucher_import import choose_and_import

        return choose_and_import(self, self.desk, self._imported)

    def import_file(self, path: Path) -> Job[ImportResult] | None:
        """``import_vouchers`` of a file chosen already."""
        if refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.credits.voucher_import import import_and_show

        return import_and_show(self, self.desk, path, self._imported)

    def _imported(self, dialog: QDialog) -> None:
        self.import_dialog = dialog
        self.written_in_worker.emit()  # the history and the catalogue changed
