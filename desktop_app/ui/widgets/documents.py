"""A purchase order's PDF: opened with the system's viewer, or a copy saved where the user says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QWidget,
)

from desktop_app.services import orders
from desktop_app.services.desk import Desk
from desktop_app.ui.widgets.save_places import Kind, ask_save


def open_pdf(path: str | Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def save_pdf_copy(parent: QWidget, desk: Desk, number: str) -> Path | None:
    """Ask where, then write the order's PDF there too; returns the path written."""
    title = QCoreApplication.translate("Files", "Save a copy of the purchase order")
    pattern = QCoreApplication.translate("Files", "PDF documents (*.pdf)")
    path, _ = ask_save(parent, Kind.PDF, title, f"{number}.pdf", pattern)
    if not path:
        return None
    return orders.write_order_pdf(desk, number, Path(path))
