"""What a purchase order needs: a new ledger has none of it, the demo has all of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.services.demo import DEMO_SETTINGS, build_demo
from desktop_app.services.desk import DEFAULT_SETTINGS, Desk, update_settings
from desktop_app.services.details import ORDER_DETAILS, missing_order_details

TODAY = date(2026, 11, 26)


def test_a_new_ledger_starts_empty_and_misses_every_order_detail(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "new.sqlite3", today=TODAY) as desk:
        settings = desk.settings()
        assert all(settings[key] == "" for key in ORDER_DETAILS)
        assert settings == DEFAULT_SETTINGS  # nothing from the demo
        assert missing_order_details(desk) == list(ORDER_DETAILS)


def test_blank_details_still_count_as_missing(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "new.sqlite3", today=TODAY) as desk:
        update_settings(desk, {"buyer.name": "Atelier Martin", "payment.iban": "   "})
        assert missing_order_details(desk) == ["seller.name", "payment.iban"]


def test_the_demo_has_every_order_detail(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "demo.sqlite3", today=TODAY) as desk:
        build_demo(desk)
        assert missing_order_details(desk) == []
        assert desk.settings()["buyer.name"] == DEMO_SETTINGS["buyer.name"]
