"""Qt's own words that Qt's French catalogue lacks, for the window's catalogue to supply.

qtbase_fr (loaded beside the window's own catalogue, ``i18n.set_language``) was made for an
older Qt: Qt 6 gave the file dialog's labels their mnemonics (``&Look in:``, ``Files of
&type:``) and moved the file types to ``QAbstractFileIconProvider``, so Qt looks for strings
that catalogue does not have and shows them in English. Listed here in Qt's own contexts,
pyside6-lupdate puts them in the window's .ts (their French in ``fill_fr.py``); Qt finds them
there once qtbase_fr has none. ``tests/ui/test_qt_dialogs_french.py`` finds any other."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    # the file dialog's labels (qfiledialog.ui, with the mnemonics Qt 6 gave them)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # the Type column of a folder, a drive, a link (a file's is its MIME type's comment)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
