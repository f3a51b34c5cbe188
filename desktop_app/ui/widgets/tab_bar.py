"""Tabs that, short of room, cut their longest titles first, each ending in "…" with its whole
title in its tooltip (the window sets the tooltips). Qt's own eliding takes the same width from
every tab, which leaves "C…" of a short title beside a long one still whole; its scroll arrows
hide tabs altogether. Arrows come only when even the cut titles do not fit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

#: The letters a title cut short keeps, most first: as many as the room allows (Qt's least: 3).
LETTERS = (6, 5, 4, 3)


class FairTabBar(QTabBar):
    """``set_room(width)``: the width its tabs may take. Past it, the shortest titles stay
    whole and the longest are cut to one width, as few as can be while each keeps some
    letters (``LETTERS``); Qt's scroll arrows only when even three letters do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = 0
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def set_room(self, width: int) -> None:
        if width != self._room:
            self._room = width
            # Qt lays the tabs out again, asking each its size (no other public way to ask)
            self.setElideMode(self.elideMode())

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        cut = self.cut_widths().get(index)
        if cut is not None and hint.width() > cut:
            hint.setWidth(cut)
        return hint

    def cut_widths(self) -> dict[int, int]:
        """The tabs to cut short, each with its width (none when all fit whole)."""
        whole = [super(FairTabBar, self).tabSizeHint(i).width() for i in range(self.count())]
        room = self._room
        if not room or sum(whole) <= room:
            return {}
        order = sorted(range(len(whole)), key=whole.__getitem__)
        for letters in LETTERS:
            for kept in range(len(whole) - 1, -1, -1):  # as few cut as can be
                cut = order[kept:]
                share = (room - sum(whole[i] for i in order[:kept])) // len(cut)
                if share >= max(self._floor(i, whole[i], letters) for i in cut):
                    return dict.fromkeys(cut, share)
        return dict.fromkeys(order, max(self._floor(i, whole[i], 3) for i in order))

    def _floor(self, index: int, whole: int, letters: int) -> int:
        """The tab's width with ``letters`` of its title and "…" (not Qt's
        ``minimumTabSizeHint``, which asks ``tabSizeHint``, which asks this)."""
        text = self.tabText(index).replace("&&", "&")
        if len(text) <= letters:
            return whole
        metrics = self.fontMetrics()
        return (
            whole
            - metrics.horizontalAdvance(text)
            + metrics.horizontalAdvance(text[:letters] + "…")
        )


class FairTabWidget(QTabWidget):
    """A tab widget with a ``FairTabBar``, told its room as it is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(FairTabBar(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        bar = self.tabBar()
        if isinstance(bar, FairTabBar):
            bar.set_room(event.size().width())
        super().resizeEvent(event)
