"""The first start (no ledger of the user's yet): the demo, a new ledger or one the user has,
instead of an empty screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.services import team
from desktop_app.services.desk import default_ledger_path, demo_ledger_path
from desktop_app.ui import messages
from desktop_app.ui.ledger import server_dialog
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.tones import Hue, emphasise

#: The extension of a ledger file, added to a new ledger's name typed without it.
LEDGER_SUFFIX = ".sqlite3"
KNOWN_SUFFIXES = (LEDGER_SUFFIX, ".sqlite", ".db")


def ledger_file(path: Path) -> Path:
    """A new ledger's file: its name with ``.sqlite3`` unless it has a ledger's extension."""
    if path.suffix.lower() in KNOWN_SUFFIXES:
        return path
    return path.with_name(path.name + LEDGER_SUFFIX)


def ask_new_ledger(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where the new ledger goes (the save dialog), with its extension."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileMenu", "New ledger"),
        str(suggested),
        QCoreApplication.translate("FileMenu", "Ledgers (*.sqlite3);;All files (*)"),
    )
    return ledger_file(Path(path)) if path else None


@dataclass(frozen=True)
class Start:
    """The ledger to open (a file, or a server ledger's URL); ``demo``: build the demo in it
    if empty; ``new``: a new one."""

    path: Path | str
    demo: bool = False
    new: bool = False


class StartDialog(Retranslated, QDialog):
    """Four ways in; ``start`` is the one chosen (None: the user closed it)."""

    def __init__(self, parent: QWidget | None = None, *, problem: str = "") -> None:
        """``problem``: why the ledger asked for could not be opened (said at the top)."""
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.start: Start | None = None
        #: The ledger asked for could not be opened: why, in the warning's tone, bold.
        self.problem = QLabel(problem)
        self.problem.setObjectName("startProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        emphasise(self.problem, Hue.ERROR)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.demo_button = QCommandLinkButton()
        self.demo_button.clicked.connect(self.open_demo)
        self.new_button = QCommandLinkButton()
        self.new_button.clicked.connect(self.new_ledger)
        self.open_button = QCommandLinkButton()
        self.open_button.clicked.connect(self.open_ledger)
        self.server_button = QCommandLinkButton()
        self.server_button.clicked.connect(self.open_server)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.problem)
        box.addWidget(self.text)
        for button in (self.demo_button, self.new_button, self.open_button, self.server_button):
            box.addWidget(button)
        box.addWidget(self.buttons)
        self.new_button.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cloud Credit Desk"))
        self.text.setText(self.tr("Prepaid Public Cloud credit and vouchers, per project, in one "
                                  "ledger file. How would you like to start?"))  # fmt: skip
        self.demo_button.setText(self.tr("Open the demo"))
        self.demo_button.setDescription(
            self.tr(
                "A made-up company with a year of orders, vouchers and invoices: try "
                "everything, nothing of yours is touched."
            )
        )
        self.new_button.setText(self.tr("New ledger"))
        self.new_button.setDescription(
            self.tr(
                "Your own ledger, empty: a short assistant asks for your company's "
                "details, the seller's and the bank details."
            )
        )
        self.open_button.setText(self.tr("Open a ledger…"))
        self.open_button.setDescription(self.tr("A ledger file you already have."))
        self.server_button.setText(self.tr("Open a server ledger…"))
        self.server_button.setDescription(
            self.tr("Your team's ledger on a PostgreSQL server: its address or service=name.")
        )

    def open_demo(self) -> None:
        self.start = Start(demo_ledger_path(), demo=True)
        self.accept()

    def new_ledger(self) -> None:
        path = ask_new_ledger(self, default_ledger_path())
        if path is not None:
            self.start = Start(path, new=not path.exists())
            self.accept()

    def open_ledger(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a ledger"),
            str(default_ledger_path().parent),
            self.tr("Ledgers (*.sqlite3);;All files (*)"),
        )
        if path:
            self.start = Start(Path(path))
            self.accept()

    def open_server(self) -> None:
        """The dialog of File > Open a server ledger; what is wrong is said in words."""
        text = server_dialog.ask_server_url(self)
        if text is None:
            return
        try:
            url = team.typed_server_ledger(text)
        except CodedError as error:
            messages.show_error(self, error)
            return
        self.start = Start(url)
        self.accept()


def choose_start(problem: str = "") -> Start | None:
    """The start dialog, modal (before the window exists); None when closed. ``problem``:
    why the ledger asked for could not be opened, said at its top."""
    dialog = StartDialog(problem=problem)
    dialog.exec()
    return dialog.start
