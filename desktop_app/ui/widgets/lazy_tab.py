"""A tab page whose view is built the first time it is shown (or asked for)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

V = TypeVar("V", bound=QWidget)


class LazyTab(QWidget, Generic[V]):
    """An empty page until ``view`` is first read; then the view ``build()`` makes fills it.

    The page stays the tab's widget: nothing is removed from or inserted into the tab bar, so
    the current tab never moves while a view is built."""

    def __init__(self, build: Callable[[], V], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.built: V | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def view(self) -> V:
        if self.built is None:
            self.built = self._build()
            self._layout.addWidget(self.built)
        return self.built
