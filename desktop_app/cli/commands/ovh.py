"""The real OVHcloud account (issue 11): `ovh fetch`, `ovh import`, `ovh reconcile`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize_ovh import fetch_json, import_json, reconcile_json
from desktop_app.cli.stdout import say
from desktop_app.cli.values import date_arg
from desktop_app.domain.ovh.compare import Difference
from desktop_app.services.ovh.fetching import fetch
from desktop_app.services.ovh.importing import import_dump, reconcile
from desktop_app.services.ovh.report import write_reconciliation_csv, write_reconciliation_pdf

registry = Registry()
registry.group("ovh", help="the real OVHcloud account: fetch, import, reconcile")


def _progress(done: int, known: int) -> bool:
    if sys.stderr.isatty():
        print(f"\rfetching: {done}/{known} requests", end="", file=sys.stderr, flush=True)
    return True


FETCH_ARGS = (
    arg("--output", type=Path, required=True),
    arg("--config", type=Path, help="an ovh.conf (default: the client's own search)"),
    arg("--from", dest="start", type=date_arg, help="bills from this day (YYYY-MM-DD)"),
    arg("--to", dest="end", type=date_arg, help="bills up to this day (YYYY-MM-DD)"),
)


@registry.command(
    "ovh", "fetch", help="write the account's API answers to a dump (read-only)", args=FETCH_ARGS
)
def fetch_(ctx: Context, args: argparse.Namespace) -> None:
    done = fetch(ctx.desk, args.output, ctx.today, config_file=args.config,
                 period=(args.start, args.end), progress=_progress)  # fmt: skip
    if sys.stderr.isatty():
        say("")
    ctx.out.emit(fetch_json(done), f"{done.path}: {done.projects} projects, {done.credits} "
                 f"credits ({done.requests} requests)")  # fmt: skip


def _lines(differences: list[Difference]) -> str:
    return "\n".join(
        f"  {d.project} {d.reference}: {d.field}: ledger {d.ledger or '-'}, OVHcloud {d.ovh or '-'}"
        for d in differences
    )


@registry.command("ovh", "import", help="bring in an OVHcloud dump: add what is missing",
                  args=(arg("file", type=Path),))  # fmt: skip
def import_(ctx: Context, args: argparse.Namespace) -> None:
    done = import_dump(ctx.desk, args.file)
    data = import_json(done)
    lots = data["lots"]
    text = (f"projects: {done.projects_added} added, {done.projects_matched} matched; lots: "
            f"{lots['added']} added, {lots['matched']} matched, {lots['differ']} differ; "
            f"consumption: {done.consumption_added} lines added")  # fmt: skip
    if done.differences:
        text += "\n" + _lines(done.differences)
    ctx.out.emit(data, text)


@registry.command("ovh", "reconcile", help="compare an OVHcloud dump with the ledger",
                  args=(arg("file", type=Path),
                        arg("--csv", type=Path, help="also write the comparison as CSV"),
                        arg("--pdf", type=Path, help="also write it as a PDF")))  # fmt: skip
def reconcile_(ctx: Context, args: argparse.Namespace) -> None:
    dump, found = reconcile(ctx.desk, args.file)
    if args.csv:
        write_reconciliation_csv(ctx.desk, found, args.csv)
    if args.pdf:
        write_reconciliation_pdf(ctx.desk, found, Path(args.file).name, args.pdf)
    differences = found.all_differences()
    text = (f"as of {found.day}: {len(found.matched)} matched, {len(found.missing_here)} "
            f"missing in the ledger, {len(found.missing_there)} missing at OVHcloud, "
            f"{found.differing} differ")  # fmt: skip
    if differences:
        text += "\n" + _lines(differences)
    ctx.out.emit(reconcile_json(found, dump), text)
