"""The simulation's blocks of text: the header, the note (simulated or posted), the rule."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.model import Invoice, Party, Project
from desktop_app.pdf.invoice_simulation.styles import NOTE_BG, NOTE_INK, POSTED, POSTED_BG, Styles
from desktop_app.pdf.invoice_simulation.words import Words
from desktop_app.pdf.layout import (
    FRAME_WIDTH,
    address_markup,
    boxed,
    fine_print,
    flush_cells,
    header_rule,
    table_style,
)


def header(
    invoice: Invoice,
    project: Project,
    customer: Party,
    simulated_on: date,
    words: Words,
    st: Styles,
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


def note(invoice: Invoice, simulated_on: date, words: Words, st: Styles) -> Table:
    if invoice.number:
        text, ink, shade = words.posted_note.format(number=invoice.number), POSTED, POSTED_BG
    else:
        text = words.simulation_note.format(date=words.day(simulated_on))
        ink, shade = NOTE_INK, NOTE_BG
    style = ParagraphStyle("note_ink", parent=st.note, textColor=ink)
    note = Paragraph(escape(text), style)
    return boxed(note, ink=ink, shade=shade, font=st.body.fontName, thickness=0.8, space_after=12)


def rule_text(words: Words, st: Styles) -> list[Flowable]:
    return [fine_print(words.rule_heading, words.rule, st.label, st.fine_print)]
