"""Preferences: every setting, one page per subject (a list on the left, the page on the right).

The pages are ``SettingsPage`` widgets (``preferences/page.py``); ``preference_pages()`` lists
them and a feature that has settings of its own adds its page there (or, for one dialog, with
``PreferencesDialog.add_page``). OK and Apply check every changed value first, then write all
the ledger's settings in one transaction, then let each page keep what it keeps elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk, update_settings
from desktop_app.ui.preferences.page import SettingError, SettingsPage
from desktop_app.ui.preferences.pages import ledger_pages
from desktop_app.ui.widgets.columns import TruncatedTips
from desktop_app.ui.widgets.fields import ErrorLabel
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.view_only import set_write_enabled


def preference_pages() -> list[SettingsPage]:
    """Every page of the dialog, in order: the ledger's settings, then each feature's own."""
    from desktop_app.ui.books.settings import BooksPage  # the books' own page

    return [*ledger_pages(), BooksPage()]


class PreferencesDialog(Retranslated, QDialog):
    """``saved`` with the ledger settings just written (key -> value as typed)."""

    saved = Signal(dict)

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, pages: list[SettingsPage] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.desk = desk
        self.pages: list[SettingsPage] = []
        self.index = QListWidget()
        self.index.setObjectName("preferencesIndex")
        TruncatedTips(self.index)  # a page's title cut short says itself
        self.stack = QStackedWidget()
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.error = ErrorLabel()
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(Button.Apply).clicked.connect(self.save)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for page in preference_pages() if pages is None else pages:
            self.add_page(page)
        self.index.setCurrentRow(0)
        self.retranslate()
        for button in (Button.Ok, Button.Apply):  # rule 13: nothing written on another day
            set_write_enabled(self.buttons.button(button), desk)

    def add_page(self, page: SettingsPage) -> SettingsPage:
        """One more page, at the end of the list, showing the ledger's values."""
        self.pages.append(page)
        self.stack.addWidget(page)
        self.index.addItem(page.page_title())
        page.load(self.desk)
        self.error.watch_fields(page, self.still_refused)  # the refused value fixed: it goes
        self._fit_index()
        return page

    def still_refused(self) -> CodedError | None:
        """Every page checked again (what Save checks first): None once all pass."""
        try:
            for page in self.pages:
                page.check()
        except SettingError as refused:
            return refused.error
        return None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for row, page in enumerate(self.pages):
            self.index.item(row).setText(page.page_title())
        self.index.setAccessibleName(self.tr("Preferences"))
        self._fit_index()

    def _fit_index(self) -> None:
        metrics = self.index.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.page_title()) for p in self.pages), default=80)
        self.index.setFixedWidth(widest + 36)

    # -- which page ------------------------------------------------------------------------------
    def page_of(self, key: str) -> SettingsPage | None:
        return next((page for page in self.pages if key in page.fields), None)

    def show_key(self, key: str) -> None:
        """The page that holds ``key``, with the focus in its field."""
        page = self.page_of(key)
        if page is not None:
            self.index.setCurrentRow(self.pages.index(page))
            page.fields[key].setFocus()

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Every changed value checked (a refusal shows its page and field; nothing written),
        then all written at once."""
        try:
            for page in self.pages:
                page.check()
        except SettingError as refused:
            self.show_key(refused.key)
            self.error.show_error(refused.error)
            return False
        values: dict[str, str] = {}
        for page in self.pages:
            values.update(page.changes())
        try:
            if values:
                update_settings(self.desk, values)
            for page in self.pages:
                page.apply(self.desk)
        except CodedError as error:
            self.error.show_error(error)
            return False
        for page in self.pages:
            page.forget_loaded()
            page.load(self.desk)
        self.error.clear_error()
        self.saved.emit(values)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
