"""The purchase order ("bon de commande") PDF, in French or English.

Every piece of text that comes from the ledger (project name, company blocks, bank details) is
XML-escaped before it reaches a ``Paragraph``: ReportLab reads paragraph text as markup, so a
project called ``<b>Acme</b> & Co`` would otherwise print in bold, or fail to parse.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
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
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.domain.dates import CREDIT_LIFETIME_MONTHS, credit_expires_on
from desktop_app.domain.model import (
    ORDER_VALIDITY_DAYS,
    OrderStatus,
    Party,
    PaymentInstructions,
    Project,
    PurchaseOrder,
)
from desktop_app.pdf.fonts import register_fonts

CREATOR = "Cloud Credit Desk"

_PAGE_WIDTH, _PAGE_HEIGHT = A4
_MARGIN_X: float = 18 * mm
_MARGIN_TOP: float = 18 * mm
_MARGIN_BOTTOM: float = 22 * mm  # room for the page footer
_FRAME_WIDTH: float = _PAGE_WIDTH - 2 * _MARGIN_X
_AMOUNT_COL: float = 38 * mm  # at least; the lines table and the totals block share this column
_CELL_PAD = 6

_INK = colors.HexColor("#1A1A1A")
_MUTED = colors.HexColor("#5F6670")
_ACCENT = colors.HexColor("#1F3A5F")
_RULE = colors.HexColor("#C9CED6")
_SHADE = colors.HexColor("#EEF1F5")
_CANCELLED = colors.HexColor("#B3261E")
_CANCELLED_BG = colors.HexColor("#FCEEEE")
_PAID = colors.HexColor("#1E6B3A")
_PAID_BG = colors.HexColor("#EAF5EE")


@dataclass(frozen=True, slots=True)
class _Words:
    """Every fixed text of the document, in one language."""

    locale: str
    lang: str  # BCP 47 tag for the PDF's /Lang
    title: str
    number: str
    order_date: str
    valid_until: str
    seller: str
    buyer: str
    siren: str
    vat_number: str
    email: str
    description: str
    quantity: str
    unit_price: str
    amount: str
    line: str  # "{project}" is replaced by the escaped project name
    total_ht: str
    vat: str  # "{rate}"
    total_ttc: str
    payment_heading: str
    bank: str
    iban: str
    bic: str
    terms: str
    terms_text: str  # "{days}"
    reference: str
    reference_text: str  # "{number}"
    cancelled: str
    cancelled_on: str  # "{date}"
    cancelled_note: str
    paid: str
    paid_on: str  # "{date}"
    paid_note: str  # "{date}": the expiry, the first day the credit is no longer usable
    conditions_heading: str
    conditions: str  # "{months}"
    page: str  # "{page}"
    colon: str  # French puts a no-break space before a colon


_EN = _Words(
    locale="en_GB",
    lang="en-GB",
    title="Purchase order",
    number="No.",
    order_date="Order date",
    valid_until="Valid until",
    seller="Seller",
    buyer="Buyer",
    siren="SIREN",
    vat_number="VAT number",
    email="Email",
    description="Description",
    quantity="Qty",
    unit_price="Unit price excl. VAT",
    amount="Amount excl. VAT",
    line="Public Cloud credit — project {project}",
    total_ht="Total excl. VAT (HT)",
    vat="VAT {rate}",
    total_ttc="Total incl. VAT (TTC)",
    payment_heading="Payment by bank transfer",
    bank="Bank",
    iban="IBAN",
    bic="BIC",
    terms="Terms",
    terms_text="Payment within {days} days",
    reference="Reference to quote",
    reference_text="{number}",
    cancelled="CANCELLED",
    cancelled_on="CANCELLED on {date}",
    cancelled_note="This order is void and must not be paid.",
    paid="PAID",
    paid_on="PAID on {date}",
    paid_note="The credit is on the project; it expires on {date}.",
    conditions_heading="Conditions",
    conditions=(
        "The credit appears on the project once this order is paid. It is valid for "
        "{months} months from the payment date; whatever is unused then is lost. "
        "Public Cloud credit is not transferable to another project and is not refundable; "
        "it has no monetary value."
    ),
    page="Page {page}",
    colon=":",
)

_FR = _Words(
    locale="fr_FR",
    lang="fr-FR",
    title="Bon de commande",
    number="N°",
    order_date="Date de commande",
    valid_until="Valable jusqu’au",
    seller="Vendeur",
    buyer="Acheteur",
    siren="SIREN",
    vat_number="N° TVA",
    email="E-mail",
    description="Désignation",
    quantity="Qté",
    unit_price="Prix unitaire HT",
    amount="Montant HT",
    line="Crédit Public Cloud — projet {project}",
    total_ht="Total HT",
    vat="TVA {rate}",
    total_ttc="Total TTC",
    payment_heading="Règlement par virement bancaire",
    bank="Banque",
    iban="IBAN",
    bic="BIC",
    terms="Conditions",
    terms_text="Paiement sous {days} jours",
    reference="Référence à rappeler",
    reference_text="{number}",
    cancelled="ANNULÉ",
    cancelled_on="ANNULÉ le {date}",
    cancelled_note="Ce bon de commande est annulé et ne doit pas être réglé.",
    paid="PAYÉ",
    paid_on="PAYÉ le {date}",
    paid_note="Le crédit est disponible sur le projet\u00a0; il expire le {date}.",
    conditions_heading="Conditions",
    conditions=(
        "Le crédit apparaît sur le projet une fois ce bon de commande payé. Il est valable "
        "{months} mois à compter de la date de paiement\u00a0; le montant non utilisé à cette "
        "date est perdu. Le crédit Public Cloud n’est ni transférable à un autre projet, ni "
        "remboursable\u00a0; il n’a pas de valeur monétaire."
    ),
    page="Page {page}",
    colon="\u00a0:",
)


def _words(language: str) -> _Words:
    """``fr`` (also ``fr_FR``, ``fr-CA``...) gives French; anything else gives English."""
    primary = language.strip().replace("-", "_").split("_", 1)[0].lower()
    return _FR if primary == "fr" else _EN


def format_rate(rate: Decimal, language: str) -> str:
    """``20.00`` -> ``20 %`` (French, no-break space) or ``20%`` (English); ``5.5`` -> ``5,5 %``."""
    return _rate(rate, _words(language))


def _rate(rate: Decimal, words: _Words) -> str:
    number = format_decimal(rate, format="#,##0.##", locale=words.locale)
    return f"{number}\u00a0%" if words is _FR else f"{number}%"


def _money(amount: Decimal, words: _Words) -> str:
    return str(format_currency(amount, "EUR", locale=words.locale))


def _day(day: date, words: _Words) -> str:
    return str(format_date(day, format="long", locale=words.locale))


def _iban(text: str) -> str:
    """Print an IBAN in groups of four, as banks do; anything that is not one stays as typed."""
    compact = "".join(text.split()).upper()
    if not compact.isalnum():
        return text.strip()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@dataclass(frozen=True, slots=True)
class _Styles:
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
    conditions: ParagraphStyle


def _styles(regular: str, bold: str) -> _Styles:
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=12.5, textColor=_INK, alignment=TA_LEFT
    )
    right = {"alignment": TA_RIGHT}
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11, textColor=_MUTED),
        label=ParagraphStyle(
            "label", parent=body, fontName=bold, fontSize=7.5, leading=10, textColor=_MUTED
        ),
        seller_name=ParagraphStyle(
            "seller_name", parent=body, fontName=bold, fontSize=15, leading=19, textColor=_ACCENT
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=17, leading=21, textColor=_ACCENT, **right
        ),
        number=ParagraphStyle(
            "number", parent=body, fontName=bold, fontSize=11, leading=15, spaceAfter=4, **right
        ),
        meta_label=ParagraphStyle("meta_label", parent=body, fontSize=8.5, textColor=_MUTED),
        meta_value=ParagraphStyle("meta_value", parent=body, fontSize=9, **right),
        party_name=ParagraphStyle(
            "party_name", parent=body, fontName=bold, fontSize=10.5, leading=14
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            textColor=_ACCENT,
            spaceAfter=3,
        ),
        cell=body,
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=bold, fontSize=8.5),
        cell_head_right=ParagraphStyle(
            "cell_head_right", parent=body, fontName=bold, fontSize=8.5, **right
        ),
        total_value=ParagraphStyle("total_value", parent=body, **right),
        grand_value=ParagraphStyle(
            "grand_value", parent=body, fontName=bold, fontSize=11, leading=14, **right
        ),
        stamp=ParagraphStyle("stamp", parent=body, fontName=bold, fontSize=11, leading=14),
        conditions=ParagraphStyle(
            "conditions", parent=body, fontSize=8, leading=10.5, textColor=_MUTED
        ),
    )


def _table_style(st: _Styles, commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells default to DejaVu: ReportLab sets each cell's font before
    drawing it, flowable or not, and its default (Helvetica) would otherwise land in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.body.fontName), *commands])


def _address(text: str) -> str:
    """Several lines, each escaped, joined with ``<br/>``; blank lines dropped."""
    return "<br/>".join(escape(line.strip()) for line in text.splitlines() if line.strip())


def _party_block(heading: str, party: Party, words: _Words, st: _Styles) -> list[Flowable]:
    block: list[Flowable] = [
        Paragraph(escape(heading.upper()), st.label),
        Paragraph(escape(party.name), st.party_name),
    ]
    if party.address.strip():
        block.append(Paragraph(_address(party.address), st.body))
    details = [
        (words.siren, party.siren),
        (words.vat_number, party.vat_number),
        (words.email, party.email),
    ]
    lines = [
        f'<font color="{_MUTED.hexval()}">{escape(label)}{words.colon}</font> '
        f"{escape(value.strip())}"
        for label, value in details
        if value.strip()
    ]
    if lines:
        block.append(Spacer(1, 3))
        block.append(Paragraph("<br/>".join(lines), st.small))
    return block


def _header(
    order: PurchaseOrder, seller: Party, words: _Words, st: _Styles
) -> tuple[Table, HRFlowable]:
    left: list[Flowable] = [Paragraph(escape(seller.name), st.seller_name)]
    if seller.address.strip():
        left.append(Paragraph(_address(seller.address), st.muted))

    valid_until = order.created_on + timedelta(days=ORDER_VALIDITY_DAYS)
    meta = Table(
        [
            [
                Paragraph(escape(words.order_date), st.meta_label),
                Paragraph(escape(_day(order.created_on, words)), st.meta_value),
            ],
            [
                Paragraph(escape(words.valid_until), st.meta_label),
                Paragraph(escape(_day(valid_until, words)), st.meta_value),
            ],
        ],
        colWidths=[30 * mm, 40 * mm],
        hAlign="RIGHT",
        style=_table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
        ),
    )
    right: list[Flowable] = [
        Paragraph(escape(words.title.upper()), st.title),
        Paragraph(f"{escape(words.number)} {escape(order.number)}", st.number),
        meta,
    ]
    header = Table(
        [[left, right]],
        colWidths=[_FRAME_WIDTH - 70 * mm, 70 * mm],
        style=_table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),  # a long seller name keeps clear
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        ),
    )
    rule = HRFlowable(
        width="100%", thickness=1.2, color=_ACCENT, spaceBefore=8, spaceAfter=12, lineCap="butt"
    )
    return header, rule


def _status_mark(order: PurchaseOrder, words: _Words, st: _Styles) -> Table | None:
    """A boxed stamp under the header for a paid or cancelled order; nothing while pending."""
    if order.status == OrderStatus.CANCELLED:
        text = (
            words.cancelled_on.format(date=_day(order.cancelled_on, words))
            if order.cancelled_on
            else words.cancelled
        )
        note, ink, shade = words.cancelled_note, _CANCELLED, _CANCELLED_BG
    elif order.status == OrderStatus.PAID:
        if order.paid_on:
            text = words.paid_on.format(date=_day(order.paid_on, words))
            expires = _day(credit_expires_on(order.paid_on), words)
            note = words.paid_note.format(date=expires)
        else:
            text, note = words.paid, ""
        ink, shade = _PAID, _PAID_BG
    else:
        return None
    stamp = ParagraphStyle("stamp_ink", parent=st.stamp, textColor=ink)
    cells: list[Flowable] = [Paragraph(escape(text), stamp)]
    if note:
        cells.append(Paragraph(escape(note), st.small))
    return Table(
        [[cells]],
        colWidths=[_FRAME_WIDTH],
        style=_table_style(
            st,
            [
                ("BOX", (0, 0), (-1, -1), 1.2, ink),
                ("BACKGROUND", (0, 0), (-1, -1), shade),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
        spaceAfter=12,
    )


def _parties(seller: Party, buyer: Party, words: _Words, st: _Styles) -> Table:
    gap = 10 * mm
    half = (_FRAME_WIDTH - gap) / 2
    return Table(
        [
            [
                _party_block(words.seller, seller, words, st),
                "",
                _party_block(words.buyer, buyer, words, st),
            ]
        ],
        colWidths=[half, gap, half],
        style=_table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (0, 0), 0.6, _RULE),
                ("LINEABOVE", (2, 0), (2, 0), 0.6, _RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        ),
        spaceAfter=16,
    )


def _amount_width(order: PurchaseOrder, words: _Words, st: _Styles) -> float:
    """The amount column: 38 mm, wider only if the bold TTC total would not fit on one line."""
    ttc = _money(order.amount_ttc, words)
    widest = float(stringWidth(ttc, st.grand_value.fontName, st.grand_value.fontSize))
    return max(_AMOUNT_COL, widest + 2 * _CELL_PAD + 2)


def _lines(
    order: PurchaseOrder, project: Project, words: _Words, st: _Styles, amount_col: float
) -> Table:
    # Amounts are plain cell strings, not Paragraphs: ReportLab's paragraph wrapping treats the
    # narrow no-break space Babel groups French thousands with as a break, and would split
    # "12 345,67 €" over two lines. A plain string never wraps and keeps the glyph as is.
    amount = _money(order.amount_ht, words)
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
        colWidths=[_FRAME_WIDTH - fixed, 14 * mm, amount_col, amount_col],
        repeatRows=1,
        style=_table_style(
            st,
            [
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("FONTNAME", (1, 1), (-1, -1), st.cell.fontName),
                ("FONTSIZE", (1, 1), (-1, -1), st.cell.fontSize),
                ("LEADING", (1, 1), (-1, -1), st.cell.leading),
                ("TEXTCOLOR", (1, 1), (-1, -1), _INK),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
    )


def _totals(order: PurchaseOrder, words: _Words, st: _Styles, amount_col: float) -> Table:
    rate = _rate(order.vat_rate, words)
    rows = [
        [words.total_ht, _money(order.amount_ht, words)],
        [words.vat.format(rate=rate), _money(order.vat, words)],
        [words.total_ttc, _money(order.amount_ttc, words)],
    ]
    body, grand = st.total_value, st.grand_value
    return Table(
        rows,  # plain strings, for the same reason as in _lines
        colWidths=[52 * mm, amount_col],
        hAlign="RIGHT",
        style=_table_style(
            st,
            [
                ("FONTNAME", (0, 0), (-1, 1), body.fontName),
                ("FONTSIZE", (0, 0), (-1, 1), body.fontSize),
                ("LEADING", (0, 0), (-1, 1), body.leading),
                ("FONTNAME", (0, 2), (-1, 2), grand.fontName),
                ("FONTSIZE", (0, 2), (-1, 2), grand.fontSize),
                ("LEADING", (0, 2), (-1, 2), grand.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 1), 0.5, _RULE),
                ("BACKGROUND", (0, 2), (-1, 2), _SHADE),
                ("LINEABOVE", (0, 2), (-1, 2), 1.2, _ACCENT),
                ("TOPPADDING", (0, 2), (-1, 2), 6),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 7),
            ],
        ),
        spaceBefore=0,
        spaceAfter=18,
    )


def _payment(
    order: PurchaseOrder, payment: PaymentInstructions, words: _Words, st: _Styles
) -> list[Flowable]:
    rows: list[tuple[str, str]] = [
        (words.bank, escape(payment.bank.strip())),
        (words.iban, escape(_iban(payment.iban))),
        (words.bic, escape(payment.bic.strip().upper())),
    ]
    rows = [(label, value) for label, value in rows if value]
    rows.append((words.terms, escape(words.terms_text.format(days=payment.terms_days))))
    rows.append(
        (
            words.reference,
            f"<b>{escape(words.reference_text.format(number=order.number))}</b>",
        )
    )
    table = Table(
        [
            [Paragraph(escape(label), st.meta_label), Paragraph(value, st.body)]
            for label, value in rows
        ],
        colWidths=[30 * mm, _FRAME_WIDTH - 30 * mm],
        hAlign="LEFT",
        style=_table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        ),
        spaceAfter=16,
    )
    return [KeepTogether([Paragraph(escape(words.payment_heading), st.heading), table])]


def _conditions(words: _Words, st: _Styles) -> list[Flowable]:
    return [
        KeepTogether(
            [
                HRFlowable(width="100%", thickness=0.5, color=_RULE, spaceAfter=5),
                Paragraph(escape(words.conditions_heading.upper()), st.label),
                Paragraph(
                    escape(words.conditions.format(months=CREDIT_LIFETIME_MONTHS)),
                    st.conditions,
                ),
            ]
        )
    ]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut with an ellipsis if it is wider than ``width`` points."""
    if float(stringWidth(text, font, size)) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _page_decorations(
    order: PurchaseOrder, seller: Party, words: _Words, regular: str, bold: str
) -> Callable[[Any, Any], None]:
    """Callback drawing the page footer (every page) and, for a cancelled order, a watermark."""
    legal = [seller.name.strip()]
    if seller.siren.strip():
        legal.append(f"{words.siren} {seller.siren.strip()}")
    if seller.vat_number.strip():
        legal.append(f"{words.vat_number} {seller.vat_number.strip()}")
    footer_left = " · ".join(legal)
    cancelled = order.status == OrderStatus.CANCELLED

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        if cancelled:
            # Under the content (drawn at page start), light enough not to hide any figure.
            canvas.setFillColor(_CANCELLED)
            canvas.setFillAlpha(0.08)
            canvas.setFont(bold, 96)
            canvas.translate(_PAGE_WIDTH / 2, _PAGE_HEIGHT / 2 - 20 * mm)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, words.cancelled)
            canvas.restoreState()
            canvas.saveState()
        y = _MARGIN_BOTTOM - 10 * mm
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN_X, y + 10, _PAGE_WIDTH - _MARGIN_X, y + 10)
        canvas.setFillColor(_MUTED)
        canvas.setFont(regular, 7.5)
        right = f"{words.title} {order.number} — {words.page.format(page=doc.page)}"
        room = _FRAME_WIDTH - stringWidth(right, regular, 7.5) - 8 * mm
        canvas.drawString(_MARGIN_X, y, _fit(footer_left, regular, 7.5, room))
        canvas.drawRightString(_PAGE_WIDTH - _MARGIN_X, y, right)
        canvas.restoreState()

    return draw


def _story(
    order: PurchaseOrder,
    project: Project,
    seller: Party,
    buyer: Party,
    payment: PaymentInstructions,
    words: _Words,
    st: _Styles,
) -> Sequence[Flowable]:
    amount_col = _amount_width(order, words, st)
    header, rule = _header(order, seller, words, st)
    story: list[Flowable] = [header, rule]
    mark = _status_mark(order, words, st)
    if mark is not None:
        story.append(mark)
    story.append(_parties(seller, buyer, words, st))
    story.append(
        KeepTogether(
            [
                _lines(order, project, words, st, amount_col),
                Spacer(1, 6),
                _totals(order, words, st, amount_col),
            ]
        )
    )
    story.extend(_payment(order, payment, words, st))
    story.extend(_conditions(words, st))
    return story


def _write_atomically(data: bytes, path: Path) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over ``path``.

    A crash, a full disk or a PDF viewer holding the old file never leaves a half-written order.
    ``os.open`` with mode 0o666 keeps the user's umask (``mkstemp`` would force 0o600).
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_purchase_order(
    order: PurchaseOrder,
    project: Project,
    seller: Party,
    buyer: Party,
    payment: PaymentInstructions,
    language: str,
    path: Path,
) -> Path:
    """Write the purchase order PDF to ``path`` (replacing it atomically) and return ``path``.

    ``language`` is ``"fr"`` or ``"en"``; anything else prints in English.
    """
    fonts = register_fonts()
    words = _words(language)
    st = _styles(fonts.regular, fonts.bold)
    subject = words.line.format(project=project.name)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title=f"{words.title} {order.number}",
        author=seller.name,
        subject=subject,
        creator=CREATOR,
        lang=words.lang,
        displayDocTitle=True,
        initialFontName=fonts.regular,
    )
    # No frame padding: tables are sized to the full text width and must line up with the rules.
    frame = Frame(
        _MARGIN_X,
        _MARGIN_BOTTOM,
        _FRAME_WIDTH,
        _PAGE_HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    decorate = _page_decorations(order, seller, words, fonts.regular, fonts.bold)
    doc.addPageTemplates([PageTemplate(id="order", frames=[frame], onPage=decorate)])
    doc.build(list(_story(order, project, seller, buyer, payment, words, st)))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(buffer.getvalue(), path)
    return path
