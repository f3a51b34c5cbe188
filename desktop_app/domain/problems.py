"""What `check` finds wrong with a ledger: coded values, as beancount's validation errors are.

A problem is a stable code and its parameters, never words: the command line, the window
and the tests read the code; each place that shows a problem puts it in its words
(``services.messages``, ``ui.messages``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.domain.record import Record, field, record


@record(frozen=True, slots=True)
class Problem(Record):
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
