"""The window (PySide6): the only layer that imports it (import-linter)."""

from desktop_app.ui.pyside_start import skip_source_scan

skip_source_scan()  # before the window's modules are imported: see pyside_start
