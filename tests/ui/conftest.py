"""pytest-qt fixtures over real ledgers built with the services (never SQL)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (recent files) must not touch the user's own configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ccd-ui-config-")

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.model import PaymentType
from desktop_app.services.accounts import add_payment_method
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.projects import add_project
from tests.helpers.messagemock import MessageMock

TODAY = date(2026, 11, 26)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests marked ``xcb`` need a real X server: `make test` runs them under Xvfb with
    QT_QPA_PLATFORM=xcb; elsewhere (the offscreen run) they are skipped, saying so."""
    if os.environ.get("QT_QPA_PLATFORM") == "xcb":
        return
    skip = pytest.mark.skip(reason="needs X (make test runs it under Xvfb, QT_QPA_PLATFORM=xcb)")
    for item in items:
        if "xcb" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path) -> Iterator[None]:
    """Each test its own QSettings (recent files, the window's layout): nothing one test's
    window saved reaches another's, nor the user's own configuration."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    yield


@pytest.fixture(autouse=True, scope="session")
def _gui_thread_collector(qapp) -> None:  # type: ignore[no-untyped-def]
    """As in the program (``ui.app.application``): the cyclic collector on the GUI thread
    alone (``ui/collector.py``), never in a worker's or a watch's thread."""
    from desktop_app.ui import collector

    collector.install(qapp)


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


@pytest.fixture(autouse=True)
def message_mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageMock]:
    """What the window's message channel shows, captured; a refusal or a bug left unread
    fails the test."""
    mock = MessageMock.install(monkeypatch)
    yield mock
    unread = mock.unread_problems()
    if unread:
        pytest.fail(f"the window showed, and the test never looked: {unread}")


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], list[str]]:
    """``save_as(path)``: the next save dialogs answer ``path``; the list gets each one's
    title and the file it suggested ("title | suggested")."""

    def answer(path: Path) -> list[str]:
        asked: list[str] = []

        def get_save(parent, title, suggested="", pattern="", *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(f"{title} | {suggested}")
            return str(path), pattern

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
        return asked

    return answer


#: What a purchase order needs (``services.details.ORDER_DETAILS``), as a user typed it.
ORDER_DETAILS = {
    "buyer.name": "Atelier Martin SARL",
    "seller.name": "Nuage Public SAS",
    "payment.iban": "FR76 3000 6000 0112 3456 7890 189",
}


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """An empty account with one project, a card and the details orders print."""
    with Desk.open(tmp_path / "ledger.sqlite3", today=TODAY) as opened:
        add_project(opened, "Production web", "Shop and API")
        add_payment_method(opened, PaymentType.CARD, "Visa •••• 4242", default=True)
        update_settings(opened, ORDER_DETAILS)
        yield opened


@pytest.fixture
def new_desk(tmp_path: Path) -> Iterator[Desk]:
    """A ledger just created: no setting typed yet, one project."""
    with Desk.open(tmp_path / "new.sqlite3", today=TODAY) as opened:
        add_project(opened, "Production web", "Shop and API")
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


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final clean-up: PySide6 6.12 drops references to True
    and None it never took (per window made, per QEvent.ignore()/setAccepted, per
    QWizardPage.isComplete override), so a long run of window tests aborts the interpreter
    at exit (``bool_dealloc``) after every test passed. The results are all written by then
    (this hook runs last). pytest-xvfb's X server is stopped first: the plugin stops it at
    exit (``atexit``), which ``os._exit`` skips (PySide6's own exit handlers are left out,
    as the rest of the clean-up)."""
    import sys

    if _exit_status:
        stop_x_server = getattr(config.pluginmanager.get_plugin("xvfb"), "shutdown_xvfb", None)
        if stop_x_server is not None:
            stop_x_server()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])
