"""The order's paragraph styles, inks and measures."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop_app.pdf.layout import (
    ACCENT,
    ALERT,
    ALERT_BG,
    GOOD,
    GOOD_BG,
    RIGHT,
    heading_style,
    letterhead_styles,
)

AMOUNT_COL: float = 38 * mm  # at least; the lines table and the totals block share this column
CELL_PAD = 6

CANCELLED, CANCELLED_BG = ALERT, ALERT_BG
PAID, PAID_BG = GOOD, GOOD_BG


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    seller_name: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    party_name: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    total_value: ParagraphStyle
    grand_value: ParagraphStyle
    stamp: ParagraphStyle
    fine_print: ParagraphStyle


def make_styles(regular: str, bold: str) -> Styles:
    shared = letterhead_styles(regular, bold)
    body = shared["body"]
    return Styles(
        **shared,
        seller_name=ParagraphStyle(
            "seller_name", parent=body, fontName=bold, fontSize=15, leading=19, textColor=ACCENT
        ),
        number=ParagraphStyle(
            "number", parent=body, fontName=bold, fontSize=11, leading=15, spaceAfter=4, **RIGHT
        ),
        party_name=ParagraphStyle(
            "party_name", parent=body, fontName=bold, fontSize=10.5, leading=14
        ),
        heading=heading_style(body, bold, space_after=3),
        cell=body,
        total_value=ParagraphStyle("total_value", parent=body, **RIGHT),
        grand_value=ParagraphStyle(
            "grand_value", parent=body, fontName=bold, fontSize=11, leading=14, **RIGHT
        ),
        stamp=ParagraphStyle("stamp", parent=body, fontName=bold, fontSize=11, leading=14),
    )
