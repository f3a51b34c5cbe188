"""The one message channel: refusal codes from the services, in the user's language.

Texts go through Qt's translation (context ``Messages``) so Qt Linguist sees them; the
codes and parameters are the same the command line words with ``services.messages``.
"""

from __future__ import annotations

import traceback
from string import Formatter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import DomainError, LedgerError, shown_params
from desktop_app.domain.problems import Problem

TEMPLATES: dict[str, Any] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "amount.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "no amount given; type an amount such as 100 or 100,50",
    ),
    "amount.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not an amount; type digits such as 100, 100.50 or 1 234,56",
    ),
    "amount.negative": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}': amounts cannot be negative",
    ),
    "amount.zero": QT_TRANSLATE_NOOP(
        "Messages",
        "the amount must be more than zero",
    ),
    "amount.too_precise": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' has more than two decimals; amounts are in euros and cents",
    ),
    "amount.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is above the maximum of {maximum} €; check the amount",
    ),
    "amount.ambiguous": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' could be {grouped} or {decimal}; type {plain} for the first or {cents} for the second",  # noqa: E501
    ),
    "amount.ambiguous_thousands": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' could be {grouped}, or {decimal}, which has more than two decimals; type {plain} if you mean {grouped}",  # noqa: E501
    ),
    "percent.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "no percentage given; type a number such as 20 or 5,5",
    ),
    "percent.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a percentage; type a number such as 20, 5.5 or -3,5",
    ),
    "percent.too_precise": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' has more than two decimals; give the percentage to the hundredth, such as 2.56",
    ),
    "percent.out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is outside {minimum} % to {maximum} %",
    ),
    "text.control": QT_TRANSLATE_NOOP(
        "Messages",
        "the text contains a control character ({char}) that cannot be shown; type it again without it",  # noqa: E501
    ),
    "text.bidi": QT_TRANSLATE_NOOP(
        "Messages",
        "the text contains a direction control ({char}) that can make it display differently from what is stored; remove it",  # noqa: E501
    ),
    "text.unusable": QT_TRANSLATE_NOOP(
        "Messages",
        "the text contains {char}, which is not a usable character (unassigned, private-use or a broken surrogate); remove it",  # noqa: E501
    ),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "the text is longer than {maximum} characters",
    ),
    "date.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a date; use YYYY-MM-DD",
    ),
    "date.out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is outside the dates this program takes ({first} to {last})",
    ),
    "number.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a whole number; type digits such as 12",
    ),
    "number.out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not between {low} and {high}",
    ),
    "project.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "no project '{project}'; it may have been archived or renamed",
    ),
    "project.duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "a project named '{name}' already exists; choose another name",
    ),
    "project.name_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "the project needs a name",
    ),
    "project.name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "the name is longer than {maximum} characters",
    ),
    "project.name_numeric": QT_TRANSLATE_NOOP(
        "Messages",
        "'{name}' is only digits; a project name needs a letter (ids are numbers)",
    ),
    "company.name_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "the company name cannot be empty",
    ),
    "company.name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "the company name is longer than {maximum} characters",
    ),
    "company.name_numeric": QT_TRANSLATE_NOOP(
        "Messages",
        "the company name needs a letter",
    ),
    "payment_method.name_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "the payment method needs a label",
    ),
    "payment_method.name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "the label is longer than {maximum} characters",
    ),
    "payment_method.name_numeric": QT_TRANSLATE_NOOP(
        "Messages",
        "the label needs a letter",
    ),
    "payment_method.type": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown payment method type '{type}'; use card, sepa, paypal or transfer",
    ),
    "payment_method.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "no payment method {id}",
    ),
    "account.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "no account '{account}'; use digital_launchpad or loyalty",
    ),
    "voucher.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{code}' is not a voucher code; a code looks like ABCD-EFGH-JKMN",
    ),
    "voucher.mistyped": QT_TRANSLATE_NOOP(
        "Messages",
        "'{code}' has a typo (its check character does not match); check each character",
    ),
    "voucher.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "voucher {code} is unknown; check the code with whoever gave it to you",
    ),
    "voucher.already_used": QT_TRANSLATE_NOOP(
        "Messages",
        "voucher {code} was already redeemed on {on}; a code is used once",
    ),
    "voucher.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "voucher {code} expired on {on}; it can no longer be redeemed",
    ),
    "voucher.not_yet_valid": QT_TRANSLATE_NOOP(
        "Messages",
        "voucher {code} is valid from {on}; redeem it then",
    ),
    "voucher.window_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "the voucher must expire after it becomes valid ({valid_from} -> {expires_on})",
    ),
    "voucher.count": QT_TRANSLATE_NOOP(
        "Messages",
        "count must be between 1 and {maximum}",
    ),
    "voucher.exists": QT_TRANSLATE_NOOP(
        "Messages",
        "code {code} is already in the catalogue",
    ),
    "import.columns": QT_TRANSLATE_NOOP(
        "Messages",
        "expected code,amount,expires_on[,valid_from][,products]; found {found} columns",
    ),
    "import.duplicate_in_file": QT_TRANSLATE_NOOP(
        "Messages",
        "code {code} already appears on line {line}",
    ),
    "import.cannot_read": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot read {path}: {detail}",
    ),
    "import.not_csv": QT_TRANSLATE_NOOP(
        "Messages",
        "this file is not a CSV of vouchers ({detail}); expected code,amount,expires_on lines",
    ),
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not UTF-8 text; save it as CSV UTF-8",
    ),
    "order.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{number}' is not an order number; they look like PO-2026-00001",
    ),
    "invoice.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{number}' is not an invoice number; they look like INV-2026-00001",
    ),
    "credit_note.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{number}' is not a credit note number; they look like CN-2026-00001",
    ),
    "order.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "no purchase order {number}; refresh the list of orders",
    ),
    "order.already_paid": QT_TRANSLATE_NOOP(
        "Messages",
        "order {number} is already paid",
    ),
    "order.cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "order {number} was cancelled and cannot be paid; buy credit again",
    ),
    "order.paid_cannot_cancel": QT_TRANSLATE_NOOP(
        "Messages",
        "order {number} is paid and cannot be cancelled: credit is not refundable",
    ),
    "order.already_cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "order {number} is already cancelled",
    ),
    "order.paid_before_created": QT_TRANSLATE_NOOP(
        "Messages",
        "order {number} was created on {created}; it cannot be paid on {date}",
    ),
    "order.paid_in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "the payment date {date} is in the future",
    ),
    "order.vat_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "the VAT rate is now {rate} %, not the {shown} % shown; nothing was ordered: check the new total and confirm again",  # noqa: E501
    ),
    "order.status_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown status '{status}'; use pending, paid or cancelled",
    ),
    "invoice.no_lines": QT_TRANSLATE_NOOP(
        "Messages",
        "an invoice needs at least one line with a product and an amount",
    ),
    "invoice.too_many_lines": QT_TRANSLATE_NOOP(
        "Messages",
        "an invoice has at most {maximum} lines",
    ),
    "invoice.line_malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "'{line}' is not a line; give a product and an amount, such as compute and 120.00",
    ),
    "invoice.product_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "'{product}' is not a product name",
    ),
    "invoice.backdated": QT_TRANSLATE_NOOP(
        "Messages",
        "the invoice date {date} is before the project's last invoice ({last}); date it {last} or later",  # noqa: E501
    ),
    "invoice.future": QT_TRANSLATE_NOOP(
        "Messages",
        "the invoice date {date} is after today ({today}); simulate it instead",
    ),
    "invoice.changed": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger changed since this invoice was simulated (another program wrote to it); nothing was posted: simulate it again and check the result",  # noqa: E501
    ),
    "invoice.before_expiry": QT_TRANSLATE_NOOP(
        "Messages",
        "the invoice date {date} is before {expiry}, when credit of project '{project}' expired unused; an invoice cannot take credit the history counts as lost: date it {expiry} or later",  # noqa: E501
    ),
    "forecast.months": QT_TRANSLATE_NOOP(
        "Messages",
        "a forecast covers 1 to {maximum} months, not {months}",
    ),
    "forecast.no_spend": QT_TRANSLATE_NOOP(
        "Messages",
        "give a monthly spend per product, or base the forecast on the history",
    ),
    "forecast.growth": QT_TRANSLATE_NOOP(
        "Messages",
        "a monthly growth of {growth} % makes no sense; use -99 to 100",
    ),
    "forecast.history_months": QT_TRANSLATE_NOOP(
        "Messages",
        "history covers 1 to {maximum} months, not {months}",
    ),
    "forecast.no_history": QT_TRANSLATE_NOOP(
        "Messages",
        "project {project} has no posted invoice in the last {months} months; type a monthly spend instead",  # noqa: E501
    ),
    "forecast.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "at {growth} % growth a month, {product} would cost {amount} € in month {month} of {months} ({date}), above the {maximum} € an invoice line can hold; forecast fewer months or use a smaller growth",  # noqa: E501
    ),
    "advice.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "the advisor looks at least 13 months ahead (the life of purchased credit): at {growth} % growth a month, {product} would cost {amount} € in month {month} ({date}), above the {maximum} € an invoice line can hold; use a smaller growth",  # noqa: E501
    ),
    "lot.sort_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot sort by '{sort}'",
    ),
    "export.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "nothing called '{what}' to export; use credits, orders or movements",
    ),
    "export.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: {detail}",
    ),
    "export.cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "export cancelled; nothing was written",
    ),
    "output.is_ledger": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is the ledger itself or one of its files; nothing was written: choose another "
        "file name",
    ),
    "output.is_directory": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a folder; nothing was written: give the name of a file",
    ),
    "output.not_a_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a regular file (a device, a pipe or a socket); nothing was written: "
        "choose a file name",
    ),
    "output.not_a_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a file, not a folder; nothing was written: give a folder (a new one is created)",
    ),
    "output.name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "the name {path} is too long for the file system (at most {maximum} bytes between two "
        "slashes); choose a shorter name",
    ),
    "output.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is read-only; nothing was written: choose another file or change its permissions",
    ),
    "output.stdout": QT_TRANSLATE_NOOP(
        "Messages",
        "the output could not be written ({detail}); nothing was changed in the ledger",
    ),
    "output.after_commit": QT_TRANSLATE_NOOP(
        "Messages",
        "the change is recorded in the ledger, but its output could not be written ({detail}); "
        "do not run the command again: see the history",
    ),
    "output.then_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "the change is recorded in the ledger, but then: {detail}",
    ),
    "backup.same_second": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} backups of {path} were already made this second; try again in a second",
    ),
    "pdf.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write the PDF {path}: {detail}",
    ),
    "setting.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "no setting '{key}'",
    ),
    "setting.language": QT_TRANSLATE_NOOP(
        "Messages",
        "language '{language}' is not available; use en or fr",
    ),
    "setting.terms_days": QT_TRANSLATE_NOOP(
        "Messages",
        "payment terms must be a whole number of days up to 365",
    ),
    "setting.no_value": QT_TRANSLATE_NOOP(
        "Messages",
        "'{key}' has no value; a setting is written KEY=VALUE, such as vat_rate=20",
    ),
    "credit.no_transfer": QT_TRANSLATE_NOOP(
        "Messages",
        "credit cannot be transferred between projects: it belongs to the project it was bought for",  # noqa: E501
    ),
    "credit.no_refund": QT_TRANSLATE_NOOP(
        "Messages",
        "credit cannot be refunded: it has no monetary value",
    ),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "this ledger already has projects; use a new file for the demo",
    ),
    "ledger.view_only": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger is shown as of {as_of}, not today ({today}): nothing can be written on "
        'another day; set "As of" back to today (the Today button) to write',
    ),
    "ledger.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger {path} is busy (another program is writing); try again in a moment",
    ),
    "ledger.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger {path} is read-only; copy it somewhere writable or change its permissions",
    ),
    "ledger.not_sqlite": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a ledger (not an SQLite file); it was left untouched",
    ),
    "ledger.foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is an SQLite file of another program; it was left untouched",
    ),
    "ledger.corrupted": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger {path} is damaged ({detail}); nothing was written to it. Restore your "
        "last backup: a copy made by File > Backup now (or `cloud-credit backup`) or the one "
        "taken before an upgrade, next to the ledger",
    ),
    "ledger.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger {path} was written by a newer version (schema {version}, this one reads {supported}); update Cloud Credit Desk",  # noqa: E501
    ),
    "ledger.disk": QT_TRANSLATE_NOOP(
        "Messages",
        "the disk reported an error on the ledger {path} ({detail}); check the disk and "
        "that it has free space, then use File > Check the ledger",
    ),
    "ledger.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "the disk holding the ledger {path} is full: nothing was written and the ledger "
        "is unchanged; free some space on that disk and try again",
    ),
    "ledger.cannot_open": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot open the ledger {path}: {detail}",
    ),
    "ledger.is_directory": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a folder; give a ledger file",
    ),
    "ledger.is_device": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a device, not a file; give the path of a ledger file",
    ),
    "ledger.is_pipe": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a named pipe (FIFO), not a file; give the path of a ledger file",
    ),
    "ledger.is_socket": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a socket, not a file; give the path of a ledger file",
    ),
    "ledger.not_a_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a regular file; give the path of a ledger file",
    ),
    "ledger.broken_link": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a symbolic link to nothing (or a loop of links); give the path of a ledger file",
    ),
    "ledger.name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "the name {path} is too long for this system (at most 255 bytes per file or "
        "folder name); choose a shorter one",
    ),
    "ledger.permission": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot use {path}: permission denied; choose a place you may write to, or change"
        " its permissions",
    ),
    "ledger.read_only_disk": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is on a read-only disk; choose a folder you may write to",
    ),
    "ledger.not_a_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "a part of the path {path} is a file, not a folder; choose another place",
    ),
    "ledger.error": QT_TRANSLATE_NOOP(
        "Messages",
        "the ledger {path} could not be used: {detail}",
    ),
    # -- check: what `check` finds wrong with a ledger (domain.problems.Problem)
    "check.file_cut": QT_TRANSLATE_NOOP(
        "Messages",
        "the file is {size} bytes, not a whole number of {page_size}-byte pages: it was cut short or written over",  # noqa: E501
    ),
    "check.sqlite": QT_TRANSLATE_NOOP(
        "Messages",
        "SQLite reports: {detail}",
    ),
    "check.foreign_key": QT_TRANSLATE_NOOP(
        "Messages",
        "foreign key: {table} row {row} -> {parent}",
    ),
    "check.lot_totals": QT_TRANSLATE_NOOP(
        "Messages",
        "lot {lot} ({reference}): stored total/used/expired {total}/{used}/{expired} €, movements say {issued}/{rebuilt_used}/{lost} €",  # noqa: E501
    ),
    "check.account_balance": QT_TRANSLATE_NOOP(
        "Messages",
        "account {account}: stored {stored} €, its movements say {rebuilt} €",
    ),
    "check.invoice_split": QT_TRANSLATE_NOOP(
        "Messages",
        "invoice {invoice}: total {total} €, lines {lines} €, paid by credit {allocated} € and by the payment method {method} €: these do not add up",  # noqa: E501
    ),
    "check.order_lot": QT_TRANSLATE_NOOP(
        "Messages",
        "order {order}: status {status} but lot {lot}",
    ),
    "check.order_lot_total": QT_TRANSLATE_NOOP(
        "Messages",
        "order {order}: its lot {lot} holds another amount than the order",
    ),
    "check.order_numbers": QT_TRANSLATE_NOOP(
        "Messages",
        "order numbers of {year}: {count} orders but the last number is {last}",
    ),
    "check.lot_validity": QT_TRANSLATE_NOOP(
        "Messages",
        "lot {lot}: used outside its validity window",
    ),
    "check.lot_products": QT_TRANSLATE_NOOP(
        "Messages",
        "lot {lot}: paid more of {invoice} than its products allow",
    ),
}


class _Safe(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(error: DomainError) -> str:
    """One sentence, in the current language: what is wrong and what to do; typed text in
    the parameters is shown escaped, on one line (``domain.errors.shown_params``, as the
    command line's ``services.messages.describe``)."""
    template = TEMPLATES.get(error.code)
    if template is None:
        text = QCoreApplication.translate("Messages", "the request was refused ({code})")
        return text.format(code=error.code)
    text = QCoreApplication.translate("Messages", str(template))
    return Formatter().vformat(text, (), _Safe(shown_params(error.params)))


def describe_problem(problem: Problem) -> str:
    """What `check` found, in the window's language (``describe``'s catalog)."""
    return describe(DomainError(problem.code, **problem.params))


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def show_error(parent: QWidget | None, error: DomainError) -> QMessageBox:
    """Tell the user why a request was refused; never blocks (the box is window-modal)."""
    title = QCoreApplication.translate("Messages", "Refused")
    if isinstance(error, LedgerError):
        title = QCoreApplication.translate("Messages", "Ledger problem")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        sentence(describe(error)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """A Yes/No question, No by default; True if the user answered Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """An unexpected exception: say so plainly and give the details to copy."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Messages",
            "Something went wrong inside Cloud Credit Desk. Nothing half-written was kept in "
            "the ledger. Please copy the details below and send them to your support.",
        )
    )
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
