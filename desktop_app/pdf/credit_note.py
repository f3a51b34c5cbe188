"""The credit note PDF (rule 14): which invoice it reverses, what went back where, and the
refund due from the supplier with its VAT. Text from the ledger or the user (the reason,
names, references) is XML-escaped before it reaches a ``Paragraph``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.books.creditnote import CreditNote
from desktop_app.domain.model import Party, Project, Source
from desktop_app.domain.money import ZERO
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.layout import (
    RULE,
    SHADE,
    Language,
    address_markup,
    draw_footer,
    fine_print,
    header_rule,
    in_language,
    letterhead_styles,
    new_document,
    render,
    table_style,
)
from desktop_app.pdf.numbered import numbered_canvas


@dataclass(frozen=True, slots=True)
class _Words(Language):
    title: str  # {number}
    customer: str
    invoice: str
    invoice_date: str
    date: str
    project: str
    reason: str
    returned: str
    source: str
    reference: str
    amount: str
    again: str
    sources: dict[str, str]
    refund: str
    ht: str
    vat: str  # {rate}
    ttc: str
    refund_note: str
    about: str
    about_text: str
    page: str


_EN = _Words(
    locale="en_GB", lang="en-GB", title="Credit note {number}", customer="Customer",
    invoice="Reverses invoice", invoice_date="Invoice date", date="Date", project="Project",
    reason="Reason", returned="Given back", source="To", reference="Reference",
    amount="Amount (excl. VAT)", again="Expired again",
    sources={"voucher": "Voucher", "credit": "Purchased credit",
             "digital_launchpad": "Digital LaunchPad", "loyalty": "Loyalty account"},
    refund="Refund due by the payment method", ht="Amount excl. VAT", vat="VAT {rate}",
    ttc="Amount incl. VAT",
    refund_note="What the payment method paid of the invoice is owed back by the supplier.",
    about="Rule", about_text="The invoice is reversed whole, once; each part goes back where "
    "it came from. Credit that had expired since is given back and lost again on this day. "
    "Credit is not refundable: only the payment method's part is a refund.",
    page="page {page} of {pages}",
)  # fmt: skip
_FR = _Words(
    locale="fr_FR", lang="fr-FR", title="Avoir {number}", customer="Client",
    invoice="Annule la facture", invoice_date="Date de la facture", date="Date",
    project="Projet", reason="Motif", returned="Rendu", source="À", reference="Référence",
    amount="Montant HT", again="Expiré à nouveau",
    sources={"voucher": "Voucher", "credit": "Crédit acheté",
             "digital_launchpad": "Digital LaunchPad", "loyalty": "Compte fidélité"},
    refund="Remboursement dû au moyen de paiement", ht="Montant HT", vat="TVA {rate}",
    ttc="Montant TTC",
    refund_note="Ce que le moyen de paiement a réglé de la facture est dû en retour par le "
    "fournisseur.",
    about="Règle", about_text="La facture est annulée en entier, une seule fois ; chaque "
    "part retourne d'où elle venait. Le crédit expiré depuis est rendu puis perdu à nouveau "
    "ce jour-là. Le crédit n'est pas remboursable : seule la part du moyen de paiement l'est.",
    page="page {page} sur {pages}",
)  # fmt: skip


def render_credit_note(
    note: CreditNote,
    invoice_date: date,
    project: Project,
    customer: Party,
    language: str,
) -> bytes:
    fonts = register_fonts()
    words = in_language(language, en=_EN, fr=_FR)
    st = letterhead_styles(fonts.regular, fonts.bold)
    title = words.title.format(number=note.number)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        left = f"{title} — {project.name}"
        draw_footer(canvas, fonts.regular, left, words.page.format(page=page, pages=pages))

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out, title=title, author=customer.name, subject=f"{title} — {note.invoice_number}",
            lang=words.lang, font=fonts.regular, on_page=lambda canvas, doc: None,
        )  # fmt: skip
        story: list[Flowable] = [
            Paragraph(escape(title.upper()), st["title"]),
            header_rule(6, 8),
            *_parties(note, invoice_date, project, customer, words, st),
            Spacer(1, 8),
            Paragraph(escape(words.returned), st["cell_head"]),
            Spacer(1, 3),
            _returned(note, words, fonts.regular, fonts.bold),
            Spacer(1, 10),
            Paragraph(escape(words.refund), st["cell_head"]),
            Spacer(1, 3),
            _refund(note, words, fonts.regular, fonts.bold),
            Paragraph(escape(words.refund_note), st["muted"]),
            Spacer(1, 10),
            fine_print(words.about, words.about_text, st["label"], st["fine_print"]),
        ]
        doc.build(story, canvasmaker=numbered_canvas(footer))

    return render(build)


def _parties(
    note: CreditNote, invoice_date: date, project: Project, customer: Party, words: _Words,
    st: Any,
) -> list[Flowable]:  # fmt: skip
    found: list[Flowable] = [Paragraph(escape(words.customer.upper()), st["label"]),
                             Paragraph(escape(customer.name or "—"), st["body"])]  # fmt: skip
    if customer.address.strip():
        found.append(Paragraph(address_markup(customer.address), st["muted"]))
    rows = [
        (words.date, words.day(note.date)),
        (words.invoice, note.invoice_number),
        (words.invoice_date, words.day(invoice_date)),
        (words.project, project.name),
        (words.reason, note.reason or "—"),
    ]
    found.append(Spacer(1, 6))
    found.append(Table(
        [[Paragraph(escape(k), st["meta_label"]), Paragraph(escape(v), st["body"])]
         for k, v in rows],
        colWidths=[40 * mm, None], hAlign="LEFT",
        style=table_style(st["body"].fontName, [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
    ))  # fmt: skip
    return found


def _grid(regular: str, bold: str, rows: int) -> Any:
    return table_style(regular, [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, rows), [None, SHADE]),
    ])  # fmt: skip


def _returned(note: CreditNote, words: _Words, regular: str, bold: str) -> Table:
    rows: list[list[Any]] = [[words.source, words.reference, words.amount, words.again]]
    for part in note.returned:
        again = words.money(part.expired_again) if part.expired_again else "—"
        reference = part.reference if part.source in (Source.VOUCHER, Source.CREDIT) else "—"
        rows.append([words.sources[part.source.value], reference, words.money(part.amount),
                     again])  # fmt: skip
    if len(rows) == 1:
        rows.append(["—", "—", words.money(ZERO), "—"])
    return Table(rows, colWidths=[45 * mm, 55 * mm, 37 * mm, 37 * mm], repeatRows=1,
                 style=_grid(regular, bold, len(rows) - 1))  # fmt: skip


def _refund(note: CreditNote, words: _Words, regular: str, bold: str) -> Table:
    refund = note.refund
    rows = [
        [words.ht, words.money(refund.amount_ht)],
        [words.vat.format(rate=words.percent(note.vat_rate)), words.money(refund.vat)],
        [words.ttc, words.money(refund.amount_ttc)],
    ]
    style = table_style(regular, [
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONTNAME", (0, 2), (-1, 2), bold),
        ("LINEABOVE", (0, 2), (-1, 2), 0.8, RULE),
    ])  # fmt: skip
    return Table(rows, colWidths=[60 * mm, 40 * mm], hAlign="LEFT", style=style)
