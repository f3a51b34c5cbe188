"""The account: shared balances, payment methods, company details, VAT, language."""
