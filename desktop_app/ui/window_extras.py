"""What the window adds around its features, wired here so that ``main_window`` stays a list of
parts: File > Preferences, the first-run assistant of a new ledger, the keyboard rules (menu
shortcuts first, Esc, the focus after a tab opens), its first place within the screen and the
layout the user left (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize

from desktop_app.ui import i18n
from desktop_app.ui.help.menu import HelpMenu
from desktop_app.ui.ledger.live import LiveRefresh
from desktop_app.ui.reconcile.entry import ReconcileEntry
from desktop_app.ui.widgets.actions import action_tip, make_action
from desktop_app.ui.widgets.focus import focus_home
from desktop_app.ui.widgets.keyboard import KeyboardRules
from desktop_app.ui.widgets.lazy_tab import LazyTab
from desktop_app.ui.widgets.memory import LayoutMemory
from desktop_app.ui.widgets.sizing import first_geometry

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.onboarding.assistant import FirstRunAssistant
    from desktop_app.ui.preferences.dialog import PreferencesDialog
    from desktop_app.ui.vouchers.catalogue import VoucherCatalogueDialog


class WindowExtras(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.assistant: FirstRunAssistant | None = None
        self.preferences: PreferencesDialog | None = None
        self.preferences_action = make_action(window, self.show_preferences, "Ctrl+,")
        menu = window.file_menu.menu
        menu.insertAction(window.file_menu.quit_action, self.preferences_action)
        menu.insertSeparator(window.file_menu.quit_action)
        window.file_menu.created.connect(self.welcome_new_ledger)
        self.reconcile = ReconcileEntry(window)
        self.live = LiveRefresh(window)  # a server ledger's commits, at once
        self.catalogue: VoucherCatalogueDialog | None = None
        self.catalogue_action = make_action(window, self.show_voucher_catalogue, "Ctrl+Shift+K")
        window.credit_menu.addAction(self.catalogue_action)
        self.keyboard = KeyboardRules(window, lambda: focus_home(window.tabs))
        self.help = HelpMenu(window)
        self.place_window()
        self.memory = LayoutMemory(window)
        self.memory.restore_window()
        self._restored: set[int] = set()
        window.tabs.currentChanged.connect(self._tab_shown)
        window.installEventFilter(self)
        self.retranslate()

    def _tab_shown(self, index: int) -> None:
        """A tab built just now: its splitters and columns as the user left them."""
        page = self.window.tabs.widget(index)
        if isinstance(page, LazyTab) and page.built is not None and index not in self._restored:
            self._restored.add(index)
            self.memory.restore(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.memory.save()
        return False

    def place_window(self) -> None:
        """Within the screen it opens on (at any scale), at most its preferred size."""
        screen = self.window.screen()
        if screen is None:
            return
        # the frame is only known once shown: a title bar's height and borders meanwhile, from
        # the font (the style's metric for it would cost the start ~9 ms: PySide builds every
        # enum of QStyle the first time a style is asked anything)
        title = self.window.fontMetrics().height() * 3 // 2 + 4
        frame = QSize(8, title + 12)
        self.window.setGeometry(first_geometry(screen.availableGeometry(), frame))

    def retranslate(self) -> None:
        self.help.retranslate()
        self.reconcile.retranslate()
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.preferences_action.setToolTip(action_tip(self.preferences_action))
        self.catalogue_action.setText(self.tr("Voucher &catalogue…"))
        self.catalogue_action.setToolTip(action_tip(self.catalogue_action))

    def show_voucher_catalogue(self) -> VoucherCatalogueDialog:
        """Every code issued or imported, redeemed or not (non-modal, one at a time)."""
        from desktop_app.ui.vouchers.catalogue import VoucherCatalogueDialog

        if self.catalogue is None or self.catalogue.desk.path != self.window.desk.path:
            self.catalogue = VoucherCatalogueDialog(self.window.desk, self.window)
        else:
            self.catalogue.desk = self.window.desk  # the day shown may have changed
            self.catalogue.model.desk = self.window.desk
            self.catalogue.refresh()
        self.catalogue.show()
        self.catalogue.activateWindow()  # in front, if it was behind the window
        return self.catalogue

    # -- settings --------------------------------------------------------------------------------
    def show_preferences(self, key: str | None = None) -> PreferencesDialog:
        """Every setting; ``key``: the page and the field to show first."""
        from desktop_app.ui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window.desk, self.window)
        if key is not None:
            dialog.show_key(key)
        dialog.saved.connect(self.settings_saved)
        dialog.open()
        self.preferences = dialog
        return dialog

    def welcome_new_ledger(self) -> FirstRunAssistant | None:
        """A new ledger starts empty: the assistant asks for its details (none if it has them:
        File > New may have chosen a ledger that exists)."""
        from desktop_app.services.details import missing_order_details
        from desktop_app.ui.onboarding.ask import open_assistant

        if not missing_order_details(self.window.desk):
            return None
        self.assistant = open_assistant(self.window, self.window.desk)
        self.assistant.saved.connect(self.settings_saved)
        return self.assistant

    def settings_saved(self, values: dict[str, str]) -> None:
        """Settings written from a dialog: the language applied, every part reads them again."""
        if values.get("language") and values["language"] != i18n.language():
            i18n.set_language(values["language"])
        self.window.refresh()


def window_icon_path() -> str | None:
    """The window's icon file, if the resources hold it."""
    from desktop_app.resources import resource

    try:
        path = resource("icons", "cloud-credit-desk.png")
    except FileNotFoundError:
        return None
    return str(path) if path.exists() else None
