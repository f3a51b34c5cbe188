"""The reconciliation written out (`ovh reconcile --csv --pdf`, the window's exports): every
line of the screen, user text escaped (a spreadsheet formula, PDF markup), fonts embedded."""

from __future__ import annotations

import csv
from pathlib import Path

from pypdf import PdfReader

from tests.helpers.ledger import Cli, dump
from tests.helpers.ovh_api import WEB, hostile_account, price, small_account, write


def test_the_csv_and_the_pdf_hold_every_line_escaped(cli: Cli, tmp_path: Path) -> None:
    account = small_account()
    account["projects"][WEB]["project"]["description"] = "<b>Shop</b> & =SUM(A1)"
    file = write(tmp_path / "ovh.json", account)
    cli.ok("ovh", "import", str(file))
    account["projects"][WEB]["credits"][0]["used_credit"] = price("130.40")
    account["projects"][WEB]["credits"][0]["available_credit"] = price("369.60")
    account["projects"][WEB]["credits"].append(
        dict(account["projects"][WEB]["credits"][0], id=999, bill="=cmd|' /C calc'!A0")
    )
    write(file, account)
    before = dump(cli.db)
    found = cli.ok("ovh", "reconcile", str(file), "--csv", str(tmp_path / "r.csv"),
                   "--pdf", str(tmp_path / "r.pdf"))  # fmt: skip
    assert dump(cli.db) == before
    with (tmp_path / "r.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["status", "project", "reference", "field", "ledger", "ovh"]
    name = "<b>Shop</b> & =SUM(A1)"
    assert rows[1:] == [
        ["differs", name, "FR51234567", "available", "379.60", "369.60"],
        ["differs", name, "FR51234567", "used", "120.40", "130.40"],
        ["missing_in_ledger", name, "'=cmd|' /C calc'!A0", "", "", "500.00"],
        ["matched", name, "TRY-OLD-0001", "", "50.00", "50.00"],
        ["matched", name, "WELCOME-2026-AB12", "", "200.00", "200.00"],
    ]
    assert len(found["differences"]) == 3
    reader = PdfReader(tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Reconciliation with OVHcloud" in text
    assert "<b>Shop</b>" in text and "=SUM(A1)" in text  # shown as typed, not as markup
    assert "missing in the ledger" in text and "differs" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_the_pdf_in_french(cli: Cli, tmp_path: Path) -> None:
    file = write(tmp_path / "ovh.json", small_account())
    cli.ok("ovh", "import", str(file))
    cli.ok("settings", "--set", "language=fr")
    cli.ok("ovh", "reconcile", str(file), "--pdf", str(tmp_path / "r.pdf"))
    text = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert "Rapprochement avec OVHcloud" in text and "concorde" in text


def test_a_hostile_account_imports_as_plain_text(cli: Cli, tmp_path: Path) -> None:
    file = write(tmp_path / "ovh.json", hostile_account())
    done = cli.ok("ovh", "import", str(file))
    assert done["lots"] == {"added": 4, "matched": 0, "differ": 0}
    lots = {x["reference"]: x for x in cli.ok("credit", "list", "--project",
                                               "<b>Shop</b> & =SUM(A1)", "--all")}  # fmt: skip
    assert lots["WELCOME-2026-AB12"]["products"] == ["instance"]  # one product, as kept
    assert lots["=cmd|' /C calc'!A0"]["total"] == "0.30"  # the text, not the float's noise
    assert lots["FR51234567"]["description"] == "<script>alert(1)</script>"
    assert "ÉTÉ-2026-ÇA" in lots
    assert cli.ok("ovh", "reconcile", str(file), "--csv", str(tmp_path / "r.csv"),
                  "--pdf", str(tmp_path / "r.pdf"))["differences"] == []  # fmt: skip
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "'=cmd|' /C calc'!A0" in text and "\n=cmd" not in text
    pdf = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "ÉTÉ-2026-ÇA" in pdf and "<b>Shop</b>" in pdf
    assert cli.ok("check")["ok"] is True
