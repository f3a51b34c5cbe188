"""The report's blocks of text: the header, the summary, the assumptions, the chart, the
purchase advice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.forecast_chart import BAND_LABELS, Label, describe
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO, vat_of
from desktop_app.pdf.forecast_chart import ChartText, draw_chart
from desktop_app.pdf.forecast_report.report import ForecastReport
from desktop_app.pdf.forecast_report.styles import FLAT, LOST, Styles
from desktop_app.pdf.forecast_report.tables import plan_table
from desktop_app.pdf.forecast_report.words import Words, month, signed_rate, whole_euros
from desktop_app.pdf.layout import (
    FRAME_WIDTH,
    GOOD,
    GOOD_BG,
    RULE,
    boxed,
    flush_cells,
    header_rule,
    table_style,
)


def header(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
    first, last = report.months[0].date, report.months[-1].date
    left: list[Flowable] = []
    if report.company.strip():
        left.append(Paragraph(escape(report.company.strip()), st.company))
    project = escape(words.project).replace("{project}", f"<b>{escape(report.project)}</b>")
    left.append(Paragraph(project, st.project))
    horizon = words.horizon.format(
        months=len(report.months), first=month(first, words), last=month(last, words)
    )
    right: list[Flowable] = [
        Paragraph(escape(words.title.upper()), st.title),
        Paragraph(escape(words.made_on.format(date=words.day(report.start))), st.meta),
        Paragraph(escape(horizon), st.meta),
    ]
    header = Table(
        [[left, right]],
        colWidths=[FRAME_WIDTH - 72 * mm, 72 * mm],
        style=table_style(st.regular, [*FLAT, ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)]),
    )
    parts: list[Flowable] = [header, header_rule(6, 8)]
    if report.with_plan:
        note = Paragraph(escape(words.with_plan), st.small)
        parts.append(
            boxed(note, ink=GOOD, shade=GOOD_BG, font=st.regular, thickness=0.8, space_after=6)
        )
    return parts


def key_values(rows: Sequence[tuple[str, Any]], st: Styles, key_width: float) -> Table:
    cells = [[Paragraph(escape(key), st.key), value] for key, value in rows]
    return Table(
        cells,
        colWidths=[key_width, FRAME_WIDTH - key_width],
        hAlign="LEFT",
        style=table_style(st.regular, flush_cells(2, 3)),
    )


def summary(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
    strong = ParagraphStyle("strong", parent=st.value, fontName=st.bold)
    red = ParagraphStyle("red", parent=strong, textColor=LOST)
    green = ParagraphStyle("green", parent=strong, textColor=GOOD)
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
        key_values(rows, st, 58 * mm),
    ]


def assumptions(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
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
                *FLAT,
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, -1), (-1, -1), 3),
            ],
        ),
    )  # fmt: skip
    growth = (
        words.growth_value.format(rate=signed_rate(report.growth, words))
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
    return [Paragraph(escape(words.assumptions), st.heading), key_values(rows, st, 58 * mm)]


def chart(report: ForecastReport, words: Words, st: Styles) -> Drawing:
    """The chart the window draws too (one description), in the report's words."""
    labels: dict[Label, str] = {BAND_LABELS[s]: text for s, text in words.sources.items()}
    labels.update({Label.LOST: words.lost_marker, Label.RUN_OUT: words.runs_out,
                   Label.PURCHASE: words.purchase_marker})  # fmt: skip
    text = ChartText(
        labels=labels,
        month=lambda value: month(value, words),
        whole_euros=lambda amount: whole_euros(amount, words),
        money=words.money,
        regular=st.regular,
        bold=st.bold,
    )
    return draw_chart(describe(report.months, report.starting_balance, report.run_out), text)


def advice_section(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
    """The largest purchase never lost, then the plan that covers the horizon (its table)."""
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
    parts.append(plan_table(advice, report.vat_rate, words, st))
    paid = words.money(advice.payment_with_plan)
    if advice.lost_from_plan > 0:
        check = words.plan_check_lost.format(amount=paid, lost=words.money(advice.lost_from_plan))
    else:
        check = words.plan_check.format(amount=paid)
    parts.append(Paragraph(escape(check), st.small))
    return parts
