"""The books' settings and their defaults (rule 16: French defaults, PCG), apart from the chart
that reads them, so that the desk's table of settings does not load the chart (issue 12)."""

from __future__ import annotations

from typing import Final

BOOKS_SETTINGS: Final[dict[str, str]] = {
    "books.journal_code": "HA",
    "books.journal_label": "Achats",
    "books.prepaid_account": "4091",
    "books.vat_account": "44566",
    "books.supplier_account": "401",
    "books.supplier_aux": "",
    "books.supplier_aux_label": "",
    "books.expense_account": "6135",
    "books.expense_by_product": "",
    "books.loss_account": "658",
    "books.account_labels": "",
}
