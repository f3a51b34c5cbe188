"""The status bar's summary of the ledger: the project chosen (what it has, its next expiry),
the reminder of what expires soon, and the shared accounts' balances; on a server, where the
ledger lives, who wrote last, and while its connection is away, that it is being made again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Project
from desktop_app.services import accounts, projects
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.credits.expiry_banner import ExpiryAlerts
from desktop_app.ui.widgets.elided import ElidedLabel
from desktop_app.ui.widgets.fitting import FittingRow
from desktop_app.ui.widgets.tones import Hue, emphasise, tone

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
        # Short of room each takes shorter words first (``FittingRow``), then gives up room
        # ("…", its whole text in its tooltip).
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
        self.summary = FittingRow(bar)
        for label in (self.away, *labels, self.where):
            label.setContentsMargins(6, 0, 6, 0)
            self.summary.add(label)
        # What a 1024-pixel bar gives up first: words the tooltips still say, never a figure.
        self.summary.give_up = [(self.launchpad, 1), (self.where, 1), (self.available, 1),
                                (self.expiry, 1), (self.alerts, 1), (self.where, 2),
                                (self.available, 2)]  # fmt: skip
        bar.addPermanentWidget(self.summary, 1)  # the whole bar: its room is the row's
        bar.messageChanged.connect(self._message_shown)

    def _message_shown(self, text: str) -> None:
        self.summary.setVisible(not text)

    def show_project(self, desk: Desk, project: Project | None) -> None:
        if project is None:
            self.available.setToolTip("")
            self.summary.set_forms(self.available, [self.tr("No project selected")])
            self.summary.set_forms(self.expiry, [""])
            return
        try:
            available, next_expiry = projects.project_summary(desk, project.id)
        except CodedError:
            available, next_expiry = None, None
        amount, name = i18n.money(available), project.name
        whole = self.tr("%1: %2 available").replace("%1", name).replace("%2", amount)
        short = self.tr("%1: %2").replace("%2", amount)
        cut_name = self.available.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, self.available.fontMetrics().averageCharWidth() * 12
        )
        self.available.setToolTip(whole)
        self.summary.set_forms(
            self.available, [whole, short.replace("%1", name), short.replace("%1", cut_name)]
        )
        if next_expiry is None:
            self.expiry.setToolTip("")
            self.summary.set_forms(self.expiry, [self.tr("Nothing expires")])
            return
        day = i18n.day(next_expiry)
        whole = self.tr("Next expiry: %1").replace("%1", day)
        self.expiry.setToolTip(whole)
        self.summary.set_forms(self.expiry, [whole, self.tr("Expiry: %1").replace("%1", day)])

    def show_ledger_figures(self, desk: Desk) -> None:
        """What does not depend on the project chosen: the shared accounts' balances and,
        on a server, who wrote last (read again when the ledger changed)."""
        self.show_accounts(desk)
        self.show_ledger(desk)

    def show_accounts(self, desk: Desk) -> None:
        try:
            summary = accounts.account_summary(desk)
        except CodedError:
            return
        amount = i18n.money(summary.digital_launchpad)
        whole = self.tr("Digital LaunchPad: %1").replace("%1", amount)
        self.launchpad.setToolTip(whole)
        short = self.tr("LaunchPad: %1").replace("%1", amount)
        self.summary.set_forms(self.launchpad, [whole, short])
        loyalty = self.tr("Loyalty: %1").replace("%1", i18n.money(summary.loyalty))
        self.summary.set_forms(self.loyalty, [loyalty])

    def show_ledger(self, desk: Desk) -> None:
        """On a server: its database, its server (by name, or "this machine") and who wrote
        last, when; the long form and the URL (no password) in the tooltip. Nothing for a
        file (the title names it)."""
        if self.lost:
            self._say_lost()  # again, in the language now chosen
        self.where.setVisible(desk.on_server)
        if not desk.on_server:
            self.summary.fit()
            return
        try:
            last = desk.last_writer()
        except CodedError:  # the connection is lost: made again in the background
            last = None
        forms = self._where_forms(desk.shown, last)
        self.where.setToolTip(f"{forms[0]}\n{desk.shown}")  # the URL, too, as the title
        self.summary.set_forms(self.where, forms)

    def _where_forms(self, url: str, last: tuple[str, str] | None) -> list[str]:
        """Where the ledger lives and who wrote last, longest first: in words, then the
        database on its server, then the database alone; who and when in each."""
        from desktop_app.services.team import server_parts  # a server ledger's alone

        place = server_parts(url)
        server = place.host or self.tr("this machine")  # a Unix socket: no folder to show
        on = self.tr("%1 on %2").replace("%1", place.database).replace("%2", server)
        forms = [self.tr("Server ledger %1 on %2").replace("%1", place.database).replace(
            "%2", server), on, place.database]  # fmt: skip
        if last is None:
            return forms
        who, when = last[0], i18n.moment(last[1])
        written = self.tr("last written by %1 at %2").replace("%1", who).replace("%2", when)
        briefly = self.tr("%1, %2").replace("%1", who).replace("%2", when)
        return [f"{forms[0]} · {written}", f"{on} · {briefly}", f"{place.database} · {briefly}"]

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
            self.summary.fit()  # the room it took back for the others
        return was

    def _say_lost(self) -> None:
        """In the warning's tone of the palette in use (light or dark), bold: seen at once."""
        emphasise(self.away, Hue.WARNING)
        self.away.setText(self.tr("Connection to the server lost; reconnecting…"))
        self.away.setVisible(True)
        self.summary.fit()  # said whole: the others give up their words first

    def show_alerts(self, alerts: ExpiryAlerts, summary: str) -> None:
        """``summary``: the notice's own sentence, for the tooltip."""
        count = alerts.count
        self.alerts.setVisible(count > 0)
        if not count:
            self.summary.set_forms(self.alerts, [""])
            return
        from html import escape  # with its entity tables: once there is a reminder to write

        lots, days = i18n.count(count), str(alerts.notice.days)
        plain = [
            "⚠ " + text.replace("%1", lots).replace("%2", days)
            for text in (self.tr("%1 lot(s) expire within %2 days"),
                         self.tr("%1 lot(s) within %2 days"))
        ]  # fmt: skip
        color = tone(Hue.ERROR if alerts.urgent_count else Hue.WARNING).name()
        link = f'<a href="alerts" style="color:{color}; text-decoration:none">%s</a>'
        self.summary.set_forms(self.alerts, [link % escape(text) for text in plain], plain)
        self.alerts.setToolTip(summary + " " + self.tr("Click to show the notice."))
