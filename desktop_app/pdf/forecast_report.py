"""The credit forecast as a PDF report, in French or English.

A summary (until when the credit lasts, what is lost to expiry, what the payment method
pays), the assumptions, a chart of the balance of each source, the purchase advice, the lots
lost to expiry and the month-by-month table. Text from the ledger or typed by the user
(company, project, products, lot references) is XML-escaped before it reaches a
``Paragraph``. Every font is the embedded DejaVu Sans, charts included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from babel.numbers import format_currency, format_decimal
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.forecast import Expiry, MonthRow, Purchase
from desktop_app.domain.forecast_chart import BAND_LABELS, Label, describe
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO, vat_of
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.forecast_chart import ChartText, draw_chart
from desktop_app.pdf.layout import (
    ACCENT,
    ALERT,
    ALERT_BG,
    FOOTER_SIZE,
    FRAME_WIDTH,
    GOOD,
    GOOD_BG,
    INK,
    MUTED,
    RIGHT,
    RULE,
    SHADE,
    Language,
    boxed,
    common_styles,
    draw_footer,
    fit,
    flush_cells,
    header_rule,
    heading_style,
    in_language,
    new_document,
    render,
    table_style,
)

_MARGIN_TOP: float = 16 * mm  # 2 mm less than the other documents
_PAD = 4

_LOST, _LOST_BG = ALERT, ALERT_BG
_GOOD, _GOOD_BG = GOOD, GOOD_BG


# -- what the report shows (made by services.forecast_export) ---------------------------------


@dataclass(frozen=True, slots=True)
class ReportAdvice:
    max_purchase: Purchase
    plan: tuple[Purchase, ...]
    payment_with_plan: Decimal
    lost_from_plan: Decimal


@dataclass(frozen=True, slots=True)
class ForecastReport:
    company: str
    project: str
    start: date
    months: tuple[MonthRow, ...]
    starting_balance: Decimal
    run_out: date | None
    lost: tuple[Expiry, ...]
    spend: tuple[tuple[str, Decimal], ...]
    growth: Decimal = ZERO
    vat_rate: Decimal = Decimal("20.00")
    payment_label: str = ""
    advice: ReportAdvice | None = None
    #: The figures include the advisor's plan.
    with_plan: bool = False
    lost_total: Decimal = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lost_total", sum((e.amount for e in self.lost), ZERO))


# -- words ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Words(Language):
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


_EN = _Words(
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

_FR = _Words(
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


def _words(language: str) -> _Words:
    return in_language(language, en=_EN, fr=_FR)


def _whole_euros(amount: Decimal, words: _Words) -> str:
    pattern = "#,##0\u00a0¤" if words is _FR else "¤#,##0"
    return str(
        format_currency(amount, "EUR", format=pattern, locale=words.locale, currency_digits=False)
    )


def _number(amount: Decimal, words: _Words) -> str:
    """A table figure without the euro sign; zero as a dash, so that figures stand out."""
    if amount == 0:
        return "–"
    return str(format_decimal(amount, format="#,##0.00", locale=words.locale))


def _month(value: date, words: _Words) -> str:
    return words.day(value, "MMM y")


def _signed_rate(rate: Decimal, words: _Words) -> str:
    sign = "+" if rate > 0 else "−" if rate < 0 else ""
    return sign + words.percent(abs(rate))


# -- styles ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Styles:
    regular: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    company: ParagraphStyle
    project: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    key: ParagraphStyle
    value: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    cell: ParagraphStyle


def _styles(regular: str, bold: str) -> _Styles:
    shared = common_styles(regular, bold)
    body = shared["body"]
    return _Styles(
        **shared,
        regular=regular,
        bold=bold,
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        company=ParagraphStyle(
            "company", parent=body, fontName=bold, fontSize=14, leading=18, textColor=ACCENT
        ),
        project=ParagraphStyle("project", parent=body, fontSize=10.5, leading=14),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=16, leading=20, textColor=ACCENT, **RIGHT
        ),
        meta=ParagraphStyle("meta", parent=body, fontSize=8.5, leading=11.5, **RIGHT),
        heading=heading_style(body, bold, space_before=10, space_after=4),
        key=ParagraphStyle("key", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        value=ParagraphStyle("value", parent=body, fontSize=9.5, leading=12.5),
        head=ParagraphStyle("head", parent=body, fontName=bold, fontSize=7, leading=8.5),
        head_right=ParagraphStyle(
            "head_right", parent=body, fontName=bold, fontSize=7, leading=8.5, **RIGHT
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.5),
    )


_FLAT = flush_cells(1, 2)


# -- parts ----------------------------------------------------------------------------------


def _header(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    first, last = report.months[0].date, report.months[-1].date
    left: list[Flowable] = []
    if report.company.strip():
        left.append(Paragraph(escape(report.company.strip()), st.company))
    project = escape(words.project).replace("{project}", f"<b>{escape(report.project)}</b>")
    left.append(Paragraph(project, st.project))
    horizon = words.horizon.format(
        months=len(report.months), first=_month(first, words), last=_month(last, words)
    )
    right: list[Flowable] = [
        Paragraph(escape(words.title.upper()), st.title),
        Paragraph(escape(words.made_on.format(date=words.day(report.start))), st.meta),
        Paragraph(escape(horizon), st.meta),
    ]
    header = Table(
        [[left, right]],
        colWidths=[FRAME_WIDTH - 72 * mm, 72 * mm],
        style=table_style(st.regular, [*_FLAT, ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)]),
    )
    parts: list[Flowable] = [header, header_rule(6, 8)]
    if report.with_plan:
        note = Paragraph(escape(words.with_plan), st.small)
        parts.append(
            boxed(note, ink=_GOOD, shade=_GOOD_BG, font=st.regular, thickness=0.8, space_after=6)
        )
    return parts


def _key_values(rows: Sequence[tuple[str, Any]], st: _Styles, key_width: float) -> Table:
    cells = [[Paragraph(escape(key), st.key), value] for key, value in rows]
    return Table(
        cells,
        colWidths=[key_width, FRAME_WIDTH - key_width],
        hAlign="LEFT",
        style=table_style(st.regular, flush_cells(2, 3)),
    )


def _summary(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    strong = ParagraphStyle("strong", parent=st.value, fontName=st.bold)
    red = ParagraphStyle("red", parent=strong, textColor=_LOST)
    green = ParagraphStyle("green", parent=strong, textColor=_GOOD)
    if report.run_out is not None:
        lasts: Any = [
            Paragraph(escape(words.day(report.run_out)), red),
            Paragraph(escape(words.lasts_until_note), st.muted),
        ]
    else:
        lasts = Paragraph(escape(words.beyond), green)
    if report.lost:
        template = words.lost_value_one if len(report.lost) == 1 else words.lost_value
        text = template.format(amount=words.money(report.lost_total), count=len(report.lost))
        lost = Paragraph(escape(text), red)
    else:
        lost = Paragraph(escape(words.nothing_lost), st.value)
    ht = sum((m.payment_ht for m in report.months), ZERO)
    vat = sum((m.payment_vat for m in report.months), ZERO)
    paid: list[Flowable] = [
        Paragraph(
            escape(
                words.payment_value.format(
                    ht=words.money(ht), vat=words.money(vat), ttc=words.money(ht + vat)
                )
            ),
            st.value,
        )
    ]
    if report.payment_label.strip():
        by = words.payment_by.format(label=report.payment_label.strip())
        paid.append(Paragraph(escape(by), st.muted))
    rows = [(words.lasts_until, lasts), (words.lost, lost), (words.payment, paid)]
    return [
        Paragraph(escape(words.summary), st.heading),
        _key_values(rows, st, 58 * mm),
    ]


def _assumptions(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    spend = [[escape(product), words.money(amount)] for product, amount in report.spend]
    total = sum((amount for _, amount in report.spend), ZERO)
    spend.append([f"<b>{escape(words.spend_total)}</b>", f"<b>{escape(words.money(total))}</b>"])
    spend_table = Table(
        [[Paragraph(p, st.small), Paragraph(a, ParagraphStyle("r", parent=st.small,
                                                               alignment=TA_RIGHT))]
         for p, a in spend],
        colWidths=[48 * mm, 30 * mm],
        hAlign="LEFT",
        style=table_style(
            st.regular,
            [
                *_FLAT,
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, -1), (-1, -1), 3),
            ],
        ),
    )  # fmt: skip
    growth = (
        words.growth_value.format(rate=_signed_rate(report.growth, words))
        if report.growth
        else words.no_growth
    )
    rows = [
        (words.spend, spend_table),
        (words.growth, Paragraph(escape(growth), st.value)),
        (words.today_balance, Paragraph(escape(words.money(report.starting_balance)), st.value)),
    ]
    accounts = (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)
    if any(m.by_accounts > 0 or any(m.balances.get(a, ZERO) > 0 for a in accounts)
           for m in report.months):  # fmt: skip
        rows.append((words.shared, Paragraph(escape(words.shared_text), st.small)))
    return [Paragraph(escape(words.assumptions), st.heading), _key_values(rows, st, 58 * mm)]


def _chart(report: ForecastReport, words: _Words, st: _Styles) -> Drawing:
    """The chart the window draws too (one description), in the report's words."""
    labels: dict[Label, str] = {BAND_LABELS[s]: text for s, text in words.sources.items()}
    labels.update({Label.LOST: words.lost_marker, Label.RUN_OUT: words.runs_out,
                   Label.PURCHASE: words.purchase_marker})  # fmt: skip
    text = ChartText(
        labels=labels,
        month=lambda value: _month(value, words),
        whole_euros=lambda amount: _whole_euros(amount, words),
        money=words.money,
        regular=st.regular,
        bold=st.bold,
    )
    return draw_chart(describe(report.months, report.starting_balance, report.run_out), text)


def _advice(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    advice = report.advice
    if advice is None:
        return []
    months = len(report.months)
    parts: list[Flowable] = [Paragraph(escape(words.advice), st.heading)]
    best = advice.max_purchase
    if best.amount > 0:
        ttc = best.amount + vat_of(best.amount, report.vat_rate)
        text = words.max_purchase.format(  # our own markup (<b>), figures escaped
            amount=escape(words.money(best.amount)),
            ttc=escape(words.money(ttc)),
            date=escape(words.day(credit_expires_on(best.on))),
        )
        parts.append(Paragraph(text, st.body))
    else:
        parts.append(Paragraph(escape(words.no_purchase), st.body))
    parts.append(Spacer(1, 4))
    if not advice.plan:
        parts.append(Paragraph(escape(words.no_plan.format(months=months)), st.body))
        return parts
    parts.append(Paragraph(escape(words.plan_intro.format(months=months)), st.body))
    rows: list[list[Any]] = [
        [Paragraph(escape(words.plan_head[0]), st.head)]
        + [Paragraph(escape(h), st.head_right) for h in words.plan_head[1:4]]
        + [Paragraph(escape(words.plan_head[4]), st.head)]
    ]
    for p in advice.plan:
        vat = vat_of(p.amount, report.vat_rate)
        rows.append(
            [words.day(p.on), words.money(p.amount), words.money(vat),
             words.money(p.amount + vat), words.day(credit_expires_on(p.on))]
        )  # fmt: skip
    amount_w = 30 * mm
    date_w = (FRAME_WIDTH - 3 * amount_w) / 2
    parts.append(
        Table(
            rows,
            colWidths=[date_w, amount_w, amount_w, amount_w, date_w],
            hAlign="LEFT",
            repeatRows=1,
            spaceBefore=4,
            spaceAfter=4,
            style=table_style(
                st.regular,
                [
                    ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                    ("ALIGN", (1, 1), (3, -1), "RIGHT"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ],
            ),
        )
    )
    paid = words.money(advice.payment_with_plan)
    if advice.lost_from_plan > 0:
        check = words.plan_check_lost.format(amount=paid, lost=words.money(advice.lost_from_plan))
    else:
        check = words.plan_check.format(amount=paid)
    parts.append(Paragraph(escape(check), st.small))
    return parts


def _lots_lost(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    if not report.lost:
        return []
    rows: list[list[Any]] = [
        [
            Paragraph(escape(words.lots_head[0]), st.head),
            Paragraph(escape(words.lots_head[1]), st.head),
            Paragraph(escape(words.lots_head[2]), st.head_right),
        ]
    ]
    for e in report.lost:
        rows.append([Paragraph(escape(e.reference), st.cell), words.day(e.expires_on),
                     words.money(e.amount)])  # fmt: skip
    rows.append(["", words.total, words.money(report.lost_total)])
    return [
        CondPageBreak(40 * mm),
        Paragraph(escape(words.lots_lost), st.heading),
        Table(
            rows,
            colWidths=[FRAME_WIDTH - 80 * mm, 45 * mm, 35 * mm],
            hAlign="LEFT",
            repeatRows=1,
            style=table_style(
                st.regular,
                [
                    ("FONTSIZE", (0, 1), (-1, -1), 7.5),
                    ("LEADING", (0, 1), (-1, -1), 9.5),
                    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                    ("TEXTCOLOR", (2, 1), (2, -1), _LOST),
                    ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                    ("FONTNAME", (0, -1), (-1, -1), st.bold),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                    ("LINEABOVE", (0, -1), (-1, -1), 1, _LOST),
                    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ],
            ),
        ),
    ]


def _month_table(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    body: list[list[str]] = []
    for m in report.months:
        body.append(
            [words.day(m.date, "short"), _number(m.total_ht, words), _number(m.by_credit, words),
             _number(m.by_accounts, words), _number(m.payment_ht, words),
             _number(m.payment_vat, words), _number(m.payment_ttc, words),
             _number(m.expired_total, words), _number(m.balance, words)]
        )  # fmt: skip
    months = report.months
    totals = [
        words.total,
        _number(sum((m.total_ht for m in months), ZERO), words),
        _number(sum((m.by_credit for m in months), ZERO), words),
        _number(sum((m.by_accounts for m in months), ZERO), words),
        _number(sum((m.payment_ht for m in months), ZERO), words),
        _number(sum((m.payment_vat for m in months), ZERO), words),
        _number(sum((m.payment_ttc for m in months), ZERO), words),
        _number(sum((m.expired_total for m in months), ZERO), words),
        "",
    ]
    # Column widths from the widest figure, at the largest font size that fits the page.
    size = 7.5
    words_min = [
        max(float(stringWidth(w, st.bold, st.head.fontSize)) for w in h.split())
        for h in words.table_head
    ]  # a heading wraps between words, never inside one
    while True:
        widths = [
            max(
                [float(stringWidth(row[c], st.bold, size)) for row in [*body, totals]]
                + [words_min[c], 30.0 if c else 40.0]
            )
            + 2 * _PAD
            for c in range(9)
        ]
        if sum(widths) <= FRAME_WIDTH or size <= 5.5:
            break
        size -= 0.5
    spare = max(0.0, FRAME_WIDTH - sum(widths))
    widths = [w + spare / 9 for w in widths]
    head = [Paragraph(escape(words.table_head[0]), st.head)] + [
        Paragraph(escape(h), st.head_right) for h in words.table_head[1:]
    ]
    rows: list[list[Any]] = [head, *body, totals]
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), size + 2),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("FONTNAME", (0, -1), (-1, -1), st.bold),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F7F8FA")]),
    ]
    for k, m in enumerate(months, 1):
        if m.expired_total > 0:
            commands.append(("TEXTCOLOR", (7, k), (7, k), _LOST))
            commands.append(("FONTNAME", (7, k), (7, k), st.bold))
        if m.date == report.run_out:
            commands.append(("BACKGROUND", (0, k), (-1, k), _LOST_BG))
            commands.append(("FONTNAME", (0, k), (0, k), st.bold))
    return [
        CondPageBreak(50 * mm),
        Paragraph(escape(words.table), st.heading),
        Paragraph(escape(words.table_note), st.muted),
        Spacer(1, 3),
        Table(rows, colWidths=widths, repeatRows=1, style=table_style(st.regular, commands)),
    ]


def _decorations(report: ForecastReport, words: _Words, regular: str) -> Callable[[Any, Any], None]:
    half = FRAME_WIDTH / 2 - 4 * mm
    # Half the line each: the disclaimer on the left, the project's name cut on the right (the
    # right side then never leaves the left less than half, so draw_footer cuts nothing more).
    left = fit(words.disclaimer, regular, FOOTER_SIZE, half)

    def draw(canvas: Any, doc: Any) -> None:
        right = words.footer.format(title=words.title, project="{project}", page=doc.page)
        room = half - stringWidth(right, regular, FOOTER_SIZE)
        project = fit(report.project, regular, FOOTER_SIZE, room)
        draw_footer(canvas, regular, left, right.replace("{project}", project))

    return draw


def _story(report: ForecastReport, words: _Words, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    story += _header(report, words, st)
    story += _summary(report, words, st)
    story += _assumptions(report, words, st)
    story.append(
        KeepTogether([Paragraph(escape(words.chart), st.heading), _chart(report, words, st)])
    )
    story.append(KeepTogether(_advice(report, words, st)))
    story += _month_table(report, words, st)
    story += _lots_lost(report, words, st)  # the detail last: there may be hundreds
    return story


def render_forecast_report(report: ForecastReport, language: str) -> bytes:
    """The report as PDF bytes, ``fr`` or else English (``services.forecast_export`` writes
    them). Raises ``ValueError`` for a forecast with no month."""
    if not report.months:
        raise ValueError("a forecast report needs at least one month")
    fonts = register_fonts()
    words = _words(language)
    st = _styles(fonts.regular, fonts.bold)

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out,
            title=f"{words.title} — {report.project}",
            author=report.company,
            subject=words.project.format(project=report.project),
            lang=words.lang,
            font=fonts.regular,
            on_page=_decorations(report, words, fonts.regular),
            margin_top=_MARGIN_TOP,
        )
        doc.build(_story(report, words, st))

    return render(build)
