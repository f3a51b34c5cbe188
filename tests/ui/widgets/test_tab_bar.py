"""The tab bar that cuts its longest titles first (``widgets.tab_bar``): whole titles when
they fit, the fewest cut when they do not, Qt's scroll arrows only when even three letters
of each do not fit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabBar, QToolButton, QWidget

from desktop_app.ui.widgets.tab_bar import FairTabWidget

TITLES = ["Credits && vouchers", "Purchase orders", "Invoices", "Forecast", "History"]


def _tabs(qtbot, width: int) -> FairTabWidget:  # type: ignore[no-untyped-def]
    tabs = FairTabWidget()
    qtbot.addWidget(tabs)
    for title in TITLES:
        tabs.addTab(QWidget(), title)
    tabs.resize(width, 200)
    tabs.show()
    QApplication.processEvents()
    return tabs


def _whole(bar: QTabBar) -> list[int]:
    return [QTabBar.tabSizeHint(bar, i).width() for i in range(bar.count())]


def _arrows(bar: QTabBar) -> bool:
    return any(b.isVisible() for b in bar.findChildren(QToolButton))


def test_titles_that_fit_are_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = _tabs(qtbot, 900)
    bar = tabs.tabBar()
    assert [bar.tabRect(i).width() for i in range(bar.count())] == _whole(bar)


def test_short_of_room_the_longest_give_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    probe = _tabs(qtbot, 900)
    needed = sum(_whole(probe.tabBar()))
    tabs = _tabs(qtbot, needed - 40)
    bar = tabs.tabBar()
    whole = _whole(bar)

    def widths() -> list[int]:
        return [bar.tabRect(i).width() for i in range(bar.count())]

    assert widths()[1:] == whole[1:] and widths()[0] < whole[0]  # the longest alone cut
    tabs.resize(needed - 120, 200)
    QApplication.processEvents()
    assert sum(widths()) <= tabs.width() and not _arrows(bar)
    assert widths()[2:] == whole[2:]  # Invoices, Forecast, History whole
    assert widths()[0] == widths()[1] < whole[1]  # the two longest cut to one width
    tabs.resize(900, 200)  # room again: whole again
    QApplication.processEvents()
    assert widths() == whole


def test_far_too_narrow_qt_scrolls(qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = _tabs(qtbot, 120)
    assert _arrows(tabs.tabBar())
