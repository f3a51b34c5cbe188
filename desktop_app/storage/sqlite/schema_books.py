"""Schema 6: closing the books (domain rules 14-16), kept apart from ``schema.py`` for its
size; ``schema.MIGRATIONS`` ends with it."""

from __future__ import annotations

#: What each source paid of each invoice, from its USE movements (schema 6 fills the
#: invoices' columns with it; the bench's bulk load too).
INVOICE_SOURCES_FILL = """UPDATE invoices SET
        voucher_cents = (SELECT -COALESCE(SUM(m.amount_cents), 0) FROM movements m
            JOIN lots l ON l.id = m.lot_id
            WHERE m.invoice_id = invoices.id AND m.kind = 'USE' AND l.kind = 'voucher'),
        credit_cents = (SELECT -COALESCE(SUM(m.amount_cents), 0) FROM movements m
            JOIN lots l ON l.id = m.lot_id
            WHERE m.invoice_id = invoices.id AND m.kind = 'USE' AND l.kind = 'credit'),
        launchpad_cents = (SELECT -COALESCE(SUM(m.amount_cents), 0) FROM movements m
            WHERE m.invoice_id = invoices.id AND m.kind = 'USE'
            AND m.account = 'digital_launchpad'),
        loyalty_cents = (SELECT -COALESCE(SUM(m.amount_cents), 0) FROM movements m
            WHERE m.invoice_id = invoices.id AND m.kind = 'USE' AND m.account = 'loyalty')"""

#: What ``movement_days`` holds for a set of movements (the migration's fill above, the
#: bench's bulk load, and ``check``'s rebuild compare with it).
MOVEMENT_DAYS_SUMS = """
    SELECT m.date, m.kind,
        CASE WHEN m.account IS NULL THEN l.project_id ELSE 0 END,
        CASE WHEN m.account IS NULL THEN l.kind ELSE '' END,
        COALESCE(m.account, ''), SUM(m.amount_cents)
    FROM movements m LEFT JOIN lots l ON l.id = m.lot_id
    WHERE m.amount_cents != 0 AND (m.account IS NOT NULL OR m.lot_id IS NOT NULL)
"""

# version 6: closing the books (domain rules 14-16).
# - Credit notes (rule 14), append-only like invoices: a number CN-YYYY-NNNNN gapless per
#   year, the invoice it reverses (UNIQUE: an invoice is reversed once) or the account
#   top-up it reverses (a BONUS movement), its date, the reason typed, and the refund due
#   (the payment method's part, HT and VAT, mirrored from the invoice). An invoice's
#   ``reversed_by`` is the credit note naming it: read, never written into the invoice,
#   which stays final (its triggers unchanged).
# - Movements take kind RETURN (what a credit note gives back, positive, or a negative
#   one reversing a top-up) and a ``credit_note`` column (the RETURN and the EXPIRE of a
#   lot that expires again under it). SQLite cannot alter a CHECK: the table is rebuilt
#   as in version 5, rows copied with their ids, triggers dropped and recreated.
# - ``movement_days``: what the movements add up to, per day, kind and where the money
#   sits (a project's credit or vouchers, or an account): a cache kept by the one writer
#   of movements in the same transaction, like a lot's used and expired (``check``
#   rebuilds it from the movements and compares), so that a year's roll-forward (rule
#   15) reads tens of thousands of rows, not a million movements.
# - Invoices by date (the journal of a period reads them in date order), and what each
#   source paid of an invoice (voucher, credit, Digital LaunchPad, loyalty cents): the
#   sums of its USE movements, written with the invoice (``check`` compares them), so
#   that the journal of a year books each invoice without reading its allocations.
#   Filled here for the invoices already posted, their UPDATE trigger dropped and
#   recreated as it was, inside the migration's one transaction.
# The books' account settings (rule 16) are rows of ``settings`` like the VAT rate:
# ``books.*`` keys, absent until changed (``domain.books.chart.BOOKS_SETTINGS`` gives
# the French defaults).
MIGRATION_6 = """
    CREATE TABLE credit_notes (
        number TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        date TEXT NOT NULL,
        project_id INTEGER REFERENCES projects(id),
        invoice_id INTEGER UNIQUE REFERENCES invoices(id),
        top_up_id INTEGER UNIQUE REFERENCES movements(id),
        reason TEXT NOT NULL DEFAULT '',
        refund_ht_cents INTEGER NOT NULL DEFAULT 0 CHECK (refund_ht_cents >= 0),
        refund_vat_cents INTEGER NOT NULL DEFAULT 0 CHECK (refund_vat_cents >= 0),
        vat_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (vat_rate_bp BETWEEN 0 AND 10000),
        payment_label TEXT,
        UNIQUE (year, seq),
        CHECK ((invoice_id IS NULL) != (top_up_id IS NULL))
    ) STRICT;
    CREATE INDEX credit_notes_by_date ON credit_notes (date, number);
    CREATE TRIGGER credit_notes_append_only_u BEFORE UPDATE ON credit_notes
        BEGIN SELECT RAISE(ABORT, 'credit notes are final'); END;
    CREATE TRIGGER credit_notes_append_only_d BEFORE DELETE ON credit_notes
        BEGIN SELECT RAISE(ABORT, 'credit notes are final'); END;

    DROP TRIGGER movements_append_only_u;
    DROP TRIGGER movements_append_only_d;
    CREATE TABLE movements_v6 (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        kind TEXT NOT NULL
            CHECK (kind IN ('VOUCHER', 'ORDER', 'USE', 'EXPIRE', 'BONUS', 'CANCEL', 'MANUAL',
                            'ORDER_CREATED', 'RETURN')),
        amount_cents INTEGER NOT NULL,
        reference TEXT NOT NULL,
        project_id INTEGER REFERENCES projects(id),
        lot_id INTEGER REFERENCES lots(id),
        account TEXT REFERENCES accounts(name),
        invoice_id INTEGER REFERENCES invoices(id),
        order_number TEXT REFERENCES orders(number),
        note TEXT NOT NULL DEFAULT '',
        note_code TEXT NOT NULL DEFAULT '',
        credit_note TEXT REFERENCES credit_notes(number)
    ) STRICT;
    INSERT INTO movements_v6 (id, date, kind, amount_cents, reference, project_id, lot_id,
            account, invoice_id, order_number, note, note_code)
        SELECT id, date, kind, amount_cents, reference, project_id, lot_id, account,
            invoice_id, order_number, note, note_code
        FROM movements ORDER BY id;
    DROP TABLE movements;
    ALTER TABLE movements_v6 RENAME TO movements;
    CREATE INDEX movements_by_project ON movements (project_id, date, id);
    CREATE INDEX movements_by_lot ON movements (lot_id) WHERE lot_id IS NOT NULL;
    CREATE INDEX movements_by_invoice ON movements (invoice_id) WHERE invoice_id IS NOT NULL;
    CREATE INDEX movements_by_account ON movements (account) WHERE account IS NOT NULL;
    CREATE INDEX movements_by_date ON movements (date, id);
    CREATE INDEX movements_by_credit_note ON movements (credit_note)
        WHERE credit_note IS NOT NULL;
    CREATE TRIGGER movements_append_only_u BEFORE UPDATE ON movements
        BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;
    CREATE TRIGGER movements_append_only_d BEFORE DELETE ON movements
        BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;

    CREATE TABLE movement_days (
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        project_id INTEGER NOT NULL DEFAULT 0,
        lot_kind TEXT NOT NULL DEFAULT '',
        account TEXT NOT NULL DEFAULT '',
        amount_cents INTEGER NOT NULL,
        PRIMARY KEY (day, kind, project_id, lot_kind, account)
    ) STRICT, WITHOUT ROWID;
    -- A period's sums in one pass in group order, no sort (a year's roll-forward: ~50 ms).
    CREATE INDEX movement_days_by_row
        ON movement_days (kind, project_id, lot_kind, account, day, amount_cents);
    INSERT INTO movement_days (day, kind, project_id, lot_kind, account, amount_cents)
        SELECT m.date, m.kind,
            CASE WHEN m.account IS NULL THEN l.project_id ELSE 0 END,
            CASE WHEN m.account IS NULL THEN l.kind ELSE '' END,
            COALESCE(m.account, ''), SUM(m.amount_cents)
        FROM movements m LEFT JOIN lots l ON l.id = m.lot_id
        WHERE m.amount_cents != 0 AND (m.account IS NOT NULL OR m.lot_id IS NOT NULL)
        GROUP BY 1, 2, 3, 4, 5;

    CREATE INDEX invoices_by_date ON invoices (date, id);
    ALTER TABLE invoices ADD COLUMN voucher_cents INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE invoices ADD COLUMN credit_cents INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE invoices ADD COLUMN launchpad_cents INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE invoices ADD COLUMN loyalty_cents INTEGER NOT NULL DEFAULT 0;
    DROP TRIGGER invoices_append_only_u;
    {INVOICE_SOURCES_FILL};
    CREATE TRIGGER invoices_append_only_u BEFORE UPDATE ON invoices
        BEGIN SELECT RAISE(ABORT, 'posted invoices are final'); END;
    """.replace("{INVOICE_SOURCES_FILL}", INVOICE_SOURCES_FILL)
