"""The File menu: a new ledger, another one (a file or a server's), the recent ones; a backup
and a check of the one open. The window opens the ledger chosen (``open_ledger``: a file's
path or a server's URL) and tells which one is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk, ledger_location, recent_location
from desktop_app.ui import messages
from desktop_app.ui.widgets.actions import make_action
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.save_places import Kind, ask_save, remember, start_folder

if TYPE_CHECKING:  # the checks and copies are imported when asked for
    from desktop_app.services.integrity import CheckResult

MAX_RECENT = 8
#: The file's quick check starts this long after the ledger is shown (after the first paint).
VERIFY_AFTER_MS = 500


class FileMenu(QObject):
    """Its actions, the recent files (in QSettings) and what each action does; ``created``
    after File > New opened its new ledger."""

    created = Signal()

    def __init__(
        self, window: QMainWindow, open_ledger: Callable[[Path | str], bool], *more: QAction
    ) -> None:
        """``more``: the window's own actions listed after backup and check (export)."""
        super().__init__(window)
        self.window = window
        self.open_ledger = open_ledger
        self.desk: Desk | None = None
        self.new_action = make_action(self, self.new_ledger, QKeySequence.StandardKey.New)
        self.open_action = make_action(self, self.open_dialog, QKeySequence.StandardKey.Open)
        self.open_server_action = make_action(self, self.open_server_dialog)
        self.backup_action = make_action(self, self.backup_now)
        self.check_action = make_action(self, self.check_ledger)
        self.quit_action = make_action(self, window.close, "Ctrl+Q")
        self.recent_menu = QMenu(window)
        self.menu = QMenu(window)
        self.menu.addAction(self.new_action)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.open_server_action)
        self.menu.addMenu(self.recent_menu)
        self.menu.addSeparator()
        for act in (self.backup_action, self.check_action, *more):
            self.menu.addAction(act)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.update_recent_menu()

    def set_desk(self, desk: Desk) -> None:
        """The ledger open; once the window is up, its file is verified in a worker."""
        self.desk = desk
        self._name_backup()
        QTimer.singleShot(VERIFY_AFTER_MS, self, self.verify_file)

    def verify_file(self) -> Job[None] | None:
        """SQLite's quick check of the file (about 1 s for 170 MB), which the first write
        would otherwise take on the GUI thread: in a worker, unseen; a damaged file is said.
        None on a server, which checks its own pages (a worker would connect for nothing)."""
        if self.desk is None or self.desk.on_server:
            return None

        def work(worker: Desk, _progress: Progress) -> None:
            worker.verify_file()

        return start_job(self.window, self.desk, work)

    def set_today(self, day: date) -> None:
        if self.desk is not None:
            self.desk = self.desk.with_today(day)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.new_action.setText(self.tr("&New ledger…"))
        self.open_action.setText(self.tr("&Open ledger…"))
        self.open_server_action.setText(self.tr("Open a &server ledger…"))
        self._name_backup()
        self.check_action.setText(self.tr("&Check the ledger"))
        self.quit_action.setText(self.tr("&Quit"))

    def _name_backup(self) -> None:
        """A file's backup is written at once; a server ledger's asks where ("…")."""
        if self.desk is not None and self.desk.on_server:
            self.backup_action.setText(self.tr("&Back up to a file…"))
        else:
            self.backup_action.setText(self.tr("&Backup now"))

    # -- choosing a file -------------------------------------------------------------------------
    def new_ledger(self) -> bool:
        """A new ledger's file (named with its ``.sqlite3``), opened; ``created`` then, for the
        window to ask for its details."""
        from desktop_app.ui.onboarding.start import ask_new_ledger

        suggested = start_folder(Kind.LEDGER, self.desk) / "ledger.sqlite3"
        path = ask_new_ledger(self.window, suggested)
        if path is None:
            return False
        remember(Kind.LEDGER, path.parent)
        if not self.open_ledger(path):
            return False
        self.created.emit()
        return True

    def open_dialog(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a ledger"),
            str(start_folder(Kind.LEDGER, self.desk)),  # where ledgers are saved
            self.tr("Ledgers (*.sqlite3);;All files (*)"),
        )
        return bool(path) and self.open_ledger(Path(path))

    def open_server_dialog(self) -> bool:
        from desktop_app.ui.ledger.server_dialog import ask_server_url

        text = ask_server_url(self.window)
        return text is not None and self.open_server(text)

    def open_server(self, text: str) -> bool:
        """A server ledger typed (a URL or ``service=name``), opened as ``--db URL`` opens
        it; what is wrong with it is said in words."""
        from desktop_app.services import team

        try:
            url = team.typed_server_ledger(text)
        except CodedError as error:
            messages.show_error(self.window, error)
            return False
        return self.open_ledger(url)

    def recent_paths(self) -> list[str]:
        value = QSettings().value("recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value]

    def add_recent(self, location: Path | str) -> None:
        """A file by its absolute path, a server ledger by its URL without a password."""
        text = recent_location(location)
        paths = [p for p in self.recent_paths() if p != text]
        QSettings().setValue("recent", [text, *paths][:MAX_RECENT])
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for text in self.recent_paths():
            act = self.recent_menu.addAction(text)
            act.triggered.connect(lambda _c=False, p=text: self.open_ledger(ledger_location(p)))
        self.recent_menu.setEnabled(bool(self.recent_paths()))

    # -- the ledger open -------------------------------------------------------------------------
    def backup_now(self) -> Job[Path] | str | None:
        """A file's copy beside it, at once; a server ledger copied to a SQLite file the user
        names, in a worker (``backup_server``)."""
        from desktop_app.services import integrity

        assert self.desk is not None
        if self.desk.on_server:
            return self.backup_server()
        try:
            path = integrity.backup_now(self.desk)
        except CodedError as error:
            messages.show_error(self.window, error)
            return None
        text = self.tr("Backup written to %1").replace("%1", path)
        self.window.statusBar().showMessage(text, 10000)
        return path

    def backup_server(self) -> Job[Path] | None:
        """The server ledger copied, numbers and history kept, to a new SQLite file (its
        backups proper are the server's, pg_dump): the bar moves row by row, Cancel leaves
        no file."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.services import integrity

        assert self.desk is not None
        day = self.desk.calendar_day.strftime("%Y%m%d")
        path, _ = ask_save(
            self.window, Kind.LEDGER, self.tr("Copy the server ledger to a file"),
            f"{self.desk.path.name}.backup.{day}.sqlite3", self.tr("Ledgers (*.sqlite3)"),
            # a copy never goes over a file (refused, and said): no "replace it?" to refuse
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not path:
            return None
        target = Path(path)

        def work(worker: Desk, progress: Progress) -> Path:
            return integrity.backup(worker, target, progress)

        dialog = (
            self.tr("Copying the server ledger to %1…").replace("%1", target.name),
            self.tr("Cancel"),
            self.tr("Backup now"),
        )
        return start_job(self.window, self.desk, work, on_done=self.show_backup, dialog=dialog)

    def show_backup(self, path: Path) -> None:
        text = self.tr("Backup written to %1").replace("%1", str(path))
        self.window.statusBar().showMessage(text, 10000)

    def check_ledger(self) -> Job[CheckResult]:
        """The whole check (SQLite's, then every balance against its movements) in a worker,
        with a progress dialog; what it found is said when it is done."""
        from desktop_app.services import integrity

        assert self.desk is not None

        def work(worker: Desk, _progress: Progress) -> CheckResult:
            return integrity.check(worker)

        dialog = (self.tr("Checking the ledger…"), self.tr("Cancel"), self.tr("Check the ledger"))
        return start_job(self.window, self.desk, work, on_done=self.show_check, dialog=dialog)

    def show_check(self, result: CheckResult) -> bool:
        if result.ok:
            text = self.tr("The ledger is sound: every balance matches its movements.")
        else:
            found = [messages.describe_problem(p) for p in result.problems]
            text = self.tr("Problems found:") + "\n" + "\n".join(found)
        messages.show_info(self.window, self.tr("Check the ledger"), text)
        return result.ok
