"""Bad dumps: each refused in words, exit 1, the ledger's rows identical afterwards
(``Cli.refused`` compares every row of every table), nothing half-imported."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.ledger import Cli
from tests.helpers.ovh_api import (
    DATA,
    LAB,
    WEB,
    cloud_credit,
    cloud_project,
    price,
    small_account,
    write,
)


@pytest.fixture
def imported(cli: Cli, tmp_path: Path) -> Cli:
    """A ledger that already holds the small account, and a project typed here."""
    cli.ok("ovh", "import", str(write(tmp_path / "first.json", small_account())))
    cli.ok("project", "add", "Typed here")
    return cli


def _with_second_project(credit: dict[str, Any]) -> dict[str, Any]:
    """The small account plus a project DATA whose one credit is ``credit``: a refusal in
    the second project must leave the first one unimported too."""
    account = small_account()
    account["projects"][DATA] = {"project": cloud_project(DATA, "Data"), "credits": [credit]}
    return account


def _eur(text: str, value: Any) -> dict[str, Any]:
    return {"currencyCode": "EUR", "text": text, "value": value}


def _good() -> dict[str, Any]:
    return cloud_credit(900, "10.00", "0.00", "10.00", "2026-01-01T00:00:00+01:00",
                        "2026-12-31T23:59:59+01:00", bill="FR1")  # fmt: skip


def _refused(cli: Cli, tmp_path: Path, content: Any, expect: str, *, raw: bool = False) -> str:
    file = tmp_path / "bad.json"
    if raw:
        file.write_bytes(content if isinstance(content, bytes) else content.encode())
    else:
        write(file, content)
    for command in ("import", "reconcile"):
        line = cli.refused("ovh", command, str(file), expect=expect)
    return line


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        ("{not json", "not JSON"),
        (b"\xff\xfe\x00garbage", "not JSON"),
        ("", "not JSON"),
        ('{"projects": {}, "projects": {}}', "twice"),
        ('{"generated_at": "2026-01-31T08:00:00+01:00", "projects": {"a": '
         '{"project": {}, "credits": [{"id": 1, "total_credit": {"currencyCode": "EUR", '
         '"value": NaN}}]}}}', "not an amount"),
        ('{"generated_at": "2026-01-31T08:00:00+01:00", "projects": {"a": '
         '{"project": {}, "credits": [{"id": 1, "voucher": "V", "validity": {"from": '
         '"2026-01-01T00:00:00+01:00", "to": "2027-01-01T00:00:00+01:00"}, "total_credit": '
         '{"currencyCode": "EUR", "value": 1e400}}]}}}', "maximum"),
    ],
)  # fmt: skip
def test_what_is_not_json_is_refused(
    imported: Cli, tmp_path: Path, content: str | bytes, expect: str
) -> None:
    _refused(imported, tmp_path, content, expect, raw=True)


@pytest.mark.parametrize(
    "content", [[1, 2], {"foo": 1}, {"projects": []}, "a string", None, {"projects": {"x": 1}}]
)
def test_json_of_another_shape_is_refused(imported: Cli, tmp_path: Path, content: Any) -> None:
    line = _refused(imported, tmp_path, content, "")
    assert "dump" in line or "shape" in line, line


def test_a_credit_without_its_amounts_is_refused_saying_where(
    imported: Cli, tmp_path: Path
) -> None:
    credit = _good()
    del credit["total_credit"]
    line = _refused(imported, tmp_path, _with_second_project(credit), "credit 900")
    assert "total_credit" in line and DATA in line


def test_another_currency_is_not_supported_yet(imported: Cli, tmp_path: Path) -> None:
    credit = _good()
    credit["total_credit"] = price("10.00", "CAD")
    line = _refused(imported, tmp_path, _with_second_project(credit), "not supported yet")
    assert "CAD" in line and "EUR" in line


@pytest.mark.parametrize(
    ("field", "value", "expect"),
    [
        ("total_credit", _eur("-10.00 €", -10.0), "negative"),
        ("used_credit", _eur("-1.00 €", -1.0), "negative"),
        ("total_credit", _eur("1e12", 1e12), "maximum"),
        ("total_credit", _eur("10.00 €", 99.0), "not the same"),
        ("total_credit", _eur("0.00 €", 0.0), "zero"),
        ("total_credit", _eur("x", 1.234), "fractions of a cent"),
        ("used_credit", _eur("20.00 €", 20.0), "more than the total"),
        ("total_credit", _eur("ten", True), "not an amount"),
    ],
)  # fmt: skip
def test_negative_or_absurd_amounts_are_refused(
    imported: Cli, tmp_path: Path, field: str, value: Any, expect: str
) -> None:
    credit = _good()
    credit[field] = value
    _refused(imported, tmp_path, _with_second_project(credit), expect)


@pytest.mark.parametrize("day", ["2026-01-01T00:00:00", "2026-01-01", "yesterday", 20260101])
def test_dates_without_offsets_are_refused(imported: Cli, tmp_path: Path, day: Any) -> None:
    credit = _good()
    credit["validity"]["from"] = day
    line = _refused(imported, tmp_path, _with_second_project(credit), "validity.from")
    assert "offset" in line or "not a date" in line, line


def test_a_dump_generated_without_an_offset_is_refused(imported: Cli, tmp_path: Path) -> None:
    account = small_account()
    account["generated_at"] = "2026-01-31T08:00:00"
    _refused(imported, tmp_path, account, "no UTC offset")


def test_a_validity_that_ends_before_it_starts_is_refused(imported: Cli, tmp_path: Path) -> None:
    credit = _good()
    credit["validity"] = {"from": "2026-02-01T00:00:00+01:00", "to": "2026-02-01T00:00:00+01:00"}
    _refused(imported, tmp_path, _with_second_project(credit), "ends before it starts")


def test_duplicate_ids_are_refused(imported: Cli, tmp_path: Path) -> None:
    twice = _with_second_project(_good())
    twice["projects"][DATA]["credits"].append(copy.deepcopy(_good()))
    _refused(imported, tmp_path, twice, "credit 900 twice")
    across = _with_second_project(_good())
    across["projects"][DATA]["credits"][0]["id"] = 101  # the Web shop's
    _refused(imported, tmp_path, across, "credit 101 twice")
    details = small_account()
    bill = details["bills"][0]
    bill["details"].append(copy.deepcopy(bill["details"][0]))
    _refused(imported, tmp_path, details, "twice")
    text = json.dumps(small_account())
    same_key = text.replace('"projects": {', f'"projects": {{"{WEB}": {{}}, ', 1)
    _refused(imported, tmp_path, same_key, "twice", raw=True)


def test_a_200_mb_file_is_refused_with_its_limit(imported: Cli, tmp_path: Path) -> None:
    file = tmp_path / "huge.json"
    with file.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written to the disk
    for command in ("import", "reconcile"):
        line = imported.refused("ovh", command, str(file), expect="limit of 100 MB")
        assert "209715200" in line


def test_a_missing_file_is_refused(imported: Cli, tmp_path: Path) -> None:
    imported.refused("ovh", "import", str(tmp_path / "nowhere.json"), expect="cannot read")
    imported.refused("ovh", "import", str(tmp_path), expect="not a regular file")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    imported.refused("ovh", "import", str(fifo), expect="not a regular file")  # never waits


def test_a_project_named_like_a_local_project_of_another_id_is_refused(
    imported: Cli, tmp_path: Path
) -> None:
    other = small_account()
    entry = other["projects"].pop(WEB)
    entry["project"] = cloud_project(DATA, "WEB  SHOP")
    for credit in entry["credits"]:
        credit["id"] += 1000
    other["projects"][DATA] = entry
    line = _refused(imported, tmp_path, other, "rename the local project")
    assert DATA in line and WEB in line


def test_two_projects_of_one_name_in_a_dump_are_refused(imported: Cli, tmp_path: Path) -> None:
    account = _with_second_project(_good())
    account["projects"][DATA]["project"] = cloud_project(DATA, "Twin")
    second = {"project": cloud_project(LAB, "TWIN"), "credits": []}
    account["projects"][LAB] = second
    _refused(imported, tmp_path, account, "Twin")


def test_a_hostile_dump_is_refused_in_words(imported: Cli, tmp_path: Path) -> None:
    """Text that would reorder or hide what is shown (bidi overrides, control characters)."""
    account = _with_second_project(_good())
    account["projects"][DATA]["project"]["description"] = "Data\u202egnp.exe"
    _refused(imported, tmp_path, account, "")
    account = _with_second_project(_good())
    account["projects"][DATA]["credits"][0]["description"] = "bell\x07"
    _refused(imported, tmp_path, account, "")
    account = _with_second_project(_good())
    account["projects"][DATA]["credits"][0]["id"] = "1; DROP TABLE lots"
    _refused(imported, tmp_path, account, "integer id")
    deep = '{"projects": ' + "[" * 100_000 + "]" * 100_000 + "}"
    _refused(imported, tmp_path, deep, "", raw=True)


@pytest.mark.parametrize(
    ("field", "value", "expect"),
    [
        ("validity", {"from": "2026-01-01T00:00:00+01:00", "to": "9999-12-31T23:59:59+01:00"},
         "not a believable date"),
        ("validity", {"from": "0001-01-01T00:00:00+00:00", "to": "2027-01-01T00:00:00+01:00"},
         "not a believable date"),
        ("id", 2**70, "integer id"),
        ("id", -5, "integer id"),
        ("products", ["x" * 200], "product"),
        ("voucher", "V" * 500, ""),
    ],
)  # fmt: skip
def test_absurd_dates_ids_and_names_are_refused(
    imported: Cli, tmp_path: Path, field: str, value: Any, expect: str
) -> None:
    credit = _good()
    credit[field] = value
    _refused(imported, tmp_path, _with_second_project(credit), expect)


def test_a_long_description_is_kept_cut(cli: Cli, tmp_path: Path) -> None:
    account = small_account()
    account["projects"][WEB]["credits"][0]["description"] = "word " * 400
    cli.ok("ovh", "import", str(write(tmp_path / "ovh.json", account)))
    (lot,) = [x for x in cli.ok("credit", "list", "--project", "Web shop", "--all")
              if x["reference"] == "FR51234567"]  # fmt: skip
    assert 0 < len(lot["description"]) <= 500
