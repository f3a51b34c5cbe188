"""Credits & vouchers: the lots of a project, buying credit, adding and importing vouchers,
the expiry notice."""
