"""The main window: projects on the left; credits & vouchers, orders, invoice simulation,
history and the account in tabs; balances in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, Project
from desktop_app.services import accounts, integrity, projects
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.as_of import AsOfBar
from desktop_app.ui.expiry_banner import ExpiryAlerts, ExpiryBanner, load_alerts
from desktop_app.ui.models import ROW_ROLE, LotModel, ProjectDirectory, ProjectModel
from desktop_app.ui.widgets import (
    DAY,
    MONEY,
    Retranslated,
    refused_on_view_date,
    set_write_enabled,
    setup_table,
    size_columns,
)

if TYPE_CHECKING:  # the tabs and dialogs are imported when first shown
    from desktop_app.ui.account_view import AccountView
    from desktop_app.ui.dialogs import AddVoucherDialog, BuyCreditDialog, ProjectDialog
    from desktop_app.ui.forecast_view import ForecastView
    from desktop_app.ui.history_view import HistoryView
    from desktop_app.ui.invoice_view import InvoiceView
    from desktop_app.ui.orders_view import OrdersView

LOT_SAMPLES = [
    "Voucher", "XXXX-XXXX-XXXX", "Compute starter voucher", MONEY, MONEY, MONEY, MONEY, DAY,
    DAY, "Not yet valid",
]  # fmt: skip
PROJECT_SAMPLES = ["Production web xx", MONEY]
MAX_RECENT = 8
#: The tabs after "Credits & vouchers", by the property that builds each.
LAZY_TABS = ("orders_view", "invoice_view", "forecast_view", "history_view", "account_view")
POLL_MS = 1000


def _tab(view: str) -> int:
    """The tab index of a view built on first use (0 is credits & vouchers)."""
    return LAZY_TABS.index(view) + 1


class MainWindow(Retranslated, QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dialog: BuyCreditDialog | AddVoucherDialog | ProjectDialog | None = None
        self._version = desk.ledger.data_version()
        self.setObjectName("MainWindow")
        icon_path = _icon_path()
        if icon_path:
            self.setWindowIcon(QIcon(icon_path))

        # -- left: projects ---------------------------------------------------------------
        # Project names are read once per refresh and shared by the projects, orders and
        # history tables (reloaded by the project model, which is always refreshed first).
        self.directory = ProjectDirectory()
        self.project_model = ProjectModel(desk, self, self.directory)
        self.project_model.reload()
        self.projects = QTableView()
        self.projects.setModel(self.project_model)
        setup_table(self.projects)
        self.projects.selectionModel().selectionChanged.connect(self.project_changed)
        self.projects_title = QLabel()
        self.projects_title.setStyleSheet("font-weight: bold;")
        self.add_project_button = QPushButton()
        self.add_project_button.clicked.connect(self.add_project)
        self.rename_project_button = QPushButton()
        self.rename_project_button.clicked.connect(self.rename_project)
        self.archive_project_button = QPushButton()
        self.archive_project_button.clicked.connect(self.archive_project)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(self.toggle_archived)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(6, 6, 0, 6)
        lbox.addWidget(self.projects_title)
        lbox.addWidget(self.projects)
        row = QHBoxLayout()
        row.addWidget(self.add_project_button)
        row.addWidget(self.rename_project_button)
        row.addWidget(self.archive_project_button)
        lbox.addLayout(row)
        lbox.addWidget(self.show_archived)

        # -- tab 1: credits & vouchers ---------------------------------------------------------
        self.lot_model = LotModel(desk, self)
        self.lots = QTableView()
        self.lots.setModel(self.lot_model)
        setup_table(self.lots, sortable=True, stretch_last=False)
        self.lots.horizontalHeader().setSectionResizeMode(
            2, self.lots.horizontalHeader().ResizeMode.Stretch
        )
        self.lots.horizontalHeader().setSortIndicator(8, Qt.SortOrder.AscendingOrder)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_lot_filter)
        self.show_all = QCheckBox()
        self.show_all.toggled.connect(self.apply_lot_filter)
        self.buy_button = QPushButton()
        self.voucher_button = QPushButton()
        self.legend = QLabel()
        self.legend.setStyleSheet("background: #fff1c7; padding: 2px 6px;")
        credits = QWidget()
        cbox = QVBoxLayout(credits)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_all)
        top.addStretch(1)
        top.addWidget(self.buy_button)
        top.addWidget(self.voucher_button)
        cbox.addLayout(top)
        cbox.addWidget(self.lots)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addStretch(1)
        cbox.addLayout(bottom)

        # -- the other tabs: each is built the first time it is shown (or asked for) --------------
        self._orders_view: OrdersView | None = None
        self._invoice_view: InvoiceView | None = None
        self._forecast_view: ForecastView | None = None
        self._history_view: HistoryView | None = None
        self._account_view: AccountView | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(credits, "")
        for _ in range(len(LAZY_TABS)):
            self.tabs.addTab(QWidget(), "")
        self.tabs.currentChanged.connect(self._tab_shown)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1000])

        # -- the expiry notice, above everything, non-modal ------------------------------------
        self.alerts = ExpiryAlerts(desk.today)
        self.banner = ExpiryBanner()
        self.banner.lot_chosen.connect(self.show_lot)
        central = QWidget()
        cvbox = QVBoxLayout(central)
        cvbox.setContentsMargins(6, 6, 6, 0)
        cvbox.setSpacing(4)
        cvbox.addWidget(self.banner)
        cvbox.addWidget(split, 1)
        self.setCentralWidget(central)

        # -- status bar -------------------------------------------------------------------------
        self.status_available = QLabel()
        self.status_expiry = QLabel()
        self.status_alerts = QLabel()
        self.status_alerts.setObjectName("statusAlerts")
        self.status_alerts.setTextFormat(Qt.TextFormat.RichText)
        self.status_alerts.linkActivated.connect(lambda _href: self.banner.reopen())
        self.status_launchpad = QLabel()
        self.status_loyalty = QLabel()
        for label in (
            self.status_available,
            self.status_expiry,
            self.status_alerts,
            self.status_launchpad,
            self.status_loyalty,
        ):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

        self._make_actions()
        self.buy_button.clicked.connect(self.buy_credit)
        self.voucher_button.clicked.connect(self.add_voucher)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

        self.retranslate()
        self.select_first_project()
        self.refresh_alerts()
        self.refresh_status()
        self.resize(1360, 800)

    # -- the tabs, built on first use ----------------------------------------------------------
    def _install(self, index: int, view: QWidget) -> None:
        """Put the real view in place of the tab's empty page, keeping the tab shown."""
        current = self.tabs.currentIndex()
        text = self.tabs.tabText(index)
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, text)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def _tab_shown(self, index: int) -> None:
        if 1 <= index <= len(LAZY_TABS):
            getattr(self, LAZY_TABS[index - 1])  # builds it

    @property
    def orders_view(self) -> OrdersView:
        if self._orders_view is None:
            from desktop_app.ui.orders_view import OrdersView

            view = OrdersView(self.desk, directory=self.directory)
            view.changed.connect(self.refresh)
            view.lot_paid.connect(self.show_new_lot)
            self._orders_view = view
            self._install(_tab("orders_view"), view)
        return self._orders_view

    @property
    def invoice_view(self) -> InvoiceView:
        if self._invoice_view is None:
            from desktop_app.ui.invoice_view import InvoiceView

            view = InvoiceView(self.desk)
            view.posted.connect(lambda _invoice: self.refresh())
            view.set_project(self.current_project())
            self._invoice_view = view
            self._install(_tab("invoice_view"), view)
        return self._invoice_view

    @property
    def forecast_view(self) -> ForecastView:
        if self._forecast_view is None:
            from desktop_app.ui.forecast_view import ForecastView

            view = ForecastView(self.desk)
            project = self.current_project()
            view.set_project(project.id if project else None)
            view.purchase_requested.connect(self.prepare_purchase)
            self._forecast_view = view
            self._install(_tab("forecast_view"), view)
        return self._forecast_view

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            from desktop_app.ui.history_view import HistoryView

            self._history_view = HistoryView(self.desk, directory=self.directory)
            self._install(_tab("history_view"), self._history_view)
        return self._history_view

    @property
    def account_view(self) -> AccountView:
        if self._account_view is None:
            from desktop_app.ui.account_view import AccountView

            view = AccountView(self.desk)
            view.changed.connect(self.refresh_status)
            view.language_chosen.connect(self.set_language)
            self._account_view = view
            self._install(_tab("account_view"), view)
        return self._account_view

    def built_views(
        self,
    ) -> list[OrdersView | InvoiceView | ForecastView | HistoryView | AccountView]:
        """The tabs built so far (the others are built with the current ledger when shown)."""
        views: list[OrdersView | InvoiceView | ForecastView | HistoryView | AccountView | None] = [
            self._orders_view,
            self._invoice_view,
            self._forecast_view,
            self._history_view,
            self._account_view,
        ]
        return [view for view in views if view is not None]

    # -- actions ----------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            act = QAction(self)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.new_action = action(self.new_ledger, QKeySequence.StandardKey.New)
        self.open_action = action(self.open_ledger_dialog, QKeySequence.StandardKey.Open)
        self.backup_action = action(self.backup_now)
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.buy_action = action(self.buy_credit, "Ctrl+B")
        self.voucher_action = action(self.add_voucher, "Ctrl+Shift+V")
        self.simulate_action = action(self.show_simulation, "Ctrl+I")
        self.import_vouchers_action = action(self.import_vouchers, "Ctrl+Shift+I")
        self.export_action = action(self.export_current, "Ctrl+E")
        self.refresh_action = action(self.refresh, QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.check_action = action(self.check_ledger)

        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.check_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.credit_menu = menu.addMenu("")
        self.credit_menu.addAction(self.buy_action)
        self.credit_menu.addAction(self.voucher_action)
        self.credit_menu.addAction(self.simulate_action)
        self.credit_menu.addSeparator()
        self.credit_menu.addAction(self.import_vouchers_action)
        self.view_menu = menu.addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.as_of_bar = AsOfBar(self.desk)
        self.as_of = self.as_of_bar.date
        self.as_of_label = self.as_of_bar.label
        self.view_only_label = self.as_of_bar.note
        self.today_action = self.as_of_bar.today_action
        self.as_of.dateChanged.connect(self.as_of_changed)
        self.view_menu.addAction(self.today_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.buy_action)
        self.toolbar.addAction(self.voucher_action)
        self.toolbar.addAction(self.simulate_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy())  # fmt: skip
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.as_of_bar)
        self.addToolBar(self.toolbar)
        self.update_recent_menu()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.credit_menu.setTitle(self.tr("&Credit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.new_action.setText(self.tr("&New ledger…"))
        self.open_action.setText(self.tr("&Open ledger…"))
        self.backup_action.setText(self.tr("&Backup now"))
        self.check_action.setText(self.tr("Check the ledger"))
        self.quit_action.setText(self.tr("&Quit"))
        self.buy_action.setText(self.tr("&Buy credit…"))
        self.voucher_action.setText(self.tr("Add a &voucher…"))
        self.simulate_action.setText(self.tr("&Simulate an invoice"))
        self.import_vouchers_action.setText(self.tr("&Import voucher codes…"))
        self.export_action.setText(self.tr("&Export CSV…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        for act in (self.simulate_action, self.export_action, self.refresh_action):
            act.setToolTip(_tip(act))
        self.projects_title.setText(self.tr("Projects"))
        self.add_project_button.setText(self.tr("Add…"))
        self.rename_project_button.setText(self.tr("Rename…"))
        self.show_archived.setText(self.tr("Show archived projects"))
        self.search.setPlaceholderText(self.tr("Search a reference or description"))
        self.show_all.setText(self.tr("Show exhausted and expired"))
        self.buy_button.setText(self.tr("Buy credit…"))
        self.voucher_button.setText(self.tr("Add a voucher…"))
        self.legend.setText(self.tr("Highlighted: expires within 30 days"))
        self.tabs.setTabText(0, self.tr("Credits && vouchers"))
        self.tabs.setTabText(1, self.tr("Purchase orders"))
        self.tabs.setTabText(2, self.tr("Invoice simulation"))
        self.tabs.setTabText(_tab("forecast_view"), self.tr("Forecast"))
        self.tabs.setTabText(_tab("history_view"), self.tr("History"))
        self.tabs.setTabText(_tab("account_view"), self.tr("Account"))
        if hasattr(self, "alerts"):
            self.update_alert_status()
        self.project_model.retranslate()
        self.lot_model.retranslate()
        size_columns(self.lots, LOT_SAMPLES)
        size_columns(self.projects, PROJECT_SAMPLES)
        self.update_title()
        self.update_project_buttons()
        self.refresh_status()

    def set_language(self, lang: str) -> None:
        """Install the translators; every widget then retranslates itself (LanguageChange)."""
        i18n.set_language(lang)

    # -- ledger --------------------------------------------------------------------------------
    def update_title(self) -> None:
        self.setWindowTitle(
            self.tr("%1 — Cloud Credit Desk").replace("%1", str(self.desk.ledger.path))
        )

    def open_ledger(self, path: Path) -> bool:
        try:  # the program's day stays the calendar day; the day shown stays shown
            desk = Desk.open(path, today=self.desk.calendar_day)
        except DomainError as error:
            messages.show_error(self, error)
            return False
        desk.today = self.desk.today
        desk.fallback_language = i18n.system_language()
        old = self.desk
        self.desk = desk
        old.close()
        self._version = desk.ledger.data_version()
        self.project_model.set_desk(desk)
        self.lot_model.desk = desk
        self.lot_model.clear_project()
        self.as_of_bar.set_desk(desk)
        for view in self.built_views():
            view.set_desk(desk)
        self.add_recent(path)
        self.update_title()
        self.select_first_project()
        self.banner.reopen()
        self.refresh_alerts()
        self.refresh_status()
        if desk.language() != i18n.language():
            self.set_language(desk.language())
        return True

    def new_ledger(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New ledger"),
            str(self.desk.ledger.path.parent / "ledger.sqlite3"),
            self.tr("Ledgers (*.sqlite3);;All files (*)"),
        )
        if not path:
            return False
        return self.open_ledger(Path(path))

    def open_ledger_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a ledger"),
            str(self.desk.ledger.path.parent),
            self.tr("Ledgers (*.sqlite3);;All files (*)"),
        )
        if not path:
            return False
        return self.open_ledger(Path(path))

    def recent_paths(self) -> list[str]:
        value = QSettings().value("recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        paths = [p for p in self.recent_paths() if p != text]
        QSettings().setValue("recent", [text, *paths][:MAX_RECENT])
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for text in self.recent_paths():
            act = self.recent_menu.addAction(text)
            act.triggered.connect(lambda _c=False, p=text: self.open_ledger(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_paths()))

    def backup_now(self) -> str | None:
        try:
            path = integrity.backup_now(self.desk)
        except DomainError as error:
            messages.show_error(self, error)
            return None
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", path), 10000)
        return path

    def check_ledger(self) -> bool:
        try:
            result = integrity.check(self.desk)
        except DomainError as error:
            messages.show_error(self, error)
            return False
        if result.ok:
            text = self.tr("The ledger is sound: every balance matches its movements.")
        else:
            found = [messages.describe_problem(p) for p in result.problems]
            text = self.tr("Problems found:") + "\n" + "\n".join(found)
        messages.show_info(self, self.tr("Check the ledger"), text)
        return result.ok

    def poll(self) -> None:
        """Another program (the command line, a second window) changed the ledger?"""
        try:
            version = self.desk.ledger.data_version()
        except Exception:  # a closed or busy file: try again on the next tick
            return
        if version != self._version:
            self._version = version
            self.refresh()

    # -- the date taken as today ------------------------------------------------------------------
    def as_of_changed(self) -> None:
        """Another day shown; on any day but the program's, writes are off (rule 13)."""
        self.desk.today = i18n.from_qdate(self.as_of.date())
        self.as_of_bar.update_state()
        if self._invoice_view is not None:
            self._invoice_view.set_today(self.desk.today)
        if self._forecast_view is not None:
            self._forecast_view.set_today(self.desk.today)
        self.banner.reopen()  # another day: what expires soon is news again
        self.refresh()

    def set_as_of(self, day: date) -> None:
        self.as_of.setDate(i18n.to_qdate(day))

    # -- projects -----------------------------------------------------------------------------
    def current_project(self) -> Project | None:
        rows = self.projects.selectionModel().selectedRows()
        if not rows:
            return None
        return self.project_model.project_at(rows[0].row())

    def select_project(self, project_id: int) -> bool:
        row = self.project_model.row_of(project_id)
        if row < 0:
            return False
        self.projects.selectRow(row)
        return True

    def select_first_project(self) -> None:
        if self.project_model.rowCount() > 0:
            self.projects.selectRow(0)
        else:
            self.project_changed()

    def project_changed(self) -> None:
        project = self.current_project()
        if project is None:
            self.lot_model.clear_project()
        else:
            self.lot_model.set_filter(project_id=project.id)
        if self._invoice_view is not None:
            self._invoice_view.set_project(project)
        if self._forecast_view is not None:
            self._forecast_view.set_project(project.id if project else None)
        self.update_project_buttons()
        self.refresh_status()

    def update_project_buttons(self) -> None:
        """The controls that write: they need a project, and today as "as of" (rule 13)."""
        project = self.current_project()
        has = project is not None
        for widget in (self.rename_project_button, self.archive_project_button, self.buy_button,
                       self.voucher_button):  # fmt: skip
            set_write_enabled(widget, self.desk, has)
        set_write_enabled(self.add_project_button, self.desk)
        set_write_enabled(self.buy_action, self.desk, has, _tip(self.buy_action))
        set_write_enabled(self.voucher_action, self.desk, has, _tip(self.voucher_action))
        set_write_enabled(self.import_vouchers_action, self.desk)
        if project is not None and project.archived:
            self.archive_project_button.setText(self.tr("Restore"))
        else:
            self.archive_project_button.setText(self.tr("Archive"))

    def add_project(self) -> ProjectDialog | None:
        if refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.dialogs import ProjectDialog

        self.dialog = ProjectDialog(self.desk, None, self)
        self.dialog.saved.connect(self.project_saved)
        self.dialog.open()
        return self.dialog

    def rename_project(self) -> ProjectDialog | None:
        project = self.current_project()
        if project is None or refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.dialogs import ProjectDialog

        self.dialog = ProjectDialog(self.desk, project, self)
        self.dialog.saved.connect(self.project_saved)
        self.dialog.open()
        return self.dialog

    def project_saved(self, project: Project) -> None:
        self.refresh()
        self.select_project(project.id)

    def archive_project(self) -> None:
        project = self.current_project()
        if project is None:
            return
        try:
            projects.archive_project(self.desk, project.id, not project.archived)
        except DomainError as error:
            messages.show_error(self, error)
            return
        self.refresh()

    def toggle_archived(self, checked: bool) -> None:
        self.project_model.show_archived = checked
        self.refresh()

    # -- credits & vouchers ----------------------------------------------------------------------
    def apply_lot_filter(self) -> None:
        self.lot_model.set_filter(include_all=self.show_all.isChecked(), search=self.search.text())

    def buy_credit(self) -> BuyCreditDialog | None:
        project = self.current_project()
        if project is None or refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.dialogs import BuyCreditDialog

        self.dialog = BuyCreditDialog(self.desk, project, self)
        self.dialog.order_created.connect(lambda _order: self.refresh())
        self.dialog.open()
        return self.dialog

    def prepare_purchase(self, project_id: int, amount: Decimal) -> BuyCreditDialog | None:
        """The forecast's advice, as a purchase order ready to confirm."""
        if not self.select_project(project_id):
            return None
        dialog = self.buy_credit()
        if dialog is not None:
            dialog.amount.setText(i18n.number(amount))
        return dialog

    def add_voucher(self) -> AddVoucherDialog | None:
        project = self.current_project()
        if project is None or refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.dialogs import AddVoucherDialog

        self.dialog = AddVoucherDialog(self.desk, project, self)
        self.dialog.lot_added.connect(self.show_new_lot)
        self.dialog.open()
        return self.dialog

    def show_new_lot(self, lot: CreditLot) -> None:
        """After a voucher or a payment: refresh and select the new lot in the table."""
        self.refresh()
        self.show_lot(lot)

    def show_lot(self, lot: CreditLot) -> None:
        """Its project chosen, the lot selected in the credits & vouchers table."""
        self.tabs.setCurrentIndex(0)
        self.select_project(lot.project_id)
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

    def selected_lot(self) -> CreditLot | None:
        rows = self.lots.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def import_vouchers(self) -> QDialog | None:
        """Codes from a CSV file into the catalogue (they are redeemed later, one by one)."""
        if refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.voucher_import import choose_and_import

        dialog = choose_and_import(self, self.desk)
        if dialog is not None:
            self.refresh()  # the history and the catalogue changed
        return dialog

    def show_simulation(self) -> None:
        self.tabs.setCurrentWidget(self.invoice_view)

    def export_current(self) -> Path | None:
        from desktop_app.ui.history_view import export_with_progress

        current = self.tabs.currentWidget()
        if current is not None and current is self._history_view:
            return self._history_view.export_csv()
        what = "orders" if current is not None and current is self._orders_view else "credits"
        project = self.current_project()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export CSV"),
            str(Path.home() / f"{what}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return None
        scope = project.id if project is not None and what == "credits" else None
        done = export_with_progress(self, self.desk, what, Path(path), scope)
        if done is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 10000)
        return done

    # -- refresh ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        project = self.current_project()
        lot = self.selected_lot()
        lot_rows = self.lots.selectionModel().selectedRows()
        near = lot_rows[0].row() if lot_rows else -1
        self.projects.selectionModel().blockSignals(True)
        self.project_model.reload()
        self.projects.selectionModel().blockSignals(False)
        if project is None or not self.select_project(project.id):
            self.select_first_project()
        else:
            self.lot_model.reload()
            if self._invoice_view is not None:
                self._invoice_view.set_project(self.current_project())
                self._invoice_view.ledger_changed()
        if lot is not None:
            row = self.lot_model.row_of_lot(lot.id, near)
            if row >= 0:
                self.lots.selectRow(row)
        for view in (
            self._orders_view,
            self._forecast_view,
            self._history_view,
            self._account_view,
        ):
            if view is not None:
                view.refresh()
        self.update_project_buttons()
        self.refresh_alerts()
        self.refresh_status()
        self._version = self.desk.ledger.data_version()

    def refresh_alerts(self) -> None:
        """Lots expiring within 30 and 7 days: the notice and the status bar's reminder."""
        self.alerts = load_alerts(self.desk)
        self.banner.set_alerts(self.alerts, self.directory.names)
        self.update_alert_status()

    def update_alert_status(self) -> None:
        count = self.alerts.count
        self.status_alerts.setVisible(count > 0)
        if not count:
            self.status_alerts.setText("")
            return
        text = self.tr("%1 lot(s) expire within 30 days").replace("%1", f"{count:,}")
        color = "#b00020" if self.alerts.urgent_count else "#8a5a00"
        self.status_alerts.setText(
            f'<a href="alerts" style="color:{color}; text-decoration:none">⚠ {escape(text)}</a>'
        )
        self.status_alerts.setToolTip(
            self.banner.summary() + " " + self.tr("Click to show the notice.")
        )

    def refresh_status(self) -> None:
        project = self.current_project()
        if project is None:
            self.status_available.setText(self.tr("No project selected"))
            self.status_expiry.setText("")
        else:
            try:
                available, next_expiry = projects.project_summary(self.desk, project.id)
            except DomainError:
                available, next_expiry = None, None
            text = self.tr("%1: %2 available").replace("%1", project.name)
            self.status_available.setText(text.replace("%2", i18n.money(available)))
            if next_expiry is None:
                self.status_expiry.setText(self.tr("Nothing expires"))
            else:
                text = self.tr("Next expiry: %1").replace("%1", i18n.day(next_expiry))
                self.status_expiry.setText(text)
        try:
            summary = accounts.account_summary(self.desk)
        except DomainError:
            return
        text = self.tr("Digital LaunchPad: %1").replace("%1", i18n.money(summary.digital_launchpad))
        self.status_launchpad.setText(text)
        text = self.tr("Loyalty: %1").replace("%1", i18n.money(summary.loyalty))
        self.status_loyalty.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)


def _tip(act: QAction) -> str:
    """An action's tooltip: its words and its shortcut."""
    shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{act.text().replace('&', '')} ({shortcut})"


def _icon_path() -> str | None:
    from desktop_app.resources import resource

    try:
        path = resource("icons", "cloud-credit-desk.png")
    except FileNotFoundError:
        return None
    return str(path) if path.exists() else None
