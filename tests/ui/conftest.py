"""pytest-qt fixtures over real ledgers built with the services (never SQL)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (recent files) must not touch the user's own configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ccd-ui-config-")

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.model import PaymentType
from desktop_app.services.accounts import add_payment_method
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from desktop_app.ui import i18n

    qapp.setOrganizationName("cloud-credit-desk-tests")
    qapp.setApplicationName("cloud-credit-desk-tests")
    i18n.set_language("en")
    yield
    # The test's windows (closed by pytest-qt) are deleted first, as the program deletes its
    # window before it closes the ledger: a window must not re-read a ledger already closed
    # (reading one is a bug, and is reported as one).
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.set_language("en")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """An empty account with one project and a card."""
    with Desk.open(tmp_path / "ledger.sqlite3", today=TODAY) as opened:
        add_project(opened, "Production web", "Shop and API")
        add_payment_method(opened, PaymentType.CARD, "Visa •••• 4242", default=True)
        yield opened


@pytest.fixture
def demo_desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.open(tmp_path / "demo.sqlite3", today=TODAY) as opened:
        build_demo(opened)
        yield opened


@pytest.fixture
def window(qtbot, desk: Desk):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    yield win
    win.timer.stop()


@pytest.fixture
def demo_window(qtbot, demo_desk: Desk):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(demo_desk)
    qtbot.addWidget(win)
    yield win
    win.timer.stop()


def money(text: str) -> Decimal:
    return Decimal(text)
