"""A project list for a tab that shows one project or all: "All projects" first, then every
project of the directory. It follows the project chosen in the window (``follow``) and the
user may choose another one, or all of them, there."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.sizing import compact_combo


class ProjectChoice(QComboBox):
    """``chosen`` when the user, or ``follow``, picks another entry (``project_id()``).
    ``label`` ("Project:") goes beside it in the owner's layout; the owner's retranslate()
    calls ``retranslate()``."""

    chosen = Signal()

    def __init__(self, directory: ProjectDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.label = QLabel()
        self.label.setBuddy(self)
        self.addItem("", None)  # "All projects", worded by retranslate()
        compact_combo(self)  # as narrow as a short name: any screen
        self.currentIndexChanged.connect(lambda _index: self.chosen.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Project:"))
        self.setItemText(0, self.tr("All projects"))
        self.setAccessibleName(self.tr("Project"))

    def project_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def fill(self) -> bool:
        """The directory's projects after "All projects", the one chosen kept (else all),
        without telling anyone: rebuilding moves the index through entries nobody chose
        (each would apply the owner's filter for nothing). True if the project chosen is no
        longer there ("All projects" is chosen then: the owner filters again)."""
        current = self.project_id()
        with QSignalBlocker(self):
            while self.count() > 1:
                self.removeItem(1)
            for project, _ in self.directory.rows:
                self.addItem(project.name, project.id)
            found = self.findData(current)
            self.setCurrentIndex(max(found, 0))
        return current is not None and found < 0

    def follow(self, project_id: int | None) -> None:
        """The window's project chosen: shown here too (``chosen`` if it changed); the list
        read again first (the directory is read once per refresh, this costs nothing)."""
        self.fill()
        found = self.findData(project_id) if project_id is not None else 0
        self.setCurrentIndex(max(found, 0))
