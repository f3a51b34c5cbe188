"""The simulation's tables: the invoice lines, who pays what (the waterfall), the split."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.domain.model import Invoice
from desktop_app.domain.money import ZERO
from desktop_app.pdf.invoice_simulation.styles import (
    AMOUNT_COL,
    CELL_PAD,
    SOURCE_ORDER,
    Styles,
    grid,
)
from desktop_app.pdf.invoice_simulation.words import Words
from desktop_app.pdf.layout import ACCENT, FRAME_WIDTH, INK, RULE, SHADE, table_style


def amount_width(invoice: Invoice, words: Words, bold: str) -> float:
    """The amount column: wide enough for the largest figure in bold, on one line."""
    widest = max(
        [invoice.total_ht, invoice.payment.amount_ttc, *(a.amount for a in invoice.allocations)]
    )
    width = float(stringWidth(words.money(widest), bold, 11))
    return max(AMOUNT_COL, width + 2 * CELL_PAD + 2)


def lines(invoice: Invoice, words: Words, st: Styles, amount_col: float) -> list[Flowable]:
    # Amounts are plain strings (never wrapped: French groups thousands with a narrow
    # no-break space, which ReportLab's paragraphs would break on).
    rows: list[list[Any]] = [
        [
            Paragraph(escape(words.product), st.cell_head),
            Paragraph(escape(words.amount), st.cell_head_right),
        ]
    ]
    rows += [
        [Paragraph(escape(line.product), st.cell), words.money(line.amount)]
        for line in invoice.lines
    ]
    rows.append([Paragraph(escape(words.total_ht), st.cell_bold), words.money(invoice.total_ht)])
    last = len(rows) - 1
    table = Table(
        rows,
        colWidths=[FRAME_WIDTH - amount_col, amount_col],
        repeatRows=1,
        style=grid(
            st,
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (1, last), (1, last), st.cell_bold.fontName),
                ("LINEABOVE", (0, last), (-1, last), 1.0, ACCENT),
            ],
        ),
        spaceAfter=12,
    )
    return [Paragraph(escape(words.lines_heading), st.heading), table]


#: Up to this many rows the waterfall is one table, its header repeated on each page. Beyond
#: (an invoice paid by thousands of lots) it is cut in blocks of ``BLOCK`` rows, each with its
#: header: ReportLab re-measures the rest of a table each time it splits it over a page, which
#: costs seconds on a table of thousands of rows, and blocks keep the layout linear.
ONE_TABLE = 400
BLOCK = 50


def _waterfall_rows(
    invoice: Invoice, expiries: Mapping[int, date], words: Words, st: Styles
) -> tuple[list[list[Any]], list[int]]:
    """A row per lot or account taken from, source by source in the order applied, with a
    subtotal under a source that took from several; the payment method's row last. Returns
    the rows and where the subtotals are."""
    rows: list[list[Any]] = []
    subtotal_rows: list[int] = []
    step = 0
    for source in SOURCE_ORDER:
        taken = [a for a in invoice.allocations if a.source is source]
        if not taken:
            continue
        name = words.sources[source]
        for allocation in taken:
            step += 1
            expiry = expiries.get(allocation.lot_id) if allocation.lot_id is not None else None
            # An account's reference is its own name: the "paid from" column already says it.
            reference = allocation.reference if allocation.lot_id is not None else ""
            rows.append(
                [
                    str(step),
                    name,
                    reference,
                    str(allocation.lot_id or ""),
                    words.day(expiry, "short") if expiry else "",
                    words.money(allocation.amount),
                ]
            )
        if len(taken) > 1:
            subtotal = sum((a.amount for a in taken), ZERO)
            label = words.subtotal.format(source=name)
            rows.append(
                ["", Paragraph(escape(label), st.cell_bold), "", "", "", words.money(subtotal)]
            )
            subtotal_rows.append(len(rows) - 1)
    payment = invoice.payment
    label = payment.label or words.no_payment_method
    rows.append(
        [
            str(step + 1),
            Paragraph(escape(words.payment_method), st.cell_bold),
            Paragraph(escape(label), st.cell_bold),
            "",
            "",
            words.money(payment.amount_ht),
        ]
    )
    return rows, subtotal_rows


def _block_style(
    start: int, size: int, total: int, subtotal_rows: list[int], st: Styles
) -> list[tuple[Any, ...]]:
    """The look of the block of rows ``start`` to ``start + size`` (of ``total``), under its
    header: its subtotals shaded, the payment method's row (the last) in bold."""
    extra: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("ALIGN", (5, 0), (5, -1), "RIGHT"),
    ]
    for row in subtotal_rows:
        if start <= row < start + size:
            at = row - start + 1
            extra += [
                ("SPAN", (1, at), (4, at)),
                ("BACKGROUND", (0, at), (-1, at), SHADE),
                ("FONTNAME", (5, at), (5, at), st.cell_bold.fontName),
            ]
    if start + size >= total:  # the payment method's row, last
        extra += [
            ("FONTNAME", (0, -1), (-1, -1), st.cell_bold.fontName),
            ("LINEABOVE", (0, -1), (-1, -1), 1.0, ACCENT),
        ]
    return extra


def waterfall(
    invoice: Invoice,
    expiries: Mapping[int, date],
    words: Words,
    st: Styles,
    amount_col: float,
) -> list[Flowable]:
    """Source by source, lot by lot, in the order applied; a subtotal per source."""
    widths = [10 * mm, 46 * mm, 0.0, 14 * mm, 25 * mm, amount_col]
    widths[2] = FRAME_WIDTH - sum(widths)
    head = [
        Paragraph(escape(words.step), st.cell_head),
        Paragraph(escape(words.paid_from), st.cell_head),
        Paragraph(escape(words.reference), st.cell_head),
        Paragraph(escape(words.lot), st.cell_head_right),
        Paragraph(escape(words.expires_on), st.cell_head),
        Paragraph(escape(words.amount), st.cell_head_right),
    ]
    rows, subtotal_rows = _waterfall_rows(invoice, expiries, words, st)
    flowables: list[Flowable] = [Paragraph(escape(words.waterfall_heading), st.heading)]
    if not invoice.allocations:
        flowables.append(Paragraph(escape(words.nothing_from), st.muted))
        flowables.append(Spacer(1, 4))
    size = len(rows) if len(rows) <= ONE_TABLE else BLOCK
    for start in range(0, len(rows), size):
        block = rows[start : start + size]
        extra = _block_style(start, len(block), len(rows), subtotal_rows, st)
        data = [head, *block]
        flowables.append(Table(data, colWidths=widths, repeatRows=1, style=grid(st, extra)))
    flowables.append(Spacer(1, 12))
    return flowables


def summary(invoice: Invoice, words: Words, st: Styles, amount_col: float) -> list[Flowable]:
    """The split source by source, then what the payment method pays (HT, VAT, TTC)."""
    rows: list[list[str]] = []
    for source in SOURCE_ORDER:
        taken = sum((a.amount for a in invoice.allocations if a.source is source), ZERO)
        if taken:
            rows.append([words.taken_from.format(source=words.sources[source]), words.money(taken)])
    payment = invoice.payment
    label = payment.label or words.payment_method
    rows += [
        [words.left_ht, words.money(payment.amount_ht)],
        [words.vat.format(rate=words.percent(invoice.vat_rate)), words.money(payment.vat)],
        [words.pays_ttc.format(label=label), words.money(payment.amount_ttc)],
    ]
    label_col = 80 * mm
    # A long payment label wraps in its cell rather than pushing the amounts off the page.
    cells: list[list[Any]] = [[Paragraph(escape(text), st.cell), amount] for text, amount in rows]
    cells[-1][0] = Paragraph(escape(rows[-1][0]), st.cell_bold)
    table = Table(
        cells,
        colWidths=[label_col, amount_col],
        hAlign="RIGHT",
        style=table_style(
            st.body.fontName,
            [
                ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("FONTNAME", (1, -1), (1, -1), st.cell_bold.fontName),
                ("FONTSIZE", (1, -1), (1, -1), 11),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT),
                ("TOPPADDING", (0, -1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ],
        ),
        spaceAfter=16,
    )
    return [
        KeepTogether(
            [
                Paragraph(escape(words.summary_heading), st.heading),
                table,
            ]
        )
    ]
