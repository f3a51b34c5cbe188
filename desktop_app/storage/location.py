"""Where a ledger lives, told apart without opening it: a SQLite file, or a PostgreSQL server
(a libpq URI, ``postgresql://`` or ``postgres://``). Pure text: no driver is imported here.

A URL may carry a password (libpq allows it); it is never shown: ``masked`` is what every
message, the window's Recent list and its status bar print. Passwords belong in libpq's own
``.pgpass`` or ``pg_service.conf``."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

SCHEMES = ("postgresql://", "postgres://")
#: Query parameters of a libpq URI that are secrets.
_SECRET_PARAMS = frozenset({"password", "sslpassword"})


def is_server_url(location: str | Path) -> bool:
    """A PostgreSQL URL (a ``Path`` is always a file: its text lost the double slash)."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def masked(url: str) -> str:
    """The URL without its password (in the authority or in the query), for display."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "postgresql://…"
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        name = user.split(":", 1)[0]
        netloc = f"{name}@{host}" if name else host
    query = urlencode(
        [(k, "***" if k in _SECRET_PARAMS else v) for k, v in parse_qsl(parts.query)], safe="/*"
    )
    # Not urlunsplit: it drops the empty authority of ``postgresql:///db?host=/socket``.
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def database_name(url: str) -> str:
    """The database a URL names (its path, else its ``dbname`` parameter, else libpq's
    default: the user's name, unknown here, shown as ``postgres``)."""
    parts = urlsplit(url.strip())
    name = parts.path.lstrip("/")
    if not name:
        name = dict(parse_qsl(parts.query)).get("dbname", "")
    return name or "postgres"


def server_name(url: str) -> str:
    """The server a URL names, for display: its host (a socket folder included) or
    ``localhost``."""
    parts = urlsplit(url.strip())
    host = parts.hostname or dict(parse_qsl(parts.query)).get("host", "")
    return host or "localhost"
