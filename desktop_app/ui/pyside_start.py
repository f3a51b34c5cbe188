"""PySide6's import hook, told what it would find in our modules and in Python's own.

Once PySide6 is imported, every import statement's module is looked at by the binding's import
hook (``shibokensupport.feature.feature_imported``, PYSIDE-2029): the first time it meets a
module, it reads and tokenizes the module's whole source (``inspect.getsource``) to learn
whether it mentions PySide6, and so may select one of the ``from __feature__ import`` options
(snake_case, true_property). That was ~140 files read as the window opened (``typing`` and
``inspect`` among them, thousands of lines each), ~27 ms of its start.

This program selects no feature, and the answer is known without reading: only
``desktop_app.ui`` uses PySide6 (import-linter's contract), so a ui module is one that does
(0: "no feature"), any other module of ours never does (-1: "ignore"), and nor does any module
of Python's standard library, or of the libraries this program imports (``LIBRARIES``: none of
their sources names PySide6, which is all the binding looks for; a test reads them). The hook
is given those answers (``answer``) and asks the binding's own reading for any other module
(Pillow's among them: its ``ImageQt`` names PySide6). A server ledger's start imports psycopg,
~60 modules whose reading cost ~7 ms of it.

The hook is the binding's (``feature_imported`` and its table ``pyside_feature_dict``,
looked up at each import); a binding without them is left alone, and the start is slower.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import PySide6  # noqa: F401 - its import installs the hook told here

if TYPE_CHECKING:  # read by the hook before it is told: the fewer, the better
    from collections.abc import Callable
    from types import ModuleType

PACKAGE = "desktop_app"
UI = f"{PACKAGE}.ui"
#: The libraries this program imports, and theirs (pyproject.toml's dependencies and
#: extras): no module of theirs names PySide6 (tests/ui/test_pyside_start.py reads them all).
LIBRARIES = frozenset({
    "babel", "certifi", "charset_normalizer", "click", "click_default_group", "dateutil",
    "idna", "oauthlib", "ovh", "platformdirs", "pluggy", "psycopg", "psycopg_binary",
    "reportlab", "requests", "requests_oauthlib", "six", "sqlite_fts4", "sqlite_utils",
    "tabulate", "typing_extensions", "urllib3",
})  # fmt: skip


def answer(name: str) -> int | None:
    """What the hook would record of module ``name``, when known without its source."""
    if name == UI or name.startswith(f"{UI}."):
        return 0
    top = name.partition(".")[0]
    if top == PACKAGE or top in sys.stdlib_module_names or top in LIBRARIES:
        return -1
    return None


def skip_source_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    reading: Callable[[ModuleType], None] | None = getattr(feature, "feature_imported", None)
    if not isinstance(table, dict) or reading is None or getattr(reading, "told", False):
        return

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if not isinstance(name, str) or name in table:
            return
        known = answer(name)
        if known is None:
            reading(module)
        else:
            table[name] = known

    feature_imported.told = True  # type: ignore[attr-defined]
    feature.feature_imported = feature_imported  # type: ignore[union-attr]
