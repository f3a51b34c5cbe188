"""What the window adds around its features, wired here so that ``main_window`` stays a list of
parts: File > Preferences, the first-run assistant of a new ledger, the keyboard rules (menu
shortcuts first, Esc, the focus after a tab opens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.ui import i18n
from desktop_app.ui.widgets.actions import action_tip, make_action
from desktop_app.ui.widgets.focus import focus_home
from desktop_app.ui.widgets.keyboard import KeyboardRules

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.onboarding.assistant import FirstRunAssistant
    from desktop_app.ui.preferences.dialog import PreferencesDialog


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
        self.keyboard = KeyboardRules(window, lambda: focus_home(window.tabs))
        self.retranslate()

    def retranslate(self) -> None:
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.preferences_action.setToolTip(action_tip(self.preferences_action))

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
