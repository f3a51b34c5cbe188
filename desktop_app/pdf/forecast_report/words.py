"""The report's words, in English and French, and how it writes its figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.numbers import format_currency, format_decimal

from desktop_app.domain.model import Source
from desktop_app.pdf.layout import Language, in_language


@dataclass(frozen=True, slots=True)
class Words(Language):
    title: str
    project: str  # {project}
    made_on: str  # {date}
    horizon: str  # {months} {first} {last}
    with_plan: str
    summary: str
    lasts_until: str
    lasts_until_note: str
    beyond: str
    lost: str
    lost_value: str  # {amount} {count}
    lost_value_one: str  # {amount}
    nothing_lost: str
    payment: str
    payment_by: str  # {label}
    payment_value: str  # {ht} {vat} {ttc}
    assumptions: str
    spend: str
    spend_total: str
    growth: str
    growth_value: str  # {rate}
    no_growth: str
    today_balance: str
    shared: str
    shared_text: str
    chart: str
    sources: Mapping[Source, str]
    lost_marker: str
    runs_out: str
    purchase_marker: str
    advice: str
    max_purchase: str  # {amount} {ttc} {date}
    no_purchase: str
    plan_intro: str  # {months}
    no_plan: str  # {months}
    plan_head: tuple[str, str, str, str, str]
    plan_check: str  # {amount}
    plan_check_lost: str  # {amount} {lost}
    lots_lost: str
    lots_head: tuple[str, str, str]
    table: str
    table_note: str
    table_head: tuple[str, ...]
    total: str
    footer: str  # {title} {project} {page}
    disclaimer: str
    colon: str


EN = Words(
    locale="en_GB",
    lang="en-GB",
    title="Credit forecast",
    project="Project {project}",
    made_on="Made on {date}",
    horizon="{months} months, {first} to {last}",
    with_plan="Including the advised purchases: every figure below assumes the purchase plan "
    "is followed.",
    summary="Summary",
    lasts_until="Credit lasts until",
    lasts_until_note="from that invoice on, the payment method pays part of each month",
    beyond="beyond the forecast: the payment method pays nothing",
    lost="Lost to expiry",
    lost_value="{amount} ({count} lots)",
    lost_value_one="{amount} (1 lot)",
    nothing_lost="nothing",
    payment="Paid by the payment method",
    payment_by="by {label}",
    payment_value="{ht} excl. VAT + {vat} VAT = {ttc} incl. VAT",
    assumptions="Assumptions",
    spend="Monthly spend excl. VAT",
    spend_total="Total a month",
    growth="Growth",
    growth_value="{rate} a month",
    no_growth="none: the same spend every month",
    today_balance="Credit and accounts today",
    shared="Shared accounts",
    shared_text="The Digital LaunchPad and loyalty balances belong to every project; this "
    "forecast lets this project use all of them.",
    chart="Balance of each source, month by month",
    sources={
        Source.VOUCHER: "Vouchers",
        Source.CREDIT: "Purchased credit",
        Source.DIGITAL_LAUNCHPAD: "Digital LaunchPad",
        Source.LOYALTY: "Loyalty account",
    },
    lost_marker="Lost to expiry",
    runs_out="Runs out",
    purchase_marker="Advised purchase",
    advice="Purchase advice",
    max_purchase="Largest purchase today that is never lost: <b>{amount} excl. VAT</b> "
    "({ttc} incl. VAT), valid until {date}.",
    no_purchase="Any purchase today would be partly lost: the current credit already covers "
    "the next 13 months.",
    plan_intro="To cover the {months} months with nothing bought lost, buy:",
    no_plan="No purchase is needed: the credit covers the {months} months.",
    plan_head=("Buy on", "Excl. VAT", "VAT", "Incl. VAT", "Valid until"),
    plan_check="With this plan the payment method pays {amount} excl. VAT over the period, "
    "and none of the credit bought is lost.",
    plan_check_lost="With this plan the payment method pays {amount} excl. VAT over the "
    "period, and {lost} of the credit bought is lost.",
    lots_lost="Lots lost to expiry",
    lots_head=("Reference", "Expires on", "Lost"),
    table="Month by month",
    table_note="Amounts in euros.",
    table_head=(
        "Invoice of",
        "Total excl. VAT",
        "Credit & vouchers",
        "Accounts",
        "Payment method excl. VAT",
        "VAT",
        "Payment method incl. VAT",
        "Lost to expiry",
        "Balance left",
    ),
    total="Total",
    footer="{title} — {project} — page {page}",
    disclaimer="A forecast, not an invoice.",
    colon=":",
)


FR = Words(
    locale="fr_FR",
    lang="fr-FR",
    title="Prévision de crédit",
    project="Projet {project}",
    made_on="Établie le {date}",
    horizon="{months} mois, du {first} au {last}",
    with_plan="Achats conseillés inclus\u00a0: tous les chiffres ci-dessous supposent que le "
    "plan d’achat est suivi.",
    summary="Synthèse",
    lasts_until="Le crédit dure jusqu’au",
    lasts_until_note="à partir de cette facture, le moyen de paiement en règle une partie chaque "
    "mois",
    beyond="au-delà de la prévision\u00a0: le moyen de paiement ne règle rien",
    lost="Perdu à l’expiration",
    lost_value="{amount} ({count} lots)",
    lost_value_one="{amount} (1 lot)",
    nothing_lost="rien",
    payment="Réglé par le moyen de paiement",
    payment_by="par {label}",
    payment_value="{ht} HT + {vat} de TVA = {ttc} TTC",
    assumptions="Hypothèses",
    spend="Consommation mensuelle HT",
    spend_total="Total par mois",
    growth="Croissance",
    growth_value="{rate} par mois",
    no_growth="aucune\u00a0: la même consommation chaque mois",
    today_balance="Crédit et comptes aujourd’hui",
    shared="Comptes partagés",
    shared_text="Les soldes Digital LaunchPad et fidélité appartiennent à tous les projets\u00a0; "
    "cette prévision les laisse entièrement à ce projet.",
    chart="Solde de chaque source, mois par mois",
    sources={
        Source.VOUCHER: "Vouchers",
        Source.CREDIT: "Crédit acheté",
        Source.DIGITAL_LAUNCHPAD: "Digital LaunchPad",
        Source.LOYALTY: "Compte fidélité",
    },
    lost_marker="Perdu à l’expiration",
    runs_out="Épuisement",
    purchase_marker="Achat conseillé",
    advice="Conseil d’achat",
    max_purchase="Le plus gros achat possible aujourd’hui sans rien perdre\u00a0: "
    "<b>{amount} HT</b> ({ttc} TTC), valable jusqu’au {date}.",
    no_purchase="Tout achat aujourd’hui serait en partie perdu\u00a0: le crédit actuel couvre "
    "déjà les 13 prochains mois.",
    plan_intro="Pour couvrir les {months} mois sans rien perdre du crédit acheté, acheter\u00a0:",
    no_plan="Aucun achat n’est nécessaire\u00a0: le crédit couvre les {months} mois.",
    plan_head=("Acheter le", "HT", "TVA", "TTC", "Valable jusqu’au"),
    plan_check="Avec ce plan, le moyen de paiement règle {amount} HT sur la période, et rien du "
    "crédit acheté n’est perdu.",
    plan_check_lost="Avec ce plan, le moyen de paiement règle {amount} HT sur la période, et "
    "{lost} du crédit acheté est perdu.",
    lots_lost="Lots perdus à l’expiration",
    lots_head=("Référence", "Expire le", "Perdu"),
    table="Mois par mois",
    table_note="Montants en euros.",
    table_head=(
        "Facture du",
        "Total HT",
        "Crédit et vouchers",
        "Comptes",
        "Moyen de paiement HT",
        "TVA",
        "Moyen de paiement TTC",
        "Perdu à l’expiration",
        "Solde restant",
    ),
    total="Total",
    footer="{title} — {project} — page {page}",
    disclaimer="Une prévision, pas une facture.",
    colon="\u00a0:",
)


def words_in(language: str) -> Words:
    return in_language(language, en=EN, fr=FR)


def whole_euros(amount: Decimal, words: Words) -> str:
    pattern = "#,##0\u00a0¤" if words is FR else "¤#,##0"
    return str(
        format_currency(amount, "EUR", format=pattern, locale=words.locale, currency_digits=False)
    )


def figure(amount: Decimal, words: Words) -> str:
    """A table figure without the euro sign; zero as a dash, so that figures stand out."""
    if amount == 0:
        return "–"
    return str(format_decimal(amount, format="#,##0.00", locale=words.locale))


def month(value: date, words: Words) -> str:
    return words.day(value, "MMM y")


def signed_rate(rate: Decimal, words: Words) -> str:
    sign = "+" if rate > 0 else "−" if rate < 0 else ""
    return sign + words.percent(abs(rate))
