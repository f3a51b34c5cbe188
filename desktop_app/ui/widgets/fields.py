"""Input fields: an amount typed the locale's way, where a refusal is said in words."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.ui import i18n
from desktop_app.ui.messages import describe, sentence
from desktop_app.ui.widgets.tones import Hue, set_text_colour, tone


def worded(error: CodedError) -> str:
    """A refusal as the label says it; one about a line of a table (``line`` among its
    parameters, and ``line_product``) names the line first."""
    text = sentence(describe(error))
    line = error.params.get("line")
    if line is None:
        return text
    product = str(error.params.get("line_product") or "")
    where = (
        QCoreApplication.translate("ErrorLabel", "Line %1 (%2):")
        if product
        else (QCoreApplication.translate("ErrorLabel", "Line %1:"))
    )
    return f"{where.replace('%1', str(line)).replace('%2', product)} {text}"


#: A form's own test of what is typed now: the refusal it would meet, or None.
Check = Callable[[], CodedError | None]


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
        self.shown: CodedError | None = None
        self.hide()

    def show_error(self, error: CodedError) -> None:
        self.show_text(worded(error))
        self.shown = error

    def show_text(self, text: str) -> None:
        self.shown = None  # the refusal said, if it is one (show_error sets it)
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
        self.shown = None
        self.hide()

    def watch(self, signal: SignalInstance, check: Check | None = None) -> None:
        """The refusal said goes once its cause is fixed: after each change ``signal`` tells,
        ``check()`` (the form's own test of what is typed now, writing nothing) answers None
        once it is fixed, or the refusal it would now meet (said instead). With no check, any
        change clears it: the refusal was about what was typed before."""

        def changed(*_args: object) -> None:
            if not self.text():
                return
            error = check() if check is not None else None
            if error is None:
                self.clear_error()
            elif worded(error) != self.text():
                self.show_error(error)

        signal.connect(changed)

    def watch_fields(self, form: QWidget, check: Check | None = None) -> None:
        """``watch`` every field of ``form``: a line, a date, a choice, a number, a box."""
        for field in form.findChildren(QLineEdit):
            if not isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox):
                self.watch(field.textChanged, check)
        for date_field in form.findChildren(QDateEdit):
            self.watch(date_field.dateChanged, check)
        for combo in form.findChildren(QComboBox):
            self.watch(combo.currentIndexChanged, check)
        for spin in form.findChildren(QSpinBox) + form.findChildren(QDoubleSpinBox):
            self.watch(spin.valueChanged, check)
        for box in form.findChildren(QCheckBox):
            self.watch(box.toggled, check)


def checked(action: Callable[[], object]) -> CodedError | None:
    """A check for ``ErrorLabel.watch``: the refusal ``action`` raises now, or None."""
    try:
        action()
    except CodedError as error:
        return error
    return None
