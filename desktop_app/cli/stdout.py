"""stdout and stderr of the command line: one door to each.

Every byte of a command's output goes through ``write`` (and ``flush`` at the end), so that a
full disk, a closed pipe or a closed descriptor is one ``OutputFailed``, which ``main`` answers
with the after-commit rule; ``say`` writes a line on stderr if stderr works.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


class OutputFailed(Exception):
    """stdout could not be written: a full disk, a closed pipe, a closed descriptor."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        if self.as_json:
            write(json.dumps(data, ensure_ascii=not _unicode_stdout(), indent=2) + "\n")
        else:
            write((text() if callable(text) else text) + "\n")

    def stream(
        self, items: Iterable[T], as_json: Callable[[T], Any], as_text: Callable[[T], str]
    ) -> None:
        """A long list, item by item as it is read: a JSON list, or one line per item."""
        if self.as_json:
            stream_json_list(as_json(item) for item in items)
        else:
            for item in items:
                write(as_text(item) + "\n")


def _unicode_stdout() -> bool:
    """Whether stdout takes any character (a Windows console or pipe may be cp1252)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding.replace("_", "") in ("utf8", "utf8sig", "utf16", "utf32")


def to_json(data: Any, indent: int | None = None) -> str:
    """JSON as readable as stdout allows: non-ASCII as is, or \\u escapes (still valid JSON)."""
    return json.dumps(data, ensure_ascii=not _unicode_stdout(), indent=indent)


def write(text: str) -> None:
    """Text to stdout, the one door to it; characters the console cannot show are escaped,
    never a crash. A failure to write is ``OutputFailed`` (``main`` applies the rule)."""
    if not _unicode_stdout():
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        try:
            text = text.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:
            text = text.encode("ascii", "backslashreplace").decode("ascii")
    _to_stdout(lambda stream: stream.write(text))


def stream_json_list(items: Iterable[Any]) -> None:
    """A large list written item by item: memory stays flat on a million movements.

    The first item is read before anything is written, so that a ledger that cannot be read
    gives an `error:` line and an empty stdout, not half a JSON document.
    """
    iterator = iter(items)
    first = next(iterator, _END)
    if first is _END:
        write("[]\n")
        return
    write("[\n  " + to_json(first))
    for item in iterator:
        write(",\n  " + to_json(item))
    write("\n]\n")


_END = object()


def flush() -> None:
    """What stdout still holds, written now: a full disk shows here, not at exit."""
    _to_stdout(lambda stream: stream.flush())


def _to_stdout(action: Callable[[Any], object]) -> None:
    stream = sys.stdout
    try:
        if stream is None:  # started with its stdout closed
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        action(stream)
    except OSError as error:
        raise OutputFailed(error) from error


def say(line: str) -> None:
    """One line on stderr, if stderr works: there is nowhere else to tell."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        print(line, file=sys.stderr, flush=True)


def silence_stdout() -> None:
    """After a failed write, stdout goes to the null device: the interpreter's last flush
    at exit must not turn an answered failure into a traceback and exit 120."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
