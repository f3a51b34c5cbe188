"""The purchase advisor's answer: the largest purchase today that is never lost, and a plan of
purchases that covers the months forecast with nothing bought lost."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.advisor import Advice
from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.forecast import Purchase
from desktop_app.domain.money import vat_of
from desktop_app.services import forecast_export
from desktop_app.ui import i18n
from desktop_app.ui.forecast.models import PlanModel
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import setup_table
from desktop_app.ui.widgets.tones import muted, set_text_colour

#: Purchases of the plan shown without scrolling.
PLAN_ROWS = 4


class AdvicePanel(Retranslated, QGroupBox):
    """What to buy. The forecast panel connects ``prepare_button`` (a purchase order of the
    largest amount) and ``with_plan`` (the forecast shown with the plan's purchases)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_model = PlanModel(self)
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setTextFormat(Qt.TextFormat.RichText)
        self.advice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prepare_button = QPushButton()
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan = QTableView()
        self.plan.setModel(self.plan_model)
        setup_table(self.plan, stretch_last=False, many=True)
        self.plan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.plan_check = QLabel()
        self.plan_check.setWordWrap(True)
        set_text_colour(self.plan_check, muted())
        self.with_plan = QCheckBox()
        box = QVBoxLayout(self)
        box.addWidget(self.advice_text)
        box.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addSpacing(6)
        box.addWidget(self.plan_label)
        box.addWidget(self.plan)
        box.addWidget(self.plan_check)
        box.addWidget(self.with_plan)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Purchase advice"))
        self.prepare_button.setText(self.tr("Prepare this purchase order…"))
        self.with_plan.setText(self.tr("Show the forecast with these purchases"))
        self.plan_model.retranslate()
        self.plan.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def clear(self) -> None:
        self.plan_model.clear()
        self.advice_text.setText("")
        self.plan_label.setText("")
        self.plan_check.setText("")
        self.plan.hide()

    def show_advice(self, advice: Advice, months: int, vat_rate: Decimal) -> None:
        self.advice_text.setText(self._best(advice.max_purchase, vat_rate))
        if advice.plan:
            self._show_plan(advice, months, vat_rate)
            return
        self.plan_label.setText(
            self.tr("No purchase is needed: the credit covers the %1 months.").replace(
                "%1", str(months)
            )
        )
        self.plan_model.clear()
        self.plan.hide()
        self.plan_check.setText("")

    def _best(self, best: Purchase, vat_rate: Decimal) -> str:
        """The largest purchase never lost, in rich text (the amount in bold)."""
        if best.amount <= 0:
            return html.escape(
                self.tr("Any purchase today would be partly lost: the credit already covers the "
                        "next 13 months.")
            )  # fmt: skip
        vat = vat_of(best.amount, vat_rate)
        text = self.tr(
            "Largest purchase today that is never lost: <b>%1 excl. VAT</b> (%2 incl. VAT), "
            "valid until %3."
        )
        return (
            html.escape(text, quote=False)
            .replace("&lt;b&gt;", "<b>")
            .replace("&lt;/b&gt;", "</b>")
            .replace("%1", i18n.money_html(best.amount))
            .replace("%2", i18n.money_html(best.amount + vat))
            .replace("%3", i18n.unbroken(i18n.long_day(credit_expires_on(best.on))))
        )

    def _show_plan(self, advice: Advice, months: int, vat_rate: Decimal) -> None:
        self.plan_label.setText(
            self.tr("To cover the %1 months with nothing bought lost, buy:").replace(
                "%1", str(months)
            )
        )
        self.plan_model.set_plan(advice.plan, vat_rate)
        rows = min(len(advice.plan), PLAN_ROWS)
        height = self.plan.horizontalHeader().sizeHint().height() + rows * (
            self.plan.verticalHeader().defaultSectionSize()
        )
        self.plan.setFixedHeight(height + 2 * self.plan.frameWidth())
        self.plan.show()
        lost = forecast_export.lost_from_plan(advice)
        paid = i18n.money(advice.with_plan.payment_total)
        if lost > 0:
            check = self.tr(
                "With this plan the payment method pays %1 excl. VAT, and %2 of the credit "
                "bought is lost."
            ).replace("%2", i18n.money(lost))
        else:
            check = self.tr(
                "With this plan the payment method pays %1 excl. VAT, and none of the credit "
                "bought is lost."
            )
        self.plan_check.setText(check.replace("%1", paid))
