"""Every command of `cloud-credit`, one module per area, in the order ``--help`` lists them."""

from __future__ import annotations

from desktop_app.cli.commands import (
    accounts,
    books,
    credit,
    forecast,
    gui,
    history,
    invoices,
    ledger,
    orders,
    projects,
    vouchers,
)
from desktop_app.cli.registry import Registry

MODULES = (
    projects,
    vouchers,
    credit,
    orders,
    accounts,
    invoices,
    books,
    history,
    forecast,
    ledger,
    gui,
)
REGISTRY = Registry.joined(module.registry for module in MODULES)
