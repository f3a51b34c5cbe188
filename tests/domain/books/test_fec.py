"""The FEC text: article A47 A-1's 18 columns, its formats, and the journal's figures."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.books.chart import DEFAULT_CHART, chart_from_settings
from desktop_app.domain.books.entries import Tally, order_paid, topped_up
from desktop_app.domain.books.fec import (
    FEC_COLUMNS,
    FEC_ENCODING,
    fec_amount,
    fec_field,
    fec_file_name,
    fec_lines,
    fec_text,
)
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, OrderStatus, PurchaseOrder
from desktop_app.domain.money import ZERO
from tests.domain.books.sim import Sim, histories, periods

D = Decimal
HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise\r\n"
)
AMOUNT = re.compile(r"[0-9]+,[0-9]{2}")
DAY = re.compile(r"[0-9]{8}")
ORDER = PurchaseOrder(
    "PO-2026-00001",
    1,
    OrderStatus.PAID,
    D("1234.50"),
    D("20.00"),
    date(2026, 1, 2),
    paid_on=date(2026, 1, 5),
)


def test_the_header_is_the_articles_18_fields_in_order() -> None:
    assert len(FEC_COLUMNS) == 18
    assert fec_text([], DEFAULT_CHART) == HEADER  # an empty period: a valid file, header only


def test_an_order_paid_line_by_line() -> None:
    chart = chart_from_settings(
        {"books.supplier_aux": "OVHCLOUD", "books.supplier_aux_label": "OVHcloud"}
    )
    text = fec_text(
        [order_paid(ORDER, chart, "Prod"), topped_up(Account.LOYALTY, D("5.00"), date(2026, 1, 6))],
        chart,
    )
    head = "HA\tAchats\t1\t20260105\t"
    piece = "PO-2026-00001\t20260102\tCrédit cloud PO-2026-00001 - Prod\t"
    end = "\t\t\t20260105\t\t\r\n"
    assert text == HEADER + (
        f"{head}4091\tFournisseurs - Avances et acomptes versés sur commandes\t\t\t"
        f"{piece}1234,50\t0,00{end}"
        f"{head}44566\tTVA sur autres biens et services\t\t\t{piece}246,90\t0,00{end}"
        f"{head}401\tFournisseurs\tOVHCLOUD\tOVHcloud\t{piece}0,00\t1481,40{end}"
    )  # the memo (a loyalty top-up) books nothing: not in the FEC
    text.encode(FEC_ENCODING)


def test_amounts_have_a_decimal_comma_and_no_thousands_separator() -> None:
    assert fec_amount(D("1234567.5")) == "1234567,50"
    assert fec_amount(ZERO) == "0,00"


def test_fields_never_break_the_file_and_always_encode() -> None:
    assert fec_field(" Prod\tEU\r\nwest ") == "Prod EU  west"
    assert fec_field("Café « l’été » 20 € – ½ 東京 🚀 ﬁ œ") == "Café « l'été » 20 € - ? ?? ? fi œ"
    for text in ("a\u2028b", "\x00x", "ﬁ", "Ω"):
        fec_field(text).encode(FEC_ENCODING)
        assert "\t" not in fec_field(text) and "\n" not in fec_field(text)


@given(st.text())
def test_any_text_becomes_one_encodable_field(text: str) -> None:
    field = fec_field(text)
    field.encode(FEC_ENCODING)
    assert not set(field) & set("\t\r\n") and field == field.strip()


def test_entries_come_in_date_order() -> None:
    later = order_paid(ORDER, DEFAULT_CHART)
    earlier = order_paid(replace(ORDER, paid_on=date(2026, 1, 4)), DEFAULT_CHART)
    with pytest.raises(ValueError, match="after a later one"):
        fec_text([later, earlier], DEFAULT_CHART)


def test_the_file_name() -> None:
    assert fec_file_name("833 221 904", date(2026, 12, 31)) == "833221904FEC20261231.txt"
    for bad in ("", "83322190", "8332219045", "833-221-904", "８３３２２１９０４"):
        with pytest.raises(DomainError) as refused:
            fec_file_name(bad, date(2026, 12, 31))
        assert refused.value.code == "fec.siren_malformed"


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_periods_fec_is_well_formed_and_holds_the_journal(data: st.DataObject) -> None:
    sim: Sim = data.draw(histories())
    period = data.draw(periods(sim))
    chart = chart_from_settings(
        {"books.supplier_aux": "OVH", "books.expense_by_product": "ai=6156"}
    )
    tally = Tally()
    lines = list(fec_lines(tally.count(sim.journal(period, chart)), chart))
    assert lines[0] == HEADER and all(line.endswith("\r\n") for line in lines)
    rows = [line[:-2].split("\t") for line in lines[1:]]
    assert len(rows) == tally.lines
    by_entry: dict[int, list[Decimal]] = {}
    previous = (0, "")
    for row in rows:
        assert len(row) == 18
        number, day = int(row[2]), row[3]
        assert (
            number in (previous[0], previous[0] + 1) and day >= previous[1]
        )  # consecutive, in order
        previous = (number, day)
        assert DAY.fullmatch(day) and DAY.fullmatch(row[9]) and row[15] == day
        assert AMOUNT.fullmatch(row[11]) and AMOUNT.fullmatch(row[12])
        assert row[13:15] == ["", ""] and row[16:] == ["", ""]
        assert row[0] == "HA" and row[4][:3].isdigit() and row[8]
        assert (row[6] == "OVH") == (row[4] == "401")
        sums = by_entry.setdefault(number, [ZERO, ZERO])
        sums[0] += D(row[11].replace(",", "."))
        sums[1] += D(row[12].replace(",", "."))
    assert list(by_entry) == list(range(1, tally.entries + 1))
    assert all(debit == credit for debit, credit in by_entry.values())  # every entry balances
    assert sum(s[0] for s in by_entry.values()) == tally.debit == tally.credit
    "".join(lines).encode(FEC_ENCODING)
