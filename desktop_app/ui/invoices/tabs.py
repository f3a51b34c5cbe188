"""The Invoices tab: a new invoice (simulated, then posted if wanted) and the invoices posted,
two pages of one tab. An accountant looks for invoices in one place; the window's tab bar has
no room for another tab on a 1024 px screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.model import Project
from desktop_app.services.desk import Desk
from desktop_app.ui.invoices.view import InvoiceView
from desktop_app.ui.posted.view import PostedInvoicesView
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.focus import settle_after_switch
from desktop_app.ui.widgets.retranslated import Retranslated


class InvoicesPage(Retranslated, QWidget):
    """``simulation`` (the invoice simulation, first) and ``posted`` (the posted invoices);
    the window's calls go to both."""

    def __init__(
        self, desk: Desk, directory: ProjectDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.simulation = InvoiceView(desk)
        self.posted: PostedInvoicesView | None = None  # built when first shown
        self.directory = directory
        self.desk = desk
        self.project: Project | None = None
        #: The window's layout memory, given the posted page once built (its columns).
        self.restore_layout: Callable[[QWidget], None] | None = None
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.simulation, "")
        self.posted_page = QWidget()
        QVBoxLayout(self.posted_page).setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.posted_page, "")
        self.pages.currentChanged.connect(self._page_shown)
        self.pages.currentChanged.connect(lambda _index: settle_after_switch(self.pages))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("New invoice"))
        self.pages.setTabText(1, self.tr("Posted invoices"))
        self.pages.setAccessibleName(self.tr("Invoices"))

    def _page_shown(self, index: int) -> None:
        if index == 1:
            self.posted_view()

    def posted_view(self) -> PostedInvoicesView:
        """The posted invoices' page, built the first time it is asked for."""
        if self.posted is None:
            self.posted = PostedInvoicesView(self.desk, self.directory)
            self.posted.set_project(self.project)
            layout = self.posted_page.layout()
            assert layout is not None
            layout.addWidget(self.posted)
            if self.restore_layout is not None:
                self.restore_layout(self.posted)
        return self.posted

    def show_simulation(self) -> None:
        self.pages.setCurrentWidget(self.simulation)

    def show_posted(self, number: str | None = None) -> PostedInvoicesView:
        """The posted invoices shown (``number`` selected, if it is in the list)."""
        posted = self.posted_view()
        self.pages.setCurrentWidget(self.posted_page)
        if number is not None:
            posted.select(number)
        return posted

    def _parts(self) -> list[InvoiceView | PostedInvoicesView]:
        return [self.simulation] + ([self.posted] if self.posted is not None else [])

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        for part in self._parts():
            part.set_desk(desk)

    def set_today(self, day: date) -> None:
        self.desk = self.desk.with_today(day)
        for part in self._parts():
            part.set_today(day)

    def refresh(self) -> None:
        for part in self._parts():
            part.refresh()

    def set_project(self, project: Project | None) -> None:
        self.project = project
        for part in self._parts():
            part.set_project(project)
