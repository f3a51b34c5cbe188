"""Codes in the ledger, words at the edge: no program prose in the rows, the same words shown.

The ledger stores kinds and codes (``domain.model.Wording``); the CSV exports and the command
line's JSON show the English words they always showed, the window its own, translated."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.domain.model import LotKind, MovementKind, Wording
from desktop_app.services import listing
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from desktop_app.services.wording import WORDS, codes_matching, shown, words
from tests.helpers.ledger import query

from .conftest import TODAY

PROSE = {english for english, _ in WORDS.values()}


@pytest.fixture
def demo(tmp_path: Path) -> Desk:
    desk = Desk.open(tmp_path / "demo.sqlite3", TODAY)
    build_demo(desk)
    return desk


def test_the_rows_hold_codes_not_the_programs_words(demo: Desk) -> None:
    """A year of demo: order creations, payments, vouchers with and without a campaign,
    expiries. No description and no note is one of the program's phrases: codes are."""
    path = demo.path
    descriptions = {r[0] for r in query(path, "SELECT description FROM lots")}
    notes = {r[0] for r in query(path, "SELECT note FROM movements")}
    assert not (descriptions | notes) & PROSE
    lot_codes = {r[0] for r in query(path, "SELECT description_code FROM lots")}
    note_codes = {r[0] for r in query(path, "SELECT note_code FROM movements")}
    assert {Wording.PUBLIC_CLOUD_CREDIT.value} <= lot_codes
    assert {Wording.PURCHASE_ORDER_CREATED.value, Wording.UNUSED_AT_EXPIRY.value} <= note_codes
    kinds = {r[0] for r in query(path, "SELECT kind FROM movements WHERE order_number IS NOT NULL")}
    assert MovementKind.ORDER_CREATED.value in kinds
    assert MovementKind.MANUAL.value not in kinds  # an order's creation is not an adjustment


def test_a_voucher_without_a_campaign_is_described_by_a_code(desk: Desk) -> None:
    from desktop_app.services import projects, vouchers

    projects.add_project(desk, "Web")
    plain = vouchers.issue_vouchers(desk, "10", TODAY.replace(year=2027))[0]
    named = vouchers.issue_vouchers(desk, "10", TODAY.replace(year=2027), campaign="GPU")[0]
    a = vouchers.redeem_voucher(desk, plain.code, "Web")
    b = vouchers.redeem_voucher(desk, named.code, "Web")
    assert (a.description, a.description_code) == ("", Wording.VOUCHER)
    assert (b.description, b.description_code) == ("GPU", None)


def test_the_exports_show_the_words_they_always_showed(demo: Desk, tmp_path: Path) -> None:
    listing.export_csv(demo, "credits", tmp_path / "credits.csv")
    lots = list(csv.DictReader((tmp_path / "credits.csv").open(encoding="utf-8")))
    credit = {r["description"] for r in lots if r["kind"] == LotKind.CREDIT.value}
    assert credit == {"Public Cloud credit"}
    listing.export_csv(demo, "movements", tmp_path / "moves.csv")
    moves = list(csv.DictReader((tmp_path / "moves.csv").open(encoding="utf-8")))
    by_kind = {(r["kind"], r["note"]) for r in moves}
    assert ("ORDER_CREATED", "purchase order created") in by_kind
    assert ("EXPIRE", "unused at expiry") in by_kind
    assert not any(r["kind"] == "MANUAL" for r in moves)
    assert ("BONUS", "Startup programme") in by_kind  # typed by the demo: stored as typed


@pytest.mark.parametrize("text", ["public cloud", "PUBLIC", "crédit public", "Cloud Credit"])
def test_a_search_finds_lots_by_the_words_they_are_shown_with(demo: Desk, text: str) -> None:
    found = listing.list_credits(demo, None, include_all=True, search=text)
    every = listing.list_credits(demo, None, include_all=True)
    credit = [lot for lot in every if lot.description_code is Wording.PUBLIC_CLOUD_CREDIT]
    assert credit and found == credit


def test_a_search_of_typed_text_still_finds_it(demo: Desk) -> None:
    found = listing.list_credits(demo, None, include_all=True, search="gpu trial")
    assert [lot.description for lot in found] == ["GPU trial"]


def test_every_code_has_words_in_both_languages() -> None:
    assert set(WORDS) == set(Wording)
    for code in Wording:
        assert words(code, "en") and words(code, "fr")
    assert words(Wording.UNUSED_AT_EXPIRY, "fr") == "inutilisé à l'expiration"
    assert codes_matching("") == ()
    assert codes_matching("EXPIR") == (Wording.UNUSED_AT_EXPIRY.value,)


def test_a_row_shows_the_programs_words_then_what_was_typed() -> None:
    assert shown(None, "typed") == "typed"
    assert shown(Wording.VOUCHER, "") == "Voucher"
    assert shown(Wording.VOUCHER, "typed", "fr") == "Voucher — typed"
    assert shown(None, "") == ""
