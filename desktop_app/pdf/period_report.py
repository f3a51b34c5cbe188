"""The period report: the roll-forward of a period (rule 15), for an auditor.

What an auditor looks for on it: whose books (the company, its SIREN), which ledger, which
period, when it was made; per project and per account-level balance, then in total, the
opening balance, what came in (bought, redeemed, returned by credit notes), what went out
(used, expired) and the closing balance; the identity checked to the cent; and "page N of
M" on every page. Text from the ledger (project and company names) is XML-escaped before it
reaches a ``Paragraph``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.books.rollforward import COLUMNS, Figures, RollForward
from desktop_app.domain.model import Party
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.layout import (
    RULE,
    SHADE,
    Language,
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
    title: str
    company: str
    siren: str
    ledger: str
    period: str
    made_on: str
    columns: tuple[str, ...]
    project: str
    accounts: Mapping[str, str]
    total: str
    purchased: str
    identity_ok: str
    identity_wrong: str
    about: str
    about_text: str
    page: str  # {page} {pages}
    no_company: str


_EN = _Words(
    locale="en_GB", lang="en-GB", title="Period report: prepaid cloud credit",
    company="Company", siren="SIREN", ledger="Ledger", period="Period",
    made_on="Made on", columns=("Opening", "Bought", "Redeemed", "Returned", "Used",
                                "Expired", "Closing"),
    project="Project", accounts={"digital_launchpad": "Digital LaunchPad (account)",
                                 "loyalty": "Loyalty (account)"},
    total="Total", purchased="of which purchased credit",
    identity_ok="Checked to the cent, on every row: opening + bought + redeemed + returned "
                "- used - expired = closing.",
    identity_wrong="The identity does not hold on every row: check the ledger.",
    about="How to read it",
    about_text="Opening is the balance at the start of the first day, closing at the end of "
               "the last; closing is what the credits & vouchers table shows available that "
               "day. Bought: orders paid. Redeemed: vouchers and account top-ups. Returned: "
               "given back by credit notes. Used: taken by invoices. Expired: lost at expiry, "
               "recorded or due. Only purchased credit has a value in the books (the prepaid "
               "account of the journal); vouchers and the accounts are discounts.",
    page="page {page} of {pages}", no_company="(company not set)",
)  # fmt: skip
_FR = _Words(
    locale="fr_FR", lang="fr-FR", title="Rapport de période : crédit cloud prépayé",
    company="Société", siren="SIREN", ledger="Registre", period="Période",
    made_on="Établi le", columns=("Ouverture", "Acheté", "Offert", "Rendu", "Utilisé",
                                  "Expiré", "Clôture"),
    project="Projet", accounts={"digital_launchpad": "Digital LaunchPad (compte)",
                                "loyalty": "Fidélité (compte)"},
    total="Total", purchased="dont crédit acheté",
    identity_ok="Vérifié au centime, sur chaque ligne : ouverture + acheté + offert + rendu "
                "- utilisé - expiré = clôture.",
    identity_wrong="L'égalité n'est pas vérifiée sur chaque ligne : vérifiez le registre.",
    about="Lecture",
    about_text="L'ouverture est le solde au début du premier jour, la clôture à la fin du "
               "dernier ; la clôture est le disponible du tableau crédits et vouchers ce "
               "jour-là. Acheté : bons de commande payés. Offert : vouchers ajoutés et "
               "approvisionnements des comptes. Rendu : rendu par des avoirs. Utilisé : pris "
               "par les factures. Expiré : perdu à l'expiration, enregistré ou dû. Seul le "
               "crédit acheté a une valeur comptable (le compte d'avances du journal) ; les "
               "vouchers et les comptes sont des remises.",
    page="page {page} sur {pages}", no_company="(société non renseignée)",
)  # fmt: skip


def render_period_report(
    report: RollForward,
    names: Mapping[int, str],
    company: Party,
    ledger: str,
    made_on: date,
    language: str,
) -> bytes:
    """The report as PDF bytes (``services.books.documents`` writes them)."""
    fonts = register_fonts()
    words = in_language(language, en=_EN, fr=_FR)
    st = letterhead_styles(fonts.regular, fonts.bold)
    span = f"{words.day(report.period.start)} – {words.day(report.period.end)}"
    who = company.name or words.no_company

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        left = f"{words.title} — {who} — {span}"
        draw_footer(canvas, fonts.regular, left, words.page.format(page=page, pages=pages))

    def build(out: BinaryIO) -> None:
        doc = new_document(
            out, title=f"{words.title} — {span}", author=company.name, subject=f"{who} — {span}",
            lang=words.lang, font=fonts.regular, on_page=lambda canvas, doc: None,
        )  # fmt: skip
        story: list[Flowable] = [
            Paragraph(escape(words.title), st["title"]),
            header_rule(6, 8),
            _meta(words, st, who, company.siren, ledger, span, made_on),
            Spacer(1, 8),
            _table(report, names, words, fonts.regular, fonts.bold),
            Spacer(1, 6),
            Paragraph(escape(_identity(report, words)), st["small"]),
            Spacer(1, 10),
            fine_print(words.about, words.about_text, st["label"], st["fine_print"]),
        ]
        doc.build(story, canvasmaker=numbered_canvas(footer))

    return render(build)


def _meta(
    words: _Words, st: Any, who: str, siren: str, ledger: str, span: str, made_on: date
) -> Table:
    rows = [
        (words.company, who),
        (words.siren, siren or "—"),
        (words.ledger, ledger),
        (words.period, span),
        (words.made_on, words.day(made_on)),
    ]
    return Table(
        [[Paragraph(escape(k), st["meta_label"]), Paragraph(escape(v), st["body"])]
         for k, v in rows],
        colWidths=[30 * mm, None], hAlign="LEFT",
        style=table_style(st["body"].fontName, [("TOPPADDING", (0, 0), (-1, -1), 1),
                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )  # fmt: skip


def _cells(figures: Figures, words: _Words) -> list[str]:
    return [words.money(getattr(figures, name)) for name in COLUMNS]


def _table(
    report: RollForward, names: Mapping[int, str], words: _Words, regular: str, bold: str
) -> Table:
    rows: list[Sequence[Any]] = [[words.project, *words.columns]]
    for row in report.rows:
        label = (words.accounts[row.account.value] if row.account
                 else names.get(row.project_id or 0, str(row.project_id)))  # fmt: skip
        rows.append([_fit(label), *_cells(row.figures, words)])
    rows.append([words.total, *_cells(report.total, words)])
    rows.append([_fit(words.purchased), *_cells(report.purchased, words)])
    last = len(rows) - 1
    size = 7 if len(COLUMNS) > 6 else 8
    style = table_style(regular, [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTNAME", (0, last - 1), (-1, last - 1), bold),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEABOVE", (0, last - 1), (-1, last - 1), 0.8, RULE),
        ("BACKGROUND", (0, last - 1), (-1, last - 1), SHADE),
        ("ROWBACKGROUNDS", (0, 1), (-1, last - 2), [None, SHADE]),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ])  # fmt: skip
    widths = [34 * mm] + [20 * mm] * len(COLUMNS)
    return Table(rows, colWidths=widths, repeatRows=1, style=style)


def _fit(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _identity(report: RollForward, words: _Words) -> str:
    rows = [row.figures for row in report.rows] + [report.total]
    return words.identity_ok if all(f.rolled == f.closing for f in rows) else words.identity_wrong
