"""Help's dialogs: a short guide, every keyboard shortcut (read from the menus themselves, so
the list is always the window's), About (version, libraries and fonts with their licences)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.help import licences
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import setup_table


def plain(text: str) -> str:
    """A menu's words without their mnemonic (``&File`` -> ``File``; ``&&`` stays ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) of every action of the menu bar that has a shortcut."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), f"{path} > {plain(act.text())}")  # type: ignore[arg-type]
            elif not act.isSeparator() and not act.shortcut().isEmpty():
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((path, plain(act.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.text()))  # type: ignore[arg-type]
    return found


class _Dialog(Retranslated, QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.box = QVBoxLayout(self)

    def finish(self) -> None:
        self.box.addWidget(self.buttons)
        self.retranslate()


class ShortcutsDialog(_Dialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.table = QTableWidget(0, 3)
        setup_table(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.box.addWidget(self.table)
        self.resize(620, 480)
        self.finish()

    def general_keys(self) -> list[tuple[str, str, str]]:
        where = self.tr("Anywhere")
        return [
            (where, self.tr("Next / previous control"), "Tab / Shift+Tab"),
            (where, self.tr("Move in a table or a list"), self.tr("Arrow keys")),
            (where, self.tr("Next / previous tab"), "Ctrl+Tab / Ctrl+Shift+Tab"),
            (where, self.tr("Leave a field for the tab's table"), "Esc"),
            (where, self.tr("Go to a field or a button"), self.tr("Alt + its underlined letter")),
            (where, self.tr("Open a menu"), self.tr("Alt + its underlined letter, or F10")),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Does"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = menu_shortcuts(self.window_) + self.general_keys()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()


class GuideDialog(_Dialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.box.addWidget(self.text)
        self.resize(640, 520)
        self.finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guide"))
        self.text.setAccessibleName(self.tr("Guide"))
        steps = [
            self.tr(
                "<b>Your details.</b> File > Preferences: your company (the buyer), the "
                "seller, the bank details, the VAT rate and the language."
            ),
            self.tr(
                "<b>Projects.</b> The list on the left: each project has its own credit "
                "and vouchers. Add, rename or archive one with the buttons under it."
            ),
            self.tr(
                "<b>Buy credit.</b> Credit > Buy credit (Ctrl+B) writes a purchase order "
                "and its PDF. Once paid, mark it so in Purchase orders: the credit "
                "appears, valid 13 months."
            ),
            self.tr(
                "<b>Vouchers.</b> Credit > Add a voucher (Ctrl+Shift+V) redeems a code "
                "for the project chosen; Credit > Voucher catalogue (Ctrl+Shift+K) lists "
                "every code issued, redeemed or not, by campaign."
            ),
            self.tr(
                "<b>Invoices.</b> Invoices > New invoice (Ctrl+I): type the month's lines, "
                "see who pays what, in the order applied (vouchers, credit, Digital "
                "LaunchPad, loyalty, then the payment method), and post it. Invoices > "
                "Posted invoices: each one's lines, who paid what lot by lot, its statement "
                "(PDF) and its credit note. A double-click on a lot shows its movements."
            ),
            self.tr(
                "<b>Forecast.</b> When the credit runs out, what expires unused, and "
                "what to buy so that nothing bought is lost."
            ),
            self.tr(
                "<b>As of.</b> The date beside “As of” shows the ledger on another day; "
                "nothing can be written then. “Today” comes back."
            ),
            self.tr(
                "<b>History and exports.</b> Every movement, filtered; File > Export "
                "(Ctrl+E) writes what the tab shows to CSV."
            ),
        ]
        items = "".join(f"<li>{step}</li>" for step in steps)
        title = escape(self.tr("Cloud Credit Desk in a few steps"))
        self.text.setHtml(f"<h3>{title}</h3><ol>{items}</ol>")


class AboutDialog(_Dialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.box.addWidget(self.text)
        self.qt_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        self.resize(620, 520)
        self.finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Cloud Credit Desk"))
        self.text.setAccessibleName(self.tr("About Cloud Credit Desk"))
        self.qt_button.setText(self.tr("About Qt"))
        number = licences.version() or self.tr("development build")
        rows = "".join(
            f"<tr><td>{escape(p.name)}</td><td>{escape(p.version)}</td>"
            f"<td>{escape(p.licence)}</td></tr>"
            for p in licences.libraries()
        )
        fonts = "".join(
            f"<h4>{escape(name)}</h4><pre>{escape(text)}</pre>"
            for name, text in licences.font_licences()
        )
        words = {
            "version": self.tr("Version %1").replace("%1", number),
            "what": self.tr("Prepaid Public Cloud credit, vouchers, purchase orders and "
                            "invoice simulation, in one ledger file."),
            "libraries": self.tr("Libraries"),
            "library": self.tr("Library"),
            "number": self.tr("Version"),
            "licence": self.tr("Licence"),
            "fonts": self.tr("Fonts (embedded in the PDF documents)"),
        }  # fmt: skip
        w = {key: escape(text) for key, text in words.items()}
        head = (f'<tr><th align="left">{w["library"]}</th><th align="left">{w["number"]}</th>'
                f'<th align="left">{w["licence"]}</th></tr>')  # fmt: skip
        self.text.setHtml(
            f"<h2>Cloud Credit Desk</h2><p>{w['version']}</p><p>{w['what']}</p>"
            f'<h3>{w["libraries"]}</h3><table cellpadding="3">{head}{rows}</table>'
            f"<h3>{w['fonts']}</h3>{fonts}"
        )
