"""services.output: the output-path guard, the atomic writer, CSV cells; and the backups' names."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.services import forecast as forecast_service
from desktop_app.services import integrity, projects
from desktop_app.services.desk import Desk
from desktop_app.services.forecast_export import write_forecast_csv, write_forecast_pdf
from desktop_app.services.output import (
    FORMULA_STARTS,
    check_output,
    check_output_folder,
    csv_cell,
    write_atomically,
    write_csv,
)
from desktop_app.storage.sqlite import backups
from tests.helpers.pg import dump_any
from tests.services.conftest import dump


def _code(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(DomainError) as refused:
        call(*args, **kwargs)  # type: ignore[operator]
    return refused.value.code


# -- check_output ----------------------------------------------------------------------------
def test_the_ledger_is_known_from_the_desk_or_its_path(desk: Desk) -> None:
    path = desk.path
    assert _code(check_output, desk, path) == "output.is_ledger"
    assert _code(check_output, path, path.parent / "x" / ".." / path.name) == "output.is_ledger"
    assert _code(check_output, str(path), Path(str(path) + "-wal")) == "output.is_ledger"
    assert check_output(None, path) == path  # no ledger at hand: only the kind is checked


def test_the_kind_of_target_is_checked_without_a_ledger(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert _code(check_output, None, fifo) == "output.not_a_file"
    assert _code(check_output, None, tmp_path) == "output.is_directory"
    new = tmp_path / "new.csv"
    assert check_output(None, new) == new and not new.exists()


def test_a_path_too_long_for_the_system_is_refused_in_words(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(["d" * 250] * 20), "x.csv")  # each part fine, the whole not
    assert _code(check_output, None, deep) == "output.name_too_long"
    assert _code(write_csv, deep, ["a"], [["1"]]) == "output.name_too_long"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file")
def test_a_read_only_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("kept")
    target.chmod(0o444)
    assert _code(write_csv, target, ["a"], [["1"]]) == "output.read_only"
    assert target.read_text() == "kept"


def test_a_folder_for_screenshots(desk: Desk, tmp_path: Path) -> None:
    made = check_output_folder(desk, tmp_path / "shots" / "today")
    assert made.is_dir()
    afile = tmp_path / "a.png"
    afile.write_bytes(b"picture")
    assert _code(check_output_folder, desk, afile) == "output.not_a_folder"
    assert afile.read_bytes() == b"picture"
    assert _code(check_output_folder, desk, desk.path) == "output.is_ledger"


# -- write_atomically ------------------------------------------------------------------------
def test_a_failing_fill_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def fill(out: BinaryIO) -> None:
        out.write(b"half")
        raise DomainError("export.cancelled")

    assert _code(write_atomically, None, target, fill) == "export.cancelled"
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failing_rename_is_the_writers_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    fill = lambda out: out.write(b"new")  # noqa: E731
    assert _code(write_atomically, None, target, fill, refusal="pdf.cannot_write") == (
        "pdf.cannot_write"
    )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_new_files_follow_the_umask_and_replaced_ones_keep_their_mode(
    tmp_path: Path, umask: int
) -> None:
    old = os.umask(umask)
    try:
        fresh = write_atomically(None, tmp_path / "fresh.bin", lambda out: out.write(b"x"))
        kept = tmp_path / "kept.bin"
        kept.write_bytes(b"old")
        kept.chmod(0o604)
        write_atomically(None, kept, lambda out: out.write(b"new"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and kept.read_bytes() == b"new"


# -- every writer goes through the guard -----------------------------------------------------
def test_forecast_exports_never_replace_the_ledger(desk: Desk, tmp_path: Path) -> None:
    projects.add_project(desk, "Web")
    spend = {"compute": Decimal("10.00")}
    result = forecast_service.forecast(desk, "Web", 3, spend)
    before = dump_any(desk.shown)
    ledger = desk.path
    assert _code(write_forecast_csv, result, ledger, ledger=desk) == "output.is_ledger"
    code = _code(write_forecast_pdf, desk, "Web", result, ledger, spend=spend)
    assert code == "output.is_ledger"
    assert _code(write_forecast_pdf, desk, "Web", result, tmp_path, spend=spend) == (
        "output.is_directory"
    )
    assert dump_any(desk.shown) == before
    assert write_forecast_csv(result, tmp_path / "f.csv", ledger=desk) == 3


# -- CSV cells -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 12", "'+33 6 12"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-12.50", "-12.50"),
        ("-12", "-12"),
        ("12.50", "12.50"),
        ("PO-2026-00001", "PO-2026-00001"),
        ("a=b", "a=b"),
        ("", ""),
        ("-", "'-"),
        ("-1e5", "'-1e5"),
    ],
)
def test_csv_cell(cell: str, written: str) -> None:
    assert csv_cell(cell) == written


@given(st.text())
def test_no_cell_is_read_as_a_formula(text: str) -> None:
    cell = csv_cell(text)
    assert cell in (text, "'" + text)
    if cell.startswith(FORMULA_STARTS):
        Decimal(cell)  # only a plain number is left as it is


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_amounts_stay_numbers(amount: Decimal) -> None:
    assert csv_cell(f"{amount:.2f}") == f"{amount:.2f}"


# -- backups ---------------------------------------------------------------------------------
class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz: object = None) -> _FrozenClock:  # type: ignore[override]
        return cls(2026, 1, 31, 12, 0, 0)


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_backups_in_the_same_second_get_their_own_names(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "datetime", _FrozenClock)
    monkeypatch.setattr(backups, "BACKUPS_PER_SECOND", 3)
    made = [integrity.backup(desk) for _ in range(3)]
    assert [p.name for p in made] == [
        "ledger.backup.20260131-120000.sqlite3",
        "ledger.backup.20260131-120000-2.sqlite3",
        "ledger.backup.20260131-120000-3.sqlite3",
    ]
    assert all(dump(p) == dump_any(desk.shown) for p in made)
    assert _code(integrity.backup, desk) == "backup.same_second"


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_a_backup_never_replaces_a_file_or_the_ledger(desk: Desk, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"someone else's")
    assert _code(integrity.backup, desk, other) == "export.cannot_write"
    assert other.read_bytes() == b"someone else's"
    assert _code(integrity.backup, desk, desk.path) == "output.is_ledger"
    target = integrity.backup(desk, tmp_path / "new" / "copy.sqlite3")
    assert dump(target) == dump_any(desk.shown)
