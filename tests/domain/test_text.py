"""Names and texts typed by a person: one cleaner, one uniqueness key (issue 14)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.rules import MAX_NAME, clean_name
from desktop_app.domain.text import clean_text, has_visible, name_key, whole_number

CAFE_NFC = "Caf\u00e9"
CAFE_NFD = "Cafe\u0301"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Alpha  ", "Alpha"),
        ("Alpha\u00a0\u202f\u2009 Beta", "Alpha Beta"),  # every Unicode space, collapsed to one
        ("Alpha\tBeta\nGamma\r\n", "Alpha Beta Gamma"),  # a pasted newline or tab is a space
        (CAFE_NFD, CAFE_NFC),  # NFC
        ("Al\u200bpha\u2060\ufeff", "Alpha"),  # zero-width space, word joiner, BOM removed
        ("soft\u00adhyphen", "softhyphen"),
        ("\u200dAlpha\u200c", "Alpha"),  # a joiner at an edge joins nothing: removed
        ("a \u200d b", "a b"),  # nor next to a space
        ("\U0001f469\u200d\U0001f4bb team", "\U0001f469\u200d\U0001f4bb team"),  # emoji ZWJ kept
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
        ("\u2764\ufe0f ops", "\u2764\ufe0f ops"),  # a variation selector after its base: kept
        ("\ufe0fops", "ops"),  # ... and alone: removed
        ("Web\u3164", "Web"),  # a Hangul filler is invisible
    ],
)
def test_clean_text_normalises(typed: str, stored: str) -> None:
    assert clean_text(typed) == stored


@pytest.mark.parametrize(
    ("typed", "code", "char"),
    [
        ("Alpha\x1b[31m", "text.control", "U+001B"),  # ESC
        ("ring\x07", "text.control", "U+0007"),  # BEL
        ("del\x7f", "text.control", "U+007F"),  # DEL
        ("c1\x9b", "text.control", "U+009B"),  # a C1 control (CSI)
        ("nel\x85", "text.control", "U+0085"),
        ("form\x0cfeed", "text.control", "U+000C"),
        ("unit\x1fsep", "text.control", "U+001F"),
        ("nul\x00", "text.control", "U+0000"),
        ("invoice\u202egpj.exe", "text.bidi", "U+202E"),
        ("\u202aLTR", "text.bidi", "U+202A"),
        ("iso\u2066late\u2069", "text.bidi", "U+2066"),
        ("mark\u200e", "text.bidi", "U+200E"),
        ("mark\u200f", "text.bidi", "U+200F"),
        ("arabic\u061c", "text.bidi", "U+061C"),
        ("broken\udc80", "text.unusable", "U+DC80"),  # a lone surrogate (undecodable argv)
        ("private\ue000", "text.unusable", "U+E000"),
        ("unassigned\U000e0fff", "text.unusable", "U+E0FFF"),
        ("nonchar\uffff", "text.unusable", "U+FFFF"),
    ],
)
def test_clean_text_refuses_controls_bidi_and_unusable(typed: str, code: str, char: str) -> None:
    with pytest.raises(DomainError) as caught:
        clean_text(typed)
    assert caught.value.code == code
    assert caught.value.params["char"] == char
    # the refusal never quotes the text itself: a control character would reach the terminal
    assert all(typed not in str(value) for value in caught.value.params.values())


def test_multiline_keeps_newlines_and_refuses_other_controls() -> None:
    typed = "  2 rue des  Serveurs \r\n\r\n59100\u00a0Roubaix\rFrance\u2028Europe\n"
    assert clean_text(typed, multiline=True) == "2 rue des Serveurs\n59100 Roubaix\nFrance\nEurope"
    with pytest.raises(DomainError) as caught:
        clean_text("2 rue\n\x1b[2J", multiline=True)
    assert caught.value.code == "text.control"


def test_clean_text_has_a_length_limit() -> None:
    assert clean_text("x" * 10, maximum=10) == "x" * 10
    with pytest.raises(DomainError) as caught:
        clean_text("x" * 11, maximum=10)
    assert (caught.value.code, caught.value.params) == ("text.too_long", {"maximum": 10})


@pytest.mark.parametrize(
    "typed", ["", "   ", "\u200b", "\u200b\u2060\ufeff", "\u00ad", "\u3164", "\u200d", "\u0301"]
)
def test_a_name_needs_a_visible_character(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        clean_name(typed)
    assert caught.value.code == "project.name_empty"


@pytest.mark.parametrize("typed", ["123", "\u2460", "\u00b2", "\uff11\uff12", "1\u200b2"])
def test_a_name_of_digits_is_refused_whatever_the_digits(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        clean_name(typed)
    assert caught.value.code == "project.name_numeric"


def test_clean_name_codes_follow_what_is_named() -> None:
    with pytest.raises(DomainError) as caught:
        clean_name("x" * (MAX_NAME + 1), what="payment_method")
    assert caught.value.code == "payment_method.name_too_long"
    with pytest.raises(DomainError) as caught:
        clean_name("Visa\x1b", what="payment_method")
    assert caught.value.code == "text.control"
    assert clean_name(" Visa \u200b 4242 ", what="payment_method") == "Visa 4242"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alpha", "Alpha\u200b"),
        ("Alpha", "ALPHA"),
        ("Alpha", " alpha "),
        ("Alpha Beta", "Alpha\u00a0 Beta"),
        (CAFE_NFC, CAFE_NFD),
        (CAFE_NFC, "CAF\u00c9"),
        ("Stra\u00dfe", "STRASSE"),  # casefold, not lower
        ("\ufb01le", "file"),  # NFKC: the ligature is two letters
        ("Web 1", "Web \u2460"),
        ("Al\u200dpha", "Alpha"),  # joiners never tell two names apart
    ],
)
def test_name_key_makes_near_duplicates_one_name(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert name_key(clean_text(a)) == name_key(clean_text(b))


def test_name_key_tells_real_differences_apart() -> None:
    assert name_key("Alpha") != name_key("Alpha 2")
    assert name_key("Cafe") != name_key(CAFE_NFC)
    assert name_key("Web-1") != name_key("Web 1")


@given(st.text())
def test_clean_text_never_raises_anything_but_domain_error(text: str) -> None:
    try:
        cleaned = clean_text(text, multiline=True)
    except DomainError as error:
        assert error.code.startswith("text.")
        return
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert all(
        unicodedata.category(c) not in ("Cc", "Cs", "Co", "Cn") or c == "\n" for c in cleaned
    )
    assert "  " not in cleaned
    assert clean_text(cleaned, multiline=True) == cleaned  # idempotent


@given(st.text())
def test_name_key_is_total_and_stable(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key
    assert all(unicodedata.category(c) != "Cc" for c in key)


@given(st.text())
def test_a_clean_name_keeps_its_key(text: str) -> None:
    try:
        cleaned = clean_name(text)
    except DomainError:
        return
    assert has_visible(cleaned)
    assert name_key(cleaned) == name_key(text)
    assert clean_name(cleaned) == cleaned


@pytest.mark.parametrize(
    ("text", "value"),
    [("0", 0), ("42", 42), (" 007 ", 7), ("9" * 60, 10**40)],
)
def test_whole_number_reads_ascii_digits(text: str, value: int) -> None:
    assert whole_number(text) == value


@pytest.mark.parametrize(
    "text", ["", " ", "-1", "+1", "1_000", "1.0", "\u2460", "\u00b2", "\u0663", "\uff11", "1 2"]
)
def test_whole_number_is_ascii_digits_only(text: str) -> None:
    assert whole_number(text) is None


@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_the_quick_ascii_path_agrees_with_the_full_one(text: str) -> None:
    # a zero-width space sends the same text down the full path, and is removed there
    assert clean_text(text, maximum=None) == clean_text(text + "\u200b", maximum=None)
    assert name_key(text) == name_key(text + "\u200b")
