"""Schema and migrations, versioned with ``PRAGMA user_version``.

Money columns end in ``_cents`` (INTEGER); dates are ISO ``YYYY-MM-DD`` text. Movements,
invoices and their lines are append-only (triggers refuse UPDATE and DELETE), so the history
can always rebuild every balance. ``lots.used_cents``/``expired_cents`` and
``accounts.balance_cents`` are caches kept in the same transaction as their movements;
``check`` compares them with the movements.
"""

from __future__ import annotations

from desktop_app.storage.sqlite.schema_books import MIGRATION_6
from desktop_app.storage.sqlite.schema_ovh import MIGRATION_7, OVH_TABLES

MIGRATIONS: tuple[str, ...] = (
    # version 1
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_on TEXT NOT NULL
    ) STRICT;

    CREATE TABLE lots (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id),
        kind TEXT NOT NULL CHECK (kind IN ('voucher', 'credit')),
        reference TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        total_cents INTEGER NOT NULL CHECK (total_cents > 0),
        used_cents INTEGER NOT NULL DEFAULT 0 CHECK (used_cents >= 0),
        expired_cents INTEGER NOT NULL DEFAULT 0 CHECK (expired_cents >= 0),
        valid_from TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        products TEXT NOT NULL DEFAULT '',
        CHECK (used_cents + expired_cents <= total_cents),
        CHECK (valid_from < expires_on)
    ) STRICT;
    -- The waterfall: a project's lots with something left, vouchers first, soonest expiry first.
    CREATE INDEX lots_waterfall ON lots (project_id, kind DESC, expires_on, issued_on, id)
        WHERE total_cents > used_cents + expired_cents;
    CREATE INDEX lots_by_expiry ON lots (project_id, expires_on, id);
    CREATE INDEX lots_due ON lots (expires_on)
        WHERE total_cents > used_cents + expired_cents;

    CREATE TABLE accounts (
        name TEXT PRIMARY KEY CHECK (name IN ('digital_launchpad', 'loyalty')),
        balance_cents INTEGER NOT NULL DEFAULT 0 CHECK (balance_cents >= 0)
    ) STRICT;
    INSERT INTO accounts (name) VALUES ('digital_launchpad'), ('loyalty');

    CREATE TABLE payment_methods (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('card', 'sepa', 'paypal', 'transfer')),
        label TEXT NOT NULL,
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (is_default)
        WHERE is_default = 1;

    CREATE TABLE orders (
        number TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        project_id INTEGER NOT NULL REFERENCES projects(id),
        status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled')),
        amount_ht_cents INTEGER NOT NULL CHECK (amount_ht_cents > 0),
        vat_rate_bp INTEGER NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
        vat_cents INTEGER NOT NULL,
        amount_ttc_cents INTEGER NOT NULL,
        created_on TEXT NOT NULL,
        paid_on TEXT,
        cancelled_on TEXT,
        lot_id INTEGER REFERENCES lots(id),
        pdf TEXT,
        UNIQUE (year, seq)
    ) STRICT;
    CREATE INDEX orders_by_project ON orders (project_id, status);
    CREATE INDEX orders_by_status ON orders (status);

    CREATE TABLE vouchers (
        code TEXT PRIMARY KEY,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        valid_from TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        products TEXT NOT NULL DEFAULT '',
        campaign TEXT NOT NULL DEFAULT '',
        created_on TEXT NOT NULL,
        redeemed_on TEXT,
        project_id INTEGER REFERENCES projects(id),
        lot_id INTEGER REFERENCES lots(id),
        CHECK (valid_from < expires_on)
    ) STRICT;

    CREATE TABLE invoices (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        project_id INTEGER NOT NULL REFERENCES projects(id),
        date TEXT NOT NULL,
        total_ht_cents INTEGER NOT NULL,
        method_ht_cents INTEGER NOT NULL CHECK (method_ht_cents >= 0),
        vat_rate_bp INTEGER NOT NULL,
        vat_cents INTEGER NOT NULL,
        payment_method_id INTEGER REFERENCES payment_methods(id),
        payment_label TEXT,
        UNIQUE (year, seq)
    ) STRICT;
    CREATE INDEX invoices_by_project_date ON invoices (project_id, date);

    CREATE TABLE invoice_lines (
        invoice_id INTEGER NOT NULL REFERENCES invoices(id),
        line_no INTEGER NOT NULL,
        product TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        PRIMARY KEY (invoice_id, line_no)
    ) STRICT;

    CREATE TABLE movements (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        kind TEXT NOT NULL
            CHECK (kind IN ('VOUCHER', 'ORDER', 'USE', 'EXPIRE', 'BONUS', 'CANCEL', 'MANUAL')),
        amount_cents INTEGER NOT NULL,
        reference TEXT NOT NULL,
        project_id INTEGER REFERENCES projects(id),
        lot_id INTEGER REFERENCES lots(id),
        account TEXT REFERENCES accounts(name),
        invoice_id INTEGER REFERENCES invoices(id),
        order_number TEXT REFERENCES orders(number),
        note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX movements_by_project ON movements (project_id, id);
    CREATE INDEX movements_by_lot ON movements (lot_id) WHERE lot_id IS NOT NULL;
    CREATE INDEX movements_by_invoice ON movements (invoice_id) WHERE invoice_id IS NOT NULL;
    CREATE INDEX movements_by_account ON movements (account) WHERE account IS NOT NULL;
    CREATE INDEX movements_by_date ON movements (date, id);

    CREATE TRIGGER movements_append_only_u BEFORE UPDATE ON movements
        BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;
    CREATE TRIGGER movements_append_only_d BEFORE DELETE ON movements
        BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;
    CREATE TRIGGER invoices_append_only_u BEFORE UPDATE ON invoices
        BEGIN SELECT RAISE(ABORT, 'posted invoices are final'); END;
    CREATE TRIGGER invoices_append_only_d BEFORE DELETE ON invoices
        BEGIN SELECT RAISE(ABORT, 'posted invoices are final'); END;
    CREATE TRIGGER invoice_lines_append_only_u BEFORE UPDATE ON invoice_lines
        BEGIN SELECT RAISE(ABORT, 'posted invoices are final'); END;
    CREATE TRIGGER invoice_lines_append_only_d BEFORE DELETE ON invoice_lines
        BEGIN SELECT RAISE(ABORT, 'posted invoices are final'); END;
    CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
        BEGIN SELECT RAISE(ABORT, 'order numbers are kept, even cancelled'); END;
    CREATE TRIGGER orders_final BEFORE UPDATE OF status, amount_ht_cents, paid_on, cancelled_on
        ON orders WHEN OLD.status != 'pending'
        BEGIN SELECT RAISE(ABORT, 'a paid or cancelled order cannot change'); END;
    CREATE TRIGGER lots_no_delete BEFORE DELETE ON lots
        BEGIN SELECT RAISE(ABORT, 'credit lots are never deleted'); END;
    """,
    # version 2: the credits & vouchers table sorted by a column, both ways, over the whole
    # ledger without sorting every lot (the first page of 100,000 lots read from an index);
    # the project list's available totals read from one covering index. Of the columns every
    # invoice changes, only "available" gets an index (sorting 100,000 lots by that expression
    # takes ~90 ms): each such index costs every post ~3 ms on a 250-lot invoice, while used and
    # expired sort in ~35 ms without one.
    """
    CREATE INDEX lots_sort_kind ON lots (kind, id);
    CREATE INDEX lots_sort_reference ON lots (reference, id);
    CREATE INDEX lots_sort_description ON lots (description, id);
    CREATE INDEX lots_sort_total ON lots (total_cents, id);
    CREATE INDEX lots_sort_available ON lots ((total_cents - used_cents - expired_cents), id);
    CREATE INDEX lots_sort_valid_from ON lots (valid_from, id);
    CREATE INDEX lots_sort_expires_on ON lots (expires_on, id);
    CREATE INDEX lots_sort_issued_on ON lots (issued_on, id);
    CREATE INDEX lots_open_amounts
        ON lots (project_id, expires_on, valid_from, total_cents, used_cents, expired_cents)
        WHERE total_cents > used_cents + expired_cents;
    """,
    # version 3: the history is in date order, then recording order (an order paid on an
    # earlier day, an expiry recorded late): a project's history pages read in that order from
    # an index, as the whole ledger's do from movements_by_date.
    """
    DROP INDEX movements_by_project;
    CREATE INDEX movements_by_project ON movements (project_id, date, id);
    """,
    # version 4: each project's name key (``domain.text.name_key``: NFKC, case-folded,
    # invisible characters removed), UNIQUE, so that "Alpha", "ALPHA", "Alpha" + a zero-width
    # space and "Café" in NFC or NFD are one project. ``name_key()`` is the Python function
    # the migration registers. Names an older ledger let in twice keep their rows: the first
    # (lowest id) gets the key, each later one its key + U+001F + its id (no cleaned name
    # has a control character), so it is reached by id until it is renamed.
    """
    ALTER TABLE projects ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    UPDATE projects SET name_key = name_key(name);
    UPDATE projects SET name_key = name_key || char(31) || id
        WHERE EXISTS (
            SELECT 1 FROM projects AS first
            WHERE first.name_key = projects.name_key AND first.id < projects.id
        );
    CREATE UNIQUE INDEX projects_by_name_key ON projects (name_key);
    """,
    # version 5: codes in the ledger, words at the edge. What the program itself wrote as
    # English prose becomes a code that each display puts into words in its language:
    # - a purchase order's creation, "purchase order created" under kind MANUAL, becomes
    #   kind ORDER_CREATED with note code purchase_order_created;
    # - an EXPIRE movement's "unused at expiry" becomes note code unused_at_expiry;
    # - a lot described "Public Cloud credit" (a paid order) or "Voucher" (a voucher without
    #   a campaign) gets description code public_cloud_credit or voucher, its description
    #   left for typed text. Typed text (campaigns, top-up notes) stays as it was.
    # Movements are append-only and their kind has a CHECK that must take ORDER_CREATED:
    # SQLite cannot alter a CHECK, so the table is rebuilt, rows copied with their ids, in
    # the migration's one transaction (a failure rolls all of it back), each row recoded as
    # it is copied. Its append-only triggers are dropped first, on purpose, and recreated as
    # they were once the copy is in place, with its indexes; nothing else can write
    # meanwhile (the migration holds the write lock).
    # The runner takes a backup of the older ledger before this script runs.
    """
    ALTER TABLE lots ADD COLUMN description_code TEXT NOT NULL DEFAULT '';
    UPDATE lots SET description = '', description_code = 'public_cloud_credit'
        WHERE kind = 'credit' AND description = 'Public Cloud credit';
    UPDATE lots SET description = '', description_code = 'voucher'
        WHERE kind = 'voucher' AND description = 'Voucher';
    DROP INDEX lots_sort_description;
    CREATE INDEX lots_sort_description ON lots (description, description_code, id);

    DROP TRIGGER movements_append_only_u;
    DROP TRIGGER movements_append_only_d;
    CREATE TABLE movements_v5 (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        kind TEXT NOT NULL
            CHECK (kind IN ('VOUCHER', 'ORDER', 'USE', 'EXPIRE', 'BONUS', 'CANCEL', 'MANUAL',
                            'ORDER_CREATED')),
        amount_cents INTEGER NOT NULL,
        reference TEXT NOT NULL,
        project_id INTEGER REFERENCES projects(id),
        lot_id INTEGER REFERENCES lots(id),
        account TEXT REFERENCES accounts(name),
        invoice_id INTEGER REFERENCES invoices(id),
        order_number TEXT REFERENCES orders(number),
        note TEXT NOT NULL DEFAULT '',
        note_code TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO movements_v5 (id, date, kind, amount_cents, reference, project_id, lot_id,
            account, invoice_id, order_number, note, note_code)
        SELECT id, date,
            CASE WHEN created THEN 'ORDER_CREATED' ELSE kind END,
            amount_cents, reference, project_id, lot_id, account, invoice_id, order_number,
            CASE WHEN created OR expired THEN '' ELSE note END,
            CASE WHEN created THEN 'purchase_order_created'
                 WHEN expired THEN 'unused_at_expiry' ELSE '' END
        FROM (SELECT *,
                kind = 'MANUAL' AND note = 'purchase order created' AND amount_cents = 0
                    AND order_number IS NOT NULL AS created,
                kind = 'EXPIRE' AND note = 'unused at expiry' AS expired
              FROM movements)
        ORDER BY id;
    DROP TABLE movements;
    ALTER TABLE movements_v5 RENAME TO movements;
    CREATE INDEX movements_by_project ON movements (project_id, date, id);
    CREATE INDEX movements_by_lot ON movements (lot_id) WHERE lot_id IS NOT NULL;
    CREATE INDEX movements_by_invoice ON movements (invoice_id) WHERE invoice_id IS NOT NULL;
    CREATE INDEX movements_by_account ON movements (account) WHERE account IS NOT NULL;
    CREATE INDEX movements_by_date ON movements (date, id);
    CREATE TRIGGER movements_append_only_u BEFORE UPDATE ON movements
        BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;
    CREATE TRIGGER movements_append_only_d BEFORE DELETE ON movements
        BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;
    """,
    MIGRATION_6,  # closing the books: schema_books.py
    MIGRATION_7,  # the real OVHcloud account: schema_ovh.py
    # version 8: a lot's movements are found through its project's history index, which now
    # carries each movement's lot (a covering index: a lot's history is one range of its
    # project's entries, read without touching the table), instead of an index of their
    # own. ``movements_by_lot`` had one entry per movement, keyed by lot: the ~250 lots a
    # big invoice takes from are scattered through it, so each post wrote ~114 pages of it
    # to the WAL (a quarter of a post's pages) and ~0.7 ms of CPU; the project's index is
    # written where the day's movements already go. The check's rebuild of every lot sums
    # the movements grouped by lot (one pass), faster without that index than the join was
    # with it. ``check`` and the foreign keys need no index on movements.lot_id: lots are
    # never deleted and their ids never change.
    """
    DROP INDEX movements_by_lot;
    DROP INDEX movements_by_project;
    CREATE INDEX movements_by_project ON movements (project_id, date, id, lot_id);
    """,
    # version 9: nothing in a file. The PostgreSQL twin's version 9 gives what is left of
    # each lot a table of its own (``storage/postgres/schema.py`` says why); the two keep one
    # numbering. A file stays at 8 (``FILE_VERSION``): the program before reads it still.
    "",
)

#: The program's schema, the same number on both backends (``ledger init`` says it).
SCHEMA_VERSION = len(MIGRATIONS)
#: What a file carries in ``PRAGMA user_version``: the last version that changed anything in
#: a file. A version with nothing for SQLite (9) is no migration: no backup, no dialog, no
#: write; a file this program makes or opens stays one the program before it can open.
FILE_VERSION = max(number + 1 for number, script in enumerate(MIGRATIONS) if script.strip())


def changes_file(version: int) -> bool:
    """Whether bringing a file at ``version`` to ``SCHEMA_VERSION`` changes anything in it."""
    return version < FILE_VERSION


#: Tables a ledger has; a SQLite file with other tables and no version is someone else's.
LEDGER_TABLES = frozenset(
    {
        "settings",
        "projects",
        "lots",
        "accounts",
        "payment_methods",
        "orders",
        "vouchers",
        "invoices",
        "invoice_lines",
        "movements",
        "credit_notes",
        "movement_days",
    }
    | OVH_TABLES
)
