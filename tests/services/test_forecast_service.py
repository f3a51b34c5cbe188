from decimal import Decimal

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import PLANNED_ID_BASE
from desktop_app.domain.model import InvoiceLine
from desktop_app.services import forecast, invoices, listing
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from tests.helpers.pg import dump_any

D = Decimal


def test_forecast_one_month_is_the_simulation_and_touches_nothing(desk: Desk) -> None:
    build_demo(desk)
    before = dump_any(desk.shown)
    for project in ("Production web", "Data lake", "Staging & tests", "ML training"):
        spend = forecast.spend_from_history(desk, project, 3)
        result = forecast.forecast(desk, project, 1, spend)
        lines = [InvoiceLine(p, a) for p, a in sorted(spend.items())]
        simulated = invoices.simulate_invoice(desk, project, desk.today, lines)
        assert result.months[0].invoice == simulated
        long = forecast.forecast(desk, project, 36, spend, growth=D("2"))
        assert len(long.months) == 36
        advice = forecast.advice(desk, project, 24, spend)
        assert advice.with_plan.payment_total == D("0.00")
    assert dump_any(desk.shown) == before


def test_demo_data_lake_loses_credit_and_the_advisor_sizes_a_purchase(desk: Desk) -> None:
    build_demo(desk)
    spend = forecast.spend_from_history(desk, "Data lake", 3)
    result = forecast.forecast(desk, "Data lake", 12, spend)
    alerts = {lot.reference for lot in listing.expiry_alerts(desk, 30)}
    assert {e.reference for e in result.lost} <= alerts | {
        lot.reference for lot in listing.list_credits(desk, "Data lake")
    }
    advice = forecast.advice(desk, "Data lake", 12, spend)
    check = forecast.forecast(desk, "Data lake", 14, spend, purchases=[advice.max_purchase])
    assert check.lost_of(PLANNED_ID_BASE) == D("0.00")


def test_history_needs_invoices(desk: Desk) -> None:
    from desktop_app.services.projects import add_project

    add_project(desk, "Empty")
    with pytest.raises(DomainError) as caught:
        forecast.spend_from_history(desk, "Empty", 3)
    assert caught.value.code == "forecast.no_history"
