"""The *fichier des écritures comptables* (FEC) of a period's journal, as text.

What this follows, and where it was checked:

- Article A47 A-1 of the *livre des procédures fiscales* (text as published on
  juriblio.fr, "Livre des procédures fiscales - Article A47 A-1"): a flat file, one record
  per line, records separated by carriage return and/or line feed; one field separator,
  unique in the file; characters from ASCII, ISO 8859-15 or EBCDIC; numbers in characters,
  base ten. The 18 fields below are its list, in its order (also the order and names in
  BOFiP BOI-CF-IOR-60-40-20 and the examples on wiki.dolibarr.org and lecoursgratuit.com,
  "FEC - gabarit des colonnes").
- BOFiP BOI-CF-IOR-60-40-20 (bofip.impots.gouv.fr, 2017 version): the first line of a flat
  file holds the fields' names; the file is named as article A47 A-1 says,
  ``<SIREN>FEC<AAAAMMJJ>.txt``, ``AAAAMMJJ`` the closing day of the period (the naming
  as restated by Infor SunSystems' FEC guide, docs.infor.com).
- Dates ``AAAAMMJJ`` with no separator; amounts with a comma as the decimal sign and no
  thousands separator; fields with nothing to say (CompAuxNum and CompAuxLib off the
  supplier's lines, EcritureLet, DateLet, Montantdevise, Idevise: every amount is in euros,
  the accounts' own currency) left empty, not filled with zeros (lecoursgratuit.com's
  field table; the Dolibarr example file).
- Separator: the tab (A47 A-1 and BOFiP allow the tab or ``|``). Lines end with CR LF,
  which the article allows and which Sage X3's FEC ("ASCII 13 + ASCII 10",
  online-help.sagex3.com) and the DGFiP's Windows test tool read; importers take LF too
  (Odoo's FEC import documentation).
- Encoding: ISO 8859-15 (``FEC_ENCODING``), the only one of the article's character sets
  that writes French and the euro sign. Every field is made encodable here: controls (tabs,
  new lines) become spaces, dashes and curly quotes plain ones, other characters outside
  the set lose their accents (NFKD) or become ``?``. The services encode the text with
  ``FEC_ENCODING``.

Each entry's lines share its EcritureNum, consecutive from 1 in the file's order, which is
chronological (an entry dated before the previous one is a caller's error: ``ValueError``).
ValidDate is the entry's own date: the ledger's movements are final once written. Memos are
left out: FEC holds amounts booked, and a memo books none.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Final

from desktop_app.domain.books.chart import Chart, LedgerAccount
from desktop_app.domain.books.entries import JournalEntry, JournalItem
from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import CENT

FEC_COLUMNS: Final = (
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
)
FEC_SEPARATOR: Final = "\t"
FEC_NEWLINE: Final = "\r\n"
FEC_ENCODING: Final = "iso-8859-15"
_SIREN: Final = re.compile(r"[0-9]{9}")
#: Punctuation outside ISO 8859-15 with a plain equivalent in it.
_PLAIN: Final = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f", '"'),
}


def fec_file_name(siren: str, closing: date) -> str:
    """``<SIREN>FEC<AAAAMMJJ>.txt``: the company's SIREN (nine digits; spaces as typed are
    dropped) and the period's closing day. Else ``fec.siren_malformed``."""
    digits = "".join(siren.split())
    if not _SIREN.fullmatch(digits):
        raise DomainError("fec.siren_malformed", siren=siren.strip())
    return f"{digits}FEC{closing:%Y%m%d}.txt"


def fec_amount(value: Decimal) -> str:
    """``1234,50``: two decimals, a comma, no thousands separator."""
    return f"{value.quantize(CENT):f}".replace(".", ",")


def fec_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _encodable(char: str) -> str:
    try:
        char.encode(FEC_ENCODING)
    except UnicodeEncodeError:
        pass
    else:
        return char
    if char in _PLAIN:
        return _PLAIN[char]
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    try:
        plain.encode(FEC_ENCODING)
    except UnicodeEncodeError:
        return "?"
    return plain or "?"


@functools.lru_cache(maxsize=4096)
def fec_field(text: str) -> str:
    """``text`` as one FEC field: no separator or line end in it (controls and other spaces
    become spaces), every character encodable in ISO 8859-15, no spaces around."""
    if text.isprintable():  # the usual case, at once: no control and no space but " "
        try:
            text.encode(FEC_ENCODING)
        except UnicodeEncodeError:
            pass
        else:
            return text.strip()
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "CZ":
            out.append(" ")
        else:
            out.append(_encodable(char))
    return "".join(out).strip()


def _account_fields(account: LedgerAccount) -> str:
    """CompteNum, CompteLib, CompAuxNum and CompAuxLib, joined."""
    aux_label = fec_field(account.aux_label) if account.aux else ""
    fields = (
        fec_field(account.number),
        fec_field(account.label),
        fec_field(account.aux),
        aux_label,
    )
    return FEC_SEPARATOR.join(fields)


def fec_lines(items: Iterable[JournalItem], chart: Chart) -> Iterator[str]:
    """The file's lines, each with its line end: the header, then each entry's lines.
    Lazy: a year of entries is never held in memory. (Built by concatenation, each
    account's four fields once: a year of a big ledger is a million lines.)"""
    tab = FEC_SEPARATOR
    yield tab.join(FEC_COLUMNS) + FEC_NEWLINE
    journal = fec_field(chart.journal_code) + tab + fec_field(chart.journal_label) + tab
    accounts: dict[LedgerAccount, str] = {}
    number = 0
    previous: date | None = None
    for item in items:
        if not isinstance(item, JournalEntry):
            continue  # a memo books nothing
        if previous is not None and item.date < previous:
            raise ValueError(f"entry {item.piece_ref} comes after a later one")
        previous = item.date
        number += 1
        day = fec_date(item.date)
        head = f"{journal}{number}{tab}{day}{tab}"
        piece = tab.join(
            (fec_field(item.piece_ref), fec_date(item.piece_date), fec_field(item.label))
        )
        # EcritureLet, DateLet empty; ValidDate the entry's day; Montantdevise, Idevise empty
        tail = f"{tab}{tab}{tab}{day}{tab}{tab}{FEC_NEWLINE}"
        for line in item.lines:
            fields = accounts.get(line.account)
            if fields is None:
                fields = accounts[line.account] = _account_fields(line.account)
            debit, credit = fec_amount(line.debit), fec_amount(line.credit)
            yield f"{head}{fields}{tab}{piece}{tab}{debit}{tab}{credit}{tail}"


def fec_text(items: Iterable[JournalItem], chart: Chart) -> str:
    """The whole file as one text (small periods, tests); ``fec_lines`` streams it."""
    return "".join(fec_lines(items, chart))
