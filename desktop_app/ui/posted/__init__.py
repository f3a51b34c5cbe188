"""Posted invoices: the list by project and period, each invoice's detail, its statement and
the credit note reversing it."""
