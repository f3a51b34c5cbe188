"""A notice across the top of the window: credit that expires within the ledger's two lead
times (``notice.days``, ``notice.urgent_days``: 30 and 7 days unless set otherwise).

Shown when a ledger is opened (and kept current as the ledger changes), never in the way: it
does not take the focus, does not block, and is dismissed with one click. The status bar keeps
a one-line reminder that brings it back.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot
from desktop_app.domain.notice import NoticeDays
from desktop_app.domain.record import Record, field, record
from desktop_app.services import listing, notices
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.names import kind_name
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.tones import Hue, mix, muted, tint, tone


def banner_style() -> str:
    """The notice's frame: a warning tint of the palette's background, a darker edge."""
    back = tint(Hue.WARNING)
    edge = mix(back, tone(Hue.WARNING, background=back), 0.5)
    return (
        f"#expiryBanner {{ background: {back.name()}; border: 1px solid {edge.name()};"
        " border-radius: 3px; }"
    )


@record(frozen=True, slots=True)
class ExpiryAlerts(Record):
    """Credit expiring within the notice's two lead times (``notice``): counts and amounts
    left (one aggregate in SQL: a big account has thousands of such lots), the soonest lots."""

    today: date
    lots: tuple[CreditLot, ...] = ()  # the soonest few, to name
    count: int = 0
    urgent_count: int = 0
    left: Decimal = Decimal("0.00")
    urgent_left: Decimal = Decimal("0.00")
    notice: NoticeDays = field(default_factory=NoticeDays)
    #: Lots that reached a threshold not announced yet (the notice shows itself for them),
    #: with that threshold.
    fresh: dict[int, str] = field(default_factory=dict)

    def is_urgent(self, lot: CreditLot) -> bool:
        return lot.expires_on <= self.today + timedelta(days=self.notice.urgent_days)


@record(frozen=True, slots=True)
class AlertsRead(Record):
    """What the notice is made of, as read (by a worker, maybe: ``ledger/reread``): the lead
    times, the figures (None: the ledger could not be read) and the news to announce."""

    lead: NoticeDays
    found: listing.ExpirySummary | None
    news: dict[int, str] = field(default_factory=dict)


def read_alerts(desk: Desk) -> AlertsRead:
    """The notice's reads, nothing written (``alerts_from`` records the news)."""
    try:
        lead = notices.notice_days(desk)
        found = listing.expiry_summary(desk, lead.days, lead.urgent_days, first=ExpiryBanner.SHOWN)
    except CodedError:
        return AlertsRead(NoticeDays(), None)
    try:
        news = notices.news(desk)
    except CodedError:  # announced next time
        news = {}
    return AlertsRead(lead, found, news)


def alerts_from(desk: Desk, read: AlertsRead) -> ExpiryAlerts:
    """What the notice and the status bar show; the lots that reached a new threshold are
    recorded as announced (not on a view date). An unreadable ledger shows nothing."""
    found = read.found
    if found is None:
        return ExpiryAlerts(desk.today)
    try:
        fresh = notices.record_news(desk, read.news)
    except CodedError:  # busy, read-only: announced again next time
        fresh = {}
    return ExpiryAlerts(
        desk.today, found.soonest, found.count, found.urgent_count, found.left,
        found.urgent_left, read.lead, fresh,
    )  # fmt: skip


def load_alerts(desk: Desk, read: AlertsRead | None = None) -> ExpiryAlerts:
    """The notice's alerts: ``read`` (read already, by a worker), else read here."""
    return alerts_from(desk, read_alerts(desk) if read is None else read)


class ExpiryBanner(Retranslated, QFrame):
    """Non-modal: lists the soonest lots; a reference is a link that shows the lot."""

    lot_chosen = Signal(CreditLot)
    #: Lots listed by name; the rest are counted.
    SHOWN = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryBanner")
        self.setStyleSheet(banner_style())
        self.alerts = ExpiryAlerts(date.min)
        self.names: dict[int, str] = {}
        self.dismissed = False
        self.told: dict[int, str] = {}  # what this notice announced, lot by lot
        self.text = QLabel()
        self.text.setObjectName("expiryText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.linkActivated.connect(self._link)
        self.text.setStyleSheet("background: transparent; border: none;")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QVBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(
            self.tr("Hide this notice; the status bar keeps the count and shows it again.")
        )
        self._render()

    # -- state ---------------------------------------------------------------------------------
    def set_alerts(self, alerts: ExpiryAlerts, names: dict[int, str]) -> None:
        """Shown when a lot reached a threshold not announced yet; already shown, kept up to
        date; else left to the status bar (which shows it again on a click)."""
        self.alerts = alerts
        self.names = names
        self._render()
        # news is what this notice has not told yet (a view date records nothing: the same
        # lots come back fresh at each refresh, and are not news twice)
        news = {lot: level for lot, level in alerts.fresh.items() if self.told.get(lot) != level}
        self.told.update(news)
        if news:
            self.dismissed = False
        shown = not self.isHidden()
        self.setVisible(alerts.count > 0 and not self.dismissed and (shown or bool(news)))

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def forget(self) -> None:
        """Another ledger: hidden until its alerts are set (shown if it has news)."""
        self.dismissed = False
        self.told.clear()
        self.hide()

    def reopen(self) -> None:
        """Shown again (a new ledger, another as-of date, or asked from the status bar)."""
        self.dismissed = False
        self.setVisible(self.alerts.count > 0)

    def _link(self, href: str) -> None:
        if href.startswith("lot:"):
            wanted = int(href.removeprefix("lot:"))
            for lot in self.alerts.lots:
                if lot.id == wanted:
                    self.lot_chosen.emit(lot)
                    return

    # -- words -----------------------------------------------------------------------------------
    def summary(self) -> str:
        """One plain sentence per horizon (also the status bar's tooltip)."""
        alerts = self.alerts
        week = self.tr("Within %1 days: %2 lot(s), %3 left.")
        week = week.replace("%1", str(alerts.notice.urgent_days)).replace(
            "%2", i18n.count(alerts.urgent_count)
        )
        week = week.replace("%3", i18n.money(alerts.urgent_left))
        month = self.tr("Within %1 days: %2 lot(s), %3 left.")
        month = month.replace("%1", str(alerts.notice.days)).replace("%2", i18n.count(alerts.count))
        month = month.replace("%3", i18n.money(alerts.left))
        return f"{week} {month}"

    def _render(self) -> None:
        alerts = self.alerts
        if not alerts.count:
            self.text.setText("")
            return
        from html import escape  # with its entity tables: once there is a notice to write

        title = escape(self.tr("Credit about to expire"))
        week = escape(self.tr("Within %1 days:").replace("%1", str(alerts.notice.urgent_days)))
        month = escape(self.tr("Within %1 days:").replace("%1", str(alerts.notice.days)))
        counted = escape(self.tr("%1 lot(s), %2 left"))

        def count(number: int, left: Decimal) -> str:
            if not number:
                return escape(self.tr("none"))
            text = counted.replace("%1", i18n.count(number))
            return text.replace("%2", i18n.money_html(left))

        back = tint(Hue.WARNING)
        urgent = tone(Hue.ERROR, background=back).name()
        color = urgent if alerts.urgent_count else muted().name()
        soon = count(alerts.urgent_count, alerts.urgent_left)
        head = (
            f"<b>{title}</b> &nbsp; "
            f'<span style="color:{color}">{week} <b>{soon}</b></span> &nbsp;·&nbsp; '
            f"{month} <b>{count(alerts.count, alerts.left)}</b>"
        )
        rows = []
        for lot in alerts.lots[: self.SHOWN]:
            style = f' style="color:{urgent}"' if alerts.is_urgent(lot) else ""
            expires = escape(self.tr("expires on %1").replace("%1", i18n.day(lot.expires_on)))
            project = escape(self.names.get(lot.project_id, str(lot.project_id)))
            reference = escape(lot.reference or kind_name(lot.kind))
            left = escape(self.tr("%1 left")).replace("%1", i18n.money_html(lot.available))
            cell = '<td style="padding-right:16px">'
            rows.append(
                f"<tr{style}>{cell}{expires}</td>{cell}{project}</td>"
                f'{cell}<a href="lot:{lot.id}">{reference}</a></td>'
                f'{cell}{escape(kind_name(lot.kind))}</td><td align="right">{left}</td></tr>'
            )
        more = alerts.count - self.SHOWN
        tail = ""
        if more > 0:
            tail = escape(self.tr("…and %1 more: sort a project's lots by expiry to see them."))
            tail = f"<div>{tail.replace('%1', i18n.count(more))}</div>"
        table = '<table cellspacing="0" cellpadding="1" style="margin-top:3px">'
        table += "".join(rows) + "</table>"
        self.text.setText(f"<div>{head}</div>{table}{tail}")
        self.text.setToolTip(self.summary())
