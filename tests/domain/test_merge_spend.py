"""One rule for a spend typed as lines (domain.forecast.merge_spend): the window's table and the
command line's ``--monthly`` give the forecast the same monthly spend."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import check_spend, merge_spend, run_forecast
from desktop_app.domain.model import InvoiceLine
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.domain.waterfall import normalise_product

from .test_waterfall import DAY

D = Decimal
#: Spellings of the same few products, as a person may type them.
NAMES = ("compute", "Compute", " COMPUTE ", "storage", "Storage", "ai")
amounts = st.integers(1, 1_000_000).map(from_cents)
lines = st.lists(st.builds(InvoiceLine, st.sampled_from(NAMES), amounts), min_size=1, max_size=8)
histories = st.dictionaries(st.sampled_from(("compute", "storage", "network")), amounts, max_size=3)


@settings(max_examples=200, deadline=None)
@given(lines, st.randoms(use_true_random=False), histories)
def test_the_order_of_the_lines_does_not_matter(typed, random, history) -> None:
    shuffled = list(typed)
    random.shuffle(shuffled)
    assert merge_spend(shuffled, history) == merge_spend(typed, history)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_the_lines_of_one_product_add_up_and_the_total_is_kept(typed) -> None:
    merged = merge_spend(typed)
    assert sum(merged.values(), ZERO) == sum((line.amount for line in typed), ZERO)
    for product, amount in merged.items():
        same = [ln.amount for ln in typed if normalise_product(ln.product) == product]
        assert amount == sum(same, ZERO) and same


@settings(max_examples=200, deadline=None)
@given(lines, histories)
def test_a_typed_product_replaces_its_history_average(typed, history) -> None:
    merged, alone = merge_spend(typed, history), merge_spend(typed)
    assert set(merged) == set(alone) | set(history)
    for product, amount in merged.items():
        assert amount == (alone[product] if product in alone else history[product])


def test_the_forecast_of_two_lines_is_the_forecast_of_their_sum() -> None:
    twice = merge_spend([InvoiceLine("compute", D(50)), InvoiceLine("Compute", D(100))])
    assert twice == {"compute": D(150)}
    forecast = run_forecast(1, DAY, 3, twice, [])
    assert [m.invoice.total_ht for m in forecast.months] == [D(150)] * 3


@pytest.mark.parametrize(
    ("amount", "code"),
    [(D(-1), "amount.negative"), (D(0), "amount.zero"), (D("1.001"), "amount.too_precise")],
)
def test_each_typed_line_is_checked_as_an_invoice_line(amount: Decimal, code: str) -> None:
    """A bad line is refused, never absorbed by another of the same product."""
    with pytest.raises(DomainError) as refused:
        merge_spend([InvoiceLine("compute", D(50)), InvoiceLine("compute", amount)])
    assert refused.value.code == code


def test_check_spend_refuses_a_spend_that_was_not_merged() -> None:
    """Two spellings of one product reaching the forecast are a bug, never silently one."""
    with pytest.raises(ValueError, match="merge_spend"):
        check_spend({"compute": D(50), "Compute": D(100)}, 3, ZERO)
    assert check_spend({"Compute": D(50)}, 3, ZERO) == {"compute": D(50)}
