"""The books in the window (issue 10): the period report, its chart, credit notes, accounts."""
