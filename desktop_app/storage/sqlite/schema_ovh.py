"""Schema 7: the real OVHcloud account (issue 11), kept apart from ``schema.py`` for its
size; ``schema.MIGRATIONS`` ends with it.

Portable SQL on purpose (the PostgreSQL backend twins it): plain tables, no ``STRICT``-only
types beyond INTEGER and TEXT, no rowid, no SQLite functions.
"""

from __future__ import annotations

# version 7: the real account.
# - ``ovh_projects``: which local project is which OVHcloud Public Cloud project (its
#   ``serviceName``, the API's ``project_id``). One each way: an OVHcloud project is one
#   local project, a local project at most one OVHcloud project. Never written by hand.
# - ``ovh_lots``: which local lot is which ``cloud.Credit`` of that project (its ``id``, a
#   long). A lot the import creates gets its row with it; a lot typed here that the import
#   recognises (same voucher code or bill) gets its row then; its amounts are never changed.
# - ``consumption``: what the bills' details say each project consumed, per month and
#   product, one row per bill detail (``billId``, ``billDetailId``: a second import of the
#   same bill adds nothing). ``month`` is the first day of the detail's period
#   (``YYYY-MM-01``); ``amount_cents`` its ``totalPrice`` HT, in cents (a refund line may
#   be negative). The forecast's "from history" reads it beside the posted invoices.
MIGRATION_7 = """
    CREATE TABLE ovh_projects (
        service_name TEXT PRIMARY KEY,
        project_id INTEGER NOT NULL UNIQUE REFERENCES projects(id)
    ) STRICT;
    CREATE TABLE ovh_lots (
        project_id INTEGER NOT NULL REFERENCES projects(id),
        credit_id INTEGER NOT NULL,
        lot_id INTEGER NOT NULL UNIQUE REFERENCES lots(id),
        PRIMARY KEY (project_id, credit_id)
    ) STRICT;
    CREATE TABLE consumption (
        bill_id TEXT NOT NULL,
        detail_id TEXT NOT NULL,
        project_id INTEGER NOT NULL REFERENCES projects(id),
        month TEXT NOT NULL,
        product TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        PRIMARY KEY (bill_id, detail_id)
    ) STRICT;
    CREATE INDEX consumption_by_project ON consumption (project_id, month, product);
    """

#: The tables schema 7 adds (``schema.LEDGER_TABLES``, ``ledger copy``).
OVH_TABLES = frozenset({"ovh_projects", "ovh_lots", "consumption"})
