"""A ledger file of an older schema is migrated as it opens, after a copy of it as it was
(``services/upgrade.py``): seconds on a big ledger. The window does that in a worker of the
thread pool (as every long job, ``widgets/jobs.py``), with a busy progress dialog that says
what is happening and where the copy goes; the event loop runs meanwhile (a window that
stays drawn, never a frozen file dialog). Then the ledger opens as usual, already current.

Light to import (the window's start asks ``upgrade_if_due`` of every ledger it opens): Qt's
types are taken only when there is an upgrade to show."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.services import upgrade

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def upgrade_if_due(parent: QWidget | None, location: str | Path) -> None:
    """Before opening the ledger at ``location``: migrated now, saying so, if it is a file
    of an older schema (``upgrade_with_progress``); nothing otherwise."""
    if upgrade.upgrade_due(location) is not None:
        upgrade_with_progress(parent, location)


def upgrade_with_progress(parent: QWidget | None, location: str | Path) -> None:
    """Migrate the ledger file at ``location`` (``upgrade_due`` said it is older) in a
    worker, a busy progress dialog shown meanwhile; a refusal or fault of the migration is
    raised as opening the ledger would raise it."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(parent)
    title = QCoreApplication.translate("LedgerUpgrade", "Upgrading the ledger")
    text = QCoreApplication.translate(
        "LedgerUpgrade",
        "Upgrading %1 to this version of Cloud Credit Desk… A copy of the ledger as it was is "
        "kept in the same folder.",
    )
    dialog.setWindowTitle(title)
    dialog.setLabelText(text.replace("%1", Path(location).name))
    dialog.setCancelButton(None)  # one transaction: all of it or nothing, never half
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    work = _upgrade_runnable(location)
    loop = QEventLoop()
    work.signals.ended.connect(loop.quit)
    dialog.show()
    QThreadPool.globalInstance().start(work)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if work.error is not None:
        raise work.error


def _upgrade_runnable(location: str | Path) -> Any:
    """The migration as a runnable of the thread pool, which tells its end by a signal."""
    from PySide6.QtCore import QObject, QRunnable, Signal

    class Ended(QObject):
        ended = Signal()

    class Upgrade(QRunnable):
        def __init__(self) -> None:
            super().__init__()
            self.setAutoDelete(False)
            self.error: BaseException | None = None
            self.signals = Ended()

        def run(self) -> None:
            try:
                upgrade.upgrade(location)
            except BaseException as error:  # raised again on the GUI thread
                self.error = error
            self.signals.ended.emit()

    return Upgrade()
