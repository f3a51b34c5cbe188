"""The reconciliation on screen: a summary, the table, and its exports (CSV, PDF) as jobs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.ovh.compare import Plan
from desktop_app.services.desk import Desk
from desktop_app.services.ovh.report import (
    counts,
    write_reconciliation_csv,
    write_reconciliation_pdf,
)
from desktop_app.ui import i18n, messages
from desktop_app.ui.reconcile.models import ReconcileModel
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.table_view import MONEY, setup_table, size_columns

#: The statuses each choice of "Show:" keeps (none: every row).
FILTERS: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"differs"}),
    frozenset({"missing_in_ledger", "missing_at_ovh"}),
    frozenset({"matched"}),
)


class ReconcileDialog(Retranslated, QDialog):
    def __init__(self, desk: Desk, found: Plan, dump: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.found, self.dump = desk, found, dump
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_label = QLabel()
        self.filter = QComboBox()
        self.filter.addItems(["", "", "", ""])
        self.show_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self.apply_filter)
        self.model = ReconcileModel(self)
        self.model.set_rows(found.rows())
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, stretch_last=False, many=True)
        size_columns(self.table, ["missing in the ledger", "Project 00", "WELCOME-2026-AB12-X",
                                  "expires on", MONEY, MONEY])  # fmt: skip
        # the project's name takes what is left: references and amounts keep their width
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.csv_button, self.pdf_button = QPushButton(), QPushButton()
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addWidget(self.show_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reconcile with OVHcloud"))
        n = counts(self.found)
        self.summary.setText(
            self.tr("%1, as of %2: %3 lots match, %4 differ; %5 missing in the ledger, "
                    "%6 missing at OVHcloud. Nothing in the ledger is changed.")
            .replace("%1", self.dump.name).replace("%2", i18n.day(self.found.day))
            .replace("%3", str(n["matched"])).replace("%4", str(n["differs"]))
            .replace("%5", str(n["here"])).replace("%6", str(n["there"]))
        )  # fmt: skip
        self.show_label.setText(self.tr("&Show:"))
        for index, text in enumerate((self.tr("Every lot"), self.tr("What differs"),
                                      self.tr("What is on one side only"),
                                      self.tr("What matches"))):  # fmt: skip
            self.filter.setItemText(index, text)
        self.csv_button.setText(self.tr("Export CSV…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.model.retranslate()

    def apply_filter(self) -> None:
        """The rows of the status chosen (the exports keep every row)."""
        wanted = FILTERS[max(0, self.filter.currentIndex())]
        self.model.set_rows([r for r in self.found.rows() if not wanted or r.status in wanted])

    def _save_as(self, title: str, name: str, pattern: str) -> Path | None:
        kind = Kind.PDF if name.endswith(".pdf") else Kind.CSV
        path, _ = ask_save(self, kind, title, name, pattern)
        return Path(path) if path else None

    def export_csv(self) -> Job[int] | None:
        path = self._save_as(self.tr("Export the reconciliation"),
                             f"reconciliation-{self.found.day:%Y%m%d}.csv",
                             self.tr("CSV files (*.csv)"))  # fmt: skip
        if path is None:
            return None
        found = self.found

        def work(desk: Desk, progress: Progress) -> int:
            return write_reconciliation_csv(desk, found, path, progress)

        return self._run(work, path)

    def export_pdf(self) -> Job[Path] | None:
        path = self._save_as(self.tr("Export the reconciliation"),
                             f"reconciliation-{self.found.day:%Y%m%d}.pdf",
                             self.tr("PDF documents (*.pdf)"))  # fmt: skip
        if path is None:
            return None
        found, dump, language = self.found, self.dump.name, i18n.language()

        def work(desk: Desk, _progress: Progress) -> Path:
            return write_reconciliation_pdf(desk, found, dump, path, language=language)

        return self._run(work, path)

    def _run(self, work: object, path: Path) -> Job:  # type: ignore[type-arg]
        dialog = (self.tr("Writing the reconciliation…"), self.tr("Cancel"),
                  self.tr("Reconcile with OVHcloud"))  # fmt: skip

        def written(_result: object) -> None:
            self.summary.setToolTip(self.tr("Written to %1").replace("%1", str(path)))
            messages.show_written(self, path)

        def refused(error: CodedError) -> None:
            if error.code != "export.cancelled":
                messages.show_error(self, error)

        return start_job(self, self.desk, work, on_done=written, on_error=refused,  # type: ignore[arg-type]
                         dialog=dialog)  # fmt: skip
