"""Input fields: an amount typed the locale's way, where a refusal is said in words."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.ui import i18n
from desktop_app.ui.messages import describe, sentence
from desktop_app.ui.widgets.tones import Hue, set_text_colour, tone


class AmountEdit(QLineEdit):
    """An amount in euros, read by the one amount parser (rule 12): the same in every language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setClearButtonEnabled(True)

    def amount(self, *, allow_zero: bool = False) -> Decimal:
        return i18n.parse_money(self.text(), allow_zero=allow_zero)

    def amount_or_none(self) -> Decimal | None:
        try:
            return self.amount()
        except CodedError:
            return None


class ErrorLabel(QLabel):
    """Where a dialog says, in words, why it refused what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_colour(self, tone(Hue.ERROR))
        self.hide()

    def show_error(self, error: CodedError) -> None:
        self.show_text(sentence(describe(error)))

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        window = self.window()
        if window is not None and window.isWindow() and window is not self:
            # a dialog grows to show the whole sentence (word-wrapped labels need it)
            layout = window.layout()
            if layout is not None and window.inherits("QDialog"):
                layout.activate()
                window.adjustSize()

    def clear_error(self) -> None:
        self.setText("")
        self.hide()
