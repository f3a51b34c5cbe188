"""No `--output` replaces the ledger, its -wal/-shm/-journal, a folder, a device, a FIFO, a
socket or anything but a regular file; names over 255 bytes are refused in words; a new file or
another regular file is fine. Every refusal leaves the ledger (and the target) as they were."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.ledger import Cli, checkpoint, digest

#: Every command that writes a file the user names, with that file as the last argument.
WRITERS: dict[str, Callable[[Path], tuple[str, ...]]] = {
    "export": lambda path: ("export", "movements", "--output", str(path)),
    "order pdf": lambda path: ("order", "pdf", "PO-2026-00001", "--output", str(path)),
    "backup": lambda path: ("backup", "--output", str(path)),
}


@pytest.fixture(params=sorted(WRITERS))
def writer(request: pytest.FixtureRequest) -> Callable[[Path], tuple[str, ...]]:
    return WRITERS[request.param]


@pytest.fixture
def ledger(funded: Cli) -> Iterator[Cli]:
    checkpoint(funded.db)
    before = digest(funded.db)
    yield funded
    assert digest(funded.db) == before, "the ledger file itself was touched"


@pytest.mark.parametrize(
    "spelling",
    [
        lambda db: db,
        lambda db: db.parent / "sub" / ".." / db.name,
        lambda db: db.parent / "missing" / ".." / db.name,
        lambda db: Path(os.path.relpath(db)),
        lambda db: db.with_name(db.name + "-wal"),
        lambda db: db.with_name(db.name + "-shm"),
        lambda db: db.with_name(db.name + "-journal"),
    ],
    ids=["itself", "sub/..", "missing/..", "relative", "-wal", "-shm", "-journal"],
)
def test_no_output_replaces_the_ledger(
    ledger: Cli, writer: Callable[[Path], tuple[str, ...]], spelling: Callable[[Path], Path]
) -> None:
    (ledger.db.parent / "sub").mkdir()
    target = spelling(ledger.db)
    ledger.refused(*writer(target), expect="is the ledger")


def test_no_output_replaces_the_ledger_through_a_link(
    ledger: Cli, writer: Callable[[Path], tuple[str, ...]]
) -> None:
    symbolic = ledger.db.parent / "link.csv"
    symbolic.symlink_to(ledger.db)
    ledger.refused(*writer(symbolic), expect="is the ledger")
    assert symbolic.is_symlink()
    hard = ledger.db.parent / "hard.csv"
    os.link(ledger.db, hard)
    ledger.refused(*writer(hard), expect="is the ledger")


def test_a_folder_is_refused(ledger: Cli, writer: Callable[[Path], tuple[str, ...]]) -> None:
    folder = ledger.db.parent / "reports"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept")
    ledger.refused(*writer(folder), expect="is a folder")
    assert sorted(p.name for p in folder.iterdir()) == ["kept.txt"]


def test_a_fifo_is_refused_without_hanging(
    ledger: Cli, writer: Callable[[Path], tuple[str, ...]]
) -> None:
    fifo = ledger.db.parent / "pipe"
    os.mkfifo(fifo)
    ledger.refused(*writer(fifo), expect="not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_socket_is_refused(ledger: Cli, writer: Callable[[Path], tuple[str, ...]]) -> None:
    path = ledger.db.parent / "sock"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        ledger.refused(*writer(path), expect="not a regular file")
    assert stat.S_ISSOCK(path.lstat().st_mode)


def test_a_device_node_is_refused(ledger: Cli, writer: Callable[[Path], tuple[str, ...]]) -> None:
    """As root, `--output` onto a device node replaced the device with a CSV."""
    device = ledger.db.parent / "null-device"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    except (PermissionError, AttributeError):
        pytest.skip("cannot make a device node here (needs root)")
    ledger.refused(*writer(device), expect="not a regular file")
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert os.major(device.lstat().st_rdev) == 1


def test_a_name_over_255_bytes_is_refused_in_words(
    ledger: Cli, writer: Callable[[Path], tuple[str, ...]]
) -> None:
    for long_name in ("é" * 128 + ".csv", "x" * 256, "a" * 300 + "/out.csv"):
        ledger.refused(*writer(ledger.db.parent / long_name), expect="choose a shorter name")


def test_a_file_that_cannot_be_written_is_refused(
    ledger: Cli, writer: Callable[[Path], tuple[str, ...]]
) -> None:
    blocker = ledger.db.parent / "a-file"
    blocker.write_text("not a folder")
    ledger.refused(*writer(blocker / "out"), expect="cannot write")
    assert blocker.read_text() == "not a folder"


def test_a_new_file_in_a_folder_is_fine(
    ledger: Cli, writer: Callable[[Path], tuple[str, ...]]
) -> None:
    target = ledger.db.parent / "new" / "out.file"
    assert ledger.ok(*writer(target))["path"] == str(target)
    assert target.is_file() and target.stat().st_size > 0
    assert [p.name for p in target.parent.iterdir()] == ["out.file"], "no temporary file left"


@pytest.mark.parametrize("make", ["export", "order pdf"])
def test_an_existing_regular_file_is_replaced_and_keeps_its_mode(ledger: Cli, make: str) -> None:
    target = ledger.db.parent / "out.file"
    target.write_text("old")
    target.chmod(0o640)
    ledger.ok(*WRITERS[make](target))
    assert target.read_bytes() != b"old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in target.parent.iterdir() if p.name.startswith(".")) == []


def test_an_existing_file_is_written_through_its_symbolic_link(ledger: Cli) -> None:
    real = ledger.db.parent / "real.csv"
    real.write_text("old")
    link = ledger.db.parent / "link.csv"
    link.symlink_to(real)
    ledger.ok(*WRITERS["export"](link))
    assert link.is_symlink() and real.read_text().startswith("id,date,kind")


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX permissions")
@pytest.mark.parametrize("make", ["export", "order pdf"])
def test_new_files_follow_the_umask(ledger: Cli, make: str) -> None:
    """Exports were written 0600 (mkstemp) while PDFs followed the umask: both follow it."""
    target = ledger.db.parent / "fresh.file"
    old = os.umask(0o027)
    try:
        ledger.ok(*WRITERS[make](target))
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_two_backups_in_the_same_second_each_get_their_own_file(ledger: Cli) -> None:
    first = ledger.ok("backup")["path"]
    second = ledger.ok("backup")["path"]
    third = ledger.ok("backup")["path"]
    assert len({first, second, third}) == 3
    for path in (first, second, third):
        assert Path(path).read_bytes().startswith(b"SQLite format 3\x00")
        assert Path(path).parent == ledger.db.parent
