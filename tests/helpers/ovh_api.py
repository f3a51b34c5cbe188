"""OVHcloud API answers in the API's own shapes (its public schema: cloud.json's
``cloud.Project`` and ``cloud.Credit``, me.json's ``me.credit.Balance`` and
``me.credit.balance.Movement``, ``billing.Bill``, ``billing.BillDetail``,
``billing.Payment``, ``billing.FidelityAccount``, ``billing.FidelityMovement``), the dumps
made of them, and the recorded HTTP answers the ``ovh`` client is given in place of the
network (``FakeSession``: the client's ``requests`` session, its HTTP boundary).

Awkward on purpose, as the API is: amounts ``{currencyCode, text, value}`` with a float
``value``; validity datetimes with an offset (+01:00 in winter, +02:00 in summer, some at
midnight); ``products``, ``voucher`` and ``bill`` null or not.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import unquote, urlsplit

GENERATED_AT = "2026-01-31T08:00:00+01:00"


def price(amount: str, currency: str = "EUR") -> dict[str, Any]:
    """An ``order.Price``: the text as the manager shows it, the value a float."""
    value = Decimal(amount)
    sign = "€" if currency == "EUR" else currency
    return {"currencyCode": currency, "text": f"{value:.2f} {sign}", "value": float(value)}


def cloud_project(service: str, name: str) -> dict[str, Any]:
    return {
        "access": "full",
        "creationDate": "2024-03-01T10:12:44+01:00",
        "description": name,
        "expiration": None,
        "iam": {
            "id": f"urn-{service[:8]}",
            "urn": f"urn:v1:eu:resource:publicCloudProject:{service}",
        },
        "manualQuota": False,
        "orderId": 4242,
        "planCode": "project.2018",
        "projectName": name,
        "project_id": service,
        "status": "ok",
        "unleash": False,
    }


def cloud_credit(
    credit_id: int,
    total: str,
    used: str,
    available: str,
    start: str,
    end: str,
    *,
    voucher: str | None = None,
    bill: str | None = None,
    products: list[str] | None = None,
    description: str | None = "Public Cloud credit",
) -> dict[str, Any]:
    return {
        "available_credit": price(available),
        "bill": bill,
        "description": description,
        "id": credit_id,
        "products": products,
        "total_credit": price(total),
        "used_credit": price(used),
        "validity": {"from": start, "to": end},
        "voucher": voucher,
    }


def balance(name: str, amount: str, kind: str = "PREPAID_ACCOUNT") -> dict[str, Any]:
    return {
        "amount": price(amount),
        "balanceDetails": [],
        "balanceName": name,
        "booked": [],
        "creationDate": "2025-02-01T10:00:00+01:00",
        "expiring": [],
        "expiringSummary": [],
        "lastUpdate": "2026-01-30T10:00:00+01:00",
        "type": kind,
    }


def balance_movement(name: str, movement_id: int, amount: str) -> dict[str, Any]:
    return {
        "amount": price(amount),
        "balanceName": name,
        "creationDate": "2025-06-01T12:00:00+02:00",
        "destinationObject": None,
        "expirationDate": None,
        "lastUpdate": "2025-06-01T12:00:00+02:00",
        "movementId": movement_id,
        "orderId": 9000 + movement_id,
        "sourceObject": {"id": f"FR{movement_id}", "name": "order"},
        "type": "PAYMENT",
    }


def bill(bill_id: str, day: str, without_tax: str) -> dict[str, Any]:
    ht = Decimal(without_tax)
    tax = (ht * Decimal("0.2")).quantize(Decimal("0.01"))
    return {
        "billId": bill_id,
        "category": "autorenew",
        "date": day,
        "orderId": 77000,
        "password": "aBcD",
        "pdfUrl": f"https://www.ovh.com/cgi-bin/order/facture.pdf?reference={bill_id}",
        "priceWithTax": price(str(ht + tax)),
        "priceWithoutTax": price(str(ht)),
        "tax": price(str(tax)),
        "url": f"https://www.ovh.com/cgi-bin/order/facture.cgi?reference={bill_id}",
    }


def bill_detail(
    detail_id: str, service: str, description: str, month: str, amount: str
) -> dict[str, Any]:
    return {
        "billDetailId": detail_id,
        "description": description,
        "domain": service,
        "periodEnd": f"{month}-28",
        "periodStart": f"{month}-01",
        "quantity": "1",
        "totalPrice": price(amount),
        "unitPrice": price(amount),
    }


def payment() -> dict[str, Any]:
    return {"paymentDate": "2026-01-02T09:00:00+01:00", "paymentIdentifier": "XXXX-4242",
            "paymentType": "creditCard"}  # fmt: skip


FIDELITY_ACCOUNT = {"alertThreshold": None, "balance": 1200, "canBeCredited": True,
                    "lastUpdate": "2026-01-02T09:00:00+01:00",
                    "openDate": "2024-03-01T10:12:44+01:00"}  # fmt: skip


def fidelity_movement(movement_id: int) -> dict[str, Any]:
    return {"amount": 100, "balance": 1200, "date": "2026-01-02T09:00:00+01:00",
            "description": "Points earned", "movementId": movement_id, "operation": "credit",
            "order": 77000, "previousBalance": 1100}  # fmt: skip


WEB = "5a1b2c3d4e5f60718293a4b5c6d7e8f9"
DATA = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
LAB = "aa00bb11cc22dd33ee44ff5566778899"
VPS = "vps-1234.vps.ovh.net"


def small_account() -> dict[str, Any]:
    """One project, three credits (a bought credit, a voucher for instances only, an
    expired voucher), a prepaid balance, one bill with two Public Cloud details and one of
    another service, the loyalty account."""
    credits = [
        cloud_credit(101, "500.00", "120.40", "379.60", "2025-06-12T14:03:00+02:00",
                     "2026-07-12T23:59:59+02:00", bill="FR51234567"),
        cloud_credit(102, "200", "0", "200", "2026-01-05T00:00:00+01:00",
                     "2026-07-05T00:00:00+02:00", voucher="WELCOME-2026-AB12",
                     products=["instance"], description="Startup voucher"),
        cloud_credit(103, "50.00", "20.00", "0.00", "2025-01-01T00:00:00+01:00",
                     "2025-12-31T23:59:59+01:00", voucher="TRY-OLD-0001", products=[]),
    ]  # fmt: skip
    return {
        "generated_at": GENERATED_AT,
        "endpoint": "ovh-eu",
        "projects": {WEB: {"project": cloud_project(WEB, "Web shop"), "credits": credits}},
        "credit_balances": [balance("FR-PREPAID", "35.50")],
        "credit_movements": {"FR-PREPAID": [balance_movement("FR-PREPAID", 1, "35.50")]},
        "bills": [
            {"bill": bill("FR51234567", "2026-01-01T00:02:13+01:00", "310.25"),
             "details": [
                 bill_detail("FR51234567-1", WEB, "Instance b2-7 - GRA11", "2025-12", "250.10"),
                 bill_detail("FR51234567-2", WEB, "Object Storage Standard", "2025-12", "48.15"),
                 bill_detail("FR51234567-3", VPS, "VPS Value", "2025-12", "12.00"),
             ],
             "payment": payment()},
        ],
        "fidelity_account": FIDELITY_ACCOUNT,
        "fidelity_movements": [fidelity_movement(1)],
    }  # fmt: skip


def hostile_account() -> dict[str, Any]:
    """The small account as a hostile (or careless) source would write it, in the API's
    shapes still: markup and a spreadsheet formula in names, a reference that is a shell
    command, products repeated in another case, a float's noise, an amount text in French
    grouping. All of it can be imported as text; none of it may act as markup or formula."""
    account = small_account()
    web = account["projects"][WEB]
    web["project"]["description"] = "<b>Shop</b> & =SUM(A1)"
    credits = web["credits"]
    credits[0]["description"] = "<script>alert(1)</script>"
    credits[1]["products"] = ["instance", "INSTANCE ", "Instance"]
    credits[2]["voucher"] = "ÉTÉ-2026-ÇA"
    credits.append(
        cloud_credit(
            104,
            "0.30",
            "0.00",
            "0.30",
            "2026-01-01T00:00:00+01:00",
            "2027-01-01T00:00:00+01:00",
            bill="=cmd|' /C calc'!A0",
        )
    )
    credits[3]["total_credit"] = {"currencyCode": "EUR", "text": "0,30 €", "value": 0.1 + 0.2}
    credits[3]["available_credit"]["text"] = "0,30\u00a0€"
    return account


def _credits_of(project_no: int, count: int, first_id: int) -> list[dict[str, Any]]:
    """``count`` credits of every kind: bought (bill), vouchers (some for instances only,
    products null or empty), granted (no voucher, no bill), expired, upcoming."""
    made = []
    for n in range(count):
        cid = first_id + n
        cents = 1000 + 137 * ((cid * 7919) % 4000)
        total = Decimal(cents) / 100
        used = (total * Decimal(n % 5) / 5).quantize(Decimal("0.01"))
        month = 1 + (n % 12)
        kind = n % 4
        expired = n % 7 == 3
        upcoming = n % 11 == 5 and not expired
        year = 2024 if expired else 2025
        start = f"{year}-{month:02d}-{1 + n % 27:02d}T{n % 24:02d}:15:00+01:00"
        end = f"{year + 1}-{month:02d}-{1 + n % 27:02d}T23:59:59+01:00"
        if upcoming:
            start, end = "2026-03-01T00:00:00+01:00", "2027-03-01T00:00:00+01:00"
            used = Decimal("0.00")
        ended = end[:10] <= GENERATED_AT[:10]  # what was left is lost, at OVHcloud too
        available = Decimal("0.00") if expired or ended else total - used
        made.append(cloud_credit(
            cid, f"{total}", f"{used}", f"{available}", start, end,
            voucher=f"VOUCH-{project_no:02d}-{cid:06d}" if kind in (1, 2) else None,
            bill=f"FR{70000000 + cid}" if kind == 0 else None,
            products=["instance"] if kind == 2 else ([] if kind == 1 else None),
            description=None if kind == 3 else f"Credit {cid}",
        ))  # fmt: skip
    return made


def account(projects: int, credits: int) -> dict[str, Any]:
    """``projects`` projects sharing ``credits`` credits, bills of three months."""
    services = [f"{p:04x}" + "c0ffee" * 4 + f"{p:04x}" for p in range(projects)]
    per, extra = divmod(credits, projects)
    entries, first = {}, 1000
    for p, service in enumerate(services):
        count = per + (1 if p < extra else 0)
        entries[service] = {"project": cloud_project(service, f"Project {p:02d}"),
                            "credits": _credits_of(p, count, first)}  # fmt: skip
        first += count
    bills = []
    for m, month in enumerate(("2025-10", "2025-11", "2025-12")):
        bill_id = f"FR6{m:07d}"
        details = [bill_detail(f"{bill_id}-{p}", s, "Public Cloud instances", month,
                               f"{100 + p}.50") for p, s in enumerate(services)]  # fmt: skip
        total = sum(Decimal(d["totalPrice"]["text"].split()[0]) for d in details)
        bills.append({"bill": bill(bill_id, f"{month}-28T00:00:00+01:00", str(total)),
                      "details": details, "payment": payment()})  # fmt: skip
    return {"generated_at": GENERATED_AT, "endpoint": "ovh-eu", "projects": entries,
            "credit_balances": [], "credit_movements": {}, "bills": bills,
            "fidelity_account": None, "fidelity_movements": []}  # fmt: skip


def three_projects() -> dict[str, Any]:
    """3 projects, 40 credits, expired and restricted ones among them."""
    return account(3, 40)


def write(path: Any, dump: Mapping[str, Any]) -> Any:
    path.write_text(json.dumps(dump, indent=1), encoding="utf-8")
    return path


# -- the HTTP boundary ---------------------------------------------------------------------
BASE = "https://eu.api.ovh.com/1.0"


def answers(dump: Mapping[str, Any], bills_query: str) -> dict[str, Any]:
    """What the API answers to each GET, from the dump it makes (path -> JSON body)."""
    found: dict[str, Any] = {"/auth/time": 1769846400, "/cloud/project": list(dump["projects"])}
    for service, entry in dump["projects"].items():
        found[f"/cloud/project/{service}"] = entry["project"]
        found[f"/cloud/project/{service}/credit"] = [c["id"] for c in entry["credits"]]
        for c in entry["credits"]:
            found[f"/cloud/project/{service}/credit/{c['id']}"] = c
    found["/me/credit/balance"] = [b["balanceName"] for b in dump["credit_balances"]]
    for b in dump["credit_balances"]:
        base = f"/me/credit/balance/{b['balanceName']}"
        found[base] = b
        moves = dump["credit_movements"].get(b["balanceName"], [])
        found[f"{base}/movement"] = [m["movementId"] for m in moves]
        for m in moves:
            found[f"{base}/movement/{m['movementId']}"] = m
    found[f"/me/bill?{bills_query}"] = [b["bill"]["billId"] for b in dump["bills"]]
    for b in dump["bills"]:
        base = f"/me/bill/{b['bill']['billId']}"
        found[base] = b["bill"]
        found[f"{base}/details"] = [d["billDetailId"] for d in b["details"]]
        for d in b["details"]:
            found[f"{base}/details/{d['billDetailId']}"] = d
        found[f"{base}/payment"] = b["payment"]
    if dump["fidelity_account"] is not None:
        found["/me/fidelityAccount"] = dump["fidelity_account"]
        found["/me/fidelityAccount/movements"] = [
            m["movementId"] for m in dump["fidelity_movements"]
        ]
        for m in dump["fidelity_movements"]:
            found[f"/me/fidelityAccount/movements/{m['movementId']}"] = m
    return found


@dataclass
class FakeResponse:
    status_code: int
    body: Any
    headers: dict[str, str] = field(default_factory=lambda: {"X-OVH-QUERYID": "EU.ext-1.test"})

    def json(self) -> Any:
        return json.loads(json.dumps(self.body))  # a fresh copy, floats as the wire has them

    @property
    def text(self) -> str:
        return json.dumps(self.body)


@dataclass
class FakeSession:
    """The client's ``requests.Session``: recorded answers by path, or a failure."""

    answers: Mapping[str, Any]
    #: path -> (status, body) or an exception to raise, for the requests that fail.
    failures: Mapping[str, Any] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)

    def request(self, method: str, target: str, **_: Any) -> FakeResponse:
        parts = urlsplit(target)
        path = unquote(parts.path).removeprefix("/1.0") + (
            f"?{unquote(parts.query)}" if parts.query else ""
        )
        self.calls.append((method, path))
        failure = self.failures.get(path)
        if isinstance(failure, Exception):
            raise failure
        if failure is not None:
            return FakeResponse(*failure)
        if path not in self.answers:
            return FakeResponse(404, {"message": f"The requested object ({path}) does not exist"})
        return FakeResponse(200, self.answers[path])

    def paths(self) -> Iterator[str]:
        return (p for _, p in self.calls)
