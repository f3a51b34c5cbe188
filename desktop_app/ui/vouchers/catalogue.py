"""The voucher catalogue (Credit > Voucher catalogue…): the codes this ledger issued or
imported, available, redeemed (on which project, when) or expired unredeemed, by campaign,
paged in SQL (100,000 codes are a count and the pages on screen); exported to CSV as shown.
The same services function answers ``cloud-credit voucher list``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Voucher, VoucherStatus
from desktop_app.services import voucher_catalogue as catalogue
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.flow import FlowLayout
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.sizing import compact_combo
from desktop_app.ui.widgets.table_view import DAY, MONEY, setup_table, size_columns
from desktop_app.ui.widgets.tones import cell_muted

SAMPLES = ["XXXX-XXXX-XXXX", MONEY, DAY, DAY, "compute, storage", "Partner event", "Redeemed",
           "Production web", DAY]  # fmt: skip
#: What the "Show" list offers, in its order (None: every code).
STATUSES = (None, VoucherStatus.AVAILABLE, VoucherStatus.REDEEMED, VoucherStatus.EXPIRED)


def voucher_status_name(status: VoucherStatus) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        VoucherStatus.AVAILABLE: Q.translate("Names", "Available"),
        VoucherStatus.REDEEMED: Q.translate("Names", "Redeemed"),
        VoucherStatus.EXPIRED: Q.translate("Names", "Expired"),
    }[status]


class VoucherCatalogueModel(PagedTableModel):
    """The catalogue by code (a campaign chosen: its codes); one no longer available in grey."""

    MONEY_COLUMNS = frozenset({1})
    REVERSIBLE = True

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self.directory = ProjectDirectory()
        self.filter = catalogue.catalogue_filter(desk)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Amount"),
            self.tr("Valid from"),
            self.tr("Expires on"),
            self.tr("Products"),
            self.tr("Campaign"),
            self.tr("Status"),
            self.tr("Project"),
            self.tr("Redeemed on"),
        ]

    def set_filter(self, wanted: catalogue.CatalogueFilter) -> None:
        self.filter = wanted
        self.reload()

    def _count(self) -> int:
        self.directory.reload(self.desk)
        return catalogue.count_vouchers(self.desk, self.filter)

    def fetch_on(self, desk: Desk, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return catalogue.list_vouchers(
            desk, self.filter, limit=limit, offset=offset, reverse=reverse
        )

    def cell(self, voucher: Voucher, column: int) -> str:
        match column:
            case 0:
                return voucher.code
            case 1:
                return i18n.money(voucher.amount)
            case 2:
                return i18n.day(voucher.valid_from)
            case 3:
                return i18n.day(voucher.expires_on)
            case 4:
                return ", ".join(sorted(voucher.products)) or self.tr("every product")
            case 5:
                return voucher.campaign
            case 6:
                return voucher_status_name(voucher.status(self.filter.today))
            case 7:
                if voucher.project_id is None:
                    return ""
                return self.directory.names.get(voucher.project_id, str(voucher.project_id))
            case _:
                return i18n.day(voucher.redeemed_on) if voucher.redeemed_on else ""

    def extra(self, voucher: Voucher, column: int, role: int) -> Any:
        status = voucher.status(self.filter.today)
        if role == Qt.ItemDataRole.ForegroundRole and status is not VoucherStatus.AVAILABLE:
            return cell_muted()
        return None


class VoucherCatalogueDialog(Retranslated, QDialog):
    """Non-modal; read again whenever it comes to the front (another program, an import)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_export: Path | None = None
        self.model = VoucherCatalogueModel(desk, self)
        self.status_label, self.campaign_label = QLabel(), QLabel()
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem("", status.value if status else None)
        self.campaign = QComboBox()
        self.campaign.addItem("", None)  # every campaign
        for combo in (self.status, self.campaign):
            compact_combo(combo)
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda _checked=False: self.export_csv())
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, many=True)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = FlowLayout()
        top.add_group(self.status_label, self.status)
        top.add_group(self.campaign_label, self.campaign)
        top.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)
        box.addWidget(buttons)
        screen = self.screen().availableGeometry()  # nine columns: as wide as there is room
        self.resize(min(980, screen.width() - 40), min(540, screen.height() - 60))
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voucher catalogue"))
        self.status_label.setText(self.tr("Show:"))
        self.campaign_label.setText(self.tr("Campaign:"))
        self.status.setItemText(0, self.tr("All codes"))
        for index, status in enumerate(STATUSES[1:], 1):
            self.status.setItemText(index, voucher_status_name(status))
        self.campaign.setItemText(0, self.tr("All campaigns"))
        no_campaign = self.campaign.findData("")
        if no_campaign > 0:
            self.campaign.setItemText(no_campaign, self.tr("(no campaign)"))
        self.status.setAccessibleName(self.tr("Status"))
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.table.setAccessibleName(self.tr("Voucher catalogue"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.model.retranslate()
        self.update_count()
        size_columns(self.table, SAMPLES)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()
        super().changeEvent(event)

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()

    def refresh(self) -> None:
        """The campaigns listed again (the one chosen kept), the codes read again."""
        try:
            names = catalogue.campaigns(self.desk)
        except CodedError as error:
            messages.show_error(self, error)
            names = []
        current = self.campaign.currentData()
        with QSignalBlocker(self.campaign):
            while self.campaign.count() > 1:
                self.campaign.removeItem(1)
            for name in names:
                self.campaign.addItem(name or self.tr("(no campaign)"), name)
            self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.apply_filter()

    def current_filter(self) -> catalogue.CatalogueFilter:
        return catalogue.catalogue_filter(
            self.desk, self.status.currentData(), self.campaign.currentData()
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.update_count()

    def update_count(self) -> None:
        self.count.setText(self.tr("%1 code(s)").replace("%1", i18n.count(self.model.total())))

    def export_csv(self, on_done: Callable[[Path], object] | None = None) -> Job[Path] | None:
        """The codes shown (status and campaign as chosen) to CSV, in a worker."""
        path, _ = ask_save(
            self, Kind.CSV, self.tr("Export the voucher catalogue"), "vouchers.csv",
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if not path:
            return None
        wanted, target = self.current_filter(), Path(path)

        def work(worker: Desk, progress: Progress) -> Path:
            catalogue.export_vouchers(worker, wanted, target, progress)
            return target

        def written(done: Path) -> None:
            self.last_export = done
            messages.show_written(self, done)
            if on_done is not None:
                on_done(done)

        dialog = (self.tr("Writing the CSV file…"), self.tr("Cancel"), self.tr("Export"))
        return start_job(self, self.desk, work, on_done=written, dialog=dialog)
