"""The purchase order ("bon de commande") PDF, in French or English.

Every piece of text that comes from the ledger (project name, company blocks, bank details) is
XML-escaped before it reaches a ``Paragraph``: ReportLab reads paragraph text as markup, so a
project called ``<b>Acme</b> & Co`` would otherwise print in bold, or fail to parse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

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
from desktop_app.pdf.layout import (
    ACCENT,
    ALERT,
    ALERT_BG,
    FRAME_WIDTH,
    GOOD,
    GOOD_BG,
    INK,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    SHADE,
    Language,
    address_markup,
    boxed,
    draw_footer,
    fine_print,
    flush_cells,
    header_rule,
    heading_style,
    in_language,
    letterhead_styles,
    new_document,
    render,
    table_style,
)

_AMOUNT_COL: float = 38 * mm  # at least; the lines table and the totals block share this column
_CELL_PAD = 6

_CANCELLED, _CANCELLED_BG = ALERT, ALERT_BG
_PAID, _PAID_BG = GOOD, GOOD_BG


@dataclass(frozen=True, slots=True)
class _Words(Language):
    """Every fixed text of the document, in one language."""

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
    return in_language(language, en=_EN, fr=_FR)


def format_rate(rate: Decimal, language: str) -> str:
    """``20.00`` -> ``20 %`` (French, no-break space) or ``20%`` (English); ``5.5`` -> ``5,5 %``."""
    return _words(language).percent(rate)


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
    fine_print: ParagraphStyle


def _styles(regular: str, bold: str) -> _Styles:
    shared = letterhead_styles(regular, bold)
    body = shared["body"]
    return _Styles(
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


def _party_block(heading: str, party: Party, words: _Words, st: _Styles) -> list[Flowable]:
    block: list[Flowable] = [
        Paragraph(escape(heading.upper()), st.label),
        Paragraph(escape(party.name), st.party_name),
    ]
    if party.address.strip():
        block.append(Paragraph(address_markup(party.address), st.body))
    details = [
        (words.siren, party.siren),
        (words.vat_number, party.vat_number),
        (words.email, party.email),
    ]
    lines = [
        f'<font color="{MUTED.hexval()}">{escape(label)}{words.colon}</font> '
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
        left.append(Paragraph(address_markup(seller.address), st.muted))

    valid_until = order.created_on + timedelta(days=ORDER_VALIDITY_DAYS)
    meta = Table(
        [
            [
                Paragraph(escape(words.order_date), st.meta_label),
                Paragraph(escape(words.day(order.created_on)), st.meta_value),
            ],
            [
                Paragraph(escape(words.valid_until), st.meta_label),
                Paragraph(escape(words.day(valid_until)), st.meta_value),
            ],
        ],
        colWidths=[30 * mm, 40 * mm],
        hAlign="RIGHT",
        style=table_style(st.body.fontName, flush_cells(1, 1)),
    )
    right: list[Flowable] = [
        Paragraph(escape(words.title.upper()), st.title),
        Paragraph(f"{escape(words.number)} {escape(order.number)}", st.number),
        meta,
    ]
    header = Table(
        [[left, right]],
        colWidths=[FRAME_WIDTH - 70 * mm, 70 * mm],
        style=table_style(
            st.body.fontName,
            [
                *flush_cells(0, 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),  # a long seller name keeps clear
            ],
        ),
    )
    return header, header_rule(8, 12)


def _status_mark(order: PurchaseOrder, words: _Words, st: _Styles) -> Table | None:
    """A boxed stamp under the header for a paid or cancelled order; nothing while pending."""
    if order.status == OrderStatus.CANCELLED:
        text = (
            words.cancelled_on.format(date=words.day(order.cancelled_on))
            if order.cancelled_on
            else words.cancelled
        )
        note, ink, shade = words.cancelled_note, _CANCELLED, _CANCELLED_BG
    elif order.status == OrderStatus.PAID:
        if order.paid_on:
            text = words.paid_on.format(date=words.day(order.paid_on))
            expires = words.day(credit_expires_on(order.paid_on))
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
    return boxed(cells, ink=ink, shade=shade, font=st.body.fontName, thickness=1.2, space_after=12)


def _parties(seller: Party, buyer: Party, words: _Words, st: _Styles) -> Table:
    gap = 10 * mm
    half = (FRAME_WIDTH - gap) / 2
    return Table(
        [
            [
                _party_block(words.seller, seller, words, st),
                "",
                _party_block(words.buyer, buyer, words, st),
            ]
        ],
        colWidths=[half, gap, half],
        style=table_style(
            st.body.fontName,
            [
                *flush_cells(5, 0),
                ("LINEABOVE", (0, 0), (0, 0), 0.6, RULE),
                ("LINEABOVE", (2, 0), (2, 0), 0.6, RULE),
            ],
        ),
        spaceAfter=16,
    )


def _amount_width(order: PurchaseOrder, words: _Words, st: _Styles) -> float:
    """The amount column: 38 mm, wider only if the bold TTC total would not fit on one line."""
    ttc = words.money(order.amount_ttc)
    widest = float(stringWidth(ttc, st.grand_value.fontName, st.grand_value.fontSize))
    return max(_AMOUNT_COL, widest + 2 * _CELL_PAD + 2)


def _lines(
    order: PurchaseOrder, project: Project, words: _Words, st: _Styles, amount_col: float
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
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        ),
    )


def _totals(order: PurchaseOrder, words: _Words, st: _Styles, amount_col: float) -> Table:
    rate = words.percent(order.vat_rate)
    rows = [
        [words.total_ht, words.money(order.amount_ht)],
        [words.vat.format(rate=rate), words.money(order.vat)],
        [words.total_ttc, words.money(order.amount_ttc)],
    ]
    body, grand = st.total_value, st.grand_value
    return Table(
        rows,  # plain strings, for the same reason as in _lines
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
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
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
        colWidths=[30 * mm, FRAME_WIDTH - 30 * mm],
        hAlign="LEFT",
        style=table_style(st.body.fontName, flush_cells(1, 2)),
        spaceAfter=16,
    )
    return [KeepTogether([Paragraph(escape(words.payment_heading), st.heading), table])]


def _conditions(words: _Words, st: _Styles) -> list[Flowable]:
    text = words.conditions.format(months=CREDIT_LIFETIME_MONTHS)
    return [fine_print(words.conditions_heading, text, st.label, st.fine_print)]


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
        if cancelled:
            # Under the content (drawn at page start), light enough not to hide any figure.
            canvas.saveState()
            canvas.setFillColor(_CANCELLED)
            canvas.setFillAlpha(0.08)
            canvas.setFont(bold, 96)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - 20 * mm)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, words.cancelled)
            canvas.restoreState()
        right = f"{words.title} {order.number} — {words.page.format(page=doc.page)}"
        draw_footer(canvas, regular, footer_left, right)

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


def render_purchase_order(
    order: PurchaseOrder,
    project: Project,
    seller: Party,
    buyer: Party,
    payment: PaymentInstructions,
    language: str,
) -> bytes:
    """The purchase order as PDF bytes (``services.orders.write_order_pdf`` writes them).

    ``language`` is ``"fr"`` or ``"en"``; anything else prints in English.
    """
    fonts = register_fonts()
    words = _words(language)
    st = _styles(fonts.regular, fonts.bold)

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out,
            title=f"{words.title} {order.number}",
            author=seller.name,
            subject=words.line.format(project=project.name),
            lang=words.lang,
            font=fonts.regular,
            on_page=_page_decorations(order, seller, words, fonts.regular, fonts.bold),
        )
        doc.build(list(_story(order, project, seller, buyer, payment, words, st)))

    return render(build)
