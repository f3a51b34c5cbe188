"""A ledger's first steps: the start screen (the demo, a new ledger, another one) and the
first-run assistant that asks for the details purchase orders print."""
