"""Closing the books (issue 10): `report rollforward`, `journal export`, `invoice list|show|
pdf|reverse`, `credit-note show|pdf`, `account launchpad|loyalty reverse`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import (
    credit_note_json,
    invoice_summary_json,
    journal_json,
    path_json,
    posted_invoice_json,
    rollforward_json,
)
from desktop_app.cli.values import MAX_ID, bounded_int, choice, date_arg
from desktop_app.domain.model import Account
from desktop_app.services.books import JOURNAL_FORMATS as FORMATS

if TYPE_CHECKING:
    from desktop_app.domain.books.creditnote import CreditNote, TopUpReversal

# The exports, the PDFs, the roll-forward and the reversals (with the books' types and chart)
# are imported by their commands: `invoice simulate` loads this area too (the `invoice`
# word), and must not pay for them (issue 12).

registry = Registry()
registry.group("report", help="reports: the roll-forward of a period")
registry.group("journal", help="the journal of a period for the general ledger")
registry.group("credit-note", help="credit notes")

PERIOD = (arg("--from", dest="start", type=date_arg, required=True),
          arg("--to", dest="end", type=date_arg, required=True))  # fmt: skip


@registry.command("report", "rollforward", help="opening, bought, used, expired, closing",
                  args=(*PERIOD, arg("--project")))  # fmt: skip
def rollforward(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books.rollforward import roll_forward_report

    found = roll_forward_report(ctx.desk, args.start, args.end, args.project)
    ctx.out.emit(rollforward_json(found), lambda: render.rollforward_text(found))


@registry.command(
    "journal",
    "export",
    help="the period's entries as FEC or beancount",
    args=(
        *PERIOD,
        arg("--format", dest="fmt", required=True, type=choice(FORMATS, "journal.format_unknown",
            "format"), metavar="{" + ",".join(FORMATS) + "}"),
        arg("--output", type=Path, required=True),
    ),
)  # fmt: skip
def journal(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books.journal import export_journal

    done = export_journal(ctx.desk, args.start, args.end, args.fmt, args.output)
    ctx.out.emit(journal_json(done), render.journal_text(done))


@registry.command("invoice", "list", help="posted invoices", args=(
    arg("--project"), arg("--from", dest="start", type=date_arg),
    arg("--to", dest="end", type=date_arg)))  # fmt: skip
def invoice_list(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books import reversal

    found = reversal.list_invoices(ctx.desk, args.project, args.start, args.end)
    ctx.out.stream(
        found,
        lambda pair: invoice_summary_json(pair[0], ctx.project_name(pair[0].project_id), pair[1]),
        lambda pair: render.invoice_summary_line(
            pair[0], ctx.project_name(pair[0].project_id), pair[1]
        ),
    )


@registry.command("invoice", "show", help="one posted invoice", args=(arg("number"),))
def invoice_show(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books import reversal

    invoice, reversed_by = reversal.get_invoice(ctx.desk, args.number)
    name = ctx.project_name(invoice.project_id)
    ctx.out.emit(posted_invoice_json(invoice, name, reversed_by), render.invoice_text(invoice))


@registry.command("invoice", "pdf", help="the posted invoice's statement",
                  args=(arg("number"), arg("--output", type=Path)))  # fmt: skip
def invoice_pdf(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books import documents

    path = documents.write_invoice_pdf(ctx.desk, args.number, args.output)
    ctx.out.emit(path_json(path), str(path))


@registry.command(
    "invoice",
    "reverse",
    help="a credit note reversing a posted invoice, whole",
    args=(arg("number"), arg("--date", type=date_arg), arg("--reason", default="")),
)
def invoice_reverse(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books import reversal

    note = reversal.reverse_invoice(ctx.desk, args.number, args.date, args.reason)
    _emit_note(ctx, note)


@registry.command("credit-note", "show", args=(arg("number"),))
def credit_note_show(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books import reversal

    _emit_note(ctx, reversal.get_credit_note(ctx.desk, args.number))


@registry.command("credit-note", "pdf", args=(arg("number"), arg("--output", type=Path)))
def credit_note_pdf(ctx: Context, args: argparse.Namespace) -> None:
    from desktop_app.services.books import documents

    path = documents.write_credit_note_pdf(ctx.desk, args.number, args.output)
    ctx.out.emit(path_json(path), str(path))


def _emit_note(ctx: Context, note: CreditNote | TopUpReversal) -> None:
    from desktop_app.domain.books.creditnote import CreditNote

    name = ctx.project_name(note.project_id) if isinstance(note, CreditNote) else ""
    ctx.out.emit(credit_note_json(note, name), lambda: render.credit_note_text(note))


def _reverse_top_up(account: Account, name: str) -> None:
    @registry.command(
        "account",
        name,
        "reverse",
        help="reverse an unused top-up (its movement id) by a credit note",
        args=(arg("movement", type=bounded_int(1, MAX_ID)), arg("--date", type=date_arg),
              arg("--reason", default="")),
    )  # fmt: skip
    def reverse(ctx: Context, args: argparse.Namespace) -> None:
        from desktop_app.services.books import reversal

        done = reversal.reverse_top_up(ctx.desk, account, args.movement, args.date, args.reason)
        _emit_note(ctx, done)


_reverse_top_up(Account.DIGITAL_LAUNCHPAD, "launchpad")
_reverse_top_up(Account.LOYALTY, "loyalty")
