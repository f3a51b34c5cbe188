"""The words of the codes the tables, exports, checks and notices raise (issue 13), English
and French: part of the one catalog (``messages.MESSAGES``), kept apart for its size."""

from __future__ import annotations

TABLE_MESSAGES: dict[str, tuple[str, str]] = {
    "export.unknown_dialect": ("no CSV dialect called '{dialect}'; use {known}",
                               "aucun dialecte CSV nommé « {dialect} » ; utilisez {known}"),
}  # fmt: skip
