"""A real PostgreSQL server for the tests (issue 9), and the ``backend`` parameter.

The server: ``CLOUD_CREDIT_TEST_PG`` (an admin URL: ``make test`` starts a throwaway cluster
with ``.ci/pg-server`` and exports it), else one started here with the same script when
PostgreSQL is installed, else the PostgreSQL tests SKIP saying why (and FAIL under
``CI=true``: CI must never pass them silently).

Each test gets a fresh database, made from a template that ``ledger init`` migrated once,
and connects as a login role that is a member of the application's role
(``cloud_credit_app``): what an accountant's program is allowed, no more.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / ".ci" / "pg-server"
TEMPLATE = "ccd_template"
APP_USER = "ccd_app"
_numbers = itertools.count(1)


def with_database(url: str, database: str, user: str | None = None) -> str:
    """``url`` naming another database (and user)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if user is not None:
        query["user"] = user
    query.pop("dbname", None)
    netloc = parts.netloc
    if user is not None and "@" in netloc:
        netloc = netloc.rpartition("@")[2]
    return f"{parts.scheme}://{netloc}/{database}?{urlencode(query, safe='/')}"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason}")


@dataclass
class Server:
    admin: str  # a superuser's URL (its own database)

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(with_database(self.admin, database), autocommit=True) as conn:
            conn.execute(sql)

    def fresh(self) -> str:
        """A new database made from the template; the application role's URL."""
        name = f"ccd_test_{os.getpid()}_{next(_numbers)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return with_database(self.admin, name, APP_USER)

    def empty(self) -> str:
        """A new database without a ledger (``ledger init`` or ``ledger copy`` makes one)."""
        name = f"ccd_empty_{os.getpid()}_{next(_numbers)}"
        self.execute(f"CREATE DATABASE {name}")
        return with_database(self.admin, name)

    def drop(self, url: str) -> None:
        name = urlsplit(url).path.lstrip("/")
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def admin_of(self, url: str) -> str:
        """The same database, as the superuser (what only an administrator may do)."""
        return with_database(self.admin, urlsplit(url).path.lstrip("/"))


def _start() -> tuple[str, Path | None]:
    given = os.environ.get("CLOUD_CREDIT_TEST_PG")
    if given:
        return given, None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    if not any(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        _unavailable("PostgreSQL is not installed (apt-get install postgresql; make test does)")
    folder = Path(tempfile.mkdtemp(prefix="ccd-pg-"))
    done = subprocess.run(
        [str(SCRIPT), "start", str(folder)],
        capture_output=True, text=True, env={**os.environ, "PG_SERVER_FAST": "1"}, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        _unavailable(f".ci/pg-server could not start one: {done.stderr.strip()[-300:]}")
    return done.stdout.strip().splitlines()[-1], folder


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    admin, folder = _start()
    server = Server(admin)
    try:
        _make_template(server)
        yield server
    finally:
        if folder is not None:
            subprocess.run([str(SCRIPT), "stop", str(folder)], capture_output=True, check=False)


def _make_template(server: Server) -> None:
    from desktop_app.storage.postgres.ledger import PostgresLedger

    server.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
    server.execute(f"CREATE DATABASE {TEMPLATE}")
    with PostgresLedger(with_database(server.admin, TEMPLATE)) as ledger:
        ledger.migrate()
    server.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ccd_app') THEN "
        "CREATE ROLE ccd_app LOGIN IN ROLE cloud_credit_app; END IF; END $$"
    )


@pytest.fixture
def pg_url(pg_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, initialised ledger database; its files (order PDFs) under ``tmp_path``."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = pg_server.fresh()
    try:
        yield url
    finally:
        pg_server.drop(url)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    if name == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("a test of SQLite's file itself")
    return name


@pytest.fixture
def location(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """A fresh ledger's location on the backend under test: a file, or a server URL."""
    if backend == "sqlite":
        return tmp_path / "ledger.sqlite3"
    url: str = request.getfixturevalue("pg_url")
    return url


def dump_server(url: str) -> dict[str, Any]:
    """Every row of every table of a server ledger (sorted), and its schema version: the
    ledger's content, to compare before and after a refusal."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        content: dict[str, Any] = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            content[table] = sorted(rows, key=repr)
        content["ledger_meta"] = [r[:2] for r in content.get("ledger_meta", [])]
        return content


def dump_any(location: str | Path) -> dict[str, Any]:
    """``files.dump`` for a file, ``dump_server`` for a server ledger."""
    from tests.helpers.files import dump

    if isinstance(location, str) and location.startswith("postgresql://"):
        return dump_server(location)
    return dump(Path(location))


def dump_ledger(ledger: Any) -> dict[str, Any]:
    """The content of an open ledger of either backend (``dump_any`` of where it lives)."""
    url = getattr(ledger, "url", None)
    return dump_server(url) if url else dump_any(ledger.path)


def query_any(location: str | Path, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    """``files.query`` on either backend: SQLite's SQL, run on a server through the
    backend's own dialect (dates as ISO text, sums as ints, as on SQLite)."""
    from tests.helpers.files import query

    if not (isinstance(location, str) and location.startswith("postgresql://")):
        return query(Path(location), sql, params)
    from desktop_app.storage.postgres.connection import connect
    from desktop_app.storage.postgres.dialect import translate

    statement = translate(sql, returning=False)
    with connect(location) as conn:
        return conn.execute(statement.sql, statement.bind(list(params))).fetchall()
