"""What every generated PDF shares: A4 page and margins, inks, the document template, the page
footer, rendering to bytes, Babel formatting of money, dates and rates, and the common styles.

The purchase order, the invoice simulation and the forecast report are one family of
documents: DejaVu Sans embedded, the same inks and rules, the footer on the same line. Each
module keeps what is its own (words, layout of its blocks, specific styles and colours).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, BinaryIO, TypedDict, TypeVar
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

CREATOR = "Cloud Credit Desk"

# -- page geometry ------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X: float = 18 * mm
MARGIN_TOP: float = 18 * mm
MARGIN_BOTTOM: float = 22 * mm  # room for the page footer
FRAME_WIDTH: float = PAGE_WIDTH - 2 * MARGIN_X

# -- inks -----------------------------------------------------------------------------------------

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6670")
ACCENT = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#C9CED6")
SHADE = colors.HexColor("#EEF1F5")
#: Cancelled, lost: the red ink and its light background.
ALERT = colors.HexColor("#B3261E")
ALERT_BG = colors.HexColor("#FCEEEE")
#: Paid, posted, planned: the green ink and its light background.
GOOD = colors.HexColor("#1E6B3A")
GOOD_BG = colors.HexColor("#EAF5EE")

# -- language and formatting ---------------------------------------------------------------------

_W = TypeVar("_W")


def in_language(language: str, *, en: _W, fr: _W) -> _W:
    """``fr`` (also ``fr_FR``, ``fr-CA``...) gives ``fr``; anything else gives ``en``."""
    primary = language.strip().replace("-", "_").split("_", 1)[0].lower()
    return fr if primary == "fr" else en


@dataclass(frozen=True, slots=True)
class Language:
    """A document's language: what each document's words (its subclass, with every fixed
    text) share, and how it writes money, dates and rates."""

    locale: str  # Babel's, for the figures
    lang: str  # BCP 47 tag for the PDF's /Lang

    def money(self, amount: Decimal) -> str:
        """An amount in euros, as the locale writes it (``€1,234.50``, ``1 234,50 €``)."""
        return str(format_currency(amount, "EUR", locale=self.locale))

    def day(self, value: date, form: str = "long") -> str:
        """A date in one of Babel's forms (``long``, ``short``) or a pattern (``MMM y``)."""
        return str(format_date(value, format=form, locale=self.locale))

    def percent(self, rate: Decimal) -> str:
        """``20.00`` -> ``20 %`` (French, no-break space) or ``20%`` (English); ``5.5`` ->
        ``5,5 %``."""
        number = format_decimal(rate, format="#,##0.##", locale=self.locale)
        return f"{number}\u00a0%" if self.french else f"{number}%"

    @property
    def french(self) -> bool:
        return self.locale.split("_", 1)[0] == "fr"


def address_markup(text: str) -> str:
    """Several lines, each escaped, joined with ``<br/>``; blank lines dropped."""
    return "<br/>".join(escape(line.strip()) for line in text.splitlines() if line.strip())


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut with an ellipsis if it is wider than ``width`` points."""
    if float(stringWidth(text, font, size)) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# -- styles ---------------------------------------------------------------------------------------

RIGHT: dict[str, Any] = {"alignment": TA_RIGHT}


class CommonStyles(TypedDict):
    """The paragraph styles identical in every document (a document's own ``_Styles`` takes
    them as keyword arguments)."""

    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle


class LetterheadStyles(CommonStyles):
    """Also identical in the purchase order and the invoice simulation."""

    muted: ParagraphStyle
    title: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    fine_print: ParagraphStyle


def common_styles(regular: str, bold: str) -> CommonStyles:
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK, alignment=TA_LEFT
    )
    return CommonStyles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        label=ParagraphStyle(
            "label", parent=body, fontName=bold, fontSize=7.5, leading=10, textColor=MUTED
        ),
    )


def letterhead_styles(regular: str, bold: str) -> LetterheadStyles:
    common = common_styles(regular, bold)
    body = common["body"]
    return LetterheadStyles(
        **common,
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=17, leading=21, textColor=ACCENT, **RIGHT
        ),
        meta_label=ParagraphStyle("meta_label", parent=body, fontSize=8.5, textColor=MUTED),
        meta_value=ParagraphStyle("meta_value", parent=body, fontSize=9, **RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=bold, fontSize=8.5),
        cell_head_right=ParagraphStyle(
            "cell_head_right", parent=body, fontName=bold, fontSize=8.5, **RIGHT
        ),
        fine_print=ParagraphStyle(
            "fine_print", parent=body, fontSize=8, leading=10.5, textColor=MUTED
        ),
    )


def heading_style(
    body: ParagraphStyle, bold: str, *, space_before: float = 0, space_after: float
) -> ParagraphStyle:
    """A section heading: bold accent on ``body``; each document spaces its own."""
    return ParagraphStyle(
        "heading",
        parent=body,
        fontName=bold,
        fontSize=10.5,
        leading=14,
        textColor=ACCENT,
        spaceBefore=space_before,
        spaceAfter=space_after,
    )


# -- tables and blocks ----------------------------------------------------------------------------


def table_style(font: str, commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells default to ``font`` (DejaVu): ReportLab sets each cell's font
    before drawing it, flowable or not, and its default (Helvetica) would otherwise land in the
    PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands])


def flush_cells(top: float, bottom: float) -> list[tuple[Any, ...]]:
    """Commands for a layout table: no side padding (it lines up with the text), top-aligned."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def header_rule(space_before: float, space_after: float) -> HRFlowable:
    """The accent rule under a document's header."""
    return HRFlowable(
        width="100%",
        thickness=1.2,
        color=ACCENT,
        spaceBefore=space_before,
        spaceAfter=space_after,
        lineCap="butt",
    )


def boxed(
    content: Flowable | list[Flowable],
    *,
    ink: Any,
    shade: Any,
    font: str,
    thickness: float,
    space_after: float,
) -> Table:
    """A full-width box drawn in ``ink`` on ``shade``: a stamp or a note."""
    return Table(
        [[content]],
        colWidths=[FRAME_WIDTH],
        style=table_style(
            font,
            [
                ("BOX", (0, 0), (-1, -1), thickness, ink),
                ("BACKGROUND", (0, 0), (-1, -1), shade),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
        spaceAfter=space_after,
    )


def fine_print(heading: str, text: str, label: ParagraphStyle, style: ParagraphStyle) -> Flowable:
    """A thin rule, a small capitalised heading and a paragraph, kept together (``heading``
    and ``text`` are plain text: escaped here)."""
    return KeepTogether(
        [
            HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=5),
            Paragraph(escape(heading.upper()), label),
            Paragraph(escape(text), style),
        ]
    )


# -- page and document ----------------------------------------------------------------------------

FOOTER_SIZE = 7.5


def draw_footer(canvas: Any, font: str, left: str, right: str) -> None:
    """The page footer: a thin rule, then ``left`` and ``right`` under it, in small muted type.

    ``left`` is cut with an ellipsis where it would come within 8 mm of ``right``."""
    canvas.saveState()
    y = MARGIN_BOTTOM - 10 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canvas.setFillColor(MUTED)
    canvas.setFont(font, FOOTER_SIZE)
    room = FRAME_WIDTH - stringWidth(right, font, FOOTER_SIZE) - 8 * mm
    canvas.drawString(MARGIN_X, y, fit(left, font, FOOTER_SIZE, room))
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
    canvas.restoreState()


def new_document(
    out: BinaryIO,
    *,
    title: str,
    author: str,
    subject: str,
    lang: str,
    font: str,
    on_page: Callable[[Any, Any], None],
    margin_top: float = MARGIN_TOP,
) -> BaseDocTemplate:
    """An A4 document writing to ``out``: one frame the width of the text, ``on_page`` drawing
    each page's decorations (footer...), and the metadata (``lang``: a BCP 47 tag)."""
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=margin_top,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        lang=lang,
        displayDocTitle=True,
        initialFontName=font,
    )
    # No frame padding: tables are sized to the full text width and must line up with the rules.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - margin_top - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc


def render(build: Callable[[BinaryIO], None]) -> bytes:
    """The document's bytes, built in memory: writing them to a file is the services' job
    (``services.output.write_atomically``: the output guard, the atomic rename, the mode)."""
    buffer = io.BytesIO()
    build(buffer)
    return buffer.getvalue()
