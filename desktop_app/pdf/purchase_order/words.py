"""The order's words, in English and French, and how it writes a rate and an IBAN."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.pdf.layout import Language, in_language


@dataclass(frozen=True, slots=True)
class Words(Language):
    """Every fixed text of the document, in one language."""

    title: str
    number: str
    order_date: str
    valid_until: str
    seller: str
    buyer: str
    siren: str
    vat_number: str
    email: str
    description: str
    quantity: str
    unit_price: str
    amount: str
    line: str  # "{project}" is replaced by the escaped project name
    total_ht: str
    vat: str  # "{rate}"
    total_ttc: str
    payment_heading: str
    bank: str
    iban: str
    bic: str
    terms: str
    terms_text: str  # "{days}"
    reference: str
    reference_text: str  # "{number}"
    cancelled: str
    cancelled_on: str  # "{date}"
    cancelled_note: str
    paid: str
    paid_on: str  # "{date}"
    paid_note: str  # "{date}": the expiry, the first day the credit is no longer usable
    conditions_heading: str
    conditions: str  # "{months}"
    page: str  # "{page}"
    colon: str  # French puts a no-break space before a colon


EN = Words(
    locale="en_GB",
    lang="en-GB",
    title="Purchase order",
    number="No.",
    order_date="Order date",
    valid_until="Valid until",
    seller="Seller",
    buyer="Buyer",
    siren="SIREN",
    vat_number="VAT number",
    email="Email",
    description="Description",
    quantity="Qty",
    unit_price="Unit price excl. VAT",
    amount="Amount excl. VAT",
    line="Public Cloud credit — project {project}",
    total_ht="Total excl. VAT (HT)",
    vat="VAT {rate}",
    total_ttc="Total incl. VAT (TTC)",
    payment_heading="Payment by bank transfer",
    bank="Bank",
    iban="IBAN",
    bic="BIC",
    terms="Terms",
    terms_text="Payment within {days} days",
    reference="Reference to quote",
    reference_text="{number}",
    cancelled="CANCELLED",
    cancelled_on="CANCELLED on {date}",
    cancelled_note="This order is void and must not be paid.",
    paid="PAID",
    paid_on="PAID on {date}",
    paid_note="The credit is on the project; it expires on {date}.",
    conditions_heading="Conditions",
    conditions=(
        "The credit appears on the project once this order is paid. It is valid for "
        "{months} months from the payment date; whatever is unused then is lost. "
        "Public Cloud credit is not transferable to another project and is not refundable; "
        "it has no monetary value."
    ),
    page="Page {page}",
    colon=":",
)


FR = Words(
    locale="fr_FR",
    lang="fr-FR",
    title="Bon de commande",
    number="N°",
    order_date="Date de commande",
    valid_until="Valable jusqu’au",
    seller="Vendeur",
    buyer="Acheteur",
    siren="SIREN",
    vat_number="N° TVA",
    email="E-mail",
    description="Désignation",
    quantity="Qté",
    unit_price="Prix unitaire HT",
    amount="Montant HT",
    line="Crédit Public Cloud — projet {project}",
    total_ht="Total HT",
    vat="TVA {rate}",
    total_ttc="Total TTC",
    payment_heading="Règlement par virement bancaire",
    bank="Banque",
    iban="IBAN",
    bic="BIC",
    terms="Conditions",
    terms_text="Paiement sous {days} jours",
    reference="Référence à rappeler",
    reference_text="{number}",
    cancelled="ANNULÉ",
    cancelled_on="ANNULÉ le {date}",
    cancelled_note="Ce bon de commande est annulé et ne doit pas être réglé.",
    paid="PAYÉ",
    paid_on="PAYÉ le {date}",
    paid_note="Le crédit est disponible sur le projet\u00a0; il expire le {date}.",
    conditions_heading="Conditions",
    conditions=(
        "Le crédit apparaît sur le projet une fois ce bon de commande payé. Il est valable "
        "{months} mois à compter de la date de paiement\u00a0; le montant non utilisé à cette "
        "date est perdu. Le crédit Public Cloud n’est ni transférable à un autre projet, ni "
        "remboursable\u00a0; il n’a pas de valeur monétaire."
    ),
    page="Page {page}",
    colon="\u00a0:",
)


def words_in(language: str) -> Words:
    """``fr`` (also ``fr_FR``, ``fr-CA``...) gives French; anything else gives English."""
    return in_language(language, en=EN, fr=FR)


def format_rate(rate: Decimal, language: str) -> str:
    """``20.00`` -> ``20 %`` (French, no-break space) or ``20%`` (English); ``5.5`` -> ``5,5 %``."""
    return words_in(language).percent(rate)


def iban_groups(text: str) -> str:
    """Print an IBAN in groups of four, as banks do; anything that is not one stays as typed."""
    compact = "".join(text.split()).upper()
    if not compact.isalnum():
        return text.strip()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
