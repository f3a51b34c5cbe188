"""The one catalog: every code has words in English and in French, and every code the program
raises anywhere has words; the window's variants are the few where the wording must differ."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path
from string import Formatter

import pytest

import desktop_app
from desktop_app.domain.books.defaults import BOOKS_SETTINGS
from desktop_app.domain.errors import Bug, DomainError, EnvironmentFault
from desktop_app.services.desk import DEFAULT_SETTINGS
from desktop_app.services.messages import MESSAGES, WINDOW, describe, describe_bug

PACKAGE = Path(desktop_app.__file__).parent
RAISERS = {"DomainError", "EnvironmentFault", "LedgerError"}
#: Strings shaped like a code that are file names (``forecast.png``, ``ledger.sqlite3``).
FILE_SUFFIXES = {".png", ".pdf", ".csv", ".sqlite3", ".qm", ".ts", ".json", ".txt"}
CODE = re.compile(r"([a-z_]+)\.[a-z_][a-z0-9_]*")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_every_code_has_english_and_french_with_the_same_parameters() -> None:
    for catalog in (MESSAGES, WINDOW):
        for code, (english, french) in catalog.items():
            assert CODE.fullmatch(code), code
            assert english.strip() and french.strip(), code
            assert english != french, code
            assert placeholders(english) == placeholders(french), code


def test_the_window_words_only_what_the_catalog_has() -> None:
    for code, (english, _) in WINDOW.items():
        assert code in MESSAGES, code
        assert english != MESSAGES[code][0], code  # a variant only where the words differ
        assert placeholders(english) <= placeholders(MESSAGES[code][0]), code


@functools.cache
def _sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text("utf-8"))) for path in sorted(PACKAGE.rglob("*.py"))]


def _raiser_calls() -> list[ast.Call]:
    calls = []
    for _, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                if name in RAISERS:
                    calls.append(node)
    return calls


def _raised_directly() -> set[str]:
    """Codes in ``DomainError("...")``, ``EnvironmentFault("a" if x else "b")``..."""
    return {
        sub.value
        for call in _raiser_calls()
        for sub in ast.walk(call.args[0])
        if isinstance(sub, ast.Constant)
        and isinstance(sub.value, str)
        and CODE.fullmatch(sub.value)
    }


def _raised_by_family() -> set[str]:
    """``DomainError(f"{what}.name_empty")``: one code per family that names take
    (``clean_name(..., what="company")``, ``project`` by default)."""
    suffixes = {
        part.value
        for call in _raiser_calls()
        if isinstance(call.args[0], ast.JoinedStr)
        for part in call.args[0].values
        if isinstance(part, ast.Constant) and isinstance(part.value, str)
    }
    families = {"project"} | {
        keyword.value.value
        for _, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "clean_name"
        for keyword in node.keywords
        if keyword.arg == "what" and isinstance(keyword.value, ast.Constant)
    }
    return {family + suffix for family in families for suffix in suffixes}


def _raised_anywhere() -> set[str]:
    """The direct codes, and every string shaped as a code of the same families: codes that
    reach an error through a table or a variable (``_FAULTS``, ``_ERRNO_CODES``...)."""
    direct = _raised_directly()
    families = {code.split(".")[0] for code in direct}
    found = direct | _raised_by_family()
    settings = set(DEFAULT_SETTINGS) | set(BOOKS_SETTINGS)  # setting keys look like codes
    for path, tree in _sources():
        if path.name == "messages.py":
            continue  # the catalog itself
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                match = CODE.fullmatch(node.value)
                family = match.group(1) if match else None
                if (
                    family in families
                    and Path(node.value).suffix not in FILE_SUFFIXES
                    and node.value not in settings
                ):
                    found.add(node.value)
    return found


def test_every_code_raised_anywhere_has_words() -> None:
    direct = _raised_directly()
    # the scan sees the codes it must: direct ones, ternaries, and those of tables
    assert {"voucher.already_used", "ledger.view_only"} <= direct
    assert {"ledger.too_new", "ledger.corrupted"} <= direct
    anywhere = _raised_anywhere()
    assert {"ledger.disk_full", "ledger.no_memory", "ledger.is_pipe"} <= anywhere
    assert {"company.name_empty", "payment_method.name_numeric"} <= anywhere
    assert anywhere - set(MESSAGES) == set()


def test_the_edges_word_some_codes_their_own_way() -> None:
    error = DomainError("project.unknown", project="Web")
    assert describe(error) == "no project 'Web'; see `cloud-credit project list`"
    assert describe(error, window=True) == "no project 'Web'; it may have been archived or renamed"
    assert describe(error, "fr", window=True).startswith("aucun projet « Web » ; il a peut-être")
    same = DomainError("order.already_paid", number="PO-2026-00001")
    assert describe(same, "fr") == describe(same, "fr", window=True)


@pytest.mark.parametrize(
    ("error", "english", "french"),
    [
        (EnvironmentFault("ledger.busy", path="l.sqlite3"), "try again in a moment", "réessayez"),
        (DomainError("no.such_code"), "the request was refused (no.such_code)", "refusée"),
    ],
)
def test_words_in_either_language(error: DomainError, english: str, french: str) -> None:
    assert english in describe(error)
    assert french in describe(error, "fr")


def test_a_bug_is_worded_as_a_bug() -> None:
    bug = Bug("OperationalError SQLITE_ERROR: no such column: x", path="l.sqlite3")
    assert describe_bug(bug) == (
        "this is a bug in Cloud Credit Desk, please report it: "
        "OperationalError SQLITE_ERROR: no such column: x"
    )
    assert describe_bug(KeyError("k"), "fr").startswith("c'est un bogue de Cloud Credit Desk")
