"""The report's tables: the lots lost to expiry and the month-by-month table."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.money import ZERO, vat_of
from desktop_app.pdf.forecast_report.report import ForecastReport, ReportAdvice
from desktop_app.pdf.forecast_report.styles import LOST, LOST_BG, PAD, Styles
from desktop_app.pdf.forecast_report.words import Words, figure
from desktop_app.pdf.layout import ACCENT, FRAME_WIDTH, INK, RULE, SHADE, table_style


def lots_lost(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
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
                    ("TEXTCOLOR", (2, 1), (2, -1), LOST),
                    ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                    ("FONTNAME", (0, -1), (-1, -1), st.bold),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                    ("LINEABOVE", (0, -1), (-1, -1), 1, LOST),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ],
            ),
        ),
    ]


_COLUMNS = 9


def _month_rows(report: ForecastReport, words: Words) -> tuple[list[list[str]], list[str]]:
    """A row of figures per month, and the totals (the balance left has none)."""
    body: list[list[str]] = []
    for m in report.months:
        body.append(
            [words.day(m.date, "short"), figure(m.total_ht, words), figure(m.by_credit, words),
             figure(m.by_accounts, words), figure(m.payment_ht, words),
             figure(m.payment_vat, words), figure(m.payment_ttc, words),
             figure(m.expired_total, words), figure(m.balance, words)]
        )  # fmt: skip
    months = report.months
    totals = [
        words.total,
        figure(sum((m.total_ht for m in months), ZERO), words),
        figure(sum((m.by_credit for m in months), ZERO), words),
        figure(sum((m.by_accounts for m in months), ZERO), words),
        figure(sum((m.payment_ht for m in months), ZERO), words),
        figure(sum((m.payment_vat for m in months), ZERO), words),
        figure(sum((m.payment_ttc for m in months), ZERO), words),
        figure(sum((m.expired_total for m in months), ZERO), words),
        "",
    ]
    return body, totals


def _column_widths(rows: list[list[str]], words: Words, st: Styles) -> tuple[list[float], float]:
    """Column widths from the widest figure, at the largest font size that fits the page;
    the room left shared out. Returns the widths and the font size."""
    size = 7.5
    words_min = [
        max(float(stringWidth(w, st.bold, st.head.fontSize)) for w in h.split())
        for h in words.table_head
    ]  # a heading wraps between words, never inside one
    while True:
        widths = [
            max(
                [float(stringWidth(row[c], st.bold, size)) for row in rows]
                + [words_min[c], 30.0 if c else 40.0]
            )
            + 2 * PAD
            for c in range(_COLUMNS)
        ]
        if sum(widths) <= FRAME_WIDTH or size <= 5.5:
            break
        size -= 0.5
    spare = max(0.0, FRAME_WIDTH - sum(widths))
    return [w + spare / _COLUMNS for w in widths], size


def _month_style(report: ForecastReport, size: float, st: Styles) -> list[tuple[Any, ...]]:
    """The table's look: a month with a loss in red, the month the credit runs out shaded."""
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
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F7F8FA")]),
    ]
    for k, m in enumerate(report.months, 1):
        if m.expired_total > 0:
            commands.append(("TEXTCOLOR", (7, k), (7, k), LOST))
            commands.append(("FONTNAME", (7, k), (7, k), st.bold))
        if m.date == report.run_out:
            commands.append(("BACKGROUND", (0, k), (-1, k), LOST_BG))
            commands.append(("FONTNAME", (0, k), (0, k), st.bold))
    return commands


def month_table(report: ForecastReport, words: Words, st: Styles) -> list[Flowable]:
    body, totals = _month_rows(report, words)
    widths, size = _column_widths([*body, totals], words, st)
    head = [Paragraph(escape(words.table_head[0]), st.head)] + [
        Paragraph(escape(h), st.head_right) for h in words.table_head[1:]
    ]
    rows: list[list[Any]] = [head, *body, totals]
    style = table_style(st.regular, _month_style(report, size, st))
    return [
        CondPageBreak(50 * mm),
        Paragraph(escape(words.table), st.heading),
        Paragraph(escape(words.table_note), st.muted),
        Spacer(1, 3),
        Table(rows, colWidths=widths, repeatRows=1, style=style),
    ]


def plan_table(advice: ReportAdvice, vat_rate: Decimal, words: Words, st: Styles) -> Table:
    """The advised purchases: when, how much (excl. VAT, VAT, incl. VAT), valid until."""
    rows: list[list[Any]] = [
        [Paragraph(escape(words.plan_head[0]), st.head)]
        + [Paragraph(escape(h), st.head_right) for h in words.plan_head[1:4]]
        + [Paragraph(escape(words.plan_head[4]), st.head)]
    ]
    for p in advice.plan:
        vat = vat_of(p.amount, vat_rate)
        rows.append(
            [words.day(p.on), words.money(p.amount), words.money(vat),
             words.money(p.amount + vat), words.day(credit_expires_on(p.on))]
        )  # fmt: skip
    amount_w = 30 * mm
    date_w = (FRAME_WIDTH - 3 * amount_w) / 2
    return Table(
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
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ],
        ),
    )
