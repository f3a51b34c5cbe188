"""The File menu's "Reconcile with OVHcloud…" (choose a dump, compare it in a worker: a
dump of 20,000 credits takes a second; show the result) and "Import from OVHcloud…" (the
same dump imported in one transaction, in a worker; what it did said).

The comparison, the import and their dialog are imported when first used: the window's
start does not pay for them (a third of its own imports)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.services.desk import Desk
from desktop_app.ui import messages
from desktop_app.ui.widgets.actions import action_tip, make_action
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.view_only import view_only_error

if TYPE_CHECKING:
    from desktop_app.domain.ovh.compare import Plan
    from desktop_app.services.ovh.importing import Imported
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.reconcile.dialog import ReconcileDialog


class ReconcileEntry(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReconcileDialog | None = None
        self.action = make_action(window, self.choose)
        self.import_action = make_action(window, self.choose_import)
        menu = window.file_menu.menu
        actions = menu.actions()  # after the ledger's own: backup, check, export
        after = actions.index(window.export_action) + 1
        for action in (self.action, self.import_action):
            if after < len(actions):
                menu.insertAction(actions[after], action)
            else:
                menu.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Reconci&le with OVHcloud…"))
        self.action.setStatusTip(self.tr("Compare an OVHcloud dump (ovh fetch) with the ledger"))
        self.action.setToolTip(action_tip(self.action))
        self.import_action.setText(self.tr("&Import from OVHcloud…"))
        self.import_action.setStatusTip(
            self.tr("Add what an OVHcloud dump has and the ledger lacks; report what differs")
        )
        self.import_action.setToolTip(action_tip(self.import_action))

    def choose(self) -> Job[Plan] | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Reconcile with OVHcloud"), str(self.window.desk.path.parent),
            self.tr("OVHcloud dumps (*.json);;All files (*)"),
        )  # fmt: skip
        return self.compare(Path(path)) if path else None

    def compare(self, dump: Path) -> Job[Plan]:
        from desktop_app.services.ovh.importing import reconcile

        def work(desk: Desk, _progress: Progress) -> Plan:
            return reconcile(desk, dump)[1]

        dialog = (self.tr("Comparing with OVHcloud…"), self.tr("Cancel"),
                  self.tr("Reconcile with OVHcloud"))  # fmt: skip
        return start_job(self.window, self.window.desk, work,
                         on_done=lambda found: self.show(found, dump), dialog=dialog)  # fmt: skip

    def show(self, found: Plan, dump: Path) -> ReconcileDialog:
        from desktop_app.ui.reconcile.dialog import ReconcileDialog

        self.dialog = ReconcileDialog(self.window.desk, found, dump, self.window)
        self.dialog.open()
        return self.dialog

    # -- import ------------------------------------------------------------------------------
    def choose_import(self) -> Job[Imported] | None:
        desk = self.window.desk
        if not desk.writable:  # rule 13: a view date writes nothing
            messages.show_error(self.window, view_only_error(desk))
            return None
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import from OVHcloud"), str(desk.path.parent),
            self.tr("OVHcloud dumps (*.json);;All files (*)"),
        )  # fmt: skip
        return self.import_file(Path(path)) if path else None

    def import_file(self, dump: Path) -> Job[Imported]:
        """One transaction in a worker; what it did is said, and every tab reads it again."""
        from desktop_app.services.ovh.importing import import_dump

        def work(desk: Desk, _progress: Progress) -> Imported:
            return import_dump(desk, dump)

        dialog = (self.tr("Importing from OVHcloud…"), self.tr("Cancel"),
                  self.tr("Import from OVHcloud"))  # fmt: skip
        return start_job(self.window, self.window.desk, work, on_done=self.imported,
                         dialog=dialog)  # fmt: skip

    def imported(self, done: Imported) -> None:
        found = done.plan
        added = len(found.missing_here) if done.wrote else 0
        text = (
            self.tr("%1 projects added, %2 matched; %3 lots added, %4 matched, %5 differ "
                    "(reported, not changed); %6 lines of consumption added.")
            .replace("%1", str(done.projects_added)).replace("%2", str(done.projects_matched))
            .replace("%3", str(added)).replace("%4", str(len(found.matched)))
            .replace("%5", str(found.differing)).replace("%6", str(done.consumption_added))
        )  # fmt: skip
        self.window.refresh()
        messages.show_info(self.window, self.tr("Import from OVHcloud"), text)
