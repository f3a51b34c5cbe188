"""The simulation's words, in English and French."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.model import Source
from desktop_app.pdf.layout import Language, in_language


@dataclass(frozen=True, slots=True)
class Words(Language):
    title: str
    title_posted: str  # "{number}"
    project: str
    invoice_date: str
    simulated_on: str
    customer: str
    simulation_note: str  # "{date}"
    posted_note: str  # "{number}"
    lines_heading: str
    product: str
    amount: str
    total_ht: str
    waterfall_heading: str
    step: str
    paid_from: str
    reference: str
    lot: str
    expires_on: str
    subtotal: str  # "{source}"
    sources: Mapping[Source, str]
    payment_method: str
    no_payment_method: str
    nothing_from: str
    summary_heading: str
    taken_from: str  # "{source}"
    left_ht: str
    vat: str  # "{rate}"
    pays_ttc: str  # "{label}"
    rule_heading: str
    rule: str
    page: str  # "{page}"
    colon: str


EN = Words(
    locale="en_GB",
    lang="en-GB",
    title="Invoice simulation",
    title_posted="Invoice {number}",
    project="Project",
    invoice_date="Invoice date",
    simulated_on="Balances as of",
    customer="Customer",
    simulation_note=(
        "Simulation: nothing was written to the ledger. The amounts are those the waterfall "
        "would take with the balances of {date}."
    ),
    posted_note="Posted to the ledger as invoice {number}.",
    lines_heading="Invoice lines",
    product="Product",
    amount="Amount excl. VAT",
    total_ht="Total excl. VAT",
    waterfall_heading="Who pays what, in the order applied",
    step="#",
    paid_from="Paid from",
    reference="Reference",
    lot="Lot",
    expires_on="Expires on",
    subtotal="Subtotal: {source}",
    sources={
        Source.VOUCHER: "Vouchers",
        Source.CREDIT: "Purchased credit",
        Source.DIGITAL_LAUNCHPAD: "Digital LaunchPad account",
        Source.LOYALTY: "Loyalty account",
    },
    payment_method="Payment method",
    no_payment_method="(no payment method registered)",
    nothing_from="Nothing is taken from credit, vouchers or the accounts.",
    summary_heading="Split",
    taken_from="{source}",
    left_ht="Payment method, excl. VAT",
    vat="VAT {rate}",
    pays_ttc="Paid by {label}, incl. VAT",
    rule_heading="How the invoice is paid",
    rule=(
        "Vouchers pay first, the one expiring first going first; then purchased credit, "
        "soonest expiry first; then the Digital LaunchPad account, then the loyalty account. "
        "A lot restricted to some products pays only their lines. The default payment method "
        "pays the rest, with VAT added to what it pays. Credit and vouchers are amounts "
        "excluding VAT."
    ),
    page="Page {page}",
    colon=":",
)


FR = Words(
    locale="fr_FR",
    lang="fr-FR",
    title="Simulation de facture",
    title_posted="Facture {number}",
    project="Projet",
    invoice_date="Date de facture",
    simulated_on="Soldes au",
    customer="Client",
    simulation_note=(
        "Simulation\u00a0: rien n’a été enregistré dans le registre. Les montants sont ceux "
        "que la cascade prélèverait avec les soldes du {date}."
    ),
    posted_note="Enregistrée dans le registre comme facture {number}.",
    lines_heading="Lignes de la facture",
    product="Produit",
    amount="Montant HT",
    total_ht="Total HT",
    waterfall_heading="Qui paie quoi, dans l’ordre appliqué",
    step="N°",
    paid_from="Payé par",
    reference="Référence",
    lot="Lot",
    expires_on="Expire le",
    subtotal="Sous-total\u00a0: {source}",
    sources={
        Source.VOUCHER: "Vouchers",
        Source.CREDIT: "Crédit acheté",
        Source.DIGITAL_LAUNCHPAD: "Compte Digital LaunchPad",
        Source.LOYALTY: "Compte fidélité",
    },
    payment_method="Moyen de paiement",
    no_payment_method="(aucun moyen de paiement enregistré)",
    nothing_from="Rien n’est pris sur le crédit, les vouchers ni les comptes.",
    summary_heading="Répartition",
    taken_from="{source}",
    left_ht="Moyen de paiement, HT",
    vat="TVA {rate}",
    pays_ttc="Payé par {label}, TTC",
    rule_heading="Comment la facture est payée",
    rule=(
        "Les vouchers paient d’abord, celui qui expire le premier en premier\u00a0; puis le "
        "crédit acheté, l’expiration la plus proche d’abord\u00a0; puis le compte Digital "
        "LaunchPad, puis le compte fidélité. Un lot réservé à certains produits ne paie que "
        "leurs lignes. Le moyen de paiement par défaut paie le reste, TVA ajoutée à ce qu’il "
        "paie. Crédit et vouchers sont des montants hors taxes."
    ),
    page="Page {page}",
    colon="\u00a0:",
)


def words_in(language: str) -> Words:
    return in_language(language, en=EN, fr=FR)
