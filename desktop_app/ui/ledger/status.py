"""The status bar's summary of the ledger: the project chosen (what it has, its next expiry),
the reminder of what expires soon, and the shared accounts' balances; on a server, where the
ledger lives, who wrote last, and while its connection is away, that it is being made again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Project
from desktop_app.services import accounts, projects
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.credits.expiry_banner import ExpiryAlerts
from desktop_app.ui.widgets.elided import ElidedLabel
from desktop_app.ui.widgets.tones import Hue, tone

#: What a server ledger away says (the storage makes its connection again in the background).
AWAY_CODES = frozenset({"ledger.connection_lost", "ledger.reconnecting"})


class StatusSummary(QObject):
    """Permanent labels of the status bar. ``alerts`` is a link: the window reopens the
    expiry notice when it is clicked. The window says them again when the language changes."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        #: A server ledger's connection lost: said until the poll reaches the ledger again.
        self.away = QLabel()
        self.away.setObjectName("statusAway")
        self.away.setVisible(False)
        self.lost = False
        # On a narrow window each gives up room ("…", its whole text in its tooltip).
        self.available = ElidedLabel(minimum_chars=14)
        self.expiry = ElidedLabel()
        self.alerts = QLabel()
        self.alerts.setObjectName("statusAlerts")
        self.alerts.setTextFormat(Qt.TextFormat.RichText)
        self.launchpad = ElidedLabel()
        self.loyalty = ElidedLabel()
        #: A server ledger: which database, and who wrote last (hidden for a file).
        self.where = ElidedLabel()
        self.where.setVisible(False)
        labels = (self.available, self.expiry, self.alerts, self.launchpad, self.loyalty)
        #: All of them in one permanent widget, which makes way for a temporary message
        #: ("Backup written to…"): permanent widgets are never hidden by one, and these
        #: fill the bar of a 1024-pixel window, leaving the message no room at all.
        self.summary = QWidget(bar)
        row = QHBoxLayout(self.summary)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for label in (self.away, *labels, self.where):
            label.setContentsMargins(8, 0, 8, 0)
            row.addWidget(label)
        bar.addPermanentWidget(self.summary)
        bar.messageChanged.connect(self._message_shown)

    def _message_shown(self, text: str) -> None:
        self.summary.setVisible(not text)

    def show_project(self, desk: Desk, project: Project | None) -> None:
        if project is None:
            self.available.setText(self.tr("No project selected"))
            self.expiry.setText("")
            return
        try:
            available, next_expiry = projects.project_summary(desk, project.id)
        except CodedError:
            available, next_expiry = None, None
        text = self.tr("%1: %2 available").replace("%1", project.name)
        self.available.setText(text.replace("%2", i18n.money(available)))
        if next_expiry is None:
            self.expiry.setText(self.tr("Nothing expires"))
        else:
            self.expiry.setText(self.tr("Next expiry: %1").replace("%1", i18n.day(next_expiry)))

    def show_accounts(self, desk: Desk) -> None:
        try:
            summary = accounts.account_summary(desk)
        except CodedError:
            return
        text = self.tr("Digital LaunchPad: %1").replace("%1", i18n.money(summary.digital_launchpad))
        self.launchpad.setText(text)
        self.loyalty.setText(self.tr("Loyalty: %1").replace("%1", i18n.money(summary.loyalty)))

    def show_ledger(self, desk: Desk) -> None:
        """On a server: the ledger's URL (no password) and who wrote last; nothing for a file
        (the title names it)."""
        if self.lost:
            self._say_lost()  # again, in the language now chosen
        self.where.setVisible(desk.on_server)
        if not desk.on_server:
            return
        try:
            last = desk.last_writer()
        except CodedError:  # the connection is lost: made again in the background
            last = None
        from desktop_app.services.team import server_parts  # a server ledger's alone

        database, server = server_parts(desk.shown)
        text = self.tr("Server ledger %1 on %2").replace("%1", database).replace("%2", server)
        if last is not None:
            who, when = last
            text += " · " + self.tr("last written by %1 at %2").replace("%1", who).replace(
                "%2", when
            )
        self.where.setText(text)  # short: a 1024-pixel bar has the other figures to show
        self.where.setToolTip(desk.shown)  # the URL, without a password (the title's too)

    def show_lost(self, error: CodedError) -> None:
        """The poll met ``error``: a server ledger away is said until ``back``; anything else
        (a busy file) is not news."""
        if error.code in AWAY_CODES:
            self.lost = True
            self._say_lost()

    def back(self) -> bool:
        """The poll reached the ledger: True when it was away until now."""
        was, self.lost = self.lost, False
        if was:
            self.away.setVisible(False)
            self.away.setText("")
        return was

    def _say_lost(self) -> None:
        """In the warning's tone of the palette in use (light or dark), bold: seen at once."""
        away = self.away
        pal = away.palette()
        pal.setColor(QPalette.ColorRole.WindowText, tone(Hue.WARNING, pal))
        away.setPalette(pal)
        font = away.font()
        font.setBold(True)
        away.setFont(font)
        away.setText(self.tr("Connection to the server lost; reconnecting…"))
        away.setVisible(True)

    def show_alerts(self, alerts: ExpiryAlerts, summary: str) -> None:
        """``summary``: the notice's own sentence, for the tooltip."""
        count = alerts.count
        self.alerts.setVisible(count > 0)
        if not count:
            self.alerts.setText("")
            return
        from html import escape  # with its entity tables: once there is a reminder to write

        text = (
            self.tr("%1 lot(s) expire within %2 days")
            .replace("%1", i18n.count(count))
            .replace("%2", str(alerts.notice.days))
        )
        color = tone(Hue.ERROR if alerts.urgent_count else Hue.WARNING).name()
        self.alerts.setText(
            f'<a href="alerts" style="color:{color}; text-decoration:none">⚠ {escape(text)}</a>'
        )
        self.alerts.setToolTip(summary + " " + self.tr("Click to show the notice."))
