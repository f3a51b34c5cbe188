"""The voucher catalogue in the window (Credit > Voucher catalogue…): every code, redeemed or
not, by campaign (qtmodeltester), the CSV of what it shows, the same rows as `voucher list`."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from desktop_app.domain.model import VoucherStatus
from desktop_app.services import voucher_catalogue, vouchers
from desktop_app.services.desk import Desk
from desktop_app.ui.vouchers.catalogue import VoucherCatalogueDialog, VoucherCatalogueModel
from tests.helpers.files import dump
from tests.helpers.jobs import finish


def _issue(desk: Desk) -> None:
    vouchers.issue_vouchers(desk, "75", date(2027, 1, 26), count=3, campaign="Partner event")
    vouchers.issue_vouchers(desk, "10", date(2027, 1, 26))  # no campaign


def test_the_model_pages_every_code_with_its_status(qtmodeltester, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    _issue(posted)
    model = VoucherCatalogueModel(posted)
    model.PAGE = 2
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    codes = [model.index(r, 0).data() for r in range(5)]
    assert codes == sorted(codes)  # by code, pages read from either end alike
    redeemed = next(r for r in range(5) if model.index(r, 6).data() == "Redeemed")
    assert model.index(redeemed, 7).data() == "Production web"
    assert model.index(redeemed, 8).data() == "01/10/2026"
    assert model.index(0, 4).data() == "every product"


def test_the_dialog_filters_by_status_and_campaign_and_exports_them(
    qtbot, window, posted: Desk, save_as, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _issue(posted)
    dialog = window.extras.show_voucher_catalogue()
    assert isinstance(dialog, VoucherCatalogueDialog) and dialog.isVisible()
    assert dialog.model.total() == 5 and dialog.count.text() == "5 code(s)"
    names = [dialog.campaign.itemText(i) for i in range(dialog.campaign.count())]
    assert names == ["All campaigns", "(no campaign)", "Partner event", "Spring"]
    dialog.status.setCurrentIndex(dialog.status.findData(VoucherStatus.REDEEMED.value))
    assert dialog.model.total() == 1
    dialog.status.setCurrentIndex(dialog.status.findData(VoucherStatus.AVAILABLE.value))
    dialog.campaign.setCurrentIndex(dialog.campaign.findData("Partner event"))
    assert dialog.model.total() == 3
    before = dump(posted.path)
    target = tmp_path / "codes.csv"
    save_as(target)
    assert finish(qtbot, dialog.export_csv()) == target
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["code"] for row in rows] == [v.code for v in dialog.model.rows()]
    assert {(row["status"], row["campaign"], row["amount"]) for row in rows} == {
        ("available", "Partner event", "75.00")}  # fmt: skip
    assert dump(posted.path) == before
    assert window.extras.show_voucher_catalogue() is dialog  # one at a time


def test_the_window_and_the_command_line_list_the_same_codes(posted: Desk) -> None:
    _issue(posted)
    wanted = voucher_catalogue.catalogue_filter(posted, "available")
    model = VoucherCatalogueModel(posted)
    model.set_filter(wanted)
    listed = [v.code for v in voucher_catalogue.iter_vouchers(posted, wanted, batch=2)]
    assert [v.code for v in model.rows()] == listed and len(listed) == 4


def test_the_menu_has_it_with_its_shortcut(window) -> None:  # type: ignore[no-untyped-def]
    action = window.extras.catalogue_action
    assert action in window.credit_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    assert action.text() == "Voucher &catalogue…"
