"""The Help menu and the Project menu: every command a button gives is in a menu too, with its
shortcut shown beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu

from desktop_app.ui.widgets.actions import action_tip, make_action

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open: QDialog | None = None
        self.guide_action = make_action(window, self.show_guide, "F1")
        self.shortcuts_action = make_action(window, self.show_shortcuts, "Ctrl+F1")
        self.about_action = make_action(window, self.show_about)
        self.menu = QMenu(window)
        for act in (self.guide_action, self.shortcuts_action):
            self.menu.addAction(act)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        projects = window.projects
        self.new_project_action = make_action(window, projects.add_project, "Ctrl+Shift+N")
        self.rename_project_action = make_action(window, projects.rename_project, "F2")
        self.archive_project_action = make_action(window, projects.archive_project)
        self.project_menu = QMenu(window)
        for act in (self.new_project_action, self.rename_project_action,
                    self.archive_project_action):  # fmt: skip
            self.project_menu.addAction(act)
        bar = window.menuBar()
        bar.insertMenu(window.view_menu.menuAction(), self.project_menu)
        bar.addMenu(self.menu)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&Guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Cloud Credit Desk"))
        self.project_menu.setTitle(self.tr("&Project"))
        self.new_project_action.setText(self.tr("&New project…"))
        self.rename_project_action.setText(self.tr("&Rename project…"))
        self.archive_project_action.setText(self.tr("&Archive or restore project"))
        for act in (self.guide_action, self.shortcuts_action, self.new_project_action,
                    self.rename_project_action):  # fmt: skip
            act.setToolTip(action_tip(act))

    def _show(self, dialog: QDialog) -> QDialog:
        self.open = dialog
        dialog.open()
        return dialog

    def show_guide(self) -> QDialog:
        from desktop_app.ui.help.dialogs import GuideDialog

        return self._show(GuideDialog(self.window))

    def show_shortcuts(self) -> QDialog:
        from desktop_app.ui.help.dialogs import ShortcutsDialog

        return self._show(ShortcutsDialog(self.window))

    def show_about(self) -> QDialog:
        from desktop_app.ui.help.dialogs import AboutDialog

        return self._show(AboutDialog(self.window))

    def dialogs(self) -> list[QDialog]:
        """One of each (the tests walk them)."""
        from desktop_app.ui.help.dialogs import AboutDialog, GuideDialog, ShortcutsDialog

        return [GuideDialog(self.window), ShortcutsDialog(self.window), AboutDialog(self.window)]
