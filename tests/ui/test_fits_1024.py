"""The window on a 1024x700 screen, in English and in French: every tab of the main tab bar
whole and in view (the tryout saw scroll arrows in French), and narrower than that, every
tab still in view, cut short with its whole title in its tooltip rather than scrolled away."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton

from desktop_app.ui import i18n


def _cut(bar: QTabBar) -> list[str]:
    """The tabs shown narrower than their whole title needs (Qt's own size of a tab: the
    window's tab bar answers the size it cuts a tab to)."""
    return [
        bar.tabText(i)
        for i in range(bar.count())
        if bar.tabRect(i).width() < QTabBar.tabSizeHint(bar, i).width()
    ]


def _arrows_shown(bar: QTabBar) -> bool:
    return any(button.isVisible() for button in bar.findChildren(QToolButton))


def _out_of_view(bar: QTabBar) -> list[str]:
    room = bar.rect()
    return [bar.tabText(i) for i in range(bar.count()) if not room.contains(bar.tabRect(i))]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_tab_is_whole_at_1024_pixels(qtbot, demo_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    demo_window.resize(1024, 700)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    QApplication.processEvents()
    bar = demo_window.tabs.tabBar()
    assert _cut(bar) == [] and not _arrows_shown(bar) and _out_of_view(bar) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_narrower_every_tab_stays_in_view_and_says_its_title(qtbot, demo_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The projects pane made wide (or a narrower window): the titles give up room, ending
    in "…", and no tab is scrolled out of sight behind arrows."""
    i18n.set_language(lang)
    demo_window.resize(1024, 700)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    splitter = demo_window.tabs.parentWidget()
    splitter.setSizes([520, 480])
    QApplication.processEvents()
    bar = demo_window.tabs.tabBar()
    assert not _arrows_shown(bar) and _out_of_view(bar) == []
    cut = _cut(bar)
    assert cut, "the check itself: this room is too narrow for the whole titles"
    assert all(bar.tabToolTip(i) for i in range(bar.count()))
    # the longest titles give way, the shortest stay whole
    shortest = min(range(bar.count()), key=lambda i: QTabBar.tabSizeHint(bar, i).width())
    assert bar.tabText(shortest) not in cut and len(cut) < bar.count()
