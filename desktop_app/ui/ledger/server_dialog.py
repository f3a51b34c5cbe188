"""File > Open a server ledger…: the URL of a team ledger on a PostgreSQL server, typed.

What is typed is handed over once and the field emptied: a password someone typed into the
URL is shown nowhere afterwards (the title, the status bar and every message show the URL
without it; File > Recent keeps none)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.widgets.retranslated import Retranslated


class ServerLedgerDialog(Retranslated, QDialog):
    """One field: a libpq URL (``postgresql://user@host/database``) or ``service=name``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverLedgerDialog")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setClearButtonEnabled(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._enable)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.url)
        box.addWidget(self.buttons)
        self.text.setBuddy(self.url)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a server ledger"))
        self.text.setText(
            self.tr(
                "The &address of a team ledger on a PostgreSQL server: a URL such as "
                "postgresql://you@server/credits, or a service of pg_service.conf written "
                "service=name. Keep the password in ~/.pgpass: it is never shown here."
            )
        )
        self.url.setPlaceholderText(self.tr("postgresql://user@host/database or service=name"))

    def _enable(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(bool(self.url.text().strip()))

    def take(self) -> str:
        """What was typed, once: the field is emptied (a password typed in it goes too)."""
        text = self.url.text().strip()
        self.url.clear()
        return text


def ask_server_url(parent: QWidget | None) -> str | None:
    """The address typed, or None when the user cancelled."""
    dialog = ServerLedgerDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.take()
            return None
        return dialog.take() or None
    finally:
        dialog.deleteLater()
