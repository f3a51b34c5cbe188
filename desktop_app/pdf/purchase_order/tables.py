"""The order's tables: its line and its totals, which share the amount column."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from desktop_app.domain.model import Project, PurchaseOrder
from desktop_app.pdf.layout import ACCENT, FRAME_WIDTH, INK, RULE, SHADE, table_style
from desktop_app.pdf.purchase_order.styles import AMOUNT_COL, CELL_PAD, Styles
from desktop_app.pdf.purchase_order.words import Words


def amount_width(order: PurchaseOrder, words: Words, st: Styles) -> float:
    """The amount column: 38 mm, wider only if the bold TTC total would not fit on one line."""
    ttc = words.money(order.amount_ttc)
    widest = float(stringWidth(ttc, st.grand_value.fontName, st.grand_value.fontSize))
    return max(AMOUNT_COL, widest + 2 * CELL_PAD + 2)


def lines(
    order: PurchaseOrder, project: Project, words: Words, st: Styles, amount_col: float
) -> Table:
    # Amounts are plain cell strings, not Paragraphs: ReportLab's paragraph wrapping treats the
    # narrow no-break space Babel groups French thousands with as a break, and would split
    # "12 345,67 €" over two lines. A plain string never wraps and keeps the glyph as is.
    amount = words.money(order.amount_ht)
    description = escape(words.line).replace("{project}", f"<b>{escape(project.name)}</b>")
    fixed = 14 * mm + 2 * amount_col
    return Table(
        [
            [
                Paragraph(escape(words.description), st.cell_head),
                Paragraph(escape(words.quantity), st.cell_head_right),
                Paragraph(escape(words.unit_price), st.cell_head_right),
                Paragraph(escape(words.amount), st.cell_head_right),
            ],
            [
                Paragraph(description, st.cell),
                "1",
                amount,
                amount,
            ],
        ],
        colWidths=[FRAME_WIDTH - fixed, 14 * mm, amount_col, amount_col],
        repeatRows=1,
        style=table_style(
            st.body.fontName,
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("FONTNAME", (1, 1), (-1, -1), st.cell.fontName),
                ("FONTSIZE", (1, 1), (-1, -1), st.cell.fontSize),
                ("LEADING", (1, 1), (-1, -1), st.cell.leading),
                ("TEXTCOLOR", (1, 1), (-1, -1), INK),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
    )


def totals(order: PurchaseOrder, words: Words, st: Styles, amount_col: float) -> Table:
    rate = words.percent(order.vat_rate)
    rows = [
        [words.total_ht, words.money(order.amount_ht)],
        [words.vat.format(rate=rate), words.money(order.vat)],
        [words.total_ttc, words.money(order.amount_ttc)],
    ]
    body, grand = st.total_value, st.grand_value
    return Table(
        rows,  # plain strings, for the same reason as in lines
        colWidths=[52 * mm, amount_col],
        hAlign="RIGHT",
        style=table_style(
            st.body.fontName,
            [
                ("FONTNAME", (0, 0), (-1, 1), body.fontName),
                ("FONTSIZE", (0, 0), (-1, 1), body.fontSize),
                ("LEADING", (0, 0), (-1, 1), body.leading),
                ("FONTNAME", (0, 2), (-1, 2), grand.fontName),
                ("FONTSIZE", (0, 2), (-1, 2), grand.fontSize),
                ("LEADING", (0, 2), (-1, 2), grand.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 1), 0.5, RULE),
                ("BACKGROUND", (0, 2), (-1, 2), SHADE),
                ("LINEABOVE", (0, 2), (-1, 2), 1.2, ACCENT),
                ("TOPPADDING", (0, 2), (-1, 2), 6),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 7),
            ],
        ),
        spaceBefore=0,
        spaceAfter=18,
    )
