"""The open ledger as a whole: the File menu (new, open, recent, backup, check) and the
status bar's summary of it."""
