"""Money: exact arithmetic, and amounts typed by a person read exactly or refused (rule 12)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import (
    MAX_AMOUNT,
    check_amount,
    fmt,
    from_cents,
    parse_amount,
    parse_rate,
    parse_signed_percent,
    round_cents,
    to_cents,
    vat_of,
)

#: Spaces people and locales group thousands with; any Unicode space separator is one.
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "\u2007", "\u3000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100", "100.00"),
        ("100.5", "100.50"),
        ("100.50", "100.50"),
        ("100,50", "100.50"),
        ("1234.56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1 234,56", "1234.56"),
        ("1 234.56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u2009234,56", "1234.56"),
        ("1 234", "1234.00"),
        ("1 234 567", "1234567.00"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234,567.89", "1234567.89"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567", "1234567.00"),  # two group separators cannot be a decimal one
        ("1.234.567", "1234567.00"),
        ("1'234.56", "1234.56"),  # Swiss grouping: the apostrophe is never a decimal mark
        ("1\u2019234,56", "1234.56"),
        (" 42 ", "42.00"),
        ("0,01", "0.01"),
        ("007", "7.00"),
        ("+5", "5.00"),
        ("5 €", "5.00"),
        ("€5", "5.00"),
        ("1 234,56\u00a0€", "1234.56"),
        ("10000000", "10000000.00"),
        ("10 000 000,00", "10000000.00"),
    ],
)
def test_parse_amount_accepts_what_people_type(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "amount.empty"),
        ("  ", "amount.empty"),
        ("€", "amount.empty"),
        ("-5", "amount.negative"),
        ("\u22125", "amount.negative"),
        ("0", "amount.zero"),
        ("0,00", "amount.zero"),
        ("1.2345", "amount.too_precise"),
        ("100,5050", "amount.too_precise"),
        ("1234,567", "amount.too_precise"),  # 1234 is no thousands group: only a decimal reading
        ("0,500", "amount.too_precise"),
        ("1 234,567", "amount.too_precise"),
        ("1,234.567", "amount.too_precise"),
        ("NaN", "amount.malformed"),
        ("inf", "amount.malformed"),
        ("Infinity", "amount.malformed"),
        ("1e9", "amount.malformed"),
        ("abc", "amount.malformed"),
        ("12,34,56", "amount.malformed"),
        ("1,23.45", "amount.malformed"),
        ("12 34,56", "amount.malformed"),
        ("1 2 3", "amount.malformed"),
        ("1.2345,67", "amount.malformed"),
        ("1,234,56", "amount.malformed"),
        ("1.234.56", "amount.malformed"),
        ("1 234.567,89", "amount.malformed"),  # two kinds of grouping
        ("1'234 567", "amount.malformed"),
        ("0 123", "amount.malformed"),
        ("1  234", "amount.malformed"),
        ("1,,5", "amount.malformed"),
        (".5", "amount.malformed"),
        ("5.", "amount.malformed"),
        ("1_000", "amount.malformed"),
        ("\u0661\u0662", "amount.malformed"),  # Arabic-Indic digits are not read as amounts
        ("\u2460", "amount.malformed"),
        ("\uff11\uff10", "amount.malformed"),
        ("1\t234", "amount.malformed"),
        ("10000000.01", "amount.too_large"),
        ("99999999999", "amount.too_large"),
        ("9" * 27, "amount.too_large"),
        ("9" * 400 + ",99", "amount.too_large"),
        ("1 000 000 000 000 000 000 000 000 000", "amount.too_large"),
    ],
)
def test_parse_amount_refuses_with_a_code(text: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "grouped", "decimal", "plain", "cents"),
    [
        ("1,500", "1 500.00", "1.50", "1500", "1,50"),
        ("1.500", "1 500.00", "1.50", "1500", "1.50"),
        ("10,000", "10 000.00", "10.00", "10000", "10,00"),
        ("1,000", "1 000.00", "1.00", "1000", "1,00"),
        ("999.990", "999 990.00", "999.99", "999990", "999.99"),
        ("1,500 €", "1 500.00", "1.50", "1500", "1,50"),
    ],
)
def test_a_lone_separator_before_three_digits_is_ambiguous(
    text: str, grouped: str, decimal: str, plain: str, cents: str
) -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount(text)
    assert caught.value.code == "amount.ambiguous"
    assert caught.value.params == {
        "text": text,
        "grouped": grouped,
        "decimal": decimal,
        "plain": plain,
        "cents": cents,
    }


def test_an_ambiguous_form_whose_decimal_reading_is_not_in_cents_says_so() -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount("1.234")
    assert caught.value.code == "amount.ambiguous_thousands"
    assert caught.value.params == {
        "text": "1.234",
        "grouped": "1 234.00",
        "decimal": "1.234",
        "plain": "1234",
    }


def test_zero_allowed_when_asked() -> None:
    assert parse_amount("0", allow_zero=True) == Decimal("0.00")


def test_check_amount_refuses_huge_values_cleanly() -> None:
    for huge in (Decimal("1e30"), Decimal("9" * 40), Decimal("1e30") + Decimal("0.001")):
        with pytest.raises(DomainError) as caught:
            check_amount(huge)
        assert caught.value.code == "amount.too_large"
    with pytest.raises(DomainError) as caught:
        check_amount(Decimal("sNaN"))
    assert caught.value.code == "amount.malformed"


# -- properties: every accepted style reads back exactly; every bad form is refused ----------


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


def _styles(value: Decimal) -> list[str]:
    whole, cents = f"{value:.2f}".split(".")
    forms = [f"{whole}.{cents}", f"{whole},{cents}"]
    for space in [*SPACES, "'", "\u2019"]:
        forms += [f"{_group(whole, space)}.{cents}", f"{_group(whole, space)},{cents}"]
    forms += [f"{_group(whole, ',')}.{cents}", f"{_group(whole, '.')},{cents}"]
    if cents == "00":
        forms += [whole, _group(whole, " "), _group(whole, "\u00a0"), _group(whole, "'")]
        if len(whole) > 6:  # two group separators or more: grouping, never decimals
            forms += [_group(whole, ","), _group(whole, ".")]
    if cents.endswith("0"):
        forms += [f"{whole}.{cents[0]}", f"{_group(whole, chr(0x202F))},{cents[0]}"]
    return [*forms, f"{forms[2]} €", f"€{forms[0]}", f" +{forms[1]} "]


amounts = st.integers(min_value=1, max_value=to_cents(MAX_AMOUNT)).map(from_cents)


@given(amounts)
def test_every_accepted_style_reads_back_exactly(value: Decimal) -> None:
    for text in _styles(value):
        assert parse_amount(text) == value, text


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(".,"), st.sampled_from(["", " €"]))
def test_every_lone_group_of_three_is_refused_as_ambiguous(
    lead: int, group: int, sep: str, suffix: str
) -> None:
    text = f"{lead}{sep}{group:03d}{suffix}"
    with pytest.raises(DomainError) as caught:
        parse_amount(text)
    expected = "amount.ambiguous" if group % 10 == 0 else "amount.ambiguous_thousands"
    assert caught.value.code == expected
    assert caught.value.params["plain"] == f"{lead}{group:03d}"


@st.composite
def misplaced(draw: st.DrawFn) -> str:
    """A grouped amount with one group that is not three digits long (after the first)."""
    sep = draw(st.sampled_from([*SPACES, "'", ".", ","]))
    head = str(draw(st.integers(1, 999)))
    groups = draw(st.lists(st.integers(0, 999).map(lambda n: f"{n:03d}"), max_size=3))
    wrong = draw(st.text("0123456789", min_size=1, max_size=6).filter(lambda g: len(g) != 3))
    groups.insert(draw(st.integers(0, len(groups))), wrong)
    decimal = {".": ",", ",": "."}.get(sep, draw(st.sampled_from(".,")))
    cents = draw(st.sampled_from(["", decimal + "5", decimal + "50"]))
    if sep in ".," and len(groups) == 1 and not cents:
        cents = decimal + "50"  # '12.34' alone is a decimal, not a misplaced group
    return sep.join([head, *groups]) + cents


@given(misplaced())
def test_every_misplaced_separator_is_refused(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount(text)
    assert caught.value.code in {"amount.malformed", "amount.too_precise"}, text


@given(st.text())
def test_parse_amount_never_raises_anything_but_domain_error(text: str) -> None:
    _only_domain_errors(text)


@given(st.text("0123456789 .,'\u00a0\u202f\u2009-+\u2212\u20aceE%", max_size=40))
def test_parse_amount_on_amount_like_text(text: str) -> None:
    _only_domain_errors(text)


def _only_domain_errors(text: str) -> None:
    try:
        value = parse_amount(text)
    except DomainError as error:
        assert error.code.startswith("amount.")
        return
    assert Decimal("0.01") <= value <= MAX_AMOUNT
    assert value == value.quantize(Decimal("0.01"))
    assert parse_amount(fmt(value)) == value


@given(st.integers(min_value=1, max_value=1_000_000_000))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents


@given(st.integers(min_value=-1_000_000_000, max_value=1_000_000_000))
def test_cents_read_back_with_exactly_two_decimals(cents: int) -> None:
    value = from_cents(cents)
    assert value == Decimal(cents) / 100
    assert value.as_tuple().exponent == -2 and f"{value:f}".count(".") == 1
    assert to_cents(value) == cents


def test_to_cents_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(ValueError):
        to_cents(Decimal("1.001"))


def test_vat_rounds_half_up_once() -> None:
    assert vat_of(Decimal("0.03"), Decimal("20")) == Decimal("0.01")  # 0.006 -> 0.01
    assert vat_of(Decimal("0.02"), Decimal("20")) == Decimal("0.00")  # 0.004 -> 0.00
    assert vat_of(Decimal("10.025"), Decimal("100")) == Decimal("10.03")
    assert round_cents(Decimal("2.675")) == Decimal("2.68")  # a float would say 2.67
    assert vat_of(Decimal("123.45"), Decimal("5.5")) == Decimal("6.79")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10000))
def test_vat_is_exact_half_up(cents: int, rate_bp: int) -> None:
    amount, rate = from_cents(cents), from_cents(rate_bp)
    vat = vat_of(amount, rate)
    exact = Decimal(cents) * Decimal(rate_bp) / Decimal(1_000_000)  # euros
    assert abs(vat - exact) <= Decimal("0.005")
    assert vat == vat.quantize(Decimal("0.01"))


# -- percentages: their own words, never euros and cents ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20", "20"), ("5,5", "5.5"), ("5.50", "5.5"), ("0", "0"), ("100", "100"), (" 20 % ", "20")],
)
def test_parse_rate_reads_a_percentage(text: str, expected: str) -> None:
    assert parse_rate(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "percent.empty"),
        ("%", "percent.empty"),
        ("2.555", "percent.too_precise"),
        ("5,555", "percent.too_precise"),
        ("abc", "percent.malformed"),
        ("1 000", "percent.malformed"),
        ("1,000.5", "percent.malformed"),
        ("\u00b2", "percent.malformed"),
        ("NaN", "percent.malformed"),
        ("1e2", "percent.malformed"),
        ("-1", "percent.out_of_range"),
        ("100.01", "percent.out_of_range"),
        ("9" * 40, "percent.out_of_range"),
    ],
)
def test_parse_rate_refuses_in_percent_terms(text: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_rate(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2", "2"), ("-3,5", "-3.5"), ("\u22123.5 %", "-3.5"), ("+1.25", "1.25"), ("100", "100")],
)
def test_parse_signed_percent(text: str, expected: str) -> None:
    assert parse_signed_percent(text) == Decimal(expected)


def test_a_growth_with_three_decimals_talks_about_percent() -> None:
    with pytest.raises(DomainError) as caught:
        parse_signed_percent("2.555")
    assert (caught.value.code, caught.value.params) == ("percent.too_precise", {"text": "2.555"})
    with pytest.raises(DomainError) as caught:
        parse_signed_percent("-100.5")
    assert caught.value.code == "percent.out_of_range"
    assert caught.value.params == {"text": "-100.5", "minimum": "-100", "maximum": "100"}


@given(st.integers(-10000, 10000), st.sampled_from(".,"))
def test_every_percentage_in_range_reads_back(hundredths: int, sep: str) -> None:
    value = Decimal(hundredths).scaleb(-2)
    text = f"{value:.2f}".replace(".", sep)
    assert parse_signed_percent(text) == value
    if value >= 0:
        assert parse_rate(text + " %") == value


@given(st.text())
def test_percent_parsers_never_raise_anything_but_domain_error(text: str) -> None:
    for parse in (parse_rate, parse_signed_percent):
        try:
            parse(text)
        except DomainError as error:
            assert error.code.startswith("percent.")
