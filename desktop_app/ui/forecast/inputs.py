"""The forecast's inputs: a monthly spend per product (typed, or averaged from the history), a
monthly growth and a horizon."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.forecast import MAX_MONTHS, merge_spend
from desktop_app.services import forecast as forecast_service
from desktop_app.ui import i18n
from desktop_app.ui.tables.lines import InvoiceLinesModel
from desktop_app.ui.widgets.fields import ErrorLabel
from desktop_app.ui.widgets.lines import edit_new_line, remove_current_line
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import MONEY, setup_table, size_columns

DEFAULT_MONTHS = 24
DEFAULT_HISTORY_MONTHS = 3


class ForecastInputs(Retranslated, QGroupBox):
    """``changed`` whenever an input changes (a result shown is then no longer theirs). The
    panel connects ``compute_button`` and ``history_button``; ``error`` is where it says why
    it could not compute."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines_model = InvoiceLinesModel(self)
        self.lines_model.set_lines([])
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        setup_table(self.lines, stretch_last=False)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_line)
        self.history_label = QLabel()
        self.history_months = QSpinBox()
        self.history_months.setRange(1, forecast_service.MAX_HISTORY_MONTHS)
        self.history_months.setValue(DEFAULT_HISTORY_MONTHS)
        self.history_button = QPushButton()
        self.growth_label = QLabel()
        self.growth = QDoubleSpinBox()
        self.growth.setRange(-99.0, 100.0)
        self.growth.setDecimals(2)
        self.growth.setSingleStep(0.5)
        self.growth_label.setBuddy(self.growth)
        self.months_label = QLabel()
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(DEFAULT_MONTHS)
        self.months_label.setBuddy(self.months)
        for spin in (self.growth, self.months):
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.compute_button = QPushButton()
        self.compute_button.setDefault(True)
        self.error = ErrorLabel()
        self._lay_out()
        #: True while the amounts are only shown anew (another language): not a change.
        self._reshown = False
        for signal in (
            self.lines_model.dataChanged,
            self.lines_model.rowsInserted,
            self.lines_model.rowsRemoved,
            self.growth.valueChanged,
            self.months.valueChanged,
        ):
            signal.connect(self._changed)
        self.error.watch(self.changed)  # the inputs refused were changed
        self.retranslate()

    def _changed(self, *_args: object) -> None:
        if not self._reshown:
            self.changed.emit()

    def _lay_out(self) -> None:
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        history = QHBoxLayout()
        history.addWidget(self.history_label)
        history.addWidget(self.history_months)
        history.addWidget(self.history_button, 1)
        form = QFormLayout()
        form.addRow(self.growth_label, self.growth)
        form.addRow(self.months_label, self.months)
        box = QVBoxLayout(self)
        box.addWidget(self.lines, 1)
        box.addLayout(line_buttons)
        box.addLayout(history)
        box.addLayout(form)
        box.addWidget(self.compute_button)
        box.addWidget(self.error)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Monthly spend per product (excl. VAT)"))
        self.add_button.setText(self.tr("Add line"))
        self.remove_button.setText(self.tr("Remove line"))
        self.history_label.setText(self.tr("Average of the last"))
        self.history_months.setSuffix(self.tr(" months"))
        self.history_button.setText(self.tr("Fill from history"))
        self.history_button.setToolTip(
            self.tr("The monthly average per product of the project's posted invoices over the "
                    "last complete calendar months.")
        )  # fmt: skip
        self.growth_label.setText(self.tr("&Growth per month:"))
        self.growth.setSuffix(" %")
        self.growth.setLocale(QLocale())
        self.growth.setToolTip(self.tr("Negative for a spend that shrinks."))
        self.months_label.setText(self.tr("&Months to forecast:"))
        self.months.setLocale(QLocale())
        self.compute_button.setText(self.tr("Compute forecast"))
        self.lines_model.retranslate()
        self._reshown = True  # the amounts written the new language's way: the same amounts
        try:
            self.lines_model.reformat_amounts()
        finally:
            self._reshown = False
        size_columns(self.lines, ["compute-instances", MONEY])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def update_buttons(self, has_project: bool) -> None:
        for widget in (self.compute_button, self.history_button, self.add_button):
            widget.setEnabled(has_project)
        self.remove_button.setEnabled(has_project and self.lines_model.rowCount() > 0)

    # -- the lines -----------------------------------------------------------------------------
    def add_line(self) -> None:
        edit_new_line(self.lines, self.lines_model)

    def remove_line(self) -> None:
        remove_current_line(self.lines, self.lines_model)

    def set_spend(self, spend: dict[str, Decimal]) -> None:
        self.lines_model.set_lines(
            [(product, i18n.number(amount)) for product, amount in sorted(spend.items())]
        )

    def spend(self) -> dict[str, Decimal]:
        """The typed lines as a monthly spend, by the one rule (``merge_spend``)."""
        return merge_spend(self.lines_model.lines())

    def growth_rate(self) -> Decimal:
        return Decimal(f"{self.growth.value():.2f}")
