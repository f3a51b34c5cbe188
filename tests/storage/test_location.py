"""Where a ledger lives, as text (issue 9): a server ledger typed in the window, and what
File > Recent keeps of it (no password at all)."""

from __future__ import annotations

import shlex
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.storage.location import (
    LIBPQ_KEYWORDS,
    check_url,
    database_name,
    is_keyword_form,
    is_server_url,
    masked,
    remote_host,
    server_location,
    without_secrets,
)


def test_a_url_stays_a_url_and_keywords_become_one() -> None:
    assert server_location(" postgresql://me@db/credits ") == "postgresql://me@db/credits"
    assert server_location("service=team") == "postgresql://?service=team"
    assert (
        server_location("host=/run/pg dbname='team credits'")
        == "postgresql://?host=/run/pg&dbname=team+credits"
    )


@pytest.mark.parametrize("typed", ["", "my ledger", "credits.sqlite3", "=x", "host='open"])
def test_anything_else_is_refused_without_repeating_it(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        server_location(typed)
    assert refused.value.code == "ledger.not_server_url"
    assert refused.value.params == {}


def test_an_unreadable_url_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        check_url("postgresql://[::1/credits")
    assert refused.value.code == "ledger.bad_url"


def test_recent_keeps_no_password() -> None:
    assert (
        without_secrets("postgresql://me:pw@db:5433/credits") == "postgresql://me@db:5433/credits"
    )
    assert (
        without_secrets("postgresql:///credits?host=/tmp&password=pw&sslpassword=x&user=me")
        == "postgresql:///credits?host=/tmp&user=me"
    )


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00/?#[]@&"), min_size=1))
@example("\u2047")  # NFKC makes it "??": urlsplit refused the authority that held it
def test_no_password_survives(secret: str) -> None:
    """Whatever the password (a URL's delimiters aside: libpq needs them %-encoded), kept
    nowhere and shown nowhere."""
    for url in (f"postgresql://me:{secret}@db/credits", f"postgresql://db/c?password={secret}"):
        kept = without_secrets(url)
        assert "password" not in kept and f":{secret}@" not in kept
        assert kept.startswith("postgresql://") and "me:" not in kept
        shown = masked(url)
        assert f":{secret}@" not in shown and f"password={secret}" not in shown
    assert without_secrets(f"postgresql://me:{secret}@db/credits") == "postgresql://me@db/credits"


def test_an_unreachable_server_is_said_within_seconds(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """libpq's wait for a server that never answers is bounded (psycopg's own default is
    130 s, the window waiting); a URL's own connect_timeout is kept."""
    psycopg = pytest.importorskip("psycopg")
    from desktop_app.domain.errors import EnvironmentFault
    from desktop_app.storage.postgres import connection

    asked: list[dict[str, object]] = []

    def refuse(url: str, **kwargs: object) -> None:
        asked.append(kwargs)
        raise psycopg.OperationalError("connection timeout expired")

    monkeypatch.setattr(psycopg, "connect", refuse)
    for url in ("postgresql://db/credits", "postgresql://db/credits?connect_timeout=3"):
        with pytest.raises(EnvironmentFault) as fault:
            connection.connect(url)
        assert fault.value.code == "ledger.cannot_connect"
    assert asked[0]["connect_timeout"] == connection.CONNECT_TIMEOUT_S
    assert "connect_timeout" not in asked[1]


@pytest.mark.parametrize(
    "typed", ["service=team", " host=/run/pg dbname='team credits' ", "host=db port=5433"]
)
def test_libpq_keywords_are_a_server_ledger(typed: str) -> None:
    assert is_keyword_form(typed)


@pytest.mark.parametrize(
    "typed", ["", "credits.sqlite3", "notes=1.sqlite3", "./service=team", "books/a=b", "=x"]
)
def test_a_file_name_with_an_equals_sign_stays_a_file(typed: str) -> None:
    assert not is_keyword_form(typed)
    assert not is_keyword_form(Path(typed))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(LIBPQ_KEYWORDS)),
            st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_keywords_become_the_url_of_the_same_connection(pairs: list[tuple[str, str]]) -> None:
    typed = " ".join(f"{key}={shlex.quote(value)}" for key, value in pairs)
    assert is_keyword_form(typed)
    url = server_location(typed)
    assert is_server_url(url)
    assert parse_qsl(urlsplit(url).query, keep_blank_values=True) == pairs


@pytest.mark.parametrize(
    ("url", "database", "server"),
    [
        ("postgresql://alice@db.example/acme_credit", "acme_credit", "db.example"),
        ("postgresql://alice@db.example:5433/acme_credit?sslmode=require", "acme_credit",
         "db.example"),
        # a Unix socket (its folder as the host), however it is written: this machine
        ("postgresql:///acme_credit?host=/var/run/postgresql&user=alice", "acme_credit", None),
        ("postgresql://%2Ftmp%2Fccd-pg.abc/acme_credit", "acme_credit", None),
        ("postgresql://?" + "host=%2Ftmp%2Fsocket&dbname=acme_credit", "acme_credit", None),
        ("postgresql:///acme_credit?host=@abstract", "acme_credit", None),
        ("postgresql:///acme_credit", "acme_credit", None),  # libpq's default: the socket
        ("postgresql://localhost/acme_credit", "acme_credit", None),
        ("postgresql://127.0.0.1:5432/acme_credit", "acme_credit", None),
        ("postgresql://[::1]/acme_credit", "acme_credit", None),
    ],
)  # fmt: skip
def test_a_server_is_named_by_its_host_or_as_this_machine(
    url: str, database: str, server: str | None
) -> None:
    """The status bar names the server: a host by its name, never a socket's folder (None:
    the window says "this machine")."""
    assert database_name(url) == database
    assert remote_host(url) == server
