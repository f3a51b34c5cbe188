"""Qt's own file dialog (the one Qt draws: no desktop's dialog on a bare X server, as on the
tryout's) reads French in French: its labels, its buttons and the type of a folder. Qt's
French catalogue, qtbase_fr, is loaded; it lacks the strings Qt 6 changed (``&Look in:``,
``Files of &type:``, the file types of ``QAbstractFileIconProvider``), which the window's own
catalogue supplies (``ui/qt_words.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView

from desktop_app.ui import i18n


def _dialog(qtbot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 2)
    return dialog


def _words(dialog: QFileDialog) -> dict[str, str]:
    """What the dialog says: its labels, its buttons' texts and tips, the type column."""
    said = {}
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            said[f"label {label.objectName()}"] = label.text()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            said[f"button {button.objectName()}"] = button.text() or button.toolTip()
    tree = dialog.findChild(QTreeView, "treeView")
    model, root = tree.model(), tree.rootIndex()
    for row in range(model.rowCount(root)):
        name = model.index(row, 0, root).data()
        said[f"type of {name}"] = model.index(row, 2, root).data()
        said["column 2"] = model.headerData(2, Qt.Orientation.Horizontal)
    return said


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_is_french_in_french(qtbot, tmp_path: Path, mode) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "exports").mkdir()
    (tmp_path / "credits.csv").write_text("a\n")
    english = _words(_dialog(qtbot, tmp_path, mode))
    i18n.set_language("fr")
    french = _dialog(qtbot, tmp_path, mode)
    words = _words(french)
    same = {k: v for k, v in words.items() if english.get(k) == v and k != "column 2"}
    # a file's type is the system's (its MIME database's comment), the same in any language
    same.pop("type of credits.csv", None)
    assert same == {}, same
    assert words["label lookInLabel"] == "&Voir dans\u00a0:"
    assert words["label fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert words["type of exports"] == "Dossier"


def test_qt_french_is_in_place_before_any_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The translators are installed when the language is chosen, and a dialog already made
    says itself again when it changes (Qt sends it LanguageChange)."""
    dialog = QFileDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    i18n.set_language("fr")
    QApplication.processEvents()
    label = dialog.findChild(QLabel, "lookInLabel")
    assert label.text() == "&Voir dans\u00a0:"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nom de fichier\u00a0:"
