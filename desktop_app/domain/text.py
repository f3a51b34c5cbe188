"""Names and texts typed by a person: one cleaner, one uniqueness key, ASCII whole numbers.

Every name and text that reaches the ledger (project names and descriptions, payment-method
labels, voucher campaigns, company details, addresses, top-up notes) goes through
``clean_text``; project uniqueness and lookup by name go through ``name_key``.

- Refused: control characters (Unicode category Cc: ESC, BEL, DEL, NUL, the C1 controls,
  except tab, CR and LF, which are whitespace), the bidirectional controls (U+202A-U+202E,
  U+2066-U+2069, U+200E, U+200F, U+061C: they make a text display otherwise than it is
  stored), and characters no text should hold: lone surrogates, private-use and unassigned
  code points (noncharacters included).
- Removed: invisible characters (Unicode's Default_Ignorable_Code_Point set and every other
  format character, Cf): zero-width space, word joiner, BOM, soft hyphen, Hangul fillers,
  tag characters... Two are kept where they do something: the zero-width joiner and
  non-joiner (U+200D, U+200C) between two visible characters (Persian and Indic spelling,
  emoji sequences such as a woman technologist), and a variation selector right after a
  visible character (the emoji form of a heart); anywhere else they are removed too.
- Then: runs of whitespace (any Unicode space, tab, newline) become one space, the ends are
  trimmed, and the text is put in NFC. In a multi-line text (an address) newlines stay, each
  line is cleaned on its own and blank lines are dropped.

``name_key`` is what makes two names the same name: NFKC, case-folded, every invisible and
control character removed, whitespace collapsed. ``Alpha``, ``ALPHA``, ``Alpha`` with a
zero-width space, ``Al`` + joiner + ``pha``, and ``Café`` in NFC or NFD are each one name.
"""

from __future__ import annotations

import re
import unicodedata

from desktop_app.domain.errors import DomainError

#: A free text (a description, an address, a company detail), in characters once cleaned.
MAX_TEXT = 500

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
JOINERS = frozenset("\u200c\u200d")
#: Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt).
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_SELECTOR_RANGES = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
#: Control characters that are whitespace: a pasted tab or line break.
_WHITE_CONTROLS = frozenset("\t\n\r")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029]")
_ASCII_DIGITS = re.compile(r"[0-9]+")
#: ``whole_number`` reads at most this many digits; more is larger than any bound a caller has.
_MAX_DIGITS = 40


def _in(ranges: tuple[tuple[int, int], ...], char: str) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in ranges)


def is_invisible(char: str) -> bool:
    """Default-ignorable or a format character: drawn as nothing."""
    return _in(_IGNORABLE_RANGES, char) or unicodedata.category(char) == "Cf"


def _is_space(char: str) -> bool:
    return char in _WHITE_CONTROLS or unicodedata.category(char) in ("Zs", "Zl", "Zp")


def _is_selector(char: str) -> bool:
    return bool(char) and _in(_SELECTOR_RANGES, char)


def _visible(char: str) -> bool:
    """Drawn as something: a neighbour a joiner or a variation selector can act on."""
    return (
        bool(char)
        and not _is_space(char)
        and not is_invisible(char)
        and unicodedata.category(char) != "Cc"
    )


def _point(char: str) -> str:
    return f"U+{ord(char):04X}"


def _refuse_unsafe(text: str) -> None:
    for char in text:
        category = unicodedata.category(char)
        if char in BIDI_CONTROLS:
            raise DomainError("text.bidi", char=_point(char))
        if category == "Cc" and char not in _WHITE_CONTROLS:
            raise DomainError("text.control", char=_point(char))
        if category in ("Cs", "Co", "Cn"):
            raise DomainError("text.unusable", char=_point(char))


def _drop_invisible(text: str) -> str:
    kept = [c for c in text if not is_invisible(c) or c in JOINERS or _is_selector(c)]
    out: list[str] = []
    for i, char in enumerate(kept):
        before = out[-1] if out else ""
        if char in JOINERS:
            after = kept[i + 1] if i + 1 < len(kept) else ""
            if (_visible(before) or _is_selector(before)) and _visible(after):
                out.append(char)
        elif _is_selector(char):
            if _visible(before):
                out.append(char)
        else:
            out.append(char)
    return "".join(out)


def _one_line(text: str) -> str:
    words = "".join(" " if _is_space(c) else c for c in text).split(" ")
    return unicodedata.normalize("NFC", " ".join(w for w in words if w))


def clean_text(text: str, *, multiline: bool = False, maximum: int | None = MAX_TEXT) -> str:
    """The text as stored: see the module's rules. Raises ``DomainError`` (``text.*``)."""
    if text.isascii() and text.isprintable():  # the common case, quick: nothing to refuse
        cleaned = " ".join(text.split())
        if maximum is not None and len(cleaned) > maximum:
            raise DomainError("text.too_long", maximum=maximum)
        return cleaned
    _refuse_unsafe(text)
    visible = _drop_invisible(text)
    if multiline:
        lines = (_one_line(line) for line in _LINE_BREAKS.sub("\n", visible).split("\n"))
        cleaned = "\n".join(line for line in lines if line)
    else:
        cleaned = _one_line(visible)
    if maximum is not None and len(cleaned) > maximum:
        raise DomainError("text.too_long", maximum=maximum)
    return cleaned


def has_visible(text: str) -> bool:
    """At least one letter, digit, punctuation mark or symbol (not only marks or spaces)."""
    return any(unicodedata.category(c)[0] in "LNPS" and not is_invisible(c) for c in text)


def name_key(text: str) -> str:
    """What makes two names the same: NFKC, case-folded, no invisible or control character,
    whitespace collapsed. Total: any text has a key (an old ledger's names included)."""
    if text.isascii() and text.isprintable():  # NFKC changes no printable ASCII
        return " ".join(text.lower().split())
    key = text
    for _ in range(3):  # NFKC and case folding settle in one or two rounds
        visible = "".join(
            " " if _is_space(c) else c
            for c in key
            if not is_invisible(c) and (unicodedata.category(c) != "Cc" or _is_space(c))
        )
        folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", visible).casefold())
        settled = " ".join(w for w in folded.split(" ") if w)
        if settled == key:
            break
        key = settled
    return key


def whole_number(text: str) -> int | None:
    """A whole number written with ASCII digits only (an id, a count of days), else None.

    ``①``, ``²``, Arabic-Indic or full-width digits, signs and underscores are not numbers
    here. More than 40 digits reads as ``10**40``: above any bound a caller checks.
    """
    digits = text.strip()
    if not _ASCII_DIGITS.fullmatch(digits):
        return None
    digits = digits.lstrip("0") or "0"
    return 10**_MAX_DIGITS if len(digits) > _MAX_DIGITS else int(digits)
