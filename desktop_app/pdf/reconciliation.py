"""The reconciliation with OVHcloud (issue 11): the ledger beside the account's own answers,
for an accountant to tick. What differs first (field by field), then the lots on one side
only, then the lots that match. Text from the ledger and from the dump (project names,
references, a voucher code) is XML-escaped before it reaches a ``Paragraph``; DejaVu Sans
is embedded, so any name prints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.ovh.compare import Row
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.layout import (
    RULE,
    SHADE,
    Language,
    draw_footer,
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
    title: str
    ledger: str
    dump: str
    as_of: str
    made_on: str
    columns: tuple[str, ...]
    statuses: Mapping[str, str]
    fields: Mapping[str, str]
    summary: str  # {matched} {differs} {here} {there}
    page: str


_EN = _Words(
    locale="en_GB", lang="en-GB", title="Reconciliation with OVHcloud", ledger="Ledger",
    dump="OVHcloud dump", as_of="As of", made_on="Made on",
    columns=("Status", "Project", "Reference", "Field", "Ledger", "OVHcloud"),
    statuses={"differs": "differs", "missing_in_ledger": "missing in the ledger",
              "missing_at_ovh": "missing at OVHcloud", "matched": "matched"},
    fields={"kind": "kind", "total": "total", "used": "used", "available": "available",
            "valid_from": "valid from", "expires_on": "expires on", "products": "products",
            "name": "project name", "": ""},
    summary="{matched} lots match, {differs} differ; {here} missing in the ledger, {there} "
            "missing at OVHcloud.",
    page="page {page} of {pages}",
)  # fmt: skip
_FR = _Words(
    locale="fr_FR", lang="fr-FR", title="Rapprochement avec OVHcloud", ledger="Registre",
    dump="Export OVHcloud", as_of="Au", made_on="Établi le",
    columns=("État", "Projet", "Référence", "Champ", "Registre", "OVHcloud"),
    statuses={"differs": "diffère", "missing_in_ledger": "absent du registre",
              "missing_at_ovh": "absent chez OVHcloud", "matched": "concorde"},
    fields={"kind": "type", "total": "total", "used": "utilisé", "available": "disponible",
            "valid_from": "valide dès", "expires_on": "expire le", "products": "produits",
            "name": "nom du projet", "": ""},
    summary="{matched} lots concordent, {differs} diffèrent ; {here} absents du registre, "
            "{there} absents chez OVHcloud.",
    page="page {page} sur {pages}",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sheet:
    """What the document shows: the rows, the counts, where they come from."""

    rows: Sequence[Row]
    counts: Mapping[str, int]  # matched, differs, here, there
    ledger: str
    dump: str
    as_of: date
    made_on: date


def render_reconciliation(sheet: Sheet, language: str) -> bytes:
    fonts = register_fonts()
    words = in_language(language, en=_EN, fr=_FR)
    st = letterhead_styles(fonts.regular, fonts.bold)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        left = f"{words.title} — {sheet.ledger} — {words.day(sheet.as_of)}"
        draw_footer(canvas, fonts.regular, left, words.page.format(page=page, pages=pages))

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out, title=words.title, author="", subject=f"{sheet.ledger} — {sheet.dump}",
            lang=words.lang, font=fonts.regular, on_page=lambda canvas, doc: None,
        )  # fmt: skip
        story: list[Flowable] = [
            Paragraph(escape(words.title), st["title"]),
            header_rule(6, 8),
            _meta(sheet, words, st),
            Spacer(1, 6),
            Paragraph(escape(words.summary.format(**sheet.counts)), st["body"]),
            Spacer(1, 8),
            _table(sheet.rows, words, st),
        ]
        doc.build(story, canvasmaker=numbered_canvas(footer))

    return render(build)


def _meta(sheet: Sheet, words: _Words, st: Any) -> Table:
    rows = [
        (words.ledger, sheet.ledger),
        (words.dump, sheet.dump),
        (words.as_of, words.day(sheet.as_of)),
        (words.made_on, words.day(sheet.made_on)),
    ]
    return Table(
        [[Paragraph(escape(k), st["meta_label"]), Paragraph(escape(v), st["body"])]
         for k, v in rows],
        colWidths=[30 * mm, None], hAlign="LEFT",
        style=table_style(st["body"].fontName, [("TOPPADDING", (0, 0), (-1, -1), 1),
                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )  # fmt: skip


def _cell(text: str | None, style: Any) -> Paragraph:
    return Paragraph(escape(text if text is not None else "—"), style)


def _table(rows: Sequence[Row], words: _Words, st: Any) -> Table:
    small = st["small"]
    data: list[list[Any]] = [[Paragraph(escape(c), st["cell_head"]) for c in words.columns]]
    for row in rows:
        data.append([
            _cell(words.statuses.get(row.status, row.status), small),
            _cell(row.project, small),
            _cell(row.reference, small),
            _cell(words.fields.get(row.field, row.field), small),
            _cell(row.ledger, small),
            _cell(row.ovh, small),
        ])  # fmt: skip
    style = table_style(small.fontName, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, SHADE]),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ])  # fmt: skip
    widths = [28 * mm, 32 * mm, 38 * mm, 22 * mm, 28 * mm, 28 * mm]
    return Table(data, colWidths=widths, repeatRows=1, style=style)
