"""Where a ledger lives, told apart without opening it: a SQLite file, or a PostgreSQL server
(a libpq URI, ``postgresql://`` or ``postgres://``). Pure text: no driver is imported here.

A URL may carry a password (libpq allows it); it is never shown: ``masked`` is what every
message, the window's Recent list and its status bar print. Passwords belong in libpq's own
``.pgpass`` or ``pg_service.conf``."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit

from desktop_app.domain.errors import DomainError

SCHEMES = ("postgresql://", "postgres://")
#: libpq's connection keywords (PostgreSQL 17): text made of ``keyword=value`` words with
#: these alone is a server ledger, so a file named ``notes=1.sqlite3`` stays a file.
LIBPQ_KEYWORDS = frozenset(
    {
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "require_auth",
        "channel_binding",
        "connect_timeout",
        "client_encoding",
        "options",
        "application_name",
        "fallback_application_name",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "replication",
        "gssencmode",
        "sslmode",
        "requiressl",
        "sslnegotiation",
        "sslcompression",
        "sslcert",
        "sslkey",
        "sslpassword",
        "sslcertmode",
        "sslrootcert",
        "sslcrl",
        "sslcrldir",
        "sslsni",
        "requirepeer",
        "ssl_min_protocol_version",
        "ssl_max_protocol_version",
        "krbsrvname",
        "gsslib",
        "gssdelegation",
        "service",
        "target_session_attrs",
        "load_balance_hosts",
    }
)
#: Query parameters of a libpq URI that are secrets.
_SECRET_PARAMS = frozenset({"password", "sslpassword"})


def is_server_url(location: str | Path) -> bool:
    """A PostgreSQL URL (a ``Path`` is always a file: its text lost the double slash)."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def _without_password(url: str) -> SplitResult | None:
    """``url`` split, the password of its authority taken out first: a password may hold
    what ``urlsplit`` refuses (a character NFKC turns into a delimiter). None when even
    the rest does not split (no server has such a name)."""
    scheme, sep, rest = url.strip().partition("://")
    ends = [at for at in (rest.find(mark) for mark in "/?#") if at >= 0]
    end = min(ends, default=len(rest))
    user, at, host = rest[:end].rpartition("@")
    if sep and at:
        name = user.split(":", 1)[0]
        rest = (f"{name}@{host}" if name else host) + rest[end:]
    try:
        return urlsplit(f"{scheme}{sep}{rest}")
    except ValueError:
        return None


def _joined(parts: SplitResult, pairs: list[tuple[str, str]], safe: str) -> str:
    # Not urlunsplit: it drops the empty authority of ``postgresql:///db?host=/socket``.
    query = urlencode(pairs, safe=safe)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" + (f"?{query}" if query else "")


def masked(url: str) -> str:
    """The URL without its password (in the authority or in the query), for display."""
    parts = _without_password(url)
    if parts is None:
        return "postgresql://…"
    pairs = [(k, "***" if k in _SECRET_PARAMS else v) for k, v in parse_qsl(parts.query)]
    return _joined(parts, pairs, "/*")


def without_secrets(url: str) -> str:
    """The URL with no password at all (File > Recent keeps this: opening it again takes
    the secret from ``.pgpass`` or ``pg_service.conf``)."""
    parts = _without_password(url)
    if parts is None:
        return "postgresql://…"
    pairs = [(k, v) for k, v in parse_qsl(parts.query) if k not in _SECRET_PARAMS]
    return _joined(parts, pairs, "/")


def check_url(url: str) -> str:
    """``url`` if its text can be read as a URL at all (a bracket left open is not), else
    refused as ``ledger.bad_url``; libpq judges the rest when it connects."""
    try:
        urlsplit(url.strip())
    except ValueError as error:
        raise DomainError("ledger.bad_url", path="postgresql://…", detail=str(error)) from None
    return url


def _keyword_pairs(text: str) -> list[tuple[str, str]] | None:
    """libpq's ``keyword=value`` words (values quoted as a shell would), else None."""
    try:
        words = shlex.split(text)
    except ValueError:
        return None
    pairs = [word.partition("=") for word in words]
    if not pairs or any(not key or not sep for key, sep, _ in pairs):
        return None
    return [(key, value) for key, _, value in pairs]


def is_keyword_form(location: str | Path) -> bool:
    """libpq's ``keyword=value`` form (``service=team``, ``host=db dbname=credits``) of
    known keywords only; a ``Path`` is always a file."""
    if not isinstance(location, str):
        return False
    pairs = _keyword_pairs(location)
    return pairs is not None and all(key in LIBPQ_KEYWORDS for key, _ in pairs)


def server_location(text: str) -> str:
    """A server ledger as typed in the window: a libpq URL, or libpq's ``keyword=value``
    form (``service=team``, ``host=db dbname=credits``) made into the URL of the same
    connection. Anything else is refused as ``ledger.not_server_url`` (its text is not
    repeated: it might hold a password)."""
    text = text.strip()
    if is_server_url(text):
        return check_url(text)
    pairs = _keyword_pairs(text)
    if pairs is None:
        raise DomainError("ledger.not_server_url")
    return "postgresql://?" + urlencode(pairs, safe="/")


def server_ledger(location: str | Path) -> str | None:
    """The URL of a server ledger as typed on the command line or in ``CLOUD_CREDIT_DB``
    (a URL, or libpq's ``keyword=value`` form made into its URL as the window makes it);
    None for a file."""
    if is_server_url(location):
        return str(location).strip()
    return server_location(str(location)) if is_keyword_form(location) else None


def database_name(url: str) -> str:
    """The database a URL names (its path, else its ``dbname`` parameter, else libpq's
    default: the user's name, unknown here, shown as ``postgres``)."""
    parts = urlsplit(url.strip())
    name = parts.path.lstrip("/")
    if not name:
        name = dict(parse_qsl(parts.query)).get("dbname", "")
    return name or "postgres"


#: Hosts that are this machine, reached through TCP.
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


def remote_host(url: str) -> str | None:
    """The host of another machine a URL names, for display; None when the server is this
    machine: a Unix socket (the host a folder, ``/var/run/postgresql``, or ``@`` an abstract
    one; no host at all is libpq's socket too), or a loopback address."""
    parts = urlsplit(url.strip())
    host = unquote(parts.hostname or dict(parse_qsl(parts.query)).get("host", ""))
    if not host or host.startswith(("/", "@")) or host.lower() in _LOOPBACK:
        return None
    return host


def server_name(url: str) -> str:
    """The server a URL names, for display: its host (a socket folder included) or
    ``localhost``."""
    parts = urlsplit(url.strip())
    host = parts.hostname or dict(parse_qsl(parts.query)).get("host", "")
    return host or "localhost"


#: ``scheme://`` at the start of a location: a URL, never a file's path (a path's text keeps
#: no double slash, and no file name on any system holds ``://``).
_URL_START = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*)://")


def other_scheme(location: str | Path) -> str | None:
    """The scheme of a URL this program does not open as a ledger (``mysql``, ``https``, a
    mistyped ``postgresq``), lower case; None for a file's path, a PostgreSQL URL or a
    local ``file://`` URL (``file_url_path``)."""
    if not isinstance(location, str) or is_server_url(location):
        return None
    found = _URL_START.match(location)
    if found is None:
        return None
    scheme = found.group(1).lower()
    if scheme == "file" and file_url_path(location) is not None:
        return None
    return scheme


def file_url_path(location: str) -> Path | None:
    """The file a ``file://`` URL names on this machine (percent-escapes decoded: a file
    manager's drag and drop), None for any other text or another machine's file."""
    try:
        parts = urlsplit(location.strip())
    except ValueError:
        return None
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    from urllib.request import url2pathname  # heavy (http, email, calendar): a file URL's

    return Path(url2pathname(parts.path)) if parts.path else None


def located(text: str | Path) -> str | Path:
    """A ledger as typed (``--db``, ``CLOUD_CREDIT_DB``): a server ledger its URL (from
    ``service=name`` too), a file an absolute path (the PDF paths stored in the ledger must
    not depend on the folder a command was run from; a ``file://`` URL the file it names). A
    URL of another scheme stays its text, which opening refuses (``storage.open_ledger``)."""
    if isinstance(text, str) and _URL_START.match(text) and not is_server_url(text):
        named = file_url_path(text)  # a local file's URL; any other stays text, refused
        return named.expanduser().absolute() if named is not None else text.strip()
    return server_ledger(text) or Path(text).expanduser().absolute()
