"""The order put together: its pages' footer and watermark, the order of its parts, the
PDF's bytes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop_app.domain.model import OrderStatus, Party, PaymentInstructions, Project, PurchaseOrder
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.layout import PAGE_HEIGHT, PAGE_WIDTH, draw_footer, new_document, render
from desktop_app.pdf.purchase_order.blocks import (
    conditions,
    header,
    parties,
    payment_block,
    status_mark,
)
from desktop_app.pdf.purchase_order.styles import CANCELLED, Styles, make_styles
from desktop_app.pdf.purchase_order.tables import amount_width, lines, totals
from desktop_app.pdf.purchase_order.words import Words, words_in


def _page_decorations(
    order: PurchaseOrder, seller: Party, words: Words, regular: str, bold: str
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
            canvas.setFillColor(CANCELLED)
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
    words: Words,
    st: Styles,
) -> Sequence[Flowable]:
    amount_col = amount_width(order, words, st)
    head, rule = header(order, seller, words, st)
    story: list[Flowable] = [head, rule]
    mark = status_mark(order, words, st)
    if mark is not None:
        story.append(mark)
    story.append(parties(seller, buyer, words, st))
    story.append(
        KeepTogether(
            [
                lines(order, project, words, st, amount_col),
                Spacer(1, 6),
                totals(order, words, st, amount_col),
            ]
        )
    )
    story.extend(payment_block(order, payment, words, st))
    story.extend(conditions(words, st))
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
    words = words_in(language)
    st = make_styles(fonts.regular, fonts.bold)

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
