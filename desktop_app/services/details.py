"""The details a purchase order cannot go out without: the buyer (the user's own company),
the seller (the provider the credit is bought from) and where to pay it. A new ledger has none
of them (``desk.DEFAULT_SETTINGS``); the window asks for them before the first order."""

from __future__ import annotations

from desktop_app.services.desk import Desk

#: The settings a purchase order needs, in the order the window asks for them.
ORDER_DETAILS = ("buyer.name", "seller.name", "payment.iban")


def missing_order_details(desk: Desk) -> list[str]:
    """The keys of ``ORDER_DETAILS`` the ledger has no value for (blank counts as none)."""
    settings = desk.settings()
    return [key for key in ORDER_DETAILS if not settings.get(key, "").strip()]
