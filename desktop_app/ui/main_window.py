"""The main window. It only wires the features, each in its own package: the projects on the
left (``projects/``); credits & vouchers, orders, invoices, forecast, history, the account and
the period report in tabs; the expiry notice; the menus, the toolbar with the "as of" bar;
the ledger's summary in the status bar (``ledger/``); a poll for others' writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QSplitter, QToolBar, QVBoxLayout, QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot, Project
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui import window_tabs as tabs
from desktop_app.ui.books import period_report_view as books
from desktop_app.ui.credits.expiry_banner import ExpiryAlerts, ExpiryBanner, load_alerts
from desktop_app.ui.credits.view import CreditsView
from desktop_app.ui.ledger.file_menu import FileMenu
from desktop_app.ui.ledger.reread import Reread, Rereader
from desktop_app.ui.ledger.status import StatusSummary
from desktop_app.ui.projects.pane import ProjectsPane
from desktop_app.ui.tables.directory import ProjectDirectory, Rows
from desktop_app.ui.widgets.actions import action_tip, make_action
from desktop_app.ui.widgets.as_of import AsOfBar
from desktop_app.ui.widgets.first_paint import AfterFirstPaint
from desktop_app.ui.widgets.focus import settle_after_switch
from desktop_app.ui.widgets.jobs import stop_all as stop_jobs
from desktop_app.ui.widgets.lazy_tab import LazyTab
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.tab_bar import FairTabWidget
from desktop_app.ui.window_extras import WindowExtras, window_icon_path

if TYPE_CHECKING:  # the other tabs are imported when first shown
    from desktop_app.services.read_ahead import ReadAhead
    from desktop_app.ui.account.view import AccountView
    from desktop_app.ui.books.view import PeriodReportView
    from desktop_app.ui.credits.dialogs import BuyCreditDialog
    from desktop_app.ui.credits.expiry_banner import AlertsRead
    from desktop_app.ui.forecast.view import ForecastView
    from desktop_app.ui.history.view import HistoryView
    from desktop_app.ui.invoices.tabs import InvoicesPage
    from desktop_app.ui.invoices.view import InvoiceView
    from desktop_app.ui.orders.view import OrdersView
    from desktop_app.ui.widgets.jobs import Job

    Feature = (
        OrdersView | InvoicesPage | ForecastView | HistoryView | AccountView | PeriodReportView
    )
    Part = ProjectsPane | CreditsView | AsOfBar | FileMenu | Feature

POLL_MS = 1000


class MainWindow(Retranslated, QMainWindow):
    #: With ``later``: once the first screen is painted, and the notice read (the start).
    first_painted = Signal()

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        later: bool = False,
        projects: ReadAhead[Rows] | None = None,
    ) -> None:
        """``later``: the start's (ui.app): the notice once painted; ``projects``: the project
        list read ahead, in a thread, while this module imported."""
        super().__init__(parent)
        self.desk = desk
        # what was committed when the list was read ahead: a later commit is seen by the poll
        self._version = projects.version if projects else desk.data_version()
        self.setObjectName("MainWindow")
        icon_path = window_icon_path()
        if icon_path:
            self.setWindowIcon(QIcon(icon_path))
        #: Every project's name, shared by the parts; read once per change (``refresh``).
        self.directory = ProjectDirectory()
        self.directory.reload(desk, projects.result() if projects else None)
        self.projects = ProjectsPane(desk, directory=self.directory)
        self.projects.selection_changed.connect(self.project_changed)
        self.projects.changed.connect(self.refresh)
        self.credits = CreditsView(desk)
        self.credits.written.connect(self.refresh)
        self.credits.written_in_worker.connect(lambda: self.poll(in_worker=True))
        self.credits.lot_added.connect(self.show_new_lot)
        self._make_tabs()
        self.alerts = ExpiryAlerts(desk.today)
        self.banner = ExpiryBanner()
        self.banner.lot_chosen.connect(self.show_lot)
        self._lay_out()
        self.status = StatusSummary(self.statusBar())
        self.status.alerts.linkActivated.connect(lambda _href: self.banner.reopen())
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.extras = WindowExtras(self)  # preferences, first steps, help, keyboard, layout
        self.rereader = Rereader(self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(lambda: self.poll(in_worker=True))
        self.timer.start()
        self.retranslate()
        self.projects.select_first()
        # the start (ui.app): the window shows at once, its notice a moment after
        AfterFirstPaint(self, self._painted) if later else self.refresh_alerts()

    # -- the parts ---------------------------------------------------------------------------
    def _make_tabs(self) -> None:  # credits first; each other tab built when first shown
        self.orders_tab: LazyTab[OrdersView] = LazyTab(lambda: tabs.make_orders_view(self))
        self.invoice_tab: LazyTab[InvoicesPage] = LazyTab(lambda: tabs.make_invoice_view(self))
        self.forecast_tab: LazyTab[ForecastView] = LazyTab(lambda: tabs.make_forecast_view(self))
        self.history_tab: LazyTab[HistoryView] = LazyTab(lambda: tabs.make_history_view(self))
        self.account_tab: LazyTab[AccountView] = LazyTab(lambda: tabs.make_account_view(self))
        self.books_tab: LazyTab[PeriodReportView] = LazyTab(lambda: books(self.desk, self.refresh))
        self.tabs = FairTabWidget()  # short of room, titles cut (their tips whole), not scrolled
        self.tabs.addTab(self.credits, "")
        for tab in self._lazy_tabs():
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.currentChanged.connect(lambda _index: settle_after_switch(self.tabs))

    def _lazy_tabs(self) -> list[LazyTab]:
        return [self.orders_tab, self.invoice_tab, self.forecast_tab, self.history_tab,
                self.account_tab, self.books_tab]  # fmt: skip

    def _lay_out(self) -> None:
        split = QSplitter()
        split.addWidget(self.projects)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1000])
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(6, 6, 6, 0)
        box.setSpacing(4)
        box.addWidget(self.banner)  # the expiry notice, above everything, non-modal
        box.addWidget(split, 1)
        self.setCentralWidget(central)

    def _make_actions(self) -> None:
        self.simulate_action = make_action(self, self.show_simulation, "Ctrl+I")
        self.export_action = make_action(self, self.export_current, "Ctrl+E")
        self.refresh_action = make_action(self, self.refresh, "F5")
        self.file_menu = FileMenu(self, self.open_ledger, self.export_action)
        self.file_menu.set_desk(self.desk)
        self.as_of_bar = AsOfBar(self.desk)
        self.as_of_bar.date.dateChanged.connect(self.as_of_changed)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        bar.addMenu(self.file_menu.menu)
        self.credit_menu = bar.addMenu("")
        self.credit_menu.addAction(self.credits.buy_action)
        self.credit_menu.addAction(self.credits.voucher_action)
        self.credit_menu.addAction(self.simulate_action)
        self.credit_menu.addSeparator()
        self.credit_menu.addAction(self.credits.import_vouchers_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.as_of_bar.today_action)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.credits.buy_action, self.credits.voucher_action, self.simulate_action,
                    self.export_action, self.refresh_action):  # fmt: skip
            self.toolbar.addAction(act)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, spacer.sizePolicy().verticalPolicy())
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.as_of_bar)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        self.file_menu.retranslate()
        self.credit_menu.setTitle(self.tr("&Credit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.simulate_action.setText(self.tr("&Simulate an invoice"))
        self.export_action.setText(self.tr("&Export the current view…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        for act in (self.simulate_action, self.export_action, self.refresh_action):
            act.setToolTip(action_tip(act))
        titles = [self.tr("Credits && vouchers"), self.tr("Purchase orders"),
                  self.tr("Invoices"), self.tr("Forecast"), self.tr("History"),
                  self.tr("Account"), self.tr("Period report")]  # fmt: skip
        for index, title in enumerate(titles):  # a tab cut short (a narrow window): its tip
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title.replace("&&", "&"))
        self.update_title()
        self.refresh_status()
        if hasattr(self, "extras"):
            self.extras.retranslate()

    # -- the tabs, built on first use ----------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyTab):
            page.view  # noqa: B018 - reading it builds it

    @property
    def orders_view(self) -> OrdersView:
        return self.orders_tab.view

    @property
    def invoice_view(self) -> InvoiceView:
        return self.invoice_tab.view.simulation

    @property
    def forecast_view(self) -> ForecastView:
        return self.forecast_tab.view

    @property
    def history_view(self) -> HistoryView:
        return self.history_tab.view

    @property
    def account_view(self) -> AccountView:
        return self.account_tab.view

    def _parts(self) -> list[Part]:
        """Every part that holds the desk: each is handed the new one (another ledger:
        ``set_desk``) or told the new day (``set_today``)."""
        return [self.projects, self.credits, self.as_of_bar, self.file_menu, *self.built_views()]

    def built_views(self) -> list[Feature]:
        """The tabs built so far (the others are built with the current ledger when shown)."""
        return [tab.built for tab in self._lazy_tabs() if tab.built is not None]

    # -- the ledger ------------------------------------------------------------------------------
    def update_title(self) -> None:
        self.setWindowTitle(self.tr("%1 — Cloud Credit Desk").replace("%1", self.desk.shown))

    def open_ledger(self, path: Path | str) -> bool:
        """Another ledger in the window; the day shown stays shown (rule 13: the program's day
        stays the calendar day)."""
        from desktop_app.ui.ledger import connecting
        from desktop_app.ui.ledger.upgrade import upgrade_if_due

        try:
            upgrade_if_due(self, path)  # an older file: migrated in a worker, said
            opened = connecting.open_desk(  # a server's connection in a thread, with Cancel
                self, path, self.desk.calendar_day, fallback_language=i18n.system_language()
            )
        except CodedError as error:
            messages.show_error(self, error)
            return False
        if opened is None:  # cancelled: the ledger shown stays
            return False
        old, self.desk = self.desk, opened.with_today(self.desk.today)
        old.close()
        desk = self.desk
        self._version = desk.data_version()
        self.directory.reload(desk)
        for part in self._parts():
            part.set_desk(desk)
        self.file_menu.add_recent(path)
        self.update_title()
        self.projects.select_first()
        self.banner.forget()  # another ledger: shown if it has news
        self.refresh_alerts()
        self.status.show_ledger_figures(self.desk)
        if desk.language() != i18n.language():
            i18n.set_language(desk.language())
        return True

    def poll(self, *, in_worker: bool = False) -> None:
        """Another program (the command line, a second window) changed the ledger? Never
        waits for a server away (its storage reconnects in the background): the status bar
        says so, and once it is back every part reads the ledger again. ``in_worker``: the
        refresh's costly reads in a worker (``ledger/reread``), one at a time (a file's: a
        server's connection reconnects on this thread)."""
        if in_worker and self.rereader.job is not None:
            return  # the next tick, once the read under way is shown
        try:
            version = self.desk.data_version()
        except CodedError as error:  # a busy or vanished file, a server away: the next tick
            self.status.show_lost(error)
            return
        if self.status.back() or version != self._version:
            self._version = version
            self.rereader.start(version) if in_worker else self.refresh()

    def refresh(self) -> None:
        """The ledger was written (here, or elsewhere: the poll): every part reads it again,
        keeping the project, the lot and the order chosen. The project directory first, once:
        every part below shows its names."""
        self.refresh_from(None)

    def refresh_from(self, ahead: Reread | None) -> None:
        """``refresh``; ``ahead``: the directory and the notice read by the poll's worker."""
        self.rereader.refreshes += 1  # a read in a worker overtaken by this one is dropped
        self.directory.reload(self.desk, ahead.rows if ahead is not None else None)
        self.projects.reload()  # the project chosen again: project_changed
        self.credits.refresh()
        for view in self.built_views():
            view.refresh()
        self.refresh_alerts(ahead.alerts if ahead is not None else None)
        self.status.show_ledger_figures(self.desk)
        self._version = self.desk.data_version() if ahead is None else ahead.version

    def _painted(self) -> None:
        self.refresh_alerts()
        self.first_painted.emit()

    def refresh_alerts(self, read: AlertsRead | None = None) -> None:
        """Lots expiring within the ledger's lead times (``services.notices``): the notice
        (shown for news) and the status bar. ``read``: read already (by a worker)."""
        self.alerts = load_alerts(self.desk, read)
        self.banner.set_alerts(self.alerts, self.directory.names)
        self.status.show_alerts(self.alerts, self.banner.summary())

    def refresh_status(self) -> None:
        """Every figure of the status bar read again (the language, the accounts changed);
        elsewhere only what changed is (on a server, each read is a round trip)."""
        self.status.show_project(self.desk, self.current_project())
        self.status.show_alerts(self.alerts, self.banner.summary())
        self.status.show_ledger_figures(self.desk)

    # -- the date taken as today ------------------------------------------------------------------
    def as_of_changed(self) -> None:
        """Another day shown; on any day but the program's, writes are off (rule 13). The
        window's desk is replaced by the same ledger on that day, and every part told."""
        day = i18n.from_qdate(self.as_of_bar.date.date())
        self.desk = self.desk.with_today(day)
        for part in self._parts():
            part.set_today(day)
        self.banner.reopen()  # another day: what expires soon is news again
        self.refresh()

    def set_as_of(self, day: date) -> None:
        self.as_of_bar.date.setDate(i18n.to_qdate(day))

    # -- the project chosen -------------------------------------------------------------------
    def current_project(self) -> Project | None:
        return self.projects.current_project()

    def select_project(self, project_id: int) -> bool:
        return self.projects.select_project(project_id)

    def project_changed(self) -> None:
        project = self.current_project()
        self.credits.set_project(project)
        for tab in (self.invoice_tab, self.orders_tab):
            if tab.built is not None:
                tab.built.set_project(project)
        if self.forecast_tab.built is not None:
            self.forecast_tab.built.set_project(project.id if project else None)
        self.projects.update_buttons()
        self.status.show_project(self.desk, project)  # the accounts do not depend on it

    # -- between the features ---------------------------------------------------------------------
    def show_new_lot(self, lot: CreditLot) -> None:
        """After a voucher or a payment: refresh and select the new lot in the table."""
        self.refresh()
        self.show_lot(lot)

    def show_lot(self, lot: CreditLot) -> None:
        """Its project chosen, the lot selected in the credits & vouchers table."""
        self.tabs.setCurrentIndex(0)
        self.select_project(lot.project_id)
        self.credits.show_lot(lot)

    def prepare_purchase(self, project_id: int, amount: Decimal) -> BuyCreditDialog | None:
        """The forecast's advice, as a purchase order ready to confirm."""
        if not self.select_project(project_id):
            return None
        return self.credits.prepare_purchase(amount)

    def show_simulation(self) -> None:
        self.tabs.setCurrentWidget(self.invoice_tab)
        self.invoice_tab.view.show_simulation()

    def export_current(self) -> Job[Path] | Path | None:
        """What the current tab's table shows (its filter, sort, columns) to CSV; a paged
        table in a worker. A message with the path and Open follows."""
        from desktop_app.ui.tables.exporting import export_current_view

        return export_current_view(self.tabs.currentWidget())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.rereader.closed = True
        stop_jobs()  # cancelled, rolled back, their threads ended: none outlives the window
        super().closeEvent(event)
