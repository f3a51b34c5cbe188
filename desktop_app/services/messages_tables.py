"""The words of the codes the tables, exports, checks and notices raise (issue 13), English
and French: part of the one catalog (``messages.MESSAGES``), kept apart for its size."""

from __future__ import annotations

TABLE_MESSAGES: dict[str, tuple[str, str]] = {
    "export.unknown_dialect": ("no CSV dialect called '{dialect}'; use {known}",
                               "aucun dialecte CSV nommé « {dialect} » ; utilisez {known}"),
    "setting.notice_day": ("{key} must be a whole number of days from 1 to {maximum}, not '{value}'",
                           "{key} doit être un nombre entier de jours de 1 à {maximum}, pas « {value} »"),
    "setting.notice_days": ("expiry notices: {urgent_days} urgent day(s) must be fewer than the {days} day(s) of the first notice, both from 1 to {maximum}",
                            "avis d'expiration : les {urgent_days} jour(s) de l'avis urgent doivent être moins que les {days} jour(s) du premier avis, tous deux de 1 à {maximum}"),
}  # fmt: skip
