"""The forecast's tables: one row a month, and the advisor's purchase plan."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.forecast import (
    SOURCES,
    Forecast,
    ForecastMonth,
    MonthRow,
    Purchase,
    month_rows,
)
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO, vat_of
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import ListTableModel
from desktop_app.ui.tables.names import source_name
from desktop_app.ui.widgets.tones import Hue, cell_muted, cell_tint, tone

#: Lots listed in a cell's tooltip before "and N more".
TOOLTIP_LOTS = 12


#: The chart's red and blue (one table, shared with the PDF), for the same things in the
#: table and the summary; the rest are the panel's own.


def lost_colour() -> QColor:
    """Money lost to expiry, as text on a table or a card (the palette's background)."""
    return tone(Hue.ERROR, on=QPalette.ColorRole.Base)


def good_colour() -> QColor:
    return tone(Hue.SUCCESS, on=QPalette.ColorRole.Base)


def planned_colour() -> QColor:
    return tone(Hue.INFO, on=QPalette.ColorRole.Base)


def band_name(source: Source) -> str:
    """A source as the chart's legend names it ("Credit" alone would not say it was bought)."""
    from PySide6.QtCore import QCoreApplication as Q

    return {
        Source.VOUCHER: Q.translate("ForecastView", "Vouchers"),
        Source.CREDIT: Q.translate("ForecastView", "Purchased credit"),
        Source.DIGITAL_LAUNCHPAD: Q.translate("ForecastView", "Digital LaunchPad"),
        Source.LOYALTY: Q.translate("ForecastView", "Loyalty account"),
    }[source]


def _dash(amount: Decimal) -> str:
    """Money for a table cell; zero as a dash so that the figures that matter stand out."""
    return "–" if amount == 0 else i18n.money(amount)


#: Each column's amount of a month, by column (the date's column shows no amount).
_AMOUNTS: tuple[Callable[[MonthRow], Decimal], ...] = (
    lambda _row: ZERO,
    lambda row: row.total_ht,
    lambda row: row.by_credit,
    lambda row: row.by_accounts,
    lambda row: row.payment_ht,
    lambda row: row.payment_vat,
    lambda row: row.payment_ttc,
    lambda row: row.expired_total,
    lambda row: row.balance,
    lambda row: row.purchased,
)


class ForecastTableModel(ListTableModel):
    """One row a month: what the invoice is, who pays it, what expires, what is left."""

    MONEY_COLUMNS = frozenset(range(1, 10))
    LOST_COLUMN = 7
    PURCHASE_COLUMN = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MonthRow] = []
        self._months: list[ForecastMonth] = []
        self.run_out: date | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Invoice of"),
            self.tr("Total excl. VAT"),
            self.tr("Credit & vouchers"),
            self.tr("Accounts"),
            self.tr("Payment excl. VAT"),
            self.tr("VAT"),
            self.tr("Payment incl. VAT"),
            self.tr("Lost to expiry"),
            self.tr("Balance left"),
            self.tr("Advised purchase"),
        ]

    def set_forecast(
        self,
        forecast: Forecast,
        planned: Sequence[Purchase] = (),
        rows: Sequence[MonthRow] | None = None,
    ) -> None:
        """``rows``: ``month_rows(forecast, planned)`` if made already."""
        self._months = list(forecast.months)
        self.run_out = forecast.run_out
        self.set_rows(list(rows) if rows is not None else month_rows(forecast, planned))

    def clear(self) -> None:
        self._months, self.run_out = [], None
        self.set_rows([])

    def rows(self) -> list[MonthRow]:
        return list(self._rows)

    def header_tip(self, section: int) -> str | None:
        tips = {
            0: self.tr("Each month's invoice, dated as the first one (today)."),
            2: self.tr("Paid by vouchers and purchased credit, soonest expiry first."),
            3: self.tr(
                "Paid by the Digital LaunchPad and loyalty accounts. They are shared by every "
                "project: the forecast lets this project use all of them."
            ),
            4: self.tr("What the default payment method pays, excl. VAT."),
            5: self.tr("The VAT on what the payment method pays."),
            6: self.tr("What the default payment method pays, incl. VAT."),
            7: self.tr("Credit left in lots that expire this month: lost."),
            8: self.tr("What every source holds after this month's invoice."),
            9: self.tr("A purchase of the advisor's plan, made this month."),
        }
        return tips.get(section)

    def cell(self, row: MonthRow, column: int) -> str:
        return i18n.day(row.date) if column == 0 else _dash(self.amount(row, column))

    def amount(self, row: MonthRow, column: int) -> Decimal:
        return _AMOUNTS[column](row)

    def tooltip(self, number: int, column: int) -> str | None:
        row, month = self._rows[number], self._months[number]
        if column == 0 and row.date == self.run_out:
            return self.tr("The first invoice the payment method pays part of.")
        if column == 2 and row.by_credit > 0:
            lines = [
                f"{a.reference}: {i18n.money(a.amount)}"
                for a in month.invoice.allocations
                if a.lot_id is not None
            ]
            return self._listing(lines)
        if column == 3 and row.by_accounts > 0:
            return "\n".join(
                f"{source_name(s)}: {i18n.money(month.taken(s))}"
                for s in (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)
                if month.taken(s) > 0
            )
        if column == 4 and row.payment_ht > 0 and month.invoice.payment.label:
            return month.invoice.payment.label
        if column == self.LOST_COLUMN and row.expired:
            lines = [
                self.tr("%1, expires on %2: %3")
                .replace("%1", e.reference)
                .replace("%2", i18n.day(e.expires_on))
                .replace("%3", i18n.money(e.amount))
                for e in row.expired
            ]
            return self._listing(lines)
        if column == 8:
            return "\n".join(f"{band_name(s)}: {i18n.money(row.balances[s])}" for s in SOURCES)
        return None

    def _listing(self, lines: list[str]) -> str:
        if len(lines) > TOOLTIP_LOTS:
            more = len(lines) - TOOLTIP_LOTS
            lines = [*lines[:TOOLTIP_LOTS], self.tr("…and %1 more").replace("%1", str(more))]
        return "\n".join(lines)

    def extra(self, number: int, column: int, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(number, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LOST_COLUMN and row.expired_total > 0:
                return lost_colour()
            if column == self.PURCHASE_COLUMN and row.purchased > 0:
                return planned_colour()
            if column and self.amount(row, column) == 0:
                return cell_muted()
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.date == self.run_out:
            return cell_tint(Hue.ERROR)
        if role == Qt.ItemDataRole.FontRole and (
            row.date == self.run_out or (column == self.LOST_COLUMN and row.expired_total > 0)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None


class PlanModel(ListTableModel):
    """The advisor's purchase plan: when to buy, how much (HT, TTC); the VAT and the date
    the credit expires in a tooltip (always 13 months after the purchase)."""

    MONEY_COLUMNS = frozenset({1, 2})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Purchase] = []
        self.vat_rate = Decimal("20.00")

    def headers(self) -> list[str]:
        return [
            self.tr("Buy on"),
            self.tr("Excl. VAT"),
            self.tr("Incl. VAT"),
        ]

    def set_plan(self, plan: Sequence[Purchase], vat_rate: Decimal) -> None:
        self.vat_rate = vat_rate
        self.set_rows(plan)

    def clear(self) -> None:
        self.set_plan([], self.vat_rate)

    def plan(self) -> list[Purchase]:
        return list(self._rows)

    def cell(self, purchase: Purchase, column: int) -> str:
        vat = vat_of(purchase.amount, self.vat_rate)
        values = [
            i18n.day(purchase.on),
            i18n.money(purchase.amount),
            i18n.money(purchase.amount + vat),
        ]
        return values[column]

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            purchase = self._rows[number]
            vat = vat_of(purchase.amount, self.vat_rate)
            text = self.tr("VAT: %1. The credit is valid until %2.")
            text = text.replace("%1", i18n.money(vat))
            return text.replace("%2", i18n.long_day(credit_expires_on(purchase.on)))
        return None
