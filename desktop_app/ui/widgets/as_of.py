"""The "As of" date of the window, with a "Today" button: on another day the ledger is only
looked at (domain rule 13), and the bar says so in the platform's own colours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.view_only import view_only_reason

#: Not today: the date in the palette's highlight (no colour of our own: dark themes, high
#: contrast), bold, with a warning icon and words beside it.
NOT_TODAY_STYLE = (
    "QDateEdit { background: palette(highlight); color: palette(highlighted-text); "
    "font-weight: bold; }"
)


class AsOfBar(Retranslated, QWidget):
    """``date`` is the day shown; ``today_action`` goes back to the program's day."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.label = QLabel()
        self.label.setContentsMargins(0, 0, 6, 0)
        self.date = QDateEdit(i18n.to_qdate(desk.today))
        self.date.setCalendarPopup(True)
        # Reached by a click or Alt+A, never by Tab nor by Qt passing the focus on (after a
        # post, a tab switch): a stray digit must not change the day shown. A typed date
        # counts once complete (Enter or leaving the field), not at each digit.
        self.date.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.date.setKeyboardTracking(False)
        self.label.setBuddy(self.date)
        self.today_action = QAction(self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.triggered.connect(lambda _checked=False: self.go_today())
        self.today_button = QToolButton()
        self.today_button.setDefaultAction(self.today_action)
        self.icon = QLabel()  # its picture drawn the first time it shows (update_state)
        self.note = QLabel()
        self.note.setObjectName("viewOnlyNote")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.date)
        layout.addWidget(self.today_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&As of:"))
        self.today_action.setText(self.tr("&Today"))
        self.note.setText(self.tr("View only"))
        self.update_state()

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.update_state()

    def set_today(self, day: date) -> None:
        """The day chosen: shown as a view unless it is the program's day (rule 13)."""
        self.set_desk(self.desk.with_today(day))

    def go_today(self) -> None:
        """Back to the program's calendar day (``--today`` or the clock)."""
        self.date.setDate(i18n.to_qdate(self.desk.calendar_day))

    def update_state(self) -> None:
        view_only = not self.desk.writable
        font = QFont(self.label.font())
        font.setBold(view_only)
        self.label.setFont(font)
        self.note.setFont(font)
        self.icon.setVisible(view_only)
        self.note.setVisible(view_only)
        self.today_action.setEnabled(view_only)
        if view_only:
            reason = view_only_reason(self.desk)
            if self.icon.pixmap().isNull():
                self._draw_warning()
            self.date.setStyleSheet(NOT_TODAY_STYLE)
            shown = self.tr("Not today: balances and expiries are shown as of this date.")
            self.date.setToolTip(f"{shown} {reason}")
            self.note.setToolTip(reason)
            self.icon.setToolTip(reason)
            self.today_action.setToolTip(self.tr("Back to today, where the ledger can be written"))
        else:
            if self.date.styleSheet():  # none at all on the program's day (see ui.app)
                self.date.setStyleSheet("")
            self.date.setToolTip(self.tr("The date balances and expiries are computed for."))
            self.today_action.setToolTip(self.tr("Already today"))

    def _draw_warning(self) -> None:
        """The style's warning icon (asked only on another day: the style's types cost the
        window's start ~9 ms)."""
        from PySide6.QtWidgets import QStyle

        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
