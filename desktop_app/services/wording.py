"""Words for the codes the ledger stores in place of prose (``domain.model.Wording``).

The ledger keeps codes; each place that shows them puts them in words. The command line's
JSON and the CSV exports show the English words in every language, as they always have
(scripts and spreadsheets read them); the window shows its own, translated by Qt from the
same English (``ui/models.py``: ``wording_name``); ``make translations`` takes the French
from here.
"""

from __future__ import annotations

from desktop_app.domain.model import CreditLot, Movement, Wording

WORDS: dict[Wording, tuple[str, str]] = {
    Wording.PUBLIC_CLOUD_CREDIT: ("Public Cloud credit", "Crédit Public Cloud"),
    Wording.VOUCHER: ("Voucher", "Voucher"),
    Wording.PURCHASE_ORDER_CREATED: ("purchase order created", "bon de commande créé"),
    Wording.UNUSED_AT_EXPIRY: ("unused at expiry", "inutilisé à l'expiration"),
    Wording.OVH_CREDIT: ("OVHcloud credit", "Crédit OVHcloud"),
    Wording.USED_AT_OVH: (
        "used at OVHcloud before the import",
        "utilisé chez OVHcloud avant l'import",
    ),
}


def words(code: Wording, language: str = "en") -> str:
    english, french = WORDS[code]
    return french if language == "fr" else english


def shown(code: Wording | None, typed: str, language: str = "en") -> str:
    """What a row says: the program's words for its code, and what a person typed."""
    said = words(code, language) if code else ""
    return f"{said} — {typed}" if said and typed else said or typed


def lot_description(lot: CreditLot, language: str = "en") -> str:
    return shown(lot.description_code, lot.description, language)


def movement_note(movement: Movement, language: str = "en") -> str:
    return shown(movement.note_code, movement.note, language)


def codes_matching(text: str) -> tuple[str, ...]:
    """The codes whose words, in any language, contain ``text`` (case aside): a search for
    "public cloud" or "crédit" finds the lots the program describes so."""
    wanted = text.strip().casefold()
    if not wanted:
        return ()
    return tuple(
        code.value
        for code, spelt in WORDS.items()
        if any(wanted in word.casefold() for word in spelt)
    )
