"""The invoice simulation PDF: who would pay what of an invoice, in the order applied.

Same look as the purchase order (DejaVu Sans embedded, the same inks and rules). Every piece
of text that comes from the ledger or the user (project, company, products, references, the
payment method's label) is XML-escaped before it reaches a ``Paragraph``: ReportLab reads
paragraph text as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.domain.model import Invoice, Party, Project, Source
from desktop_app.domain.money import ZERO
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.layout import (
    ACCENT,
    CREATOR,
    FRAME_WIDTH,
    GOOD,
    GOOD_BG,
    INK,
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

_AMOUNT_COL: float = 34 * mm
_CELL_PAD = 5
#: Up to this many rows the waterfall is one table, its header repeated on each page. Beyond
#: (an invoice paid by thousands of lots) it is cut in blocks of ``_BLOCK`` rows, each with its
#: header: ReportLab re-measures the rest of a table each time it splits it over a page, which
#: costs seconds on a table of thousands of rows, and blocks keep the layout linear.
_ONE_TABLE = 400
_BLOCK = 50

# The purchase order's inks (desktop_app.pdf.layout), and the simulation's own note.
_NOTE_BG = colors.HexColor("#FFF4D6")
_NOTE_INK = colors.HexColor("#8A5A00")
_POSTED, _POSTED_BG = GOOD, GOOD_BG

#: The waterfall's order (domain rule 6); the payment method comes last.
SOURCE_ORDER = (Source.VOUCHER, Source.CREDIT, Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)


@dataclass(frozen=True, slots=True)
class _Words(Language):
    title: str
    title_posted: str  # "{number}"
    project: str
    invoice_date: str
    simulated_on: str
    customer: str
    simulation_note: str  # "{date}"
    posted_note: str  # "{number}"
    lines_heading: str
    product: str
    amount: str
    total_ht: str
    waterfall_heading: str
    step: str
    paid_from: str
    reference: str
    lot: str
    expires_on: str
    subtotal: str  # "{source}"
    sources: Mapping[Source, str]
    payment_method: str
    no_payment_method: str
    nothing_from: str
    summary_heading: str
    taken_from: str  # "{source}"
    left_ht: str
    vat: str  # "{rate}"
    pays_ttc: str  # "{label}"
    rule_heading: str
    rule: str
    page: str  # "{page}"
    colon: str


_EN = _Words(
    locale="en_GB",
    lang="en-GB",
    title="Invoice simulation",
    title_posted="Invoice {number}",
    project="Project",
    invoice_date="Invoice date",
    simulated_on="Balances as of",
    customer="Customer",
    simulation_note=(
        "Simulation: nothing was written to the ledger. The amounts are those the waterfall "
        "would take with the balances of {date}."
    ),
    posted_note="Posted to the ledger as invoice {number}.",
    lines_heading="Invoice lines",
    product="Product",
    amount="Amount excl. VAT",
    total_ht="Total excl. VAT",
    waterfall_heading="Who pays what, in the order applied",
    step="#",
    paid_from="Paid from",
    reference="Reference",
    lot="Lot",
    expires_on="Expires on",
    subtotal="Subtotal: {source}",
    sources={
        Source.VOUCHER: "Vouchers",
        Source.CREDIT: "Purchased credit",
        Source.DIGITAL_LAUNCHPAD: "Digital LaunchPad account",
        Source.LOYALTY: "Loyalty account",
    },
    payment_method="Payment method",
    no_payment_method="(no payment method registered)",
    nothing_from="Nothing is taken from credit, vouchers or the accounts.",
    summary_heading="Split",
    taken_from="{source}",
    left_ht="Payment method, excl. VAT",
    vat="VAT {rate}",
    pays_ttc="Paid by {label}, incl. VAT",
    rule_heading="How the invoice is paid",
    rule=(
        "Vouchers pay first, the one expiring first going first; then purchased credit, "
        "soonest expiry first; then the Digital LaunchPad account, then the loyalty account. "
        "A lot restricted to some products pays only their lines. The default payment method "
        "pays the rest, with VAT added to what it pays. Credit and vouchers are amounts "
        "excluding VAT."
    ),
    page="Page {page}",
    colon=":",
)

_FR = _Words(
    locale="fr_FR",
    lang="fr-FR",
    title="Simulation de facture",
    title_posted="Facture {number}",
    project="Projet",
    invoice_date="Date de facture",
    simulated_on="Soldes au",
    customer="Client",
    simulation_note=(
        "Simulation\u00a0: rien n’a été enregistré dans le registre. Les montants sont ceux "
        "que la cascade prélèverait avec les soldes du {date}."
    ),
    posted_note="Enregistrée dans le registre comme facture {number}.",
    lines_heading="Lignes de la facture",
    product="Produit",
    amount="Montant HT",
    total_ht="Total HT",
    waterfall_heading="Qui paie quoi, dans l’ordre appliqué",
    step="N°",
    paid_from="Payé par",
    reference="Référence",
    lot="Lot",
    expires_on="Expire le",
    subtotal="Sous-total\u00a0: {source}",
    sources={
        Source.VOUCHER: "Vouchers",
        Source.CREDIT: "Crédit acheté",
        Source.DIGITAL_LAUNCHPAD: "Compte Digital LaunchPad",
        Source.LOYALTY: "Compte fidélité",
    },
    payment_method="Moyen de paiement",
    no_payment_method="(aucun moyen de paiement enregistré)",
    nothing_from="Rien n’est pris sur le crédit, les vouchers ni les comptes.",
    summary_heading="Répartition",
    taken_from="{source}",
    left_ht="Moyen de paiement, HT",
    vat="TVA {rate}",
    pays_ttc="Payé par {label}, TTC",
    rule_heading="Comment la facture est payée",
    rule=(
        "Les vouchers paient d’abord, celui qui expire le premier en premier\u00a0; puis le "
        "crédit acheté, l’expiration la plus proche d’abord\u00a0; puis le compte Digital "
        "LaunchPad, puis le compte fidélité. Un lot réservé à certains produits ne paie que "
        "leurs lignes. Le moyen de paiement par défaut paie le reste, TVA ajoutée à ce qu’il "
        "paie. Crédit et vouchers sont des montants hors taxes."
    ),
    page="Page {page}",
    colon="\u00a0:",
)


def _words(language: str) -> _Words:
    return in_language(language, en=_EN, fr=_FR)


@dataclass(frozen=True, slots=True)
class _Styles:
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


def _styles(regular: str, bold: str) -> _Styles:
    shared = letterhead_styles(regular, bold)
    body = shared["body"]
    return _Styles(
        **shared,
        customer=ParagraphStyle(
            "customer", parent=body, fontName=bold, fontSize=13, leading=17, textColor=ACCENT
        ),
        heading=heading_style(body, bold, space_before=4, space_after=4),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=bold, fontSize=9, leading=11.5),
        note=ParagraphStyle("note", parent=body, fontSize=9, leading=12),
    )


# -- the blocks ---------------------------------------------------------------------------------


def _header(
    invoice: Invoice,
    project: Project,
    customer: Party,
    simulated_on: date,
    words: _Words,
    st: _Styles,
) -> list[Flowable]:
    left: list[Flowable] = [
        Paragraph(escape(words.customer.upper()), st.label),
        Paragraph(escape(customer.name), st.customer),
    ]
    if customer.address.strip():
        left.append(Paragraph(address_markup(customer.address), st.muted))
    title = words.title_posted.format(number=invoice.number) if invoice.number else words.title
    meta_rows = [
        (words.project, escape(project.name)),
        (words.invoice_date, escape(words.day(invoice.date))),
        (words.simulated_on, escape(words.day(simulated_on))),
    ]
    meta = Table(
        [
            [Paragraph(escape(label), st.meta_label), Paragraph(value, st.meta_value)]
            for label, value in meta_rows
        ],
        colWidths=[30 * mm, 62 * mm],
        hAlign="RIGHT",
        style=table_style(st.body.fontName, flush_cells(1, 1)),
    )
    right: list[Flowable] = [Paragraph(escape(title.upper()), st.title), Spacer(1, 4), meta]
    header = Table(
        [[left, right]],
        colWidths=[FRAME_WIDTH - 92 * mm, 92 * mm],
        style=table_style(
            st.body.fontName, [*flush_cells(0, 0), ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)]
        ),
    )
    return [header, header_rule(8, 10)]


def _note(invoice: Invoice, simulated_on: date, words: _Words, st: _Styles) -> Table:
    if invoice.number:
        text, ink, shade = words.posted_note.format(number=invoice.number), _POSTED, _POSTED_BG
    else:
        text = words.simulation_note.format(date=words.day(simulated_on))
        ink, shade = _NOTE_INK, _NOTE_BG
    style = ParagraphStyle("note_ink", parent=st.note, textColor=ink)
    note = Paragraph(escape(text), style)
    return boxed(note, ink=ink, shade=shade, font=st.body.fontName, thickness=0.8, space_after=12)


def _grid(st: _Styles, extra: list[tuple[Any, ...]] | None = None) -> TableStyle:
    return table_style(
        st.body.fontName,
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), st.cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *(extra or []),
        ],
    )


def _lines(invoice: Invoice, words: _Words, st: _Styles, amount_col: float) -> list[Flowable]:
    # Amounts are plain strings (never wrapped: French groups thousands with a narrow
    # no-break space, which ReportLab's paragraphs would break on).
    rows: list[list[Any]] = [
        [
            Paragraph(escape(words.product), st.cell_head),
            Paragraph(escape(words.amount), st.cell_head_right),
        ]
    ]
    rows += [
        [Paragraph(escape(line.product), st.cell), words.money(line.amount)]
        for line in invoice.lines
    ]
    rows.append([Paragraph(escape(words.total_ht), st.cell_bold), words.money(invoice.total_ht)])
    last = len(rows) - 1
    table = Table(
        rows,
        colWidths=[FRAME_WIDTH - amount_col, amount_col],
        repeatRows=1,
        style=_grid(
            st,
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (1, last), (1, last), st.cell_bold.fontName),
                ("LINEABOVE", (0, last), (-1, last), 1.0, ACCENT),
            ],
        ),
        spaceAfter=12,
    )
    return [Paragraph(escape(words.lines_heading), st.heading), table]


def _waterfall(
    invoice: Invoice,
    expiries: Mapping[int, date],
    words: _Words,
    st: _Styles,
    amount_col: float,
) -> list[Flowable]:
    """Source by source, lot by lot, in the order applied; a subtotal per source."""
    widths = [10 * mm, 46 * mm, 0.0, 14 * mm, 25 * mm, amount_col]
    widths[2] = FRAME_WIDTH - sum(widths)
    head = [
        Paragraph(escape(words.step), st.cell_head),
        Paragraph(escape(words.paid_from), st.cell_head),
        Paragraph(escape(words.reference), st.cell_head),
        Paragraph(escape(words.lot), st.cell_head_right),
        Paragraph(escape(words.expires_on), st.cell_head),
        Paragraph(escape(words.amount), st.cell_head_right),
    ]
    rows: list[list[Any]] = []
    subtotal_rows: list[int] = []
    step = 0
    for source in SOURCE_ORDER:
        taken = [a for a in invoice.allocations if a.source is source]
        if not taken:
            continue
        name = words.sources[source]
        for allocation in taken:
            step += 1
            expiry = expiries.get(allocation.lot_id) if allocation.lot_id is not None else None
            # An account's reference is its own name: the "paid from" column already says it.
            reference = allocation.reference if allocation.lot_id is not None else ""
            rows.append(
                [
                    str(step),
                    name,
                    reference,
                    str(allocation.lot_id or ""),
                    words.day(expiry, "short") if expiry else "",
                    words.money(allocation.amount),
                ]
            )
        if len(taken) > 1:
            subtotal = sum((a.amount for a in taken), ZERO)
            label = words.subtotal.format(source=name)
            rows.append(
                ["", Paragraph(escape(label), st.cell_bold), "", "", "", words.money(subtotal)]
            )
            subtotal_rows.append(len(rows) - 1)
    payment = invoice.payment
    label = payment.label or words.no_payment_method
    step += 1
    rows.append(
        [
            str(step),
            Paragraph(escape(words.payment_method), st.cell_bold),
            Paragraph(escape(label), st.cell_bold),
            "",
            "",
            words.money(payment.amount_ht),
        ]
    )
    flowables: list[Flowable] = [Paragraph(escape(words.waterfall_heading), st.heading)]
    if not invoice.allocations:
        flowables.append(Paragraph(escape(words.nothing_from), st.muted))
        flowables.append(Spacer(1, 4))
    size = len(rows) if len(rows) <= _ONE_TABLE else _BLOCK
    for start in range(0, len(rows), size):
        block = rows[start : start + size]
        extra: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("ALIGN", (5, 0), (5, -1), "RIGHT"),
        ]
        for row in subtotal_rows:
            if start <= row < start + len(block):
                at = row - start + 1
                extra += [
                    ("SPAN", (1, at), (4, at)),
                    ("BACKGROUND", (0, at), (-1, at), SHADE),
                    ("FONTNAME", (5, at), (5, at), st.cell_bold.fontName),
                ]
        if start + size >= len(rows):  # the payment method's row, last
            extra += [
                ("FONTNAME", (0, -1), (-1, -1), st.cell_bold.fontName),
                ("LINEABOVE", (0, -1), (-1, -1), 1.0, ACCENT),
            ]
        data = [head, *block]
        flowables.append(Table(data, colWidths=widths, repeatRows=1, style=_grid(st, extra)))
    flowables.append(Spacer(1, 12))
    return flowables


def _summary(invoice: Invoice, words: _Words, st: _Styles, amount_col: float) -> list[Flowable]:
    """The split source by source, then what the payment method pays (HT, VAT, TTC)."""
    rows: list[list[str]] = []
    for source in SOURCE_ORDER:
        taken = sum((a.amount for a in invoice.allocations if a.source is source), ZERO)
        if taken:
            rows.append([words.taken_from.format(source=words.sources[source]), words.money(taken)])
    payment = invoice.payment
    label = payment.label or words.payment_method
    rows += [
        [words.left_ht, words.money(payment.amount_ht)],
        [words.vat.format(rate=words.percent(invoice.vat_rate)), words.money(payment.vat)],
        [words.pays_ttc.format(label=label), words.money(payment.amount_ttc)],
    ]
    label_col = 80 * mm
    # A long payment label wraps in its cell rather than pushing the amounts off the page.
    cells: list[list[Any]] = [[Paragraph(escape(text), st.cell), amount] for text, amount in rows]
    cells[-1][0] = Paragraph(escape(rows[-1][0]), st.cell_bold)
    table = Table(
        cells,
        colWidths=[label_col, amount_col],
        hAlign="RIGHT",
        style=table_style(
            st.body.fontName,
            [
                ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("FONTNAME", (1, -1), (1, -1), st.cell_bold.fontName),
                ("FONTSIZE", (1, -1), (1, -1), 11),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT),
                ("TOPPADDING", (0, -1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ],
        ),
        spaceAfter=16,
    )
    return [
        KeepTogether(
            [
                Paragraph(escape(words.summary_heading), st.heading),
                table,
            ]
        )
    ]


def _rule_text(words: _Words, st: _Styles) -> list[Flowable]:
    return [fine_print(words.rule_heading, words.rule, st.label, st.fine_print)]


def _amount_width(invoice: Invoice, words: _Words, bold: str) -> float:
    """The amount column: wide enough for the largest figure in bold, on one line."""
    widest = max(
        [invoice.total_ht, invoice.payment.amount_ttc, *(a.amount for a in invoice.allocations)]
    )
    width = float(stringWidth(words.money(widest), bold, 11))
    return max(_AMOUNT_COL, width + 2 * _CELL_PAD + 2)


def _page_footer(
    title: str, project: Project, words: _Words, regular: str
) -> Callable[[Any, Any], None]:
    left = f"{CREATOR} · {words.project} {project.name}"

    def draw(canvas: Any, doc: Any) -> None:
        draw_footer(canvas, regular, left, f"{title} — {words.page.format(page=doc.page)}")

    return draw


def _story(
    invoice: Invoice,
    project: Project,
    customer: Party,
    expiries: Mapping[int, date],
    simulated_on: date,
    words: _Words,
    st: _Styles,
    bold: str,
) -> Sequence[Flowable]:
    amount_col = _amount_width(invoice, words, bold)
    story: list[Flowable] = _header(invoice, project, customer, simulated_on, words, st)
    story.append(_note(invoice, simulated_on, words, st))
    story.extend(_lines(invoice, words, st, amount_col))
    story.extend(_waterfall(invoice, expiries, words, st, amount_col))
    story.extend(_summary(invoice, words, st, amount_col))
    story.extend(_rule_text(words, st))
    return story


def render_invoice_simulation(
    invoice: Invoice,
    project: Project,
    customer: Party,
    expiries: Mapping[int, date],
    simulated_on: date,
    language: str,
) -> bytes:
    """The simulation (or the breakdown of a posted invoice) as PDF bytes
    (``services.documents.write_simulation_pdf`` writes them).

    ``expiries``: each paying lot's expiry date, by lot id. ``simulated_on``: the date whose
    balances the waterfall used. ``language`` is ``fr`` or ``en`` (anything else: English).
    """
    fonts = register_fonts()
    words = _words(language)
    st = _styles(fonts.regular, fonts.bold)
    title = words.title_posted.format(number=invoice.number) if invoice.number else words.title
    subject = f"{title} — {words.project} {project.name} — {words.day(invoice.date)}"

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out,
            title=f"{title} — {project.name}",
            author=customer.name,
            subject=subject,
            lang=words.lang,
            font=fonts.regular,
            on_page=_page_footer(title, project, words, fonts.regular),
        )
        story = _story(invoice, project, customer, expiries, simulated_on, words, st, fonts.bold)
        doc.build(list(story))

    return render(build)
