"""How a refusal's parameters are shown: typed text on one line, control characters escaped."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import escape_controls, shown_params

HIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp"}


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Web\nerror: fake", "Web\\nerror: fake"),
        ("a\rb", "a\\rb"),
        ("tab\there", "tab\\there"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("bell\x07 del\x7f c1\x85", "bell\\x07 del\\x7f c1\\x85"),
        ("\u202eevil", "\\u202eevil"),
        ("Alpha\u200b", "Alpha\\u200b"),
        ("line\u2028sep", "line\\u2028sep"),
        ("bytes\udcff", "bytes\\udcff"),
        ("Café 東京 Ελλάδα «prod»", "Café 東京 Ελλάδα «prod»"),
        ("1\u00a0234,56 €", "1\u00a0234,56 €"),
        ("C:\\Users\\me\\out.csv", "C:\\Users\\me\\out.csv"),
        ("", ""),
    ],
)
def test_escape_controls(typed: str, shown: str) -> None:
    assert escape_controls(typed) == shown


@given(st.text())
def test_escaped_text_is_one_line_of_visible_characters(text: str) -> None:
    shown = escape_controls(text)
    assert len(shown.splitlines()) <= 1
    assert not any(unicodedata.category(c) in HIDDEN for c in shown)


@given(st.text(st.characters(exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))))
def test_visible_text_is_shown_as_it_is(text: str) -> None:
    assert escape_controls(text) == text


_ESCAPE = re.compile(r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|[nrt])")


def _read_back(shown: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return {"n": "\n", "r": "\r", "t": "\t"}.get(code) or chr(int(code[1:], 16))

    return _ESCAPE.sub(one, shown)


@given(st.text())
def test_escaping_loses_nothing(text: str) -> None:
    """Every hidden character is spelt as Python's own escapes, and reads back (for text that
    has no backslash of its own: those are kept as typed, for Windows paths)."""
    if "\\" not in text:
        assert _read_back(escape_controls(text)) == text


def test_shown_params_keeps_numbers_and_dates() -> None:
    params = {"maximum": 255, "amount": Decimal("1.50"), "on": date(2026, 1, 31), "name": "a\nb"}
    assert shown_params(params) == {
        "maximum": 255, "amount": Decimal("1.50"), "on": date(2026, 1, 31), "name": "a\\nb",
    }  # fmt: skip
