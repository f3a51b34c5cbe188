"""The File menu's "Reconcile with OVHcloud…": choose a dump, compare it in a worker (a
dump of 20,000 credits takes a second), show the result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.ovh.compare import Plan
from desktop_app.services.desk import Desk
from desktop_app.services.ovh.importing import reconcile
from desktop_app.ui.reconcile.dialog import ReconcileDialog
from desktop_app.ui.widgets.actions import action_tip, make_action
from desktop_app.ui.widgets.jobs import Job, Progress, start_job

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class ReconcileEntry(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReconcileDialog | None = None
        self.action = make_action(window, self.choose)
        menu = window.file_menu.menu
        actions = menu.actions()  # after the ledger's own: backup, check, export
        after = actions.index(window.export_action) + 1
        if after < len(actions):
            menu.insertAction(actions[after], self.action)
        else:
            menu.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Reconcile with &OVHcloud…"))
        self.action.setStatusTip(self.tr("Compare an OVHcloud dump (ovh fetch) with the ledger"))
        self.action.setToolTip(action_tip(self.action))

    def choose(self) -> Job[Plan] | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Reconcile with OVHcloud"), str(self.window.desk.path.parent),
            self.tr("OVHcloud dumps (*.json);;All files (*)"),
        )  # fmt: skip
        return self.compare(Path(path)) if path else None

    def compare(self, dump: Path) -> Job[Plan]:
        def work(desk: Desk, _progress: Progress) -> Plan:
            return reconcile(desk, dump)[1]

        dialog = (self.tr("Comparing with OVHcloud…"), self.tr("Cancel"),
                  self.tr("Reconcile with OVHcloud"))  # fmt: skip
        return start_job(self.window, self.window.desk, work,
                         on_done=lambda found: self.show(found, dump), dialog=dialog)  # fmt: skip

    def show(self, found: Plan, dump: Path) -> ReconcileDialog:
        self.dialog = ReconcileDialog(self.window.desk, found, dump, self.window)
        self.dialog.open()
        return self.dialog
