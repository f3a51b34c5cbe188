"""How OVHcloud's records become the ledger's: each rule once, documented (README, "Your
real OVHcloud account").

- **Kind and reference.** A ``cloud.Credit`` with a ``voucher`` code is a voucher lot, its
  reference the code; else one with a ``bill`` is a credit lot (bought credit), its
  reference the bill id; else (credit OVHcloud granted, no code, no bill) a credit lot
  referenced ``ovh-credit-<id>``. The API's ``id`` is kept beside the lot (``ovh_lots``).
- **Validity.** The API gives the instants the credit is usable between, with their
  offset; the ledger keeps days, the lot usable while ``valid_from <= D < expires_on``.
  ``valid_from`` is the day of ``from`` in its own offset (usable from some moment of
  that day counts from that day). ``expires_on`` is the first day the credit is usable
  at no moment: the day of ``to`` in its own offset, plus one day, unless ``to`` is that
  day's midnight exactly (an end at 2026-04-01T00:00:00+02:00 is "through 31 March").
  A credit whose ``validity`` is null (the schema allows it) is valid from the dump's day
  and has no end: ``expires_on`` is ``NO_END`` (2199-12-31).
- **Issued on.** The ledger's issue day is ``valid_from`` (the API gives no other).
- **Products.** ``products`` null or empty: every product; else the names, as the ledger
  keeps product names (``normalise_product``).
- **Consumption.** A bill detail whose ``domain`` is a Public Cloud project's
  ``serviceName`` is that project's consumption in the month its period starts (the
  bill's month when the period is null), under the product its description names
  (``product_of``), its ``totalPrice`` HT.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop_app.domain.model import LotKind

#: Words of a bill detail's description and the product the ledger files it under, first
#: match wins; anything else is "other".
PRODUCT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("compute", ("instance", "compute", "gpu", "vcore", "kubernetes", "rancher")),
    ("storage", ("storage", "volume", "snapshot", "backup", "archive", "object", "block")),
    ("network", ("bandwidth", "bande passante", "traffic", "trafic", "ip ", "load balancer",
                 "gateway", "network", "réseau")),
    ("database", ("database", "postgresql", "mysql", "mongodb", "redis", "kafka")),
    ("ai", ("ai ", "notebook", "training", "deploy")),
)  # fmt: skip
OTHER_PRODUCT = "other"
#: The expiry of a credit the API gives no validity for: none within the ledger's years.
NO_END = date(2199, 12, 31)


def kind_and_reference(
    credit_id: int, voucher: str | None, bill: str | None
) -> tuple[LotKind, str]:
    if voucher:
        return LotKind.VOUCHER, voucher
    if bill:
        return LotKind.CREDIT, bill
    return LotKind.CREDIT, f"ovh-credit-{credit_id}"


def first_day(start: datetime) -> date:
    return start.date()


def expires_on(end: datetime) -> date:
    """The first day the credit is usable at no moment (see the module's rule)."""
    day = end.date()
    return day if end.time() == time(0) else day + timedelta(days=1)


def product_of(description: str) -> str:
    words = f" {description.lower()} "
    for product, keys in PRODUCT_WORDS:
        if any(key in words for key in keys):
            return product
    return OTHER_PRODUCT


def month_of(day: date) -> date:
    return day.replace(day=1)
