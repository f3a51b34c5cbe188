"""The forecast's tables: the month-by-month table and the purchase plan."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.services import forecast as forecast_service
from desktop_app.ui import i18n
from desktop_app.ui.forecast.models import ForecastTableModel, PlanModel

PROJECT = "Data lake"  # the demo's project that loses a lot to expiry in December


def test_table_and_plan_models_pass_the_model_tester(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    spend = forecast_service.spend_from_history(demo_desk, PROJECT, 3)
    advice = forecast_service.advice(demo_desk, PROJECT, 24, spend)
    table = ForecastTableModel()
    table.set_forecast(advice.with_plan, advice.plan)
    qtmodeltester.check(table)
    assert table.rowCount() == 24 and table.columnCount() == 10
    plan = PlanModel()
    plan.set_plan(advice.plan, Decimal("20.00"))
    qtmodeltester.check(plan)
    assert plan.rowCount() == len(advice.plan) > 0
    first = plan.index(0, 2).data()
    assert first == i18n.money(advice.plan[0].amount * Decimal("1.2"))
