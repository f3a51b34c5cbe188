"""`cloud-credit`: the command line over the services (contract: shared/spec/cli.md).

Exit 0: done. Exit 1: refused by a rule or bad input, a bad option value included (one
`error:` line, nothing changed). Exit 2: wrong usage (unknown command or option, a required
option missing). A command whose write committed never exits 1 afterwards (``run_command``).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.cli.serialize import (
    advice_json,
    forecast_json,
    invoice_json,
    lot_json,
    movement_json,
    order_json,
)
from desktop_app.cli.stdout import Output, OutputFailed, flush, say, silence_stdout, to_json, write
from desktop_app.cli.values import (
    MAX_DAYS,
    MAX_ID,
    Invalid,
    bounded_int,
    choice,
    date_arg,
    refuse_invalid,
)
from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import Advice, Forecast
from desktop_app.domain.model import Account, OrderStatus, PaymentType, Source
from desktop_app.domain.money import ZERO, fmt, parse_signed_percent
from desktop_app.services import accounts, integrity, invoices, listing, orders, projects, vouchers
from desktop_app.services import forecast as forecast_service
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import (
    Desk,
    default_ledger_path,
    demo_ledger_path,
    environment_language,
)
from desktop_app.services.expiry import expire
from desktop_app.services.integrity import check
from desktop_app.services.messages import describe, describe_problem

GuiRunner = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cloud-credit",
        description="Public Cloud credit, vouchers, purchase orders and invoice simulation.",
    )
    parser.add_argument("--db", type=Path, help="the ledger file (env CLOUD_CREDIT_DB)")
    parser.add_argument("--today", type=date_arg, help="the date taken as today (YYYY-MM-DD)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("project", help="projects").add_subparsers(dest="action", required=True)
    a = p.add_parser("add", help="new project")
    a.add_argument("name")
    a.add_argument("--description", default="")
    p.add_parser("list", help="projects with their available total").add_argument(
        "--archived", action="store_true", help="include archived projects"
    )
    a = p.add_parser("rename", help="rename a project")
    a.add_argument("project")
    a.add_argument("name")
    a = p.add_parser("archive", help="hide a project (its history stays)")
    a.add_argument("project")
    a.add_argument("--undo", action="store_true")

    v = sub.add_parser("voucher", help="vouchers").add_subparsers(dest="action", required=True)
    a = v.add_parser("issue", help="create redeemable codes in this ledger's catalogue")
    a.add_argument("--amount", required=True)
    a.add_argument("--expires-on", type=date_arg, required=True)
    a.add_argument("--valid-from", type=date_arg)
    a.add_argument("--products", default="")
    a.add_argument("--count", type=bounded_int(1, vouchers.MAX_ISSUE), default=1)
    a.add_argument("--campaign", default="")
    v.add_parser("import", help="add codes from CSV").add_argument("file", type=Path)
    a = v.add_parser("redeem", help="add a voucher to a project")
    a.add_argument("code")
    a.add_argument("--project", required=True)

    c = sub.add_parser("credit", help="credit").add_subparsers(dest="action", required=True)
    a = c.add_parser("buy", help="a pending purchase order and its PDF")
    a.add_argument("--project", required=True)
    a.add_argument("--amount", required=True, help="euros excluding tax (HT)")
    a = c.add_parser("list", help="the credits & vouchers table")
    a.add_argument("--project", required=True)
    a.add_argument("--all", action="store_true", help="keep exhausted and expired lots")
    for verb in ("transfer", "refund"):
        c.add_parser(verb, help=f"not possible: explains why ({verb})").add_argument(
            "rest", nargs="*"
        )

    o = sub.add_parser("order", help="purchase orders").add_subparsers(dest="action", required=True)
    a = o.add_parser("list")
    a.add_argument("--project")
    statuses = [s.value for s in OrderStatus]
    a.add_argument("--status", type=choice(statuses, "order.status_unknown", "status"),
                   metavar="{" + ",".join(statuses) + "}")  # fmt: skip
    a = o.add_parser("pay")
    a.add_argument("number")
    a.add_argument("--date", type=date_arg)
    o.add_parser("cancel").add_argument("number")
    a = o.add_parser("pdf")
    a.add_argument("number")
    a.add_argument("--output", type=Path)

    ac = sub.add_parser("account", help="account-level balances").add_subparsers(
        dest="action", required=True
    )
    ac.add_parser("show")
    for name in ("launchpad", "loyalty"):
        sub_account = ac.add_parser(name).add_subparsers(dest="verb", required=True)
        sub_account.add_parser("add").add_argument("amount")

    pm = sub.add_parser("payment-method", help="payment methods").add_subparsers(
        dest="action", required=True
    )
    a = pm.add_parser("add")
    types = [t.value for t in PaymentType]
    a.add_argument("--type", required=True, type=choice(types, "payment_method.type", "type"),
                   metavar="{" + ",".join(types) + "}")  # fmt: skip
    a.add_argument("--label", required=True)
    a.add_argument("--default", action="store_true")
    pm.add_parser("default").add_argument("id", type=bounded_int(1, MAX_ID))

    inv = sub.add_parser("invoice", help="invoices").add_subparsers(dest="action", required=True)
    for verb in ("simulate", "post"):
        a = inv.add_parser(verb)
        a.add_argument("--project", required=True)
        a.add_argument("--date", type=date_arg, required=True)
        a.add_argument("--line", action="append", required=True, metavar="PRODUCT=AMOUNT")

    m = sub.add_parser("movement", help="history").add_subparsers(dest="action", required=True)
    m.add_parser("list").add_argument("--project")

    sub.add_parser("expire", help="record as lost what expired up to today")
    a = sub.add_parser("check", help="integrity check")
    a.add_argument("--quick", action="store_true", help="quick_check instead of integrity_check")
    sub.add_parser("alerts", help="lots expiring within 30 days").add_argument(
        "--days", type=bounded_int(0, MAX_DAYS), default=30
    )
    for verb, helptext in (
        ("forecast", "month by month: when the credit runs out, what expires unused"),
        ("advise", "how much credit to buy, and when, so that none of it is lost"),
    ):
        a = sub.add_parser(verb, help=helptext)
        a.add_argument("--project", required=True)
        a.add_argument("--monthly", action="append", default=[], metavar="PRODUCT=AMOUNT")
        a.add_argument("--from-history", type=bounded_int(1, 36), metavar="N",
                       help="monthly spend = average of the last N months' invoices")  # fmt: skip
        a.add_argument("--growth", default="0", metavar="PCT", help="monthly growth in percent")
        a.add_argument("--months", type=bounded_int(1, 120), required=True)
    a = sub.add_parser("export", help="CSV export")
    exports = ["credits", "orders", "movements"]
    a.add_argument("what", type=choice(exports, "export.unknown", "what"),
                   metavar="{" + ",".join(exports) + "}")  # fmt: skip
    a.add_argument("--output", type=Path, required=True)
    a.add_argument("--project")
    a = sub.add_parser("settings", help="show or change ledger settings")
    a.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    sub.add_parser("backup", help="a consistent copy of the ledger").add_argument(
        "--output", type=Path
    )
    sub.add_parser("demo", help="fill the ledger with a realistic demo account")
    a = sub.add_parser("gui", help="open the window")
    a.add_argument("--demo", action="store_true")
    a.add_argument("--screenshot", type=Path, metavar="DIR")
    a.add_argument("--self-test", action="store_true")
    return parser


def _table(rows: Sequence[Sequence[str]], header: Sequence[str], right: set[int]) -> str:
    if not rows:
        return "(none)"
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r: Sequence[str]) -> str:
        cells = [
            str(c).rjust(widths[i]) if i in right else str(c).ljust(widths[i])
            for i, c in enumerate(r)
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), *(line(r) for r in rows)])


def run(args: argparse.Namespace, desk: Desk, out: Output) -> int:
    cmd, action = args.command, getattr(args, "action", None)
    today = desk.today

    names: dict[int, str] = {}

    def pname(project_id: int | None) -> str:
        """A project's name, read once per command (lists name the same projects again)."""
        if project_id is None:
            return ""
        if project_id not in names:
            names[project_id] = desk.project(project_id).name
        return names[project_id]

    if cmd == "project":
        if action == "add":
            p = projects.add_project(desk, args.name, args.description)
            out.emit({"id": p.id, "name": p.name}, f"project {p.id}: {p.name}")
        elif action == "list":
            rows = projects.list_projects(desk, include_archived=args.archived)
            data = [{"id": p.id, "name": p.name, "available": fmt(av)} for p, av in rows]
            out.emit(
                data,
                lambda: _table(
                    [[str(p.id), p.name, fmt(av)] for p, av in rows],
                    ["id", "name", "available"],
                    {2},
                ),
            )
        elif action in ("rename", "archive"):
            if action == "rename":
                p = projects.rename_project(desk, args.project, args.name)
            else:
                p = projects.archive_project(desk, args.project, not args.undo)
            out.emit({"id": p.id, "name": p.name, "archived": p.archived}, f"{p.id}: {p.name}")
    elif cmd == "voucher":
        if action == "issue":
            issued = vouchers.issue_vouchers(
                desk,
                args.amount,
                args.expires_on,
                valid_from=args.valid_from,
                products=args.products,
                count=args.count,
                campaign=args.campaign,
            )
            data = [
                {"code": v.code, "amount": fmt(v.amount), "expires_on": v.expires_on.isoformat()}
                for v in issued
            ]
            out.emit(data, lambda: "\n".join(v.code for v in issued))
        elif action == "import":
            result = vouchers.import_vouchers(desk, args.file)
            rejected = [{"line": n, "error": describe(e)} for n, e in result.rejected]
            out.emit(
                {"imported": result.imported, "rejected": rejected},
                lambda: "\n".join(
                    [f"imported {result.imported}"]
                    + [f"line {r['line']}: {r['error']}" for r in rejected]
                ),
            )
        elif action == "redeem":
            lot = vouchers.redeem_voucher(desk, args.code, args.project)
            out.emit(
                lot_json(lot, pname(lot.project_id), today),
                f"voucher {lot.reference}: {fmt(lot.total)} available until {lot.expires_on}",
            )
    elif cmd == "credit":
        if action == "buy":
            order = orders.buy_credit(desk, args.project, args.amount)
            if order.pdf is None:
                say(
                    f"warning: order {order.number} was created but its PDF could not be "
                    f"written; run `cloud-credit order pdf {order.number}`"
                )
            out.emit(
                order_json(order, pname(order.project_id)),
                f"purchase order {order.number}: {fmt(order.amount_ht)} HT, "
                f"{fmt(order.amount_ttc)} TTC, pending; PDF: {order.pdf}",
            )
        elif action == "list":
            lots = listing.list_credits(desk, args.project, include_all=args.all)
            name = desk.project(args.project).name
            out.emit(
                [lot_json(lot, name, today) for lot in lots],
                lambda: _table(
                    [
                        [
                            lot.kind.value,
                            lot.reference,
                            fmt(lot.total),
                            fmt(lot.used),
                            fmt(lot.expired),
                            fmt(lot.available),
                            lot.valid_from.isoformat(),
                            lot.expires_on.isoformat(),
                            lot.status(today).value,
                        ]
                        for lot in lots
                    ],
                    [
                        "kind",
                        "reference",
                        "total",
                        "used",
                        "expired",
                        "available",
                        "valid_from",
                        "expires_on",
                        "status",
                    ],
                    {2, 3, 4, 5},
                ),
            )
        else:
            raise DomainError("credit.no_transfer" if action == "transfer" else "credit.no_refund")
    elif cmd == "order":
        if action == "list":
            found = orders.list_orders(desk, args.project, args.status)
            out.emit(
                [order_json(o, pname(o.project_id)) for o in found],
                lambda: _table(
                    [
                        [
                            o.number,
                            pname(o.project_id),
                            o.status.value,
                            fmt(o.amount_ht),
                            fmt(o.amount_ttc),
                            o.created_on.isoformat(),
                        ]
                        for o in found
                    ],
                    ["number", "project", "status", "amount_ht", "amount_ttc", "created_on"],
                    {3, 4},
                ),
            )
        elif action == "pay":
            lot = orders.pay_order(desk, args.number, args.date)
            out.emit(
                lot_json(lot, pname(lot.project_id), today),
                f"order {lot.reference} paid: {fmt(lot.total)} credit until {lot.expires_on}",
            )
        elif action == "cancel":
            order = orders.cancel_order(desk, args.number)
            out.emit(order_json(order, pname(order.project_id)), f"order {order.number} cancelled")
        elif action == "pdf":
            path = orders.write_order_pdf(desk, args.number, args.output)
            out.emit({"path": str(path)}, str(path))
    elif cmd == "account":
        if action == "show":
            s = accounts.account_summary(desk)
            balances: dict[str, Any] = {
                "digital_launchpad": fmt(s.digital_launchpad),
                "loyalty": fmt(s.loyalty),
                "payment_methods": [
                    {"id": m.id, "type": m.type.value, "label": m.label, "default": m.default}
                    for m in s.payment_methods
                ],
            }
            out.emit(
                balances,
                lambda: "\n".join(
                    [
                        f"Digital LaunchPad: {fmt(s.digital_launchpad)}",
                        f"loyalty: {fmt(s.loyalty)}",
                    ]
                    + [
                        f"payment method {m.id}: {m.type.value} {m.label}"
                        + (" (default)" if m.default else "")
                        for m in s.payment_methods
                    ]
                ),
            )
        else:
            account = Account.DIGITAL_LAUNCHPAD if action == "launchpad" else Account.LOYALTY
            balance = accounts.top_up(desk, account, args.amount)
            out.emit({account.value: fmt(balance)}, f"{account.value}: {fmt(balance)}")
    elif cmd == "payment-method":
        if action == "add":
            pm = accounts.add_payment_method(desk, args.type, args.label, default=args.default)
            out.emit(
                {"id": pm.id, "type": pm.type.value, "label": pm.label, "default": pm.default},
                f"payment method {pm.id}: {pm.label}" + (" (default)" if pm.default else ""),
            )
        else:
            accounts.set_default_payment_method(desk, args.id)
            out.emit({"id": args.id, "default": True}, f"payment method {args.id} is the default")
    elif cmd == "invoice":
        lines = [invoices.parse_line(text) for text in args.line]
        if action == "simulate":
            inv = invoices.simulate_invoice(desk, args.project, args.date, lines)
        else:
            inv = invoices.post_invoice(desk, args.project, args.date, lines)
        name = desk.project(inv.project_id).name
        out.emit(invoice_json(inv, name), lambda: _invoice_text(inv))
    elif cmd == "movement":
        project_id = desk.project(args.project).id if args.project else None
        moves = listing.iter_movements(desk, project_id)
        if out.as_json:
            _stream_json_list(movement_json(mv, pname(mv.project_id) or None) for mv in moves)
        else:
            for mv in moves:
                write(
                    f"{mv.date}  {mv.kind.value:<8}{fmt(mv.amount):>12}  {mv.reference}"
                    f"  {pname(mv.project_id) or mv.account or ''}\n"
                )
    elif cmd == "expire":
        done = expire(desk)
        expired = [{"lot": lot.id, "amount": fmt(amount)} for lot, amount in done]
        out.emit({"expired": expired}, f"{len(done)} lot(s) expired")
    elif cmd == "check":
        checked = check(desk, full=not args.quick)
        said = [describe_problem(p, checked.language) for p in checked.problems]
        out.emit({"ok": checked.ok, "problems": said}, "ok" if checked.ok else "\n".join(said))
        return 0 if checked.ok else 1
    elif cmd == "alerts":
        lots = listing.expiry_alerts(desk, args.days)
        out.emit(
            [lot_json(lot, pname(lot.project_id), today) for lot in lots],
            lambda: (
                "\n".join(
                    f"{lot.expires_on}  {fmt(lot.available):>10}  {lot.reference}  "
                    f"{pname(lot.project_id)}"
                    for lot in lots
                )
                or "nothing expires soon"
            ),
        )
    elif cmd in ("forecast", "advise"):
        spend = _spend(args, desk)
        growth = parse_signed_percent(args.growth)
        name = desk.project(args.project).name
        if cmd == "forecast":
            projection = forecast_service.forecast(
                desk, args.project, args.months, spend, growth=growth
            )
            out.emit(forecast_json(projection, name), lambda: _forecast_text(projection))
        else:
            advice = forecast_service.advice(desk, args.project, args.months, spend, growth=growth)
            out.emit(advice_json(advice, name), lambda: _advice_text(advice))
    elif cmd == "export":
        count = listing.export_csv(desk, args.what, args.output, args.project)
        out.emit({"path": str(args.output), "rows": count}, f"{count} rows -> {args.output}")
    elif cmd == "settings":
        from desktop_app.services.desk import parse_setting, update_settings

        values = dict(parse_setting(item) for item in args.set)
        settings = update_settings(desk, values) if values else desk.settings()
        out.emit(settings, lambda: "\n".join(f"{k} = {v!r}" for k, v in settings.items()))
    elif cmd == "backup":
        path = integrity.backup(desk, args.output)
        out.emit({"path": str(path)}, str(path))
    elif cmd == "demo":
        summary = build_demo(desk)
        out.emit(
            {
                "projects": summary.projects,
                "lots": summary.lots,
                "orders": summary.orders,
                "invoices": summary.invoices,
                "vouchers": summary.unredeemed_codes,
            },
            f"demo: {summary.projects} projects, {summary.lots} lots, {summary.orders} orders, "
            f"{summary.invoices} invoices; codes to try: {', '.join(summary.unredeemed_codes)}",
        )
    return 0


def _stream_json_list(items: Iterable[Any]) -> None:
    """A large list written item by item: memory stays flat on a million movements.

    The first item is read before anything is written, so that a ledger that cannot be read
    gives an `error:` line and an empty stdout, not half a JSON document.
    """
    iterator = iter(items)
    first = next(iterator, _END)
    if first is _END:
        write("[]\n")
        return
    write("[\n  " + to_json(first))
    for item in iterator:
        write(",\n  " + to_json(item))
    write("\n]\n")


_END = object()


def _spend(args: argparse.Namespace, desk: Desk) -> dict[str, Decimal]:
    spend: dict[str, Decimal] = {}
    if args.from_history:
        spend.update(forecast_service.spend_from_history(desk, args.project, args.from_history))
    for text in args.monthly:  # typed amounts override the history's
        line = invoices.parse_line(text)
        spend[line.product] = line.amount
    return spend


def _forecast_text(result: Forecast) -> str:
    rows = [
        [m.date.isoformat(), fmt(m.invoice.total_ht),
         fmt(m.taken(Source.VOUCHER) + m.taken(Source.CREDIT)),
         fmt(m.taken(Source.DIGITAL_LAUNCHPAD) + m.taken(Source.LOYALTY)),
         fmt(m.invoice.payment.amount_ht), fmt(sum((e.amount for e in m.expired), ZERO))]
        for m in result.months
    ]  # fmt: skip
    head = ["month", "total_ht", "credit", "accounts", "payment", "expired"]
    run_out = result.run_out.isoformat() if result.run_out else "not within the forecast"
    return "\n".join(
        [_table(rows, head, {1, 2, 3, 4, 5}),
         f"credit runs out: {run_out}; lost to expiry: {fmt(result.lost_total)}"]
    )  # fmt: skip


def _advice_text(advice: Advice) -> str:
    best = advice.max_purchase
    lines = [f"largest purchase today never lost: {fmt(best.amount)} HT ({best.on})"]
    lines += [f"plan: buy {fmt(p.amount)} HT on {p.on}" for p in advice.plan] or [
        "plan: nothing to buy; the credit covers the horizon"
    ]
    return "\n".join(lines)


def _invoice_text(inv: Any) -> str:
    rows = [[a.source.value, a.reference, fmt(a.amount)] for a in inv.allocations]
    rows.append(["payment method", inv.payment.label or "(none)", fmt(inv.payment.amount_ht)])
    head = f"invoice {inv.number or '(simulation)'} {inv.date}: total HT {fmt(inv.total_ht)}"
    tail = (
        f"payment method pays {fmt(inv.payment.amount_ht)} HT + {fmt(inv.payment.vat)} VAT "
        f"= {fmt(inv.payment.amount_ttc)} TTC"
    )
    return "\n".join([head, _table(rows, ["source", "reference", "amount"], {2}), tail])


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """``parse_args``, except that `credit transfer|refund` take anything and explain why not."""
    args, extra = parser.parse_known_args(argv)
    if extra and not (args.command == "credit" and args.action in ("transfer", "refund")):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


@dataclass
class CommandDesk(Desk):
    """The command line's desk: it remembers whether one of its writes committed, for the
    after-commit rule (a command that changed the ledger never exits 1 afterwards)."""

    committed: bool = False

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        with super().write() as ledger:
            yield ledger
        self.committed = True


def main(argv: Sequence[str] | None = None, gui: GuiRunner | None = None) -> int:
    """Run one command; returns the exit code (0 done, 1 refused, 2 wrong usage)."""
    parser = build_parser()
    try:
        args = parse(parser, argv)
    except SystemExit as exit_:  # argparse: usage error (2) or --help (0)
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        refuse_invalid(args)
        today = args.today
        if today is None and os.environ.get("CLOUD_CREDIT_TODAY"):
            today = date_arg(os.environ["CLOUD_CREDIT_TODAY"])
            if isinstance(today, Invalid):
                raise today.error
        if args.command == "gui":
            if gui is None:
                say("error: the window is not available in this build")
                return 1
            if args.demo and args.db is None:
                args.db = demo_ledger_path()
            args.db = args.db or default_ledger_path()
            args.today = today
            return gui(args)
        # Absolute, so that the PDF paths stored in the ledger do not depend on the folder
        # the command was run from.
        ledger = Path(args.db or default_ledger_path()).expanduser().absolute()
        desk = CommandDesk.open(ledger, today)
    except DomainError as error:  # before the ledger is open: the environment's language
        say(f"error: {describe(error, environment_language())}")
        return 1
    except KeyboardInterrupt:
        say("error: interrupted; nothing half-written was kept")
        return 130
    assert isinstance(desk, CommandDesk)
    with desk:
        return run_command(args, desk)


def run_command(args: argparse.Namespace, desk: CommandDesk) -> int:
    """One command on an open ledger, and the one after-commit rule of the command line.

    Refusals are told in the ledger's language. Once a write has committed, nothing makes
    the command exit 1: a full or closed stdout, or a refusal of a later step, is a
    ``warning:`` line and exit 0 (a script that retries on failure must not buy twice).
    Before any commit, stdout failing is an ``error:`` line and exit 1, except a reader that
    went away (``| head``: a closed pipe), which is exit 0.
    """
    try:
        code = run(args, desk, Output(args.json))
        flush()
        return code
    except OutputFailed as failed:
        silence_stdout()
        detail = failed.error.strerror or str(failed.error)
        if desk.committed:
            say(f"warning: {_words(desk, DomainError('output.after_commit', detail=detail))}")
            return 0
        if failed.error.errno == errno.EPIPE:
            return 0
        say(f"error: {_words(desk, DomainError('output.stdout', detail=detail))}")
        return 1
    except DomainError as error:
        if desk.committed:
            then = DomainError("output.then_refused", detail=_words(desk, error))
            say(f"warning: {_words(desk, then)}")
            return 0
        say(f"error: {_words(desk, error)}")
        return 1
    except KeyboardInterrupt:
        say("error: interrupted; nothing half-written was kept")
        return 130


def _words(desk: Desk, error: DomainError) -> str:
    """A refusal in the ledger's language (its ``language`` setting, else the user's)."""
    try:
        language = desk.language()
    except DomainError:  # the ledger cannot even be read: the environment's language
        language = environment_language()
    return describe(error, language)
