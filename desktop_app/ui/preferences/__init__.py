"""Preferences: every setting, one page per subject (``dialog.PreferencesDialog``)."""
