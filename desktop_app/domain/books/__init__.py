"""Closing the books (issue 10): the roll-forward of a period (rule 15), the journal entries
that the ledger's facts make in the general ledger (rule 16), their FEC and beancount texts,
and the credit note that reverses a posted invoice (rule 14).

Pure like the rest of ``domain``: values in, values out, ``Decimal`` money, no I/O. The
services read the ledger, call these functions and write what they return.
"""
