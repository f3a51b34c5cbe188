"""Voucher codes: ``XXXX-XXXX-XXXX``, Crockford base-32, the last character a check character.

The check character makes the whole code, read as a base-32 number, a multiple of 37. As 37 is
a prime above 32, every single mistyped character and every swap of two neighbours (check
character included) breaks that, so a typo is reported as such before any lookup. (Luhn mod 32
would miss a swap of 0 and Z.) Bodies whose check value would not fit in one character are
never issued. Reading is forgiving:
case-insensitive, spaces and dashes ignored, and the look-alikes O/I/L read as 0/1/1.
"""

from __future__ import annotations

import secrets

from desktop_app.domain.errors import DomainError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
BODY_LENGTH = 11
CODE_LENGTH = BODY_LENGTH + 1
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
# One pass: drop separators, read the look-alikes O/I/L as 0/1/1 (upper-cased first).
_CLEAN = str.maketrans({"O": "0", "I": "1", "L": "1", " ": None, "-": None, "\t": None,
                        "\u00a0": None})  # fmt: skip
_ALPHABET_SET = frozenset(ALPHABET)
_N = len(ALPHABET)


_PRIME = 37


def _value_mod(code: str) -> int:
    total = 0
    for char in code:
        total = (total * _N + _VALUE[char]) % _PRIME
    return total


def check_character(body: str) -> str | None:
    """The character that makes ``body + check`` a multiple of 37, or None if none fits."""
    needed = (-_value_mod(body) * _N) % _PRIME
    return ALPHABET[needed] if needed < _N else None


def _is_valid(code: str) -> bool:
    return _value_mod(code) == 0


def normalise(text: str) -> str:
    """Upper-case, drop spaces and dashes, map look-alikes. Does not validate."""
    return text.upper().translate(_CLEAN)


def parse_code(text: str) -> str:
    """Return the canonical code (``XXXX-XXXX-XXXX``) or raise ``voucher.malformed`` /
    ``voucher.mistyped``."""
    code = normalise(text)
    if len(code) != CODE_LENGTH or not _ALPHABET_SET.issuperset(code):
        raise DomainError("voucher.malformed", code=text.strip())
    if not _is_valid(code):
        raise DomainError("voucher.mistyped", code=text.strip())
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def display(code: str) -> str:
    plain = normalise(code)
    return "-".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def new_code() -> str:
    """A fresh random code with its check character."""
    while True:
        body = "".join(ALPHABET[secrets.randbelow(_N)] for _ in range(BODY_LENGTH))
        check = check_character(body)
        if check is not None:
            return display(body + check)


def code_state(text: str) -> str:
    """For a field checked as it is typed: ``empty``, ``partial``, ``mistyped``, ``malformed``
    or ``ok``."""
    code = normalise(text)
    if not code:
        return "empty"
    if any(ch not in _VALUE for ch in code) or len(code) > CODE_LENGTH:
        return "malformed"
    if len(code) < CODE_LENGTH:
        return "partial"
    return "ok" if _is_valid(code) else "mistyped"
