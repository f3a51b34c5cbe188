"""The accounts of the journal (rule 16): ledger settings with French defaults (PCG).

Defaults, and why:

- ``books.journal_code`` / ``books.journal_label``: ``HA`` / ``Achats``. Every entry is a
  purchase of the supplier's service or follows from one: the purchases journal, under the
  code most French software gives it.
- ``books.prepaid_account``: ``4091`` Fournisseurs - Avances et acomptes versés sur
  commandes. Credit paid before the service is used is an advance to the supplier: an asset
  until it is used, not yet an expense.
- ``books.vat_account``: ``44566`` TVA sur autres biens et services. VAT on services falls
  due when they are paid (CGI art. 269, 2-c) and the buyer deducts it then: it is booked
  with the order's payment, and with the payment method's part of an invoice.
- ``books.supplier_account``: ``401`` Fournisseurs, what the TTC amounts are owed to. An
  auxiliary account (``books.supplier_aux``, ``books.supplier_aux_label``, e.g.
  ``OVHCLOUD`` / ``OVHcloud``) fills FEC's CompAuxNum / CompAuxLib on the supplier's lines.
- ``books.expense_account``: ``6135`` Locations mobilières. Public Cloud is computing
  capacity (instances, storage, network) rented by use from equipment the provider owns:
  a rental of movable property, where French practice books hosting and cloud.
  ``books.expense_by_product`` (``ai=6156, storage=6135``) sends a product elsewhere.
- ``books.loss_account``: ``658`` Charges diverses de gestion courante. Credit lost at its
  expiry is a recurring loss of ordinary operations, not a major and unusual event; since
  ANC regulation 2022-06 (years opened from 2025) only those are exceptional (class 67), so
  not 6718.
- ``books.account_labels``: empty. ``number=label; ...`` sets an account's label
  (CompteLib); any other account takes the label of the longest PCG number it starts with.

Account numbers start with three digits (FEC's CompteNum: its first three characters are
digits of the French chart); the prepaid, VAT and supplier accounts are in class 4, the
expense and loss accounts in class 6. Anything else is refused, the setting named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from desktop_app.domain.books.defaults import BOOKS_SETTINGS
from desktop_app.domain.errors import DomainError
from desktop_app.domain.text import clean_text
from desktop_app.domain.waterfall import normalise_product


class Role(StrEnum):
    PREPAID = "prepaid"
    VAT = "vat"
    SUPPLIER = "supplier"
    EXPENSE = "expense"
    LOSS = "loss"


#: Labels of the PCG accounts a cloud purchase may be booked to (CompteLib).
PCG_LABELS: Final[dict[str, str]] = {
    "401": "Fournisseurs",
    "4091": "Fournisseurs - Avances et acomptes versés sur commandes",
    "44566": "TVA sur autres biens et services",
    "604": "Achats d'études et prestations de services",
    "611": "Sous-traitance générale",
    "6132": "Locations immobilières",
    "6135": "Locations mobilières",
    "6156": "Maintenance",
    "6226": "Honoraires",
    "628": "Divers",
    "658": "Charges diverses de gestion courante",
    "6718": "Autres charges exceptionnelles sur opérations de gestion",
}
_ROLE_LABELS: Final = {
    Role.PREPAID: "Avances et acomptes versés",
    Role.VAT: "TVA déductible",
    Role.SUPPLIER: "Fournisseurs",
    Role.EXPENSE: "Services cloud",
    Role.LOSS: "Crédit cloud expiré",
}
#: The class (first digit) each role's account must be in.
_CLASS: Final = {
    Role.PREPAID: "4",
    Role.VAT: "4",
    Role.SUPPLIER: "4",
    Role.EXPENSE: "6",
    Role.LOSS: "6",
}

_NUMBER = re.compile(r"[0-9]{3}[0-9A-Za-z]{0,17}")
_AUX = re.compile(r"[0-9A-Za-z_-]{0,20}")
_JOURNAL = re.compile(r"[0-9A-Z]{1,10}")
_PAIRS = re.compile(r"[;,\n]")


@dataclass(frozen=True, slots=True)
class LedgerAccount:
    role: Role
    number: str
    label: str
    aux: str = ""
    aux_label: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    journal_code: str
    journal_label: str
    prepaid: LedgerAccount
    vat: LedgerAccount
    supplier: LedgerAccount
    expense: LedgerAccount
    loss: LedgerAccount
    by_product: tuple[tuple[str, LedgerAccount], ...] = ()

    def expense_for(self, product: str) -> LedgerAccount:
        for name, account in self.by_product:
            if name == product:
                return account
        return self.expense

    def accounts(self) -> tuple[LedgerAccount, ...]:
        """Every account an entry may name, each once, in chart order."""
        found = [self.prepaid, self.vat, self.supplier, self.expense]
        found += [account for _, account in self.by_product]
        found.append(self.loss)
        return tuple(dict.fromkeys(found))


def account_label(number: str, role: Role, labels: Mapping[str, str] | None = None) -> str:
    """The label of ``number``: the user's, else the longest PCG account it starts with,
    else the role's own."""
    if labels and number in labels:
        return labels[number]
    for size in range(len(number), 2, -1):
        label = PCG_LABELS.get(number[:size])
        if label is not None:
            return label
    return _ROLE_LABELS[role]


def _setting(settings: Mapping[str, str], key: str) -> str:
    return settings.get(key, BOOKS_SETTINGS[key]).strip()


def _number(key: str, value: str, role: Role) -> str:
    if not _NUMBER.fullmatch(value):
        raise DomainError("books.account_malformed", setting=key, value=value)
    if not value.startswith(_CLASS[role]):
        raise DomainError("books.account_class", setting=key, value=value, expected=_CLASS[role])
    return value


def _pairs(key: str, text: str) -> list[tuple[str, str]]:
    """``a=b; c=d`` (``;``, ``,`` or new lines between pairs) as ``[(a, b), (c, d)]``."""
    pairs: list[tuple[str, str]] = []
    for part in _PAIRS.split(text):
        if not part.strip():
            continue
        left, sep, right = part.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise DomainError("books.table_malformed", setting=key, text=part.strip())
        pairs.append((left.strip(), right.strip()))
    return pairs


def _labels(settings: Mapping[str, str]) -> dict[str, str]:
    key = "books.account_labels"
    return {
        _number_any(key, number): clean_text(label, maximum=100)
        for number, label in _pairs(key, _setting(settings, key))
    }


def _number_any(key: str, value: str) -> str:
    if not _NUMBER.fullmatch(value):
        raise DomainError("books.account_malformed", setting=key, value=value)
    return value


def _account(
    settings: Mapping[str, str], role: Role, labels: Mapping[str, str], number: str | None = None
) -> LedgerAccount:
    key = f"books.{role.value}_account"
    value = _number(key, number if number is not None else _setting(settings, key), role)
    return LedgerAccount(role, value, account_label(value, role, labels))


def _supplier(settings: Mapping[str, str], labels: Mapping[str, str]) -> LedgerAccount:
    account = _account(settings, Role.SUPPLIER, labels)
    aux = _setting(settings, "books.supplier_aux")
    if not _AUX.fullmatch(aux):
        raise DomainError("books.aux_malformed", setting="books.supplier_aux", value=aux)
    aux_label = clean_text(_setting(settings, "books.supplier_aux_label"), maximum=100)
    return LedgerAccount(account.role, account.number, account.label, aux, aux_label or aux)


def _by_product(
    settings: Mapping[str, str], labels: Mapping[str, str]
) -> tuple[tuple[str, LedgerAccount], ...]:
    key = "books.expense_by_product"
    table: dict[str, LedgerAccount] = {}
    for product, number in _pairs(key, _setting(settings, key)):
        try:
            name = normalise_product(product)
        except DomainError:
            raise DomainError("books.table_malformed", setting=key, text=product) from None
        _number(key, number, Role.EXPENSE)
        table[name] = _account(settings, Role.EXPENSE, labels, number)
    return tuple(sorted(table.items()))


def chart_from_settings(settings: Mapping[str, str]) -> Chart:
    """The chart a ledger's settings describe (a missing key takes its default), checked:
    ``books.*`` codes name the setting that is wrong."""
    code = _setting(settings, "books.journal_code")
    if not _JOURNAL.fullmatch(code):
        raise DomainError("books.journal_code_malformed", value=code)
    labels = _labels(settings)
    return Chart(
        journal_code=code,
        journal_label=clean_text(_setting(settings, "books.journal_label"), maximum=100) or code,
        prepaid=_account(settings, Role.PREPAID, labels),
        vat=_account(settings, Role.VAT, labels),
        supplier=_supplier(settings, labels),
        expense=_account(settings, Role.EXPENSE, labels),
        loss=_account(settings, Role.LOSS, labels),
        by_product=_by_product(settings, labels),
    )


#: The chart of a ledger whose settings say nothing about the books.
DEFAULT_CHART: Final = chart_from_settings(BOOKS_SETTINGS)
