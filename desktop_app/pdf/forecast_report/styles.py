"""The report's paragraph styles and table measures."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle

from desktop_app.pdf.layout import (
    ACCENT,
    ALERT,
    ALERT_BG,
    MUTED,
    RIGHT,
    common_styles,
    flush_cells,
    heading_style,
)

PAD = 4

LOST, LOST_BG = ALERT, ALERT_BG


@dataclass(frozen=True, slots=True)
class Styles:
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


def make_styles(regular: str, bold: str) -> Styles:
    shared = common_styles(regular, bold)
    body = shared["body"]
    return Styles(
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


FLAT = flush_cells(1, 2)
