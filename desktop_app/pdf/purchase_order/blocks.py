"""The order's blocks: the header, the paid or cancelled stamp, the seller and the buyer,
the payment instructions, the conditions."""

from __future__ import annotations

from datetime import timedelta
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.domain.dates import CREDIT_LIFETIME_MONTHS, credit_expires_on
from desktop_app.domain.model import (
    ORDER_VALIDITY_DAYS,
    OrderStatus,
    Party,
    PaymentInstructions,
    PurchaseOrder,
)
from desktop_app.pdf.layout import (
    FRAME_WIDTH,
    MUTED,
    RULE,
    address_markup,
    boxed,
    fine_print,
    flush_cells,
    header_rule,
    table_style,
)
from desktop_app.pdf.purchase_order.styles import CANCELLED, CANCELLED_BG, PAID, PAID_BG, Styles
from desktop_app.pdf.purchase_order.words import Words, iban_groups


def party_block(heading: str, party: Party, words: Words, st: Styles) -> list[Flowable]:
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


def header(
    order: PurchaseOrder, seller: Party, words: Words, st: Styles
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


def status_mark(order: PurchaseOrder, words: Words, st: Styles) -> Table | None:
    """A boxed stamp under the header for a paid or cancelled order; nothing while pending."""
    if order.status == OrderStatus.CANCELLED:
        text = (
            words.cancelled_on.format(date=words.day(order.cancelled_on))
            if order.cancelled_on
            else words.cancelled
        )
        note, ink, shade = words.cancelled_note, CANCELLED, CANCELLED_BG
    elif order.status == OrderStatus.PAID:
        if order.paid_on:
            text = words.paid_on.format(date=words.day(order.paid_on))
            expires = words.day(credit_expires_on(order.paid_on))
            note = words.paid_note.format(date=expires)
        else:
            text, note = words.paid, ""
        ink, shade = PAID, PAID_BG
    else:
        return None
    stamp = ParagraphStyle("stamp_ink", parent=st.stamp, textColor=ink)
    cells: list[Flowable] = [Paragraph(escape(text), stamp)]
    if note:
        cells.append(Paragraph(escape(note), st.small))
    return boxed(cells, ink=ink, shade=shade, font=st.body.fontName, thickness=1.2, space_after=12)


def parties(seller: Party, buyer: Party, words: Words, st: Styles) -> Table:
    gap = 10 * mm
    half = (FRAME_WIDTH - gap) / 2
    return Table(
        [
            [
                party_block(words.seller, seller, words, st),
                "",
                party_block(words.buyer, buyer, words, st),
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


def payment_block(
    order: PurchaseOrder, payment: PaymentInstructions, words: Words, st: Styles
) -> list[Flowable]:
    rows: list[tuple[str, str]] = [
        (words.bank, escape(payment.bank.strip())),
        (words.iban, escape(iban_groups(payment.iban))),
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


def conditions(words: Words, st: Styles) -> list[Flowable]:
    text = words.conditions.format(months=CREDIT_LIFETIME_MONTHS)
    return [fine_print(words.conditions_heading, text, st.label, st.fine_print)]
