"""Files the user names: the one guard on where the program may write, the one atomic writer,
and the one CSV writer.

Every command and every dialog that writes a file the user chose (CSV exports, PDFs, backups,
screenshots) goes through ``check_output`` (or ``check_output_folder``); ``write_atomically``
runs that check itself, before it starts and again just before the rename.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import fmt
from desktop_app.domain.record import Record, record
from desktop_app.services.desk import Desk

#: What a guard needs to know about the ledger: the open desk, its file, or nothing (then only
#: the kind of the target is checked).
LedgerRef = Desk | str | os.PathLike[str] | None
Progress = Callable[[int, int], bool]

#: The files SQLite keeps beside a ledger: replacing one of them damages the ledger too.
LEDGER_COMPANIONS = ("-wal", "-shm", "-journal")
#: Longest file or folder name most file systems take (bytes, NAME_MAX).
NAME_MAX = 255


def ledger_file(ledger: LedgerRef) -> Path | None:
    if ledger is None:
        return None
    if isinstance(ledger, Desk):
        return Path(ledger.path)
    return Path(ledger)


def _look_at(
    ledger: LedgerRef, path: str | os.PathLike[str]
) -> tuple[str, Path, os.stat_result | None]:
    """What the user named, where it really is (links resolved) and what is there now;
    refused if the name is too long, cannot be looked at, or is the ledger."""
    shown = str(path)
    target = Path(os.path.realpath(os.fspath(path)))
    if any(len(os.fsencode(part)) > NAME_MAX for part in target.parts):
        raise DomainError("output.name_too_long", path=shown, maximum=NAME_MAX)
    try:
        found = target.stat()
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise _cannot_write(shown, error) from None
    if _is_ledger(ledger, target, found):
        raise DomainError("output.is_ledger", path=shown)
    return shown, target, found


def check_output(ledger: LedgerRef, path: str | os.PathLike[str]) -> Path:
    """The file a user chose to write, checked; returns the path to write (absolute, with
    symbolic links and ``..`` resolved, so that a link is written through, not replaced).

    Refused (``DomainError``, nothing written): the ledger itself however it is spelt
    (``sub/../ledger.sqlite3``, a symbolic or hard link to it) and its ``-wal``, ``-shm``
    and ``-journal`` files (``output.is_ledger``); a folder (``output.is_directory``); a
    device, a FIFO, a socket or anything else that is not a regular file
    (``output.not_a_file``); a name with a part over 255 bytes (``output.name_too_long``);
    an existing file this user may not write (``output.read_only``); any other error of the
    file system (``export.cannot_write``). A new file (in a folder that exists or can be
    created) and an existing regular file other than the ledger are fine: the file is then
    replaced whole, atomically, by ``write_atomically``.

    ``ledger``: the open ``Desk``, the ledger's path, or None when there is no ledger at hand
    (then every rule but the ledger's own holds). The window's save dialogs call this before
    they start; every services writer calls it again itself.
    """
    shown, target, found = _look_at(ledger, path)
    if found is None:
        return target
    if stat.S_ISDIR(found.st_mode):
        raise DomainError("output.is_directory", path=shown)
    if not stat.S_ISREG(found.st_mode):
        raise DomainError("output.not_a_file", path=shown)
    if not os.access(target, os.W_OK):
        raise DomainError("output.read_only", path=shown)
    return target


def check_output_folder(ledger: LedgerRef, path: str | os.PathLike[str]) -> Path:
    """A folder the user chose to write files into (``gui --screenshot DIR``), created if
    missing; returns it (absolute, links resolved). An existing file, device or FIFO there
    is refused (``output.not_a_folder``, nothing written), and so is the ledger."""
    shown, target, found = _look_at(ledger, path)
    if found is not None and not stat.S_ISDIR(found.st_mode):
        raise DomainError("output.not_a_folder", path=shown)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DomainError("output.not_a_folder", path=shown) from None
    except OSError as error:
        raise _cannot_write(shown, error) from None
    return target


def _is_ledger(ledger: LedgerRef, target: Path, found: os.stat_result | None) -> bool:
    """Whether ``target`` (resolved) is the ledger or one of its companion files."""
    main = ledger_file(ledger)
    if main is None:
        return False
    real = Path(os.path.realpath(main))
    for candidate in (real, *(real.with_name(real.name + s) for s in LEDGER_COMPANIONS)):
        if os.path.normcase(candidate) == os.path.normcase(target):
            return True
        if found is not None:
            with contextlib.suppress(OSError):  # a companion that does not exist
                if os.path.samefile(candidate, target):
                    return True
    return False


def _cannot_write(shown: str, error: OSError) -> DomainError:
    if error.errno == errno.ENAMETOOLONG:
        return DomainError("output.name_too_long", path=shown, maximum=NAME_MAX)
    return DomainError("export.cannot_write", path=shown, detail=error.strerror or str(error))


# -- the atomic writer -------------------------------------------------------------------------


def write_atomically(
    ledger: LedgerRef,
    path: str | os.PathLike[str],
    fill: Callable[[BinaryIO], object],
    *,
    refusal: str = "export.cannot_write",
) -> Path:
    """Write a user-chosen file whole or not at all; returns the path written.

    ``fill`` writes the content to the binary handle it is given: a temporary file beside
    the target, flushed to disk and renamed over it when ``fill`` returns. A crash, a full
    disk, a refusal inside ``fill`` or a viewer holding the old file leaves the old file as
    it was and no temporary file behind. The target is checked by ``check_output`` first and
    again just before the rename. The new file's permissions follow the user's umask
    (``0o666 & ~umask``), or are the replaced file's own. File system errors are refused as
    ``refusal`` (``export.cannot_write`` or ``pdf.cannot_write``) with the system's words.
    """
    shown = str(path)
    target = _checked(ledger, path, refusal)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Short and fixed-length: a target name near 255 bytes still gets a temporary file.
        import secrets  # here: importing it (hmac, hashlib) costs the window's start

        tmp = target.with_name(f".cloud-credit-{secrets.token_hex(6)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as error:
        raise _as(refusal, _cannot_write(shown, error)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _checked(ledger, path, refusal)  # nothing may have put a device or the ledger there since
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # replacing: keep its mode
        os.replace(tmp, target)
    except OSError as error:
        raise _as(refusal, _cannot_write(shown, error)) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return target


def _checked(ledger: LedgerRef, path: str | os.PathLike[str], refusal: str) -> Path:
    try:
        return check_output(ledger, path)
    except DomainError as error:
        raise _as(refusal, error) from None


def _as(code: str, refusal: DomainError) -> DomainError:
    """A file system error told as the writer's own refusal (``pdf.cannot_write``...)."""
    if refusal.code == "export.cannot_write" and code != refusal.code:
        return DomainError(code, **refusal.params)
    return refusal


def write_bytes(
    ledger: LedgerRef, path: str | os.PathLike[str], data: bytes, *, refusal: str
) -> Path:
    """``data`` (a rendered PDF) written to ``path`` by ``write_atomically``."""
    return write_atomically(ledger, path, lambda out: out.write(data), refusal=refusal)


# -- CSV ---------------------------------------------------------------------------------------

#: A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A number as the program writes them (amounts ``-12.50``, ids): left as it is.
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one starting with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return gets a leading ``'`` (the OWASP recommendation), unless it is a
    plain number such as an amount (``-12.50`` stays a number)."""
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


@record(frozen=True, slots=True)
class CsvDialect(Record):
    """How a CSV file is spelt: the cell separator, the decimal mark of its amounts, and
    whether it starts with a byte order mark (Excel reads UTF-8 only after one)."""

    name: str
    delimiter: str
    decimal_mark: str
    bom: bool


#: ``standard``: ``,`` and ``123.45`` (what scripts read); ``excel-fr``: what Excel in French
#: opens with a double-click (``;``, ``123,45``, UTF-8 with a BOM).
DIALECTS = {
    "standard": CsvDialect("standard", ",", ".", False),
    "excel-fr": CsvDialect("excel-fr", ";", ",", True),
}
DEFAULT_DIALECT = "standard"

#: A cell of a CSV row: text (escaped against formulas), an amount (written with the
#: dialect's decimal mark), a date (ISO), a count; None is an empty cell.
Cell = str | Decimal | date | int | None


def csv_dialect(name: str) -> CsvDialect:
    """The dialect called ``name``; refused (``export.unknown_dialect``) if there is none."""
    found = DIALECTS.get(name)
    if found is None:
        raise DomainError("export.unknown_dialect", dialect=name, known=", ".join(DIALECTS))
    return found


def dialect_cell(value: Cell, dialect: CsvDialect) -> str:
    """One cell as ``dialect`` writes it: an amount with two decimals and its decimal mark,
    no thousands separator nor currency sign (a spreadsheet reads it as a number)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt(value).replace(".", dialect.decimal_mark)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return csv_cell(value)


def write_csv(
    output: str | os.PathLike[str],
    header: list[str],
    rows: Iterable[Sequence[Cell]],
    total: int = 0,
    progress: Progress | None = None,
    *,
    ledger: LedgerRef = None,
    dialect: CsvDialect | str = DEFAULT_DIALECT,
) -> int:
    """A CSV file (UTF-8, header row, every cell through ``dialect_cell``), written atomically
    by ``write_atomically``; returns the number of rows. ``progress(done, total)`` is called
    every 10,000 rows and at the end; returning False cancels (``export.cancelled``, the old
    file kept). ``ledger``: the ledger the file must never replace (see ``check_output``).
    ``dialect``: ``standard`` by default, or ``excel-fr`` (see ``DIALECTS``)."""
    spelt = csv_dialect(dialect) if isinstance(dialect, str) else dialect
    count = 0

    import csv  # only where a CSV is written: not the listings' start (issue 12)

    def fill(raw: BinaryIO) -> None:
        nonlocal count
        encoding = "utf-8-sig" if spelt.bom else "utf-8"
        handle = io.TextIOWrapper(raw, encoding=encoding, newline="")  # type: ignore[arg-type]
        writer = csv.writer(handle, delimiter=spelt.delimiter)
        writer.writerow([csv_cell(cell) for cell in header])
        for row in rows:
            writer.writerow([dialect_cell(cell, spelt) for cell in row])
            count += 1
            if progress and count % 10000 == 0 and not progress(count, total):
                raise DomainError("export.cancelled")
        handle.flush()
        handle.detach()  # the handle stays open for the writer's fsync

    write_atomically(ledger, output, fill)
    if progress:
        progress(count, count)
    return count
