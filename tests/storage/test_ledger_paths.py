"""`--db` at something that is not a ledger file: one `error:` line, exit 1, nothing created.

A FIFO (which SQLite would wait on forever), character devices (as root: /dev/null would get a
`-journal` next to it), a socket, a folder, a link to nothing, names the system cannot hold,
folders that cannot be made or written: each refused before SQLite opens anything. Devices are
made with mknod inside the test's folder (root only), never the machine's own /dev.
"""

from __future__ import annotations

import os
import signal
import socket
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import EnvironmentFault, LedgerError
from desktop_app.storage.sqlite.files import ledger_file
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import (
    Cli,
    as_unprivileged,
    assert_one_error_line,
    digest,
    run_program,
)
from tests.storage.ledger_files import PLAIN_READS, READS, WRITES, fresh_copy

COMMANDS = (*READS, *WRITES)


@pytest.fixture(autouse=True)
def _deadline() -> Iterator[None]:
    """An in-process open that blocks (on a FIFO) fails the test instead of hanging the run."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("the program blocked (a FIFO opened?)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def tree(folder: Path) -> list[str]:
    """Everything under ``folder``, so that "nothing created" covers sub-folders too."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def refused_everywhere(
    cli: Cli, *words: str, commands: tuple[tuple[str, ...], ...] = COMMANDS
) -> None:
    folder = cli.db.parent
    while not os.path.isdir(folder):  # (False, not an error, for a name too long)
        folder = folder.parent
    around = tree(folder)
    for args in commands:
        result = cli(*args)
        assert result.code == 1, (args, result)
        line = assert_one_error_line(result.err)
        assert result.out == ""
        for word in words:
            assert word in line, (args, line)
        assert tree(folder) == around, f"{args}: something was created"


def test_a_fifo_is_refused_without_waiting_on_it(tmp_path: Path) -> None:
    """In a real process with a timeout: today the program blocks forever opening the FIFO."""
    fifo = tmp_path / "ledger.sqlite3"
    os.mkfifo(fifo)
    around = tree(tmp_path)
    for args in (PLAIN_READS[0], WRITES[0]):
        result = run_program(fifo, *args, timeout=30)
        assert result.code == 1, (args, result)
        line = assert_one_error_line(result.err)
        assert "named pipe" in line and str(fifo) in line, line
    assert tree(tmp_path) == around
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def mknod_or_skip(path: Path, major: int, minor: int) -> Path:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("making a device node needs root on Linux")
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    except OSError as error:
        pytest.skip(f"cannot make a device node here: {error}")
    return path


@pytest.mark.parametrize(("name", "minor"), [("null", 3), ("zero", 5)])
def test_a_character_device_is_refused_and_gets_no_journal(
    cli: Cli, tmp_path: Path, name: str, minor: int
) -> None:
    cli.db = mknod_or_skip(cli.db.parent / name, 1, minor)
    refused_everywhere(cli, "is a device", str(cli.db))


def test_the_systems_null_device_is_refused_too(cli: Cli) -> None:
    """Refused before SQLite opens it, so nothing can appear next to it in /dev."""
    null = Path(os.devnull)
    before = set(os.listdir(null.parent))
    cli.db = null
    try:
        for args in (PLAIN_READS[0], WRITES[0]):
            result = cli(*args)
            assert result.code == 1
            assert "is a device" in assert_one_error_line(result.err)
    finally:
        made = set(os.listdir(null.parent)) - before
        for name in made:  # if this test fails, it leaves the machine's /dev as it was
            if name.startswith(null.name + "-"):
                (null.parent / name).unlink()
    assert not made, made


def test_a_socket_is_refused(cli: Cli) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(cli.db))
        refused_everywhere(cli, "socket")
    finally:
        server.close()


def test_a_folder_is_refused(cli: Cli) -> None:
    cli.db.mkdir()
    refused_everywhere(cli, "folder")


def test_a_link_to_nothing_is_refused_and_nothing_made_at_its_target(cli: Cli) -> None:
    target = cli.db.parent / "elsewhere" / "ledger.sqlite3"
    cli.db.symlink_to(target)
    refused_everywhere(cli, "symbolic link")
    assert not target.parent.exists()


def test_a_loop_of_links_is_refused(cli: Cli) -> None:
    other = cli.db.parent / "other"
    cli.db.symlink_to(other)
    other.symlink_to(cli.db)
    refused_everywhere(cli, "link")


def test_a_link_to_a_ledger_is_the_ledger(cli: Cli, template: Path) -> None:
    real = fresh_copy(template, cli.db.parent / "real.sqlite3")
    cli.db.symlink_to(real)
    assert cli("project", "add", "Linked").code == 0
    assert cli.ok("check") == {"ok": True, "problems": []}


def test_a_link_to_a_fifo_is_refused(cli: Cli) -> None:
    fifo = cli.db.parent / "fifo"
    os.mkfifo(fifo)
    cli.db.symlink_to(fifo)
    refused_everywhere(cli, "named pipe", commands=(PLAIN_READS[0], WRITES[0]))


@pytest.mark.parametrize(
    "shape",
    ["file", "folder", "nested"],
)
def test_a_name_over_255_bytes_is_refused_and_nothing_is_made(cli: Cli, shape: str) -> None:
    long = "a" * 256
    base = cli.db.parent
    cli.db = {
        "file": base / f"{long}.sqlite3",
        "folder": base / long / "ledger.sqlite3",
        "nested": base / "new" / long / "ledger.sqlite3",
    }[shape]
    refused_everywhere(cli, "too long")
    assert not (base / "new").exists()


def test_a_name_of_255_multibyte_characters_is_refused(cli: Cli) -> None:
    """The limit is in bytes: 128 'é' are 256 bytes in UTF-8."""
    cli.db = cli.db.parent / ("é" * 128)
    refused_everywhere(cli, "too long", commands=(WRITES[0],))


def test_a_path_over_the_system_limit_is_refused(cli: Cli) -> None:
    cli.db = cli.db.parent.joinpath(*["d" * 200] * 25, "ledger.sqlite3")
    refused_everywhere(cli, "too long", commands=(WRITES[0],))


def test_a_file_where_a_folder_should_be(cli: Cli) -> None:
    blocker = cli.db.parent / "file"
    blocker.write_text("not a folder")
    for db in (blocker / "ledger.sqlite3", blocker / "sub" / "ledger.sqlite3"):
        cli.db = db
        refused_everywhere(cli, "not a folder", commands=(WRITES[0], PLAIN_READS[0]))
    assert blocker.read_text() == "not a folder"


def test_a_folder_that_cannot_be_written_says_permission_denied(tmp_path: Path) -> None:
    """A new ledger in a folder the user may not write (real permissions, in a real process)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        preexec = as_unprivileged()
        result = run_program(folder / "ledger.sqlite3", *WRITES[0], preexec_fn=preexec)
        assert result.code == 1, result
        line = assert_one_error_line(result.err)
        assert "permission denied" in line, line
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


# -- the one function, and the copies that reuse it ----------------------------------------------
@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    yield path


def test_the_guard_says_what_is_there(tmp_path: Path, fifo: Path) -> None:
    regular = tmp_path / "file"
    regular.write_bytes(b"")
    info = ledger_file(regular)
    assert info is not None and stat.S_ISREG(info.st_mode)
    assert ledger_file(tmp_path / "missing") is None
    assert ledger_file(tmp_path / "new" / "deeper" / "missing") is None
    for path, code in (
        (fifo, "ledger.is_pipe"),
        (tmp_path, "ledger.is_directory"),
        (tmp_path / ("x" * 300), "ledger.name_too_long"),
        (regular / "below", "ledger.not_a_folder"),
    ):
        with pytest.raises(EnvironmentFault) as refused:
            ledger_file(path)
        assert refused.value.code == code, path


def test_the_window_opening_a_fifo_gets_the_same_refusal(fifo: Path) -> None:
    """Every open goes through the guard: the window's File > Open too (SqliteLedger itself)."""
    with pytest.raises(LedgerError) as refused:
        SqliteLedger(fifo)
    assert refused.value.code == "ledger.is_pipe"


@pytest.mark.parametrize("kind", ["fifo", "long", "folder"])
def test_a_backup_onto_something_that_is_not_a_file_is_refused(
    cli: Cli, template: Path, kind: str
) -> None:
    fresh_copy(template, cli.db)
    folder = cli.db.parent
    target = {"fifo": folder / "fifo", "long": folder / ("b" * 300), "folder": folder / "d"}[kind]
    if kind == "fifo":
        os.mkfifo(target)
    if kind == "folder":
        target.mkdir()
    before, around = digest(cli.db), tree(folder)
    result = cli("backup", "--output", str(target))
    assert result.code == 1, result
    line = assert_one_error_line(result.err)
    assert {"fifo": "pipe", "long": "too long", "folder": "folder"}[kind] in line, line
    assert (digest(cli.db), tree(folder)) == (before, around)


def test_a_backup_onto_a_device_is_refused(cli: Cli, template: Path) -> None:
    fresh_copy(template, cli.db)
    device = mknod_or_skip(cli.db.parent / "null", 1, 3)
    around = tree(cli.db.parent)
    result = cli("backup", "--output", str(device))
    assert result.code == 1, result
    assert "a device" in assert_one_error_line(result.err)
    assert tree(cli.db.parent) == around


def test_a_ledger_another_program_makes_meanwhile_is_not_a_link_to_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two programs opening a new ledger at once: the file appears between this program's
    look (nothing there) and its next step; it is the other program's new ledger, used."""
    db = tmp_path / "ledger.sqlite3"
    real_stat = os.stat
    looked: list[bool] = []

    def stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(target) == str(db) and not looked:
            looked.append(True)
            result = FileNotFoundError(2, "No such file or directory", str(db))
            db.write_bytes(b"")  # the other program, right after the look
            raise result
        return real_stat(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    with SqliteLedger(db) as ledger, ledger.write() as tx:
        tx.projects.add("Web", "", date(2026, 1, 31))
    assert looked
