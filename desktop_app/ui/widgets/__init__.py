"""Shared widgets and helpers: tables sized from font metrics, input fields, the progress
dialog, the "as of" bar, what a control that writes does on a view date (rule 13)."""
