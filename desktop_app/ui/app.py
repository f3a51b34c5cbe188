"""Start the window: `cloud-credit gui`, `cloud-credit-desk` and `python -m desktop_app`."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.resources import resource
from desktop_app.services.desk import (
    APP_NAME,
    Desk,
    default_ledger_location,
    default_ledger_path,
    demo_ledger_path,
    ledger_location,
    shown_location,
)
from desktop_app.services.messages import describe as describe_plain
from desktop_app.services.read_ahead import ReadAhead
from desktop_app.ui import collector, i18n, messages, system_libs
from desktop_app.ui.tables.directory import directory_rows
from desktop_app.ui.widgets.jobs import Job
from desktop_app.ui.widgets.jobs import stop_all as stop_jobs

DISPLAY_NAME = "Cloud Credit Desk"


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if system_libs.wants_xcb() and (missing := system_libs.check_once()):
            print(missing, file=sys.stderr)  # Qt would abort, naming another library
            raise SystemExit(1)
        app = QApplication(sys.argv[:1])
    collector.install(app)  # the cyclic collector on the GUI thread alone, never automatic
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    icon = resource("icons", "cloud-credit-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # no style sheet: see tests/ui/test_app.py, the window's start


def install_excepthook() -> None:
    """Where an exception that no handler took ends: a refusal or a fault that escaped a
    dialog is shown as such; anything else is a bug and shows the report dialog, with the
    details to copy (the ledger's transaction was rolled back). The window's handlers catch
    ``CodedError`` only, so that every bug comes here."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        if isinstance(value, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(value, CodedError):  # a refusal or a fault that escaped a dialog
            messages.show_error(QApplication.activeWindow(), value)
            return
        messages.show_bug(QApplication.activeWindow(), value)

    sys.excepthook = hook


def open_desk(path: Path | str, today: date | None, demo: bool) -> Desk:
    """The ledger the window opens, speaking the system's language when it sets none; a
    server ledger connected in a thread, a dialog with Cancel if it is slow (cancelled:
    ``ledger.open_cancelled``)."""
    from desktop_app.ui.ledger import connecting  # light: Qt taken for a server ledger alone
    from desktop_app.ui.ledger.upgrade import upgrade_if_due  # light: no Qt type taken

    upgrade_if_due(None, path)  # an older file: migrated in a worker, said
    desk = connecting.open_desk(None, path, today, fallback_language=i18n.system_language())
    if desk is None:
        raise DomainError("ledger.open_cancelled", path=shown_location(path))
    if demo and not _has_projects(desk):
        from desktop_app.services.demo import build_demo  # only the demo ledger needs it

        build_demo(desk)
    return desk


def first_start(args: argparse.Namespace, db: Path | str) -> bool:
    """No ledger of the user's yet (the frozen app's first start): the start screen, not an
    empty window. Not for the demo, a ledger named, the screenshots or the self-test."""
    if any(getattr(args, name, None) for name in ("demo", "screenshot", "self_test")):
        return False
    if not isinstance(db, Path):  # a server ledger
        return False
    return db == default_ledger_path() and not db.exists()


def _has_projects(desk: Desk) -> bool:
    from desktop_app.services.projects import list_projects

    return bool(list_projects(desk, include_archived=True))


def run_from_cli(args: argparse.Namespace) -> int:
    """``args``: db (Path), today (date or None), demo, screenshot (Path or None), self_test."""
    app = application()
    db: Path | str = (
        ledger_location(args.db)
        if getattr(args, "db", None)
        else (demo_ledger_path() if args.demo else default_ledger_path())
    )
    demo = bool(getattr(args, "demo", False))
    new = not demo and isinstance(db, Path) and not db.exists()
    if first_start(args, db):
        i18n.set_language(i18n.system_language())
        from desktop_app.ui.onboarding.start import choose_start

        start = choose_start()
        if start is None:
            return 0
        db, demo, new = start.path, start.demo, start.new
    opened = _open_or_choose(args, db, demo)
    if opened is None:
        return 1
    desk, db, new = opened[0], opened[1], new or opened[2]
    i18n.set_language(desk.language())
    shots = None
    if getattr(args, "screenshot", None):
        from desktop_app.services.output import check_output_folder  # screenshots alone

        try:  # the one output guard: never over a file, a device or the ledger
            shots = check_output_folder(desk, Path(args.screenshot))
        except CodedError as error:
            print(f"error: {describe_plain(error, desk.language())}", file=sys.stderr)
            desk.close()
            return 1

    return _show(app, desk, db, shots, new=new, check=bool(getattr(args, "self_test", False)))


def _open_or_choose(
    args: argparse.Namespace, db: Path | str, demo: bool
) -> tuple[Desk, Path | str, bool] | None:
    """The ledger opened: the desk, where it is, and whether it is new. One that cannot be
    opened is said on stderr and, unless for the self-test or screenshots, at the top of the
    start dialog, which offers another way in (the demo, a new ledger, another one) until one
    opens or it is closed (None). Double-clicked from a menu, the window must not vanish
    with a line on a terminal no one sees."""
    new = False
    while True:
        try:
            return open_desk(db, getattr(args, "today", None), demo), db, new
        except CodedError as error:  # no ledger to say a language: the user's, as the window's
            i18n.set_language(i18n.system_language())
            print(f"error: {describe_plain(error, i18n.language())}", file=sys.stderr)
            if any(getattr(args, name, None) for name in ("screenshot", "self_test")):
                return None
            cancelled = error.code == "ledger.open_cancelled"  # the user's Cancel: no news
            problem = "" if cancelled else messages.sentence(messages.describe(error))
        from desktop_app.ui.onboarding.start import choose_start

        start = choose_start(problem)
        if start is None:
            return None
        db, demo, new = start.path, start.demo, start.new


def _show(
    app: QApplication, desk: Desk, db: Path | str, shots: Path | None, *, new: bool, check: bool
) -> int:
    """The window on the desk opened: shown until it closes (or screenshots, or the self-test)."""
    projects = ReadAhead(desk, directory_rows)  # read while the window's modules import
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(desk, later=shots is None, projects=projects)  # notice once painted
    QTimer.singleShot(0, collector_on_after_start)  # once the event loop runs
    if shots is None:  # a server ledger's URL without its password
        window.first_painted.connect(lambda: window.file_menu.add_recent(db))
    else:
        window.file_menu.add_recent(db)
    try:
        if shots is not None:
            take_screenshots(window, shots)
            return 0
        if check:  # gui --self-test
            return self_test(window)
        install_excepthook()
        window.show()
        if new:  # a new ledger starts empty: its details first
            window.extras.welcome_new_ledger()
        return int(app.exec())
    finally:
        opened = window.desk  # the window may have switched ledgers
        window.timer.stop()
        window.close()
        stop_jobs()  # their workers' connections closed before the ledger is
        # gone before its ledger closes: no late event (LanguageChange, timer) may reach it
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        opened.close()


def collector_on_after_start() -> None:
    """The start allocates about a million objects that all live on (PySide's types and
    enums, the modules, the window): the launcher pauses the cyclic collector meanwhile
    (walking them again and again cost ~15 ms of the start). Once the event loop runs, the
    window's objects are frozen out of its reach (``gc.freeze``); from then on the GUI
    thread's timer collects (``ui/collector.py``), the automatic collector stays off."""
    gc.freeze()


def self_test(window: QWidget) -> int:
    """Shown, painted from the event loop, grabbed, closed: the window's start, measured."""
    pictures: list[QPixmap] = []

    def grab() -> None:
        pictures.append(window.grab())
        window.close()
        QApplication.quit()

    window.show()
    QTimer.singleShot(0, grab)
    QApplication.exec()
    return 0 if pictures and not pictures[0].isNull() else 1


def _settle() -> None:
    """What is posted (layouts, polish, a language change) delivered before a screenshot; no
    event loop is pumped."""
    QApplication.sendPostedEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    widget.show()
    _settle()
    widget.grab().save(str(path))
    return path


def _wait(job: Job[Any] | None) -> None:
    """A screenshot of a job's result: the event loop runs until the job has ended."""
    if job is None or job.done:
        return
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    loop.exec()


def take_screenshots(window, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Every main screen and dialog as PNG, in both languages where it matters."""
    out.mkdir(parents=True, exist_ok=True)
    start_language = i18n.language()
    window.resize(1440, 820)
    window.show()
    shots: list[Path] = []
    for lang in ("en", "fr"):
        i18n.set_language(lang)
        _settle()
        window.tabs.setCurrentIndex(0)
        shots.append(_grab(window, out / f"main-{lang}.png"))
    i18n.set_language("en")
    _settle()
    shots += _shoot_dialogs(window, out)
    shots += _shoot_tabs(window, out)
    from desktop_app.ui.posted.shots import shoot_lists  # the lists of issue 13

    shots += shoot_lists(window, out, _grab)
    i18n.set_language("fr")
    _settle()
    french = (
        (window.invoice_tab, "invoice-simulation-fr"),
        (window.forecast_tab, "forecast-fr"),
        (window.account_tab, "account-fr"),
    )
    for tab, name in french:
        window.tabs.setCurrentWidget(tab)
        shots.append(_grab(window, out / f"{name}.png"))
    window.tabs.setCurrentIndex(0)
    i18n.set_language(start_language)
    _settle()
    return shots


def _shoot_dialogs(window, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Buying credit with an amount typed; a voucher refused in words, then mistyped."""
    from desktop_app.domain.codes import new_code

    shots: list[Path] = []
    dialog = window.credits.buy_credit()
    if dialog is not None:
        dialog.amount.setText(i18n.number(i18n.parse_money("1250")))
        shots.append(_grab(dialog, out / "buy-credit.png"))
        dialog.reject()
    dialog = window.credits.add_voucher()
    if dialog is not None:
        dialog.code.setText(new_code())  # well formed, not in the catalogue: refused in words
        dialog.redeem()
        shots.append(_grab(dialog, out / "add-voucher-error.png"))
        dialog.code.setText(
            dialog.code.text()[:-1] + ("0" if dialog.code.text()[-1] != "0" else "1")
        )
        shots.append(_grab(dialog, out / "add-voucher-typo.png"))
        dialog.reject()
    return shots


def _shoot_tabs(window, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Each tab in English: a simulation and a forecast computed on the projects that show
    them best."""
    window.tabs.setCurrentWidget(window.orders_tab)
    shots = [_grab(window, out / "orders.png")]
    # A project whose invoice takes from several sources shows the split best.
    with contextlib.suppress(CodedError):
        window.select_project(window.desk.project("ML training").id)
    window.tabs.setCurrentWidget(window.invoice_tab)
    view = window.invoice_view
    view.lines_model.set_lines([("compute", i18n.number(i18n.parse_money("1840.50"))),
                                ("ai", i18n.number(i18n.parse_money("312.20")))])  # fmt: skip
    view.simulate()
    shots.append(_grab(window, out / "invoice-simulation.png"))
    # The forecast of a project that loses credit to expiry, from its own history.
    with contextlib.suppress(CodedError):
        window.select_project(window.desk.project("Data lake").id)
    window.tabs.setCurrentWidget(window.forecast_tab)
    window.forecast_view.fill_from_history()
    _wait(window.forecast_view.compute())
    shots.append(_grab(window, out / "forecast.png"))
    window.tabs.setCurrentWidget(window.history_tab)
    shots.append(_grab(window, out / "history.png"))
    window.tabs.setCurrentWidget(window.account_tab)
    shots.append(_grab(window, out / "account.png"))
    window.tabs.setCurrentWidget(window.books_tab)  # the period report (issue 10)
    shots.append(_grab(window, out / "period-report.png"))
    return shots


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except CodedError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cloud-credit-desk", description=DISPLAY_NAME)
    parser.add_argument(
        "--db",
        type=ledger_location,
        help="the ledger file, server URL or service=name (env CLOUD_CREDIT_DB)",
    )
    parser.add_argument("--today", type=_date, help="the date taken as today (YYYY-MM-DD)")
    parser.add_argument("--demo", action="store_true", help="open the demo ledger")
    parser.add_argument("--screenshot", type=Path, metavar="DIR")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args(argv)
    if args.today is None and os.environ.get("CLOUD_CREDIT_TODAY"):
        args.today = _date(os.environ["CLOUD_CREDIT_TODAY"])
    if args.db is None:
        args.db = demo_ledger_path() if args.demo else default_ledger_location()
    return args


def main(argv: Sequence[str] | None = None) -> None:
    """The ``cloud-credit-desk`` gui-script."""
    gc.disable()  # until the window is open: collector_on_after_start
    sys.exit(run_from_cli(parse_args(sys.argv[1:] if argv is None else list(argv))))
