"""The names the accountant reads for the domain's kinds and states (context ``Names``)."""

from __future__ import annotations

from desktop_app.domain.model import (
    LotKind,
    LotStatus,
    MovementKind,
    OrderStatus,
    PaymentType,
    Source,
    Wording,
)


def kind_name(kind: LotKind) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        LotKind.VOUCHER: Q.translate("Names", "Voucher"),
        LotKind.CREDIT: Q.translate("Names", "Credit"),
    }[kind]


def status_name(status: LotStatus) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        LotStatus.ACTIVE: Q.translate("Names", "Active"),
        LotStatus.EXHAUSTED: Q.translate("Names", "Exhausted"),
        LotStatus.EXPIRED: Q.translate("Names", "Expired"),
        LotStatus.UPCOMING: Q.translate("Names", "Not yet valid"),
    }[status]


def order_status_name(status: OrderStatus) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        OrderStatus.PENDING: Q.translate("Names", "Pending"),
        OrderStatus.PAID: Q.translate("Names", "Paid"),
        OrderStatus.CANCELLED: Q.translate("Names", "Cancelled"),
    }[status]


def source_name(source: Source) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        Source.VOUCHER: Q.translate("Names", "Voucher"),
        Source.CREDIT: Q.translate("Names", "Credit"),
        Source.DIGITAL_LAUNCHPAD: Q.translate("Names", "Digital LaunchPad"),
        Source.LOYALTY: Q.translate("Names", "Loyalty account"),
    }[source]


def movement_kind_name(kind: MovementKind) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        MovementKind.VOUCHER: Q.translate("Names", "Voucher redeemed"),
        MovementKind.ORDER: Q.translate("Names", "Order paid"),
        MovementKind.USE: Q.translate("Names", "Used by an invoice"),
        MovementKind.EXPIRE: Q.translate("Names", "Lost at expiry"),
        MovementKind.BONUS: Q.translate("Names", "Account top-up"),
        MovementKind.ORDER_CREATED: Q.translate("Names", "Order created"),
        MovementKind.CANCEL: Q.translate("Names", "Order cancelled"),
        MovementKind.MANUAL: Q.translate("Names", "Adjustment"),
        MovementKind.RETURN: Q.translate("Names", "Given back by a credit note"),
    }[kind]


def payment_type_name(kind: PaymentType) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        PaymentType.CARD: Q.translate("Names", "Card"),
        PaymentType.SEPA: Q.translate("Names", "SEPA direct debit"),
        PaymentType.PAYPAL: Q.translate("Names", "PayPal"),
        PaymentType.TRANSFER: Q.translate("Names", "Bank transfer"),
    }[kind]


def wording_name(code: Wording) -> str:
    """The words for a code the ledger stores (the English of ``services.wording.WORDS``)."""
    from PySide6.QtCore import QCoreApplication as Q

    return {
        Wording.PUBLIC_CLOUD_CREDIT: Q.translate("Names", "Public Cloud credit"),
        Wording.VOUCHER: Q.translate("Names", "Voucher"),
        Wording.PURCHASE_ORDER_CREATED: Q.translate("Names", "purchase order created"),
        Wording.UNUSED_AT_EXPIRY: Q.translate("Names", "unused at expiry"),
        Wording.OVH_CREDIT: Q.translate("Names", "OVHcloud credit"),
        Wording.USED_AT_OVH: Q.translate("Names", "used at OVHcloud before the import"),
    }[code]


def shown_text(code: Wording | None, typed: str) -> str:
    """What a row says, as ``services.wording.shown`` puts it, in the window's language."""
    said = wording_name(code) if code else ""
    return f"{said} — {typed}" if said and typed else said or typed
