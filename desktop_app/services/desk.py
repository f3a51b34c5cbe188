"""The service context: one open ledger and the date taken as today."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.books.defaults import BOOKS_SETTINGS
from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.domain.model import CreditLot, Party, PaymentInstructions, Project
from desktop_app.domain.money import parse_rate
from desktop_app.domain.notice import (
    DAYS_KEY,
    MAX_NOTICE_DAYS,
    URGENT_KEY,
    NoticeDays,
    check_notice_days,
)
from desktop_app.domain.record import Record, field, record, replace
from desktop_app.domain.rules import clean_name
from desktop_app.domain.text import clean_text, whole_number
from desktop_app.services.expiry import record_expiries
from desktop_app.storage import open_ledger
from desktop_app.storage.interface import LedgerBackend, Progress, Transaction, Watcher
from desktop_app.storage.location import is_server_url, located, masked, without_secrets

#: The languages of the program: the one list (messages, documents, the ``language`` setting).
LANGUAGES = ("en", "fr")
APP_NAME = "cloud-credit-desk"


def data_folder() -> Path:
    """The per-user data folder (platformdirs: the right place on each OS)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_ledger_path() -> Path:
    """The user's ledger file: env ``CLOUD_CREDIT_DB`` (a file), else ``ledger.sqlite3`` in
    the data folder."""
    env = os.environ.get("CLOUD_CREDIT_DB")
    if env and not is_server_url(located(env)):
        return Path(env)
    return data_folder() / "ledger.sqlite3"


def ledger_location(text: str | Path) -> str | Path:
    """A ledger as typed (``--db``, ``CLOUD_CREDIT_DB``): ``storage.location.located``."""
    return located(text)


def default_ledger_location() -> str | Path:
    """``CLOUD_CREDIT_DB`` (a file or a URL), else the user's ledger file."""
    env = os.environ.get("CLOUD_CREDIT_DB")
    return ledger_location(env) if env else default_ledger_path()


def is_server_ledger(location: str | Path) -> bool:
    """A server ledger's location (``ledger_location``'s URL), not a file's."""
    return is_server_url(location)


def shown_location(location: str | Path) -> str:
    """Where a ledger lives, as any message or list shows it: a file's path, a server
    ledger's URL without its password."""
    return masked(str(location)) if is_server_url(location) else str(location)


def recent_location(location: str | Path) -> str:
    """How File > Recent remembers a ledger: a file's absolute path; a server ledger's URL
    without any password (opened again, libpq takes it from ``.pgpass``)."""
    if is_server_url(location):
        return without_secrets(str(location))
    return str(Path(location).resolve())


def demo_ledger_path() -> Path:
    """The demo ledger, apart from the user's own."""
    return data_folder() / "demo.sqlite3"


#: A new ledger's settings: nothing made up. The company and bank details are the user's
#: own to type (the demo brings its own, ``services.demo.DEMO_SETTINGS``).
DEFAULT_SETTINGS: dict[str, str] = {
    "vat_rate": "20.00",
    **{
        f"{who}.{field}": ""
        for who in ("seller", "buyer")
        for field in ("name", "address", "siren", "vat_number", "email")
    },
    "payment.bank": "",
    "payment.iban": "",
    "payment.bic": "",
    "payment.terms_days": str(PaymentInstructions().terms_days),
    **BOOKS_SETTINGS,  # the journal's accounts (rule 16): French defaults (PCG)
    # expiry notices' lead times (domain.notice): checked together by update_settings
    DAYS_KEY: str(NoticeDays().days),
    URGENT_KEY: str(NoticeDays().urgent_days),
}
#: ``language`` has no default in the ledger: unset, the user's own language is used.
SETTING_KEYS = frozenset(DEFAULT_SETTINGS) | {"language"}


def environment_language() -> str:
    """The user's language as the environment says it (POSIX locale variables)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@record(frozen=True)
class Desk(Record):
    """An open ledger and the day taken as today: what every use case is given.

    Opaque and immutable: the storage behind it is its own (``read``, ``write``, ``inspect``,
    ``backup``, ``path``, ``data_version``), and another day is another desk on the same
    ledger (``with_today``, ``on_day``): the window keeps its current desk and replaces it.
    Copies share the one connection; ``close`` closes it for all of them."""

    _ledger: LedgerBackend = field(repr=False)
    #: The day the services work on: the window's "as of" date (a view when it is not today).
    today: date
    #: The program's calendar day (``--today``, ``CLOUD_CREDIT_TODAY`` or the clock). Writes
    #: happen only on that day (domain rule 13).
    calendar_day: date
    #: The language when the ledger sets none: the window passes the system's (Qt knows it
    #: on every OS); otherwise the environment's.
    fallback_language: str | None = None
    #: Called after each write has committed (the command line's after-commit rule).
    after_commit: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(
        cls,
        path: str | Path,
        today: date | None = None,
        *,
        fallback_language: str | None = None,
        after_commit: Callable[[], None] | None = None,
    ) -> Desk:
        day = today or date.today()  # noqa: DTZ011 - the local calendar day
        return cls(open_ledger(path), day, day, fallback_language, after_commit)

    def with_today(self, day: date) -> Desk:
        """The same ledger shown as of ``day`` (the window's "as of" date); the calendar day
        stays, so on any other day it is only looked at (rule 13)."""
        return replace(self, today=day)

    def on_day(self, day: date) -> Desk:
        """The same ledger on another calendar day (the demo replaying a year of history)."""
        return replace(self, today=day, calendar_day=day)

    def close(self) -> None:
        self._ledger.close()

    def for_worker(self) -> Desk:
        """The same desk (ledger, days, language) through a connection of its own: what a
        worker thread opens, in that thread (a connection belongs to its thread), and closes
        when its job ends."""
        return replace(self, _ledger=self._ledger.another())

    def interrupt(self) -> None:
        """Stop what this desk's connection is running (called from another thread)."""
        self._ledger.interrupt()

    def verify_file(self) -> None:
        """The thorough look at the file the first write would take (``ledger.verify``)."""
        self._ledger.verify()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the ledger itself (the window and the command line never hold the storage) ----------
    @property
    def path(self) -> Path:
        """The ledger's file (a server ledger: where its own files go on this machine)."""
        return self._ledger.path

    @property
    def shown(self) -> str:
        """Where the ledger lives, as shown: its file, or its URL without a password."""
        return self._ledger.shown

    @property
    def on_server(self) -> bool:
        return is_server_url(self._ledger.shown)

    def migrate(self) -> int:
        """`ledger init`: the schema created or brought to this program's version."""
        return self._ledger.migrate()

    def last_writer(self) -> tuple[str, str] | None:
        """Who wrote last and when (a server ledger; None for a file)."""
        return self._ledger.last_writer()

    def watch(self) -> Watcher | None:
        """Told when another program commits (a server ledger); None: poll ``data_version``."""
        return self._ledger.watch()

    def backend_for_copy(self) -> LedgerBackend:
        """The storage itself, for `ledger copy` (services.team) alone."""
        return self._ledger

    def same_ledger(self, other: Desk) -> bool:
        """Both desks are on one open ledger (one is the other on another day)."""
        return self._ledger is other._ledger

    def data_version(self) -> int:
        """Changes when another program (or window) has committed to the ledger since."""
        return self._ledger.data_version()

    def inspect(self) -> contextlib.AbstractContextManager[Transaction]:
        """A look at the ledger that reports on a damaged file instead of refusing it."""
        return self._ledger.inspect()

    def backup(self, target: Path | None = None, progress: Progress | None = None) -> Path:
        """A consistent copy of the ledger (``target``, else a new file beside it);
        ``progress`` as ``LedgerBackend.backup`` tells it."""
        return self._ledger.backup(target, progress)

    @property
    def writable(self) -> bool:
        """Rule 13: while the "as of" date is not today, the ledger is only looked at."""
        return self.today == self.calendar_day

    def read(self) -> contextlib.AbstractContextManager[Transaction]:
        """A consistent snapshot of the ledger (inside a write: that write)."""
        return self._ledger.read()

    @contextlib.contextmanager
    def write(self) -> Iterator[Transaction]:
        """The one door to a write use case: one transaction, refused on a view date.

        Every write first records, as EXPIRE movements, what expired up to today (rule 10),
        so that what it reads and checks is the ledger as of today. The records are part of
        the write's transaction: a write refused after them rolls them back with the rest,
        and the ledger is left as it was."""
        with self.write_recording() as (tx, _expired):
            yield tx

    def check_writable(self) -> None:
        """Refuse (``ledger.view_only``) on a view date: what every write does first."""
        if not self.writable:
            raise DomainError(
                "ledger.view_only",
                as_of=self.today.isoformat(),
                today=self.calendar_day.isoformat(),
            )

    @contextlib.contextmanager
    def write_recording(self) -> Iterator[tuple[Transaction, list[tuple[CreditLot, Decimal]]]]:
        """``write``, also giving what it recorded as expired first (``expire`` returns it).
        The one place a write transaction is opened; ``after_commit`` is called once it has
        committed."""
        self.check_writable()
        with self._ledger.write() as tx:
            yield tx, record_expiries(tx, self.today)
        if self.after_commit is not None:
            self.after_commit()

    # -- settings --------------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        """Every setting, as typed by a person (the program's own state kept beside them,
        ``state.*``, is not one: ``services.notices`` reads it)."""
        with self.read() as tx:
            return {**DEFAULT_SETTINGS, **tx.settings.all()}

    def vat_rate(self) -> Decimal:
        """The ledger's VAT rate, read by its key: every post and simulation asks, and the
        settings table also holds the program's state (thousands of rows on a big account)."""
        with self.read() as tx:
            stored = tx.settings.get("vat_rate")
        return parse_rate(DEFAULT_SETTINGS["vat_rate"] if stored is None else stored)

    def explicit_language(self) -> str | None:
        """The ledger's own language setting, if it has one."""
        with self.read() as tx:
            lang = tx.settings.all().get("language")
        return lang if lang in LANGUAGES else None

    def language(self) -> str:
        """The one resolution of the language, for the window, the command line and the
        documents: the ledger's ``language`` setting, else the user's (``fallback_language``:
        the window's system language; else the environment's). A ledger that cannot be read
        is told about in the user's language: no caller has to catch that."""
        try:
            explicit = self.explicit_language()
        except CodedError:
            explicit = None
        return explicit or self.fallback_language or environment_language()

    def party(self, who: str) -> Party:
        s = self.settings()
        return Party(
            name=s[f"{who}.name"],
            address=s[f"{who}.address"],
            siren=s[f"{who}.siren"],
            vat_number=s[f"{who}.vat_number"],
            email=s[f"{who}.email"],
        )

    def payment_instructions(self) -> PaymentInstructions:
        s = self.settings()
        days = whole_number(s["payment.terms_days"])
        if days is None or days > 365:
            days = PaymentInstructions().terms_days
        return PaymentInstructions(s["payment.bank"], s["payment.iban"], s["payment.bic"], days)

    def orders_dir(self) -> Path:
        path = self.path
        return path.parent / f"{path.stem}-orders"

    # -- lookups shared by the use cases ------------------------------------------------------
    def project(self, ref: str | int) -> Project:
        """A project by id or by its unique name."""
        text = str(ref).strip()
        number = whole_number(text)  # ASCII digits only: '①' or '²' is a name, never an id
        with self.read() as tx:
            if number is not None:
                found = tx.projects.get(number) if number < 2**63 else None
            else:
                found = tx.projects.by_name(text)
        if found is None:
            raise DomainError("project.unknown", project=text)
        return found


#: Free-text settings as long as an address may be, and as any other detail (a bank, an IBAN).
MAX_ADDRESS, MAX_DETAIL = 500, 200


def parse_setting(item: str) -> tuple[str, str]:
    """``KEY=VALUE`` as typed on the command line -> (key, value); the value is checked by
    ``update_settings``."""
    key, sep, value = item.partition("=")
    key = key.strip()
    if key not in SETTING_KEYS:
        raise DomainError("setting.unknown", key=key if sep else item.strip())
    if not sep:
        raise DomainError("setting.no_value", key=key)
    return key, value


def check_setting(key: str, value: str) -> str:
    """A setting's value as stored, or a refusal: VAT rates are percentages, payment terms a
    whole number of days, names and every other text go through the one text cleaner."""
    if key not in SETTING_KEYS:
        raise DomainError("setting.unknown", key=key)
    if key == "vat_rate":
        return str(parse_rate(value))
    if key in BOOKS_SETTINGS:  # checked as the chart reads it (the setting is named)
        from desktop_app.domain.books.chart import chart_from_settings  # issue 12

        chart_from_settings({key: value})
        return value.strip()
    if key == "language":
        if value.strip() not in LANGUAGES:
            raise DomainError("setting.language", language=clean_text(value))
        return value.strip()
    if key in (DAYS_KEY, URGENT_KEY):  # each a number of days; the two together below
        days = whole_number(value)
        if days is None or not 0 < days <= MAX_NOTICE_DAYS:
            raise DomainError("setting.notice_day", key=key, value=value.strip(),
                              maximum=MAX_NOTICE_DAYS)  # fmt: skip
        return str(days)
    if key == "payment.terms_days":
        days = whole_number(value)
        if days is None or days > 365:
            raise DomainError("setting.terms_days", value=value.strip())
        return str(days)
    if key.endswith(".name"):
        return clean_name(value, what="company")
    if key.endswith(".address"):
        return clean_text(value, multiline=True, maximum=MAX_ADDRESS)
    return clean_text(value, maximum=MAX_DETAIL)


def update_settings(desk: Desk, values: dict[str, str]) -> dict[str, str]:
    """Change ledger settings (company details, VAT rate, language) in one transaction: every
    value is checked first, so a refusal writes none of them."""
    cleaned = {key: check_setting(key, value) for key, value in values.items()}
    if DAYS_KEY in cleaned or URGENT_KEY in cleaned:  # urgent before the first, both > 0
        both = {**desk.settings(), **cleaned}
        check_notice_days(both[DAYS_KEY], both[URGENT_KEY])
    with desk.write() as tx:
        for key, value in cleaned.items():
            tx.settings.set(key, value)
    return desk.settings()
