"""The server backend: one customer account in one PostgreSQL database (issue 9).

The repositories are the SQLite ones (``storage/sqlite``) run through a session whose
``dialect`` turns each statement into PostgreSQL's; the few that differ (booleans, an
ambiguous upsert, the integrity checks) are subclassed in ``repositories.py``, and the lots'
queries of what is left (schema 9's ``lot_left``) in ``lots.py``. psycopg 3 is
an optional extra (``pip install 'cloud-credit-desk[postgres]'``), imported only for a
PostgreSQL URL; only ``storage`` imports it."""
