"""A realistic demo account, replayed over the past year so history and expiries are real."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.dates import add_months
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, InvoiceLine, PaymentType, Project
from desktop_app.services.accounts import add_payment_method, top_up
from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.expiry import expire
from desktop_app.services.invoices import post_invoice
from desktop_app.services.orders import buy_credit, cancel_order, pay_order
from desktop_app.services.projects import add_project, list_projects
from desktop_app.services.vouchers import issue_vouchers, redeem_voucher


@dataclass(frozen=True)
class DemoSummary:
    projects: int
    lots: int
    orders: int
    invoices: int
    unredeemed_codes: list[str]


PROJECTS = (
    ("Production web", "Customer-facing shop and API", ("compute", "storage", "network"), "1.0"),
    ("Data lake", "Analytics and archives", ("storage", "compute"), "0.5"),
    ("Staging & tests", "Pre-production", ("compute",), "0.25"),
    ("ML training", "GPU experiments", ("compute", "ai"), "0.6"),
)
MONTHLY = {"compute": Decimal("412.30"), "storage": Decimal("96.45"),
           "network": Decimal("38.10"), "ai": Decimal("655.00")}  # fmt: skip
#: (month, project index, amount HT, paid?) over the past year.
PURCHASES = (
    (0, 0, "2500.00", True),
    (0, 1, "4000.00", True),
    (3, 2, "300.00", False),
    (4, 2, "600.00", True),
    (5, 0, "3000.00", True),
    (9, 0, "3400.00", True),
    (9, 1, "1500.00", True),
)


#: The demo account's companies and bank details (made up), written by ``build_demo``.
DEMO_SETTINGS: dict[str, str] = {
    "seller.name": "Nuage Public SAS",
    "seller.address": "2 rue des Serveurs\n59100 Roubaix\nFrance",
    "seller.siren": "512 345 678",
    "seller.vat_number": "FR 40 512345678",
    "seller.email": "billing@nuage-public.example",
    "buyer.name": "Atelier Durand & Fils SARL",
    "buyer.address": "14 quai de la Fosse\n44000 Nantes\nFrance",
    "buyer.siren": "833 221 904",
    "buyer.vat_number": "FR 27 833221904",
    "buyer.email": "compta@atelier-durand.example",
    "payment.bank": "Banque Populaire du Nord",
    "payment.iban": "FR76 1350 7000 0131 2345 6789 012",
    "payment.bic": "CCBPFRPPLIL",
}


def build_demo(desk: Desk) -> DemoSummary:
    """Fill an empty ledger: four projects, a year of orders, vouchers and invoices."""
    if list_projects(desk, include_archived=True):
        raise DomainError("demo.not_empty")
    today = desk.today
    start = add_months(today, -12)
    update_settings(desk, dict(DEMO_SETTINGS))
    projects = [add_project(desk, n, d) for n, d, _, _ in PROJECTS]
    add_payment_method(desk, PaymentType.CARD, "Visa •••• 4242", default=True)
    add_payment_method(desk, PaymentType.SEPA, "SEPA FR76 •••• 9012")
    before = desk.on_day(start - timedelta(days=10))
    top_up(before, Account.DIGITAL_LAUNCHPAD, Decimal("1500.00"), "Startup programme")
    top_up(before, Account.LOYALTY, Decimal("120.50"), "Loyalty points")
    orders = lots = invoices = 0
    # A year of history, month by month; the first purchases are old enough to expire soon.
    for month in range(12):
        day = add_months(start, month) + timedelta(days=2 if month else -10)
        bought, lots_added = _month_of_credit(desk.on_day(day), month, projects)
        orders, lots = orders + bought, lots + lots_added
        if month >= 1:
            invoices += _month_of_invoices(desk, month, day + timedelta(days=25), projects)
    now = desk.on_day(today)
    buy_credit(now, projects[3].id, Decimal("1200.00"))  # left pending, with its PDF
    spare = issue_vouchers(now, Decimal("75.00"), add_months(today, 2), count=3,
                           campaign="Partner event")  # fmt: skip
    expire(now)
    return DemoSummary(len(projects), lots, orders + 1, invoices, [v.code for v in spare])


def _month_of_credit(desk: Desk, month: int, projects: list[Project]) -> tuple[int, int]:
    """A month's purchases (paid or cancelled), vouchers and top-ups, on ``desk.today``;
    returns how many orders and lots."""
    day = desk.today
    orders = lots = 0
    for when, index, amount, paid in PURCHASES:
        if when != month:
            continue
        order = buy_credit(desk, projects[index].id, Decimal(amount))
        orders += 1
        if paid:
            pay_order(desk, order.number, day)
            lots += 1
        else:
            cancel_order(desk, order.number)
    if month in (2, 8):
        codes = issue_vouchers(
            desk, Decimal("400.00"), add_months(day, 3), products="compute",
            campaign="Compute starter voucher",
        )  # fmt: skip
        redeem_voucher(desk, codes[0].code, projects[2].id)
        lots += 1
    if month == 10:
        codes = issue_vouchers(desk, Decimal("2500.00"), add_months(day, 4),
                               campaign="GPU trial")  # fmt: skip
        redeem_voucher(desk, codes[0].code, projects[3].id)
        lots += 1
    if month == 11:
        top_up(desk, Account.DIGITAL_LAUNCHPAD, Decimal("800.00"), "Startup programme")
        top_up(desk, Account.LOYALTY, Decimal("64.20"), "Loyalty points")
    return orders, lots


def _month_of_invoices(desk: Desk, month: int, day: date, projects: list[Project]) -> int:
    """Each project's invoice of the month, on ``day`` if it has come (``desk.today``);
    returns how many."""
    if day > desk.today:
        return 0
    on_day = desk.on_day(day)
    for project, (_, _, products, factor) in zip(projects, PROJECTS, strict=True):
        scale = Decimal(factor) * (Decimal(1) + Decimal(month) / 40)
        lines = [InvoiceLine(p, (MONTHLY[p] * scale).quantize(Decimal("0.01"))) for p in products]
        expire(on_day)
        post_invoice(on_day, project.id, day, lines)
    return len(projects)
