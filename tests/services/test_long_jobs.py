"""What the window's worker runs (ui/widgets/jobs.py), at the service level: a Cancel seen
at any step leaves the ledger as it was, even in the middle of the write."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.codes import new_code
from desktop_app.domain.errors import DomainError
from desktop_app.services import accounts, orders, projects, vouchers
from desktop_app.services.desk import Desk
from desktop_app.storage.queries import VoucherQuery
from tests.helpers.pg import dump_any


def _codes_csv(path: Path, count: int) -> Path:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(new_code())
    rows = [f"{code},25.00,2027-06-30" for code in sorted(codes)]
    path.write_text("code,amount,expires_on\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
@pytest.mark.parametrize("stop_at", ["reading", "writing"])
def test_a_cancelled_import_leaves_the_ledger_as_it_was(
    desk: Desk, tmp_path: Path, stop_at: str
) -> None:
    source = _codes_csv(tmp_path / "codes.csv", 12_000)
    before = dump_any(desk.shown)
    seen: list[tuple[int, int]] = []

    lines = 12_001  # the header and the codes: read first, then written

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return stop_at == "writing" and done < lines  # Cancel once every line is read

    result = vouchers.import_vouchers(desk, source, progress=progress)
    assert result.cancelled and result.imported == 0
    assert dump_any(desk.shown) == before
    if stop_at == "writing":
        assert seen[-1][0] >= lines  # the bar's second half: the write, rolled back
    assert not desk._ledger.conn.in_transaction  # type: ignore[attr-defined]


def test_an_import_reports_progress_up_to_the_end(desk: Desk, tmp_path: Path) -> None:
    source = _codes_csv(tmp_path / "codes.csv", 11_000)
    seen: list[tuple[int, int]] = []
    result = vouchers.import_vouchers(desk, source, progress=lambda d, t: not seen.append((d, t)))
    assert result.imported == 11_000 and not result.cancelled
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def _orders(desk: Desk, count: int) -> list[str]:
    projects.add_project(desk, "Web", "")
    accounts.add_payment_method(desk, "card", "Card", default=True)
    return [orders.buy_credit(desk, "Web", "100").number for _ in range(count)]


def test_a_batch_of_order_pdfs_goes_into_one_folder(desk: Desk, tmp_path: Path) -> None:
    numbers = _orders(desk, 3)
    before = dump_any(desk.shown)
    written = orders.write_order_pdfs(desk, numbers, tmp_path / "pdfs")
    assert [p.name for p in written] == [f"{n}.pdf" for n in numbers]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
    assert dump_any(desk.shown) == before  # copies elsewhere: the ledger's own PDF paths unchanged


def test_a_cancelled_batch_stops_and_says_so(desk: Desk, tmp_path: Path) -> None:
    numbers = _orders(desk, 3)
    before = dump_any(desk.shown)
    with pytest.raises(DomainError) as caught:
        orders.write_order_pdfs(desk, numbers, tmp_path / "pdfs", lambda done, _t: done < 1)
    assert caught.value.code == "export.cancelled"
    assert sorted(p.name for p in (tmp_path / "pdfs").iterdir()) == [f"{numbers[0]}.pdf"]
    assert dump_any(desk.shown) == before


def test_a_desk_for_a_worker_has_its_own_connection_and_the_same_days(desk: Desk) -> None:
    import threading

    seen: list[object] = []

    def work() -> None:
        other = desk.for_worker()
        try:
            seen.append((other.today, other.calendar_day, other.path))
            with other.read() as tx:
                seen.append(tx.settings.all())
        finally:
            other.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen[0] == (desk.today, desk.calendar_day, desk.path)
    assert seen[1] == {}
    with desk.read() as tx:  # the window's own connection is untouched
        assert tx.settings.all() == {}


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_a_file_verified_by_a_worker_is_not_verified_again_by_the_window(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.storage.sqlite.ledger as sqlite_ledger

    other = desk.for_worker()
    try:
        other.verify_file()
    finally:
        other.close()
    looks: list[bool] = []
    real = sqlite_ledger.damage

    def damage(conn: object, path: Path, *, thorough: bool = True) -> str | None:
        looks.append(thorough)
        return real(conn, path, thorough=thorough)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_ledger, "damage", damage)
    projects.add_project(desk, "Web", "")
    assert looks and not any(looks)  # only the cheap look: the quick check was taken


def test_an_import_lets_go_of_what_it_read_a_chunk_at_a_time(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freeing 100,000 rows in one go, as the import returned, held the GIL ~30 ms (the
    window's worst stall during the import): they are let go before, a chunk at a time."""
    source = _codes_csv(tmp_path / "codes.csv", 12_000)
    emptied: list[tuple[str, int, int]] = []
    real = vouchers.let_go

    def watched(items: list[list[str]] | dict[str, tuple[int, object]]) -> None:
        size = len(items)
        real(items)  # type: ignore[arg-type]
        emptied.append((type(items).__name__, size, len(items)))

    monkeypatch.setattr(vouchers, "let_go", watched)
    result = vouchers.import_vouchers(desk, source)
    assert result.imported == 12_000
    assert emptied == [("list", 12_001, 0), ("dict", 12_000, 0)]


def test_letting_go_deletes_a_chunk_at_a_time() -> None:
    deleted: list[int] = []

    class Rows(list[list[str]]):
        def __delitem__(self, key: object) -> None:
            assert isinstance(key, slice)
            before = len(self)
            super().__delitem__(key)
            deleted.append(before - len(self))

    rows = Rows([["code", "25.00"]] * 12_001)
    vouchers.let_go(rows)
    assert rows == [] and sum(deleted) == 12_001
    assert max(deleted) == vouchers.WRITE_CHUNK


class _LinesOnly:
    """A text file that may be iterated, a line at a time, but not read whole."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _LinesOnly:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def __iter__(self) -> Iterator[str]:
        return iter(self.handle)

    def read(self, size: int = -1) -> str:
        raise AssertionError("the whole file read in one call")


def test_an_import_parses_its_file_as_it_reads_it(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading 100,000 codes whole, then copying them into a StringIO, were two C calls
    holding the GIL 5-35 ms each (the window waits for them, the import in its worker): the
    file is parsed a line at a time, as it is read."""
    source = _codes_csv(tmp_path / "codes.csv", 3000)
    source.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())  # a byte-order mark: allowed
    real_open = open
    monkeypatch.setattr(
        vouchers, "open", lambda *a, **k: _LinesOnly(real_open(*a, **k)), raising=False
    )
    assert vouchers.import_vouchers(desk, source).imported == 3000
    stream = _LinesOnly(io.StringIO(f"{new_code()},5,2027-06-30\n{new_code()},6,2027-06-30\n"))
    assert vouchers.import_vouchers(desk, stream).imported == 2  # type: ignore[arg-type]


def test_a_file_not_utf8_far_from_its_start_is_refused_whole(desk: Desk, tmp_path: Path) -> None:
    """A byte that is not UTF-8 at line 2,500 of 3,000: refused, nothing imported."""
    source = _codes_csv(tmp_path / "codes.csv", 3000)
    lines = source.read_bytes().split(b"\n")
    lines[2500] = lines[2500][:5] + b"\xff" + lines[2500][5:]
    source.write_bytes(b"\n".join(lines))
    with pytest.raises(DomainError) as refused:
        vouchers.import_vouchers(desk, source)
    assert refused.value.code == "import.not_utf8"
    with desk.read() as tx:
        assert tx.vouchers.count(VoucherQuery(desk.today)) == 0
