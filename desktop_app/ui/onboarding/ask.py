"""Before the first purchase order: the details it prints, asked for with the assistant."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.services.desk import Desk
from desktop_app.services.details import missing_order_details
from desktop_app.ui.onboarding.assistant import FOR_ORDER, NEW_LEDGER, FirstRunAssistant


def open_assistant(
    parent: QWidget, desk: Desk, reason: str = NEW_LEDGER, then: Callable[[], object] | None = None
) -> FirstRunAssistant:
    """The assistant, window-modal; ``then`` runs once its details are written."""
    assistant = FirstRunAssistant(desk, parent, reason)
    if then is not None:
        assistant.saved.connect(lambda _values: then())
    assistant.open()
    return assistant


def ask_order_details(
    parent: QWidget, desk: Desk, then: Callable[[], object]
) -> FirstRunAssistant | None:
    """None when the ledger has every detail an order needs (go on); else the assistant,
    which runs ``then`` once they are written (Later: nothing more happens)."""
    if not missing_order_details(desk):
        return None
    return open_assistant(parent, desk, FOR_ORDER, then)
