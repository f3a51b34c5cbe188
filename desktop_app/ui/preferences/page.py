"""A page of the Preferences dialog (and a step of the first-run assistant): a form of ledger
settings. Other features add their own page by subclassing ``SettingsPage``:

- fields that are ledger settings (``services.desk.SETTING_KEYS``) are made with ``add_line``,
  ``add_text`` or ``add_choice`` and are then loaded, compared and saved with no code of the
  page's own (every page's changes are written in one transaction, checked first);
- anything else (a preference of this computer, in QSettings) is loaded in ``load`` and
  written in ``apply``, which the dialog calls after the ledger's settings were written.

A page says its words in ``retranslate`` (``page_title`` and each field's label with
``set_label``), as every window part does.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk, check_setting
from desktop_app.ui import i18n
from desktop_app.ui.widgets.retranslated import Retranslated

Field = QLineEdit | QPlainTextEdit | QComboBox


class SettingError(Exception):
    """A value refused by the settings' rules, with the key of the field that holds it."""

    def __init__(self, key: str, error: CodedError) -> None:
        super().__init__(key)
        self.key = key
        self.error = error


class SettingsPage(Retranslated, QWidget):
    """A form of ledger settings: ``load`` shows the ledger's, ``changes`` gives what the user
    changed since (only that is written: another program's changes are not written back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        #: What each field showed from the ledger when loaded.
        self.loaded: dict[str, str] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addLayout(self.form)
        box.addStretch(1)

    # -- what a page says (its subclass) -------------------------------------------------------
    def page_title(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def retranslate(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_label(self, key: str, text: str) -> None:
        """A field's label (its buddy: Alt+letter and screen readers reach the field)."""
        self.labels[key].setText(text)
        self.fields[key].setAccessibleName(text.replace("&", "").rstrip(" :\u00a0"))

    # -- building ------------------------------------------------------------------------------
    def _add(self, key: str, field: Field) -> Field:
        label = QLabel()
        label.setBuddy(field)
        self.fields[key] = field
        self.labels[key] = label
        self.form.addRow(label, field)
        return field

    def add_line(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        # as wide as a whole IBAN
        edit.setMinimumWidth(
            edit.fontMetrics().horizontalAdvance("FR76 3000 6000 0112 3456 7890 18900")
        )
        self._add(key, edit)
        return edit

    def add_text(self, key: str, lines: int = 3) -> QPlainTextEdit:
        """Several lines (an address); Tab still moves to the next field."""
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        self._add(key, edit)
        return edit

    def add_choice(self, key: str, choices: list[tuple[str, str]]) -> QComboBox:
        """``choices``: (words shown, value stored)."""
        combo = QComboBox()
        for text, value in choices:
            combo.addItem(text, value)
        self._add(key, combo)
        return combo

    # -- values --------------------------------------------------------------------------------
    def value(self, key: str) -> str:
        field = self.fields[key]
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        if isinstance(field, QComboBox):
            return str(field.currentData() or "")
        return field.text()

    def set_value(self, key: str, value: str) -> None:
        field = self.fields[key]
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(field.findData(value), 0))
        else:
            field.setText(value)

    def shown(self, desk: Desk, key: str, stored: str) -> str:
        """A stored value as the field shows it (the VAT rate in the locale's way)."""
        if key == "vat_rate":
            return i18n.number(Decimal(stored or "0"))
        if key == "language":
            return desk.language()
        return stored

    def load(self, desk: Desk) -> None:
        """The ledger's values shown; what the user typed since the last load is kept."""
        settings = desk.settings()
        for key in self.fields:
            text = self.shown(desk, key, settings.get(key, ""))
            if key not in self.loaded or self.value(key) == self.loaded[key]:
                self.set_value(key, text)
            self.loaded[key] = text

    def changes(self) -> dict[str, str]:
        """The ledger settings changed on this page (key -> value as typed)."""
        return {
            key: self.value(key) for key in self.fields if self.value(key) != self.loaded.get(key)
        }

    def check(self) -> None:
        """Every changed value through the settings' rules; raises ``SettingError``."""
        for key, value in self.changes().items():
            try:
                check_setting(key, value)
            except CodedError as error:
                raise SettingError(key, error) from error

    def apply(self, desk: Desk) -> None:
        """After the ledger's settings are written: what the page keeps elsewhere."""

    def forget_loaded(self) -> None:
        """Everything shown again as the ledger has it at the next ``load``."""
        self.loaded.clear()
