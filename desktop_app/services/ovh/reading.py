"""A dump file read whole, within its size limit, into the domain's records."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.domain.ovh.dump import MAX_DUMP_BYTES, Dump, load


def read_dump(path: str | os.PathLike[str]) -> Dump:
    """The dump at ``path``: refused before reading when larger than ``MAX_DUMP_BYTES``
    (``ovh.too_large``), when it is no regular readable file (``ovh.unreadable``), or as
    ``domain.ovh.dump.load`` refuses its content."""
    shown = str(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a folder, a FIFO (open would wait)
            raise DomainError("ovh.unreadable", path=shown, detail="not a regular file")
        with Path(path).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_DUMP_BYTES:
                raise DomainError("ovh.too_large", size=size, maximum=MAX_DUMP_BYTES // 2**20)
            data = handle.read(MAX_DUMP_BYTES + 1)
    except OSError as error:
        raise DomainError(
            "ovh.unreadable", path=shown, detail=error.strerror or str(error)
        ) from None
    return load(data)
