"""The simulation's paragraph styles, inks, measures and the grid of its tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop_app.domain.model import Source
from desktop_app.pdf.layout import (
    ACCENT,
    GOOD,
    GOOD_BG,
    INK,
    RULE,
    heading_style,
    letterhead_styles,
    table_style,
)

AMOUNT_COL: float = 34 * mm
CELL_PAD = 5

# The purchase order's inks (desktop_app.pdf.layout), and the simulation's own note.
NOTE_BG = colors.HexColor("#FFF4D6")
NOTE_INK = colors.HexColor("#8A5A00")
POSTED, POSTED_BG = GOOD, GOOD_BG

#: The waterfall's order (domain rule 6); the payment method comes last.
SOURCE_ORDER = (Source.VOUCHER, Source.CREDIT, Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    customer: ParagraphStyle
    title: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    note: ParagraphStyle
    fine_print: ParagraphStyle


def make_styles(regular: str, bold: str) -> Styles:
    shared = letterhead_styles(regular, bold)
    body = shared["body"]
    return Styles(
        **shared,
        customer=ParagraphStyle(
            "customer", parent=body, fontName=bold, fontSize=13, leading=17, textColor=ACCENT
        ),
        heading=heading_style(body, bold, space_before=4, space_after=4),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=bold, fontSize=9, leading=11.5),
        note=ParagraphStyle("note", parent=body, fontSize=9, leading=12),
    )


def grid(st: Styles, extra: list[tuple[Any, ...]] | None = None) -> TableStyle:
    return table_style(
        st.body.fontName,
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), st.cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *(extra or []),
        ],
    )
