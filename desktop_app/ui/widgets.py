"""Small shared pieces: table setup from font metrics, an amount field, an error label, a
progress dialog for long exports and imports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QTableView,
    QWidget,
)

from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.messages import describe, sentence
from desktop_app.ui.models import InvoiceLinesModel

MONEY = "money"
DAY = "day"


def sample_text(sample: str) -> str:
    if sample == MONEY:
        return i18n.money(Decimal("-1234567.89"))
    if sample == DAY:
        return i18n.day(date(2026, 12, 28))
    return sample


def setup_table(view: QTableView, *, sortable: bool = False, stretch_last: bool = True) -> None:
    """Fixed row height from the font; no ResizeToContents over the rows."""
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    vertical.setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(sortable)
    if sortable:
        header.setSortIndicatorShown(True)
        # Another order: show its beginning (the view would otherwise stay where it was, and
        # read a page from the middle of a table the user has not looked at yet).
        header.sortIndicatorChanged.connect(lambda _column, _order: view.scrollToTop())


def size_columns(view: QTableView, samples: Sequence[str]) -> None:
    """Widths from the header's and a typical value's width (font metrics, not the rows)."""
    model = view.model()
    if model is None:
        return
    body = view.fontMetrics()
    head = view.horizontalHeader().fontMetrics()
    for column, sample in enumerate(samples):
        if column >= model.columnCount():
            break
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # room for the sort indicator beside the title
        width = max(
            head.horizontalAdvance(title) + 34, body.horizontalAdvance(sample_text(sample)) + 20
        )
        view.setColumnWidth(column, width)


def view_only_error(desk: Desk) -> DomainError:
    """The services' refusal of a write on a view date (rule 13), for a window that stops the
    write before it reaches them."""
    assert desk.calendar_day is not None
    return DomainError(
        "ledger.view_only", as_of=desk.today.isoformat(), today=desk.calendar_day.isoformat()
    )


def view_only_reason(desk: Desk) -> str:
    """Why a write is off while the window shows another day, and how to write again."""
    assert desk.calendar_day is not None
    text = QCoreApplication.translate(
        "ViewOnly",
        "Shown as of %1, not today (%2): nothing can be written on another day. Click "
        "“Today” beside “As of” to write again.",
    )
    return text.replace("%1", i18n.day(desk.today)).replace("%2", i18n.day(desk.calendar_day))


def refused_on_view_date(parent: QWidget, desk: Desk) -> bool:
    """A write reached while the window shows another day (a shortcut, a program): the
    refusal said through the message channel, and True. False when the ledger is writable."""
    if desk.writable:
        return False
    messages.show_error(parent, view_only_error(desk))
    return True


def set_write_enabled(
    item: QWidget | QAction, desk: Desk, enabled: bool = True, tip: str = ""
) -> None:
    """A control that writes: enabled when ``enabled`` and the ledger is writable (rule 13);
    while the window shows another day its tooltip says why it is off and how to go back."""
    writable = desk.writable
    item.setEnabled(enabled and writable)
    reason = tip if writable else view_only_reason(desk)
    item.setToolTip(reason)
    if isinstance(item, QAction):  # a menu shows no tooltip: the status bar says it
        item.setStatusTip("" if writable else reason)


def edit_new_line(view: QTableView, lines: InvoiceLinesModel) -> None:
    """A blank line added below the others, its product open for typing."""
    index = lines.index(lines.add_line(), 0)
    view.setCurrentIndex(index)
    view.edit(index)


def remove_current_line(view: QTableView, lines: InvoiceLinesModel) -> bool:
    """The line the cursor is on removed; False if it is on none."""
    index = view.currentIndex()
    if not index.isValid():
        return False
    lines.remove_line(index.row())
    return True


class Retranslated:
    """A widget that says its words in ``retranslate()``, said again when the language
    changes. The first of the bases: ``class View(Retranslated, QWidget)``."""

    def retranslate(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def progress_dialog(
    parent: QWidget, label: str, cancel: str, title: str
) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """A window-modal progress dialog (shown after 300 ms) and the callback a long service
    reports to: it moves the bar and answers False once the user has cancelled."""
    progress = QProgressDialog(label, cancel, 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not progress.wasCanceled()

    return progress, step


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
        except DomainError:
            return None


class ErrorLabel(QLabel):
    """Where a dialog says, in words, why it refused what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #b00020;")
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
