"""Widgets that say their words again when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslated:
    """A widget that says its words in ``retranslate()``, said again when the language
    changes. The first of the bases: ``class View(Retranslated, QWidget)``."""

    def retranslate(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
