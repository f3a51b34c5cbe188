"""Run in a child process (a scale factor is read once, when Qt starts): the demo window shown
on the X server of ``DISPLAY``, every tab opened, and what a person would see printed as one
JSON line: the screen's room, the window's frame, and for each table whether its amounts and
dates are whole without scrolling sideways.

``python -m tests.ui.x11.probe LEDGER [LANG]`` with QT_QPA_PLATFORM=xcb (QT_SCALE_FACTOR...).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

TODAY = date(2026, 11, 26)


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    import time

    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


def _tables(window) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    from desktop_app.ui.widgets.columns import ColumnFitter

    found = []
    for view in window.findChildren(QTableView):
        if not view.isVisible():
            continue
        fitter = view.findChild(ColumnFitter)
        header = view.horizontalHeader()
        kept = sorted(fitter.money) if fitter else []
        right = max((header.sectionViewportPosition(c) + header.sectionSize(c) for c in kept),
                    default=0)  # fmt: skip
        found.append({
            "table": type(view.parent()).__name__,
            "viewport": view.viewport().width(),
            "kept_right": right,
            "sideways": view.horizontalScrollBar().maximum() > 0,
            "widths": [header.sectionSize(c) for c in range(header.count())],
        })  # fmt: skip
    return found


def _tab_bar(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The main tabs at the screen's width: those cut short, and whether Qt's arrows show."""
    from PySide6.QtWidgets import QTabBar, QToolButton

    bar = window.tabs.tabBar()
    cut = [bar.tabText(i) for i in range(bar.count())
           if bar.tabRect(i).width() < QTabBar.tabSizeHint(bar, i).width()]  # fmt: skip
    arrows = any(button.isVisible() for button in bar.findChildren(QToolButton))
    return {"cut": cut, "arrows": arrows}


def _status_cut(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The status bar's labels shown cut short ("…") or narrower than their text."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.widgets.elided import ElidedLabel

    shown = [label for label in window.status.summary.findChildren(QLabel) if label.isVisible()]
    return [label.text() for label in shown
            if (isinstance(label, ElidedLabel) and label.is_cut())
            or label.width() < label.sizeHint().width()]  # fmt: skip


def main(ledger: str, lang: str = "en") -> int:
    from desktop_app.services.demo import build_demo
    from desktop_app.services.desk import Desk
    from desktop_app.ui import i18n
    from desktop_app.ui.app import application
    from desktop_app.ui.main_window import MainWindow

    app = application()
    desk = Desk.open(Path(ledger), today=TODAY)
    if not desk.settings()["buyer.name"]:
        build_demo(desk)
    i18n.set_language(lang)
    window = MainWindow(desk)
    window.show()
    _settle(app)
    screen = window.screen().availableGeometry()
    report: dict[str, object] = {"screen": [screen.width(), screen.height()], "tabs": {}}
    widest = [0, 0]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if index == 2:  # a simulation shown: its result table too
            window.invoice_view.lines_model.set_lines(
                [("compute", i18n.number(Decimal("1840.50")))]
            )
            window.invoice_view.simulate()
        if index == 3:  # a forecast computed: its three cards and its table too (issue 13)
            window.forecast_view.fill_from_history()
            job = window.forecast_view.compute()
            for _ in range(250):
                if job is None or job.done:
                    break
                _settle(app)
        _settle(app)
        hint = window.minimumSizeHint()
        widest = [max(widest[0], hint.width()), max(widest[1], hint.height())]
        report["tabs"][str(index)] = _tables(window)  # type: ignore[index]
        if index == 2:  # the invoices posted, the tab's second page
            window.invoice_tab.view.show_posted()
            _settle(app)
            hint = window.minimumSizeHint()
            widest = [max(widest[0], hint.width()), max(widest[1], hint.height())]
            report["tabs"]["2-posted"] = _tables(window)  # type: ignore[index]
    frame = window.frameGeometry()
    report["frame"] = [frame.x(), frame.y(), frame.width(), frame.height()]
    report["minimum"] = widest
    window.resize(screen.width(), screen.height())  # as small as the screen, after every tab
    _settle(app)
    report["resized"] = [window.width(), window.height()]
    report["tab_bar"] = _tab_bar(window)
    report["status_cut"] = _status_cut(window)
    print(json.dumps(report))
    window.timer.stop()
    window.close()
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
