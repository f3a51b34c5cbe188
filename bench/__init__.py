"""Benchmarks of Cloud Credit Desk on a large ledger: ``make bench`` (``python -m bench.run``)."""
