"""Every icon-only or truncated thing of the window and of its dialogs says itself in a
tooltip: a button without words, a label cut short, a tab whose title is cut, a table's cell
(each table has the cut cells' tooltips), at a small screen's size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from desktop_app.ui.widgets.columns import TruncatedTips
from tests.ui.walk import every_dialog, open_every_tab


def _cut_label(label: QLabel) -> bool:
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or not label.text():
        return False
    if "<" in label.text():  # rich text Qt guessed: laid out, not cut
        return False
    shown = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    lines = shown.splitlines() or [""]
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    return widest > label.contentsRect().width() + 1


def unexplained(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.objectName().startswith("qt_"):
            continue
        where = f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QAbstractButton) and not widget.text() and not widget.toolTip():
            if not isinstance(widget.parentWidget(), QTabBar):  # a tab bar's scroll arrows
                missing.append(f"{where} (icon only)")
        elif isinstance(widget, QLabel) and _cut_label(widget) and not widget.toolTip():
            missing.append(f"{where} '{widget.text()}' (cut)")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&&", "&")
                room = widget.tabRect(index).width() - 24
                if widget.fontMetrics().horizontalAdvance(text) > room and not widget.tabToolTip(
                    index
                ):
                    missing.append(f"{where} tab '{text}' (cut)")
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.findChild(TruncatedTips) is None
        ):
            missing.append(f"{where} {widget.accessibleName()} (cut cells say nothing)")
    return missing


def test_every_cut_or_icon_only_thing_has_a_tooltip(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.resize(1024, 700)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    open_every_tab(demo_window)
    missing = []
    for index in range(demo_window.tabs.count()):
        demo_window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        missing += unexplained(demo_window)
    for dialog in every_dialog(demo_window):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        missing += unexplained(dialog)
        dialog.hide()  # (some delete themselves on close)
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_the_tab_titles_say_themselves_when_cut(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.resize(700, 500)
    demo_window.show()
    QApplication.processEvents()
    bar = demo_window.tabs.tabBar()
    assert all(bar.tabToolTip(i) for i in range(bar.count()))


def test_the_walk_finds_what_says_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: an icon-only button and a cut label without tooltips are found."""
    from PySide6.QtWidgets import QStyle, QToolButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    box = QVBoxLayout(top)
    button = QToolButton()
    button.setIcon(top.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton))
    label = QLabel("a label far too long to be shown whole in the room it has")
    label.setFixedWidth(40)
    box.addWidget(button)
    box.addWidget(label)
    top.show()
    assert len(unexplained(top)) == 2
    button.setToolTip("Done")
    label.setToolTip(label.text())
    assert unexplained(top) == []
