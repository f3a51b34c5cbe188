"""A new project, or a new name for one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Project
from desktop_app.services import projects
from desktop_app.services.desk import Desk
from desktop_app.ui.widgets.fields import ErrorLabel


class ProjectDialog(QDialog):
    """A new project, or a new name for one."""

    saved = Signal(Project)

    def __init__(self, desk: Desk, project: Project | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.project = project
        self.result_project: Project | None = None
        form = QFormLayout(self)
        self.name_label = QLabel()
        self.name = QLineEdit(project.name if project else "")
        self.name_label.setBuddy(self.name)
        self.description_label = QLabel()
        self.description = QLineEdit()
        self.description_label.setBuddy(self.description)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.name_label, self.name)
        if project is None:
            form.addRow(self.description_label, self.description)
        else:
            self.description.hide()
            self.description_label.hide()
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setMinimumWidth(400)
        self.error.watch_fields(self)  # the name refused: another name typed clears it
        self.retranslate()

    def retranslate(self) -> None:
        if self.project is None:
            self.setWindowTitle(self.tr("New project"))
        else:
            self.setWindowTitle(self.tr("Rename project"))
        self.name_label.setText(self.tr("&Name:"))
        self.description_label.setText(self.tr("&Description:"))

    def save(self) -> None:
        try:
            if self.project is None:
                self.result_project = projects.add_project(
                    self.desk, self.name.text(), self.description.text()
                )
            else:
                self.result_project = projects.rename_project(
                    self.desk, self.project.id, self.name.text()
                )
        except CodedError as error:
            self.error.show_error(error)
            return
        self.saved.emit(self.result_project)
        self.accept()
