"""The simulation put together: its pages' footer, the order of its parts, the PDF's bytes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, BinaryIO

from reportlab.platypus import Flowable

from desktop_app.domain.model import Invoice, Party, Project
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.invoice_simulation.blocks import header, note, rule_text
from desktop_app.pdf.invoice_simulation.styles import Styles, make_styles
from desktop_app.pdf.invoice_simulation.tables import amount_width, lines, summary, waterfall
from desktop_app.pdf.invoice_simulation.words import Words, words_in
from desktop_app.pdf.layout import CREATOR, draw_footer, new_document, render


def _page_footer(
    title: str, project: Project, words: Words, regular: str
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
    words: Words,
    st: Styles,
    bold: str,
) -> Sequence[Flowable]:
    amount_col = amount_width(invoice, words, bold)
    story: list[Flowable] = header(invoice, project, customer, simulated_on, words, st)
    story.append(note(invoice, simulated_on, words, st))
    story.extend(lines(invoice, words, st, amount_col))
    story.extend(waterfall(invoice, expiries, words, st, amount_col))
    story.extend(summary(invoice, words, st, amount_col))
    story.extend(rule_text(words, st))
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
    words = words_in(language)
    st = make_styles(fonts.regular, fonts.bold)
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
