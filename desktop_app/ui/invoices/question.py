"""The question asked before an invoice is posted: it names every figure that will be written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.model import Invoice
from desktop_app.ui import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoiceView", text)


def post_question(draft: Invoice, project: str) -> str:
    """The total, the date, the project, and what is left to the payment method."""
    question = _tr(
        "Post this invoice of %1 excl. VAT dated %2 on %3? Credit and balances are used "
        "as shown; this cannot be undone."
    )
    question = question.replace("%1", i18n.money(draft.total_ht))
    question = question.replace("%2", i18n.long_day(draft.date)).replace("%3", project)
    payment = draft.payment
    if payment.amount_ttc > 0:
        left = _tr("%1 incl. VAT is left to pay by %2.")
        label = payment.label or _tr("(no payment method registered)")
        question += " " + left.replace("%1", i18n.money(payment.amount_ttc)).replace("%2", label)
    return question
