"""A ledger file of an older schema is migrated as it opens, after a copy of it as it was
(``services/upgrade.py``): seconds on a big ledger. The window does that in a worker of the
thread pool (as every long job, ``widgets/jobs.py``), with a busy progress dialog that says
what is happening and where the copy goes; the event loop runs meanwhile (a window that
stays drawn, never a frozen file dialog). Then the ledger opens as usual, already current."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.services import upgrade


class _Ended(QObject):
    ended = Signal()


class _Upgrade(QRunnable):
    def __init__(self, location: str | Path) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.location = location
        self.error: BaseException | None = None
        self.signals = _Ended()

    def run(self) -> None:
        try:
            upgrade.upgrade(self.location)
        except BaseException as error:  # raised again on the GUI thread
            self.error = error
        self.signals.ended.emit()


def upgrade_with_progress(parent: QWidget | None, location: str | Path) -> None:
    """Migrate the ledger file at ``location`` (``upgrade_due`` said it is older) in a
    worker, a busy progress dialog shown meanwhile; a refusal or fault of the migration is
    raised as opening the ledger would raise it."""
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
    work = _Upgrade(location)
    loop = QEventLoop()
    work.signals.ended.connect(loop.quit)
    dialog.show()
    QThreadPool.globalInstance().start(work)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if work.error is not None:
        raise work.error
