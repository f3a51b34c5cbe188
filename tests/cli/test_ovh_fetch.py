"""`ovh fetch` end to end: the official ``ovh`` client, its HTTP session replaced by
recorded answers (tests/helpers/ovh_api.FakeSession), no network. Read-only (GET only);
a failed request says which one and why (auth, rights, network), and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.helpers.ledger import Cli, dump
from tests.helpers.ovh_api import WEB, FakeSession, answers, price, small_account, three_projects

BILLS = "date.from=2025-01-01&date.to=2026-01-31"


@pytest.fixture
def conf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("ENDPOINT", "APPLICATION_KEY", "APPLICATION_SECRET", "CONSUMER_KEY"):
        monkeypatch.delenv(f"OVH_{name}", raising=False)
    path = tmp_path / "ovh.conf"
    path.write_text("[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=AK\n"
                    "application_secret=AS\nconsumer_key=CK\n")  # fmt: skip
    return path


def _serve(
    monkeypatch: pytest.MonkeyPatch, account: dict[str, Any], **failures: Any
) -> FakeSession:
    session = FakeSession(answers(account, BILLS), failures.get("failures", {}))
    monkeypatch.setattr("ovh.client.Session", lambda: session)
    return session


def test_fetch_writes_the_api_answers_unchanged(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = small_account()
    session = _serve(monkeypatch, account)
    out = tmp_path / "dump.json"
    done = cli.ok("ovh", "fetch", "--output", str(out), "--config", str(conf))
    requests = [p for p in session.paths() if p != "/auth/time"]  # the signature's clock
    assert done == {"path": str(out), "projects": 1, "credits": 3, "requests": len(requests)}
    assert {method for method, _ in session.calls} == {"GET"}
    fetched = json.loads(out.read_text())
    for key in ("projects", "credit_balances", "credit_movements", "bills",
                "fidelity_account", "fidelity_movements"):  # fmt: skip
        assert fetched[key] == account[key], key
    assert fetched["endpoint"] == "https://eu.api.ovh.com/1.0"
    assert fetched["generated_at"][19:] in ("Z", "+00:00") or fetched["generated_at"][19] in "+-"
    # the dump it wrote is what `ovh import` reads
    imported = cli.ok("ovh", "import", str(out))
    assert imported["lots"]["added"] == 3


def test_fetch_of_three_projects_and_forty_credits(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _serve(monkeypatch, three_projects())
    done = cli.ok("ovh", "fetch", "--output", str(tmp_path / "d.json"), "--config", str(conf))
    assert (done["projects"], done["credits"]) == (3, 40)


def _api(status: int, code: str | None, message: str) -> tuple[int, dict[str, str]]:
    return status, ({"errorCode": code} if code else {}) | {"message": message}


@pytest.mark.parametrize(
    ("path", "failure", "words"),
    [
        ("/cloud/project", _api(403, "INVALID_CREDENTIAL", "Invalid"), "refused the key"),
        ("/cloud/project", _api(403, "INVALID_KEY", "Invalid application key"), "refused the key"),
        (f"/me/bill?{BILLS}", _api(403, "NOT_GRANTED_CALL", "Not granted"), "no right to read"),
        (f"/cloud/project/{WEB}/credit/102", requests.ConnectionError("reset"), "be reached"),
        ("/me/credit/balance", requests.Timeout("read timed out"), "could not be reached"),
        ("/me/fidelityAccount", _api(500, None, "Internal server error"), "with an error"),
    ],
)  # fmt: skip
def test_a_failed_request_says_which_and_why_and_writes_nothing(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    path: str, failure: Any, words: str,
) -> None:  # fmt: skip
    cli.ok("project", "add", "Web")
    _serve(monkeypatch, small_account(), failures={path: failure})
    out = tmp_path / "dump.json"
    line = cli.refused("ovh", "fetch", "--output", str(out), "--config", str(conf), expect=words)
    assert path.split("?", maxsplit=1)[0] in line
    assert not out.exists()
    assert list(tmp_path.glob(".cloud-credit-*")) == []


def test_no_loyalty_account_is_not_a_failure(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = small_account()
    account["fidelity_account"], account["fidelity_movements"] = None, []
    _serve(monkeypatch, account)
    cli.ok("ovh", "fetch", "--output", str(tmp_path / "d.json"), "--config", str(conf))
    assert json.loads((tmp_path / "d.json").read_text())["fidelity_account"] is None


def test_an_account_in_another_currency_is_not_written(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.ok("project", "add", "Web")
    account = small_account()
    account["projects"][WEB]["credits"][0]["total_credit"] = price("500.00", "GBP")
    _serve(monkeypatch, account)
    out = tmp_path / "dump.json"
    cli.refused("ovh", "fetch", "--output", str(out), "--config", str(conf),
                expect="not supported yet")  # fmt: skip
    assert not out.exists()


def test_fetch_never_writes_over_the_ledger_or_without_a_key(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.ok("project", "add", "Web")
    session = _serve(monkeypatch, small_account())
    before = dump(cli.db)
    cli.refused("ovh", "fetch", "--output", str(cli.db), "--config", str(conf), expect="ledger")
    cli.refused("ovh", "fetch", "--output", str(tmp_path), "--config", str(conf), expect="folder")
    assert session.calls == []  # refused before the first request
    cli.refused("ovh", "fetch", "--output", str(tmp_path / "d.json"),
                "--config", str(tmp_path / "missing.conf"), expect="no such file")  # fmt: skip
    assert dump(cli.db) == before


def test_without_the_optional_client_fetch_says_how_to_install_it(
    cli: Cli, conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    cli.ok("project", "add", "Web")
    monkeypatch.setitem(sys.modules, "ovh", None)  # `import ovh` raises ImportError
    cli.refused("ovh", "fetch", "--output", str(tmp_path / "d.json"), "--config", str(conf),
                expect="cloud-credit-desk[ovh]")  # fmt: skip
