"""Closing the books (issue 10): the services over ``domain.books``.

- ``rollforward``: the roll-forward of a period (rule 15), per project and in total;
- ``journal``: the journal of a period (rule 16) as FEC or beancount, streamed to a file;
- ``reversal``: credit notes (rule 14): reversing a posted invoice or an unused top-up;
- ``chart``: the ledger's accounts (settings ``books.*``, PCG defaults).
"""

#: The journal's formats (``journal.FORMATS``), here so that the command line's options
#: name them without importing the export.
JOURNAL_FORMATS = ("fec", "beancount")
