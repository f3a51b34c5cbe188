"""Any screen, offscreen: amounts before text when a table is narrow, a cut cell's tooltip, a
status label that gives up room, the window's first place and the layout it remembers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop_app.ui.widgets.columns import MIN_TEXT, ColumnFitter, TruncatedTips
from desktop_app.ui.widgets.elided import ElidedLabel
from desktop_app.ui.widgets.sizing import first_geometry, within
from tests.ui.walk import open_every_tab


def _fitter(view: QTableView) -> ColumnFitter:
    fitter = view.findChild(ColumnFitter)
    assert fitter is not None
    return fitter


def test_a_narrow_table_keeps_its_amounts_whole(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.credits.lots
    fitter = _fitter(view)
    assert fitter.money == {3, 4, 5, 6}
    wide = fitter.widths(4000)
    narrow = fitter.widths(620)
    header = view.horizontalHeader()
    for column in fitter.money:  # an amount keeps at least its text's width
        assert narrow[column] >= fitter.floors[column]
    for column in (0, 1, 9):  # the text columns gave up room first, down to their floor
        assert MIN_TEXT <= narrow[column] < wide[column] or wide[column] == MIN_TEXT
    right = sum(narrow[c] for c in range(7))  # kind, reference, description, four amounts
    assert right <= 620
    assert wide[2] > narrow[2]  # the description takes the room a wide table has
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Interactive


def test_a_cut_cell_says_its_text(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show()
    qtbot.waitExposed(demo_window)
    view = demo_window.projects.table
    model = view.model()
    view.setColumnWidth(0, 30)  # the project's name, cut
    tips = view.findChild(TruncatedTips)
    assert tips is not None
    rect = view.visualRect(model.index(0, 0))
    text = model.index(0, 0).data()
    assert text == "Data lake"
    assert tips.tip_at(rect.center()) == "Data lake\nAnalytics and archives"  # its own too
    view.setColumnWidth(0, 400)
    assert tips.tip_at(view.visualRect(model.index(0, 0)).center()) is None  # whole


def test_a_cut_cells_tooltip_is_shown_once_the_mouse_came(qtbot, demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The tip's filter goes on the cells when the mouse enters the table (not before:
    the window's start does not take hold of a viewport), and then a tooltip event over a
    cut cell shows its whole text."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QEnterEvent, QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    demo_window.show()
    qtbot.waitExposed(demo_window)
    view = demo_window.projects.table
    view.setColumnWidth(0, 30)
    tips = view.findChild(TruncatedTips)
    assert tips is not None and not tips.on_cells
    inside = QPointF(view.visualRect(view.model().index(0, 0)).center())
    QApplication.sendEvent(view, QEnterEvent(inside, inside, view.mapToGlobal(inside)))
    assert tips.on_cells
    point = view.visualRect(view.model().index(0, 0)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, _widget: shown.append(text))
    QApplication.sendEvent(view.viewport(), event)
    assert shown == ["Data lake\nAnalytics and archives"]


def test_a_status_label_gives_up_room_and_says_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("Production web: €11,995,980.00 available")
    assert label.minimumSizeHint().width() < label.sizeHint().width() / 2
    label.resize(60, label.sizeHint().height())
    label.show()
    assert label.is_cut() and "€11,995,980.00" in label.toolTip()
    label.resize(label.sizeHint().width() + 10, label.height())
    assert not label.is_cut() and label.toolTip() == ""


def test_the_window_opens_within_the_screen() -> None:
    frame = QSize(8, 40)
    small = QRect(0, 0, 1024, 700)
    rect = first_geometry(small, frame)
    assert rect.width() + frame.width() <= 1024 and rect.bottom() + 1 <= 700
    big = QRect(0, 0, 2560, 1440)
    assert first_geometry(big, frame).size() == QSize(1360, 800)
    assert first_geometry(big, frame).center().x() == big.center().x()
    assert within(QRect(1800, 900, 1400, 900), small) == QRect(0, 0, 1024, 700)
    assert within(QRect(-50, 600, 400, 300), small).topLeft() == QPoint(0, 400)


def test_the_window_is_never_held_wider_than_1024(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    open_every_tab(demo_window)  # the history's filters used to hold it at 1340 px
    demo_window.select_project(demo_window.desk.project("Data lake").id)
    demo_window.tabs.setCurrentWidget(demo_window.forecast_tab)
    demo_window.forecast_view.fill_from_history()
    demo_window.forecast_view.compute()
    assert demo_window.minimumSizeHint().width() <= 1000
    assert demo_window.minimumSizeHint().height() <= 640


def test_the_layout_is_remembered(qtbot, demo_desk) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    first = MainWindow(demo_desk)
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentWidget(first.history_tab)
    first.history_view.table.setColumnWidth(2, 211)
    first.credits.lots.horizontalHeader().moveSection(0, 9)  # a column moved to the end
    first.resize(760, 500)
    first.close()
    second = MainWindow(demo_desk)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(760, 500)
    assert second.credits.lots.horizontalHeader().visualIndex(0) == 9
    second.tabs.setCurrentWidget(second.history_tab)
    fitter = _fitter(second.history_view.table)
    assert fitter.natural[2] == 211  # the user's width, shown whenever the table has room
    assert (
        second.history_view.table.columnWidth(2)
        == fitter.widths(second.history_view.table.viewport().width())[2]
    )
    second.close()
    first.timer.stop()
    second.timer.stop()
